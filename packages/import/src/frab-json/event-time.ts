import type { FoundEvent } from './read-schedule.js';

/** When an event starts, as the source says it: an instant (a date with an offset) or a wall clock (without one). */
export type SourceStart =
  { readonly kind: 'instant'; readonly epochMs: number; readonly offset: number; readonly written: string } | { readonly kind: 'wall'; readonly wall: string };

export interface ReadStart {
  readonly start?: SourceStart;
  /** Why the start needed care, or why there is none. */
  readonly note?: string;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * An event's start from its `date` (`2019-08-21T11:00:00+02:00`, the whole truth when it has a
 * time) or else from its `start` (`11:00`) on its day's date; a `start` earlier than the day's
 * own start (`day_start` 04:00, event 01:30) is after midnight, on the next calendar date.
 */
export function readStart({ event, day }: FoundEvent): ReadStart {
  const date = typeof event.date === 'string' ? DATE_TIME.exec(event.date.trim()) : null;
  const clock = typeof event.start === 'string' ? CLOCK.exec(event.start.trim()) : null;
  if (date && date[4] !== undefined) {
    const [, y, mo, d, h, mi, s = '00', zone] = date as unknown as string[];
    const wall = `${y}-${mo}-${d}T${h}:${mi}${s === '00' ? '' : `:${s}`}`;
    const differs = clock && (Number(clock[1]) !== Number(h) || clock[2] !== mi);
    const note = differs ? `start ${JSON.stringify(event.start)} disagrees with date ${JSON.stringify(event.date)}: the date was used` : undefined;
    if (zone === undefined) return { start: { kind: 'wall', wall }, ...(note && { note }) };
    const offset = zone.toUpperCase() === 'Z' ? 0 : readOffset(zone);
    const epochMs = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s) - offset * 60_000;
    if (!Number.isFinite(epochMs) || Number(h) > 23 || Number(mi) > 59) return { note: `date ${JSON.stringify(event.date)} is not a real time` };
    return { start: { kind: 'instant', epochMs, offset, written: String(event.date).trim() }, ...(note && { note }) };
  }
  if (!clock)
    return {
      note:
        event.start === undefined && event.date === undefined
          ? 'has neither date nor start'
          : `has no time of day that can be read (date ${JSON.stringify(event.date)}, start ${JSON.stringify(event.start)})`,
    };
  const [hour, minute, second = 0] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { note: `start ${JSON.stringify(event.start)} is not a time of day` };
  const dayDate = date
    ? `${date[1]}-${date[2]}-${date[3]}`
    : typeof day.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(day.date)
      ? day.date.slice(0, 10)
      : undefined;
  if (dayDate === undefined) return { note: 'has a start but no date, on a day without a date' };
  const dayStart = typeof day.day_start === 'string' ? DATE_TIME.exec(day.day_start.trim()) : null;
  const time = `${pad(hour)}:${pad(minute)}`;
  const afterMidnight = !date && dayStart?.[4] !== undefined && time < `${dayStart[4]}:${dayStart[5]}`;
  return { start: { kind: 'wall', wall: `${afterMidnight ? nextDate(dayDate) : dayDate}T${time}${second ? `:${pad(second)}` : ''}` } };
}

function readOffset(text: string): number {
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
  return (text[0] === '-' ? -1 : 1) * minutes;
}
