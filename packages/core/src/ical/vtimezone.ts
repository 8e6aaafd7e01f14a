import { timeZoneOffsetMinutes } from '../time/time-zone.js';
import { property } from './content-line.js';

const DAY_MS = 86_400_000;

/** `+0100`, `-0330`: an offset as TZOFFSETFROM and TZOFFSETTO write it. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A wall clock as a local DATE-TIME (`20251026T030000`). */
const localText = (epochMs: number, offset: number) => new Date(epochMs + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');

/** The instants in `[from, to]` where the zone's offset changes, to the second, with the offsets either side. */
function transitions(timeZone: string, from: number, to: number): Array<{ at: number; before: number; after: number }> {
  const found: Array<{ at: number; before: number; after: number }> = [];
  let previous = timeZoneOffsetMinutes(from, timeZone);
  for (let day = from + DAY_MS; day <= to + DAY_MS; day += DAY_MS) {
    const offset = timeZoneOffsetMinutes(day, timeZone);
    if (offset === previous) continue;
    let [low, high] = [day - DAY_MS, day];
    while (high - low > 1000) {
      const middle = Math.floor((low + high) / 2000) * 1000;
      if (timeZoneOffsetMinutes(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, before: previous, after: offset });
    previous = offset;
  }
  return found;
}

/**
 * The VTIMEZONE for a zone over the instants a calendar uses (RFC 5545 3.6.5), read from the
 * platform's zone data: the offset in force at the start, then one observance per change of
 * offset in the range. A TZID in the calendar is never without it.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string[] {
  // A week either side, from and to a whole UTC day: a calendar client showing the events never
  // meets an offset left unsaid, and calendars of sessions on the same days share one VTIMEZONE.
  const from = Math.floor(fromMs / DAY_MS) * DAY_MS - 7 * DAY_MS;
  const to = Math.ceil(toMs / DAY_MS) * DAY_MS + 7 * DAY_MS;
  const key = `${timeZone}|${from}|${to}`;
  let lines = made.get(key);
  if (!lines) {
    if (made.size >= 64) made.clear();
    made.set(key, (lines = describeZone(timeZone, from, to)));
  }
  return lines;
}

/** VTIMEZONEs made recently (a site's calendar per session asks for the same few again and again). */
const made = new Map<string, string[]>();

function describeZone(timeZone: string, from: number, to: number): string[] {
  const changes = transitions(timeZone, from, to);
  const start = timeZoneOffsetMinutes(from, timeZone);
  const lowest = Math.min(start, ...changes.map((change) => change.after));
  // An observance whose offset is above the zone's lowest in the range is its summer (daylight) time.
  const observance = (at: number, before: number, after: number) => {
    const kind = after > lowest ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      property('DTSTART', localText(at, before)),
      property('TZOFFSETFROM', offsetText(before)),
      property('TZOFFSETTO', offsetText(after)),
      `END:${kind}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    property('TZID', timeZone),
    ...observance(from, start, start),
    ...changes.flatMap(({ at, before, after }) => observance(at, before, after)),
    'END:VTIMEZONE',
  ];
}
