import { addDays, datePart, isDateOnly, isLocalDateTime, withoutOffset, writtenOffset } from '../time/local-date-time.js';
import { formatOffset, toIsoDateTime, zonedToEpochMs } from '../time/time-zone.js';
import { readWallTime } from '../time/wall-time-reading.js';
import { isTimeZone } from '../time/time-zone-name.js';
import { eachEntry, entriesOf } from './entries.js';
import type { PathSegment } from './issue.js';

type Loose = Record<string, unknown>;
type Add = (path: PathSegment[], message: string) => void;

/**
 * Dates and times: each names a moment that happens in the forum's zone (not one the clocks
 * skip, with any written offset one the zone has then), ends come after starts, and sessions
 * fall within the forum's dates (an end may run past midnight of the last day). Pauses (yields)
 * after each session, for checks done a slice at a time.
 */
export function* timeChecks(forum: Loose, add: Add): Generator<void, void, void> {
  const zone = typeof forum.timeZone === 'string' && isTimeZone(forum.timeZone) ? forum.timeZone : undefined;
  // An agenda repeats a few times of day over a few days: each text is read once per forum.
  // What is wrong with it in the zone (null when nothing is), or false when it is no date at all.
  const readings = new Map<string, string | null | false>();
  const at = (value: unknown, path: PathSegment[]): string | undefined => {
    if (typeof value !== 'string') return undefined;
    let reading = readings.get(value);
    if (reading === undefined) {
      reading = !isLocalDateTime(value) ? false : zone === undefined ? null : (explainWallTime(value, zone) ?? null);
      readings.set(value, reading);
    }
    if (reading === null) return value;
    if (reading !== false) add(path, reading);
    return undefined;
  };
  // zonedToEpochMs remembers each value it resolves in a zone.
  const instant = (value: string): number => zonedToEpochMs(value, zone ?? 'UTC') ?? 0;
  // A date without a time covers the whole day, so only the days are compared then.
  // With the zone in doubt, wall clocks are still in order as if in UTC.
  const compare = (a: string, b: string): number => {
    if (isDateOnly(a) || isDateOnly(b)) return datePart(a).localeCompare(datePart(b));
    return instant(a) - instant(b);
  };

  // A rescheduled start differs from the one it replaces (as instants: 09:30 is 09:30:00).
  const checkPrevious = (entry: Loose, path: PathSegment[], start: string | undefined) => {
    if (entry.previousStart === undefined) return;
    const previous = at(entry.previousStart, [...path, 'previousStart']);
    if (entry.status === 'rescheduled' && previous && start && isDateOnly(previous) === isDateOnly(start) && compare(previous, start) === 0) {
      add([...path, 'previousStart'], 'is the same as start: a rescheduled start differs from the one it replaces');
    }
  };
  const forumStart = at(forum.start, ['start']);
  const forumEnd = at(forum.end, ['end']);
  checkPrevious(forum, [], forumStart);
  eachEntry(forum, 'offers', (offer, i) => at(offer.validFrom, ['offers', i, 'validFrom']));
  eachEntry(forum, 'coverage', (article, i) => at(article.datePublished, ['coverage', i, 'datePublished']));
  const endsBeforeStart = forumStart !== undefined && forumEnd !== undefined && compare(forumEnd, forumStart) < 0;
  if (endsBeforeStart) add(['end'], `is before the start (${forumStart})`);

  // With the forum's own dates in doubt, "outside the forum's dates" would only mislead.
  const firstDay = forumStart && !endsBeforeStart ? datePart(forumStart) : undefined;
  const lastDay = firstDay && datePart(forumEnd ?? forumStart!);
  const span = firstDay === lastDay ? firstDay : `${firstDay} to ${lastDay}`;
  // A session on the last evening may end after midnight.
  const dayAfter = lastDay && addDays(lastDay, 1);
  for (const [session, i] of entriesOf(forum, 'sessions')) {
    yield;
    const start = at(session.start, ['sessions', i, 'start']);
    const end = at(session.end, ['sessions', i, 'end']);
    checkPrevious(session, ['sessions', i], start);
    eachEntry(session, 'offers', (offer, j) => at(offer.validFrom, ['sessions', i, 'offers', j, 'validFrom']));
    if (end && session.start === undefined) add(['sessions', i, 'end'], 'needs a start as well');
    else if (start && end && isDateOnly(start) !== isDateOnly(end)) {
      add(['sessions', i, 'end'], isDateOnly(start) ? 'must be a date without a time, as start is' : 'must have a time of day, as start does');
    } else if (start && end && compare(end, start) < 0) add(['sessions', i, 'end'], `is before the session's start (${start})`);
    if (!firstDay || !lastDay) continue;
    const startDay = start && datePart(start);
    if (startDay && (startDay < firstDay || startDay > lastDay)) {
      add(['sessions', i, 'start'], `is on ${startDay}, outside the forum's dates (${span})`);
    }
    const endsBy = startDay === lastDay ? dayAfter! : lastDay;
    const endDay = end && datePart(end);
    if (endDay && (endDay < firstDay || endDay > endsBy)) {
      add(['sessions', i, 'end'], `is on ${endDay}, outside the forum's dates (${span})`);
    }
  }
}

/** Why a local date-time names no moment in the zone, or undefined when it names one. */
export function explainWallTime(value: string, zone: string): string | undefined {
  if (isDateOnly(value)) return undefined;
  const reading = readWallTime(withoutOffset(value), zone);
  if (reading === undefined) return undefined;
  const written = writtenOffset(value);
  if (reading.kind === 'never') {
    const day = datePart(reading.jumpsFrom);
    const jump = `on ${day} the clocks in ${zone} jump from ${reading.jumpsFrom.slice(11)} to ${reading.jumpsTo.slice(11)}`;
    const meant = toIsoDateTime(withoutOffset(value), zone)?.slice(0, 16);
    return `is a time that does not exist: ${jump}${meant ? ` (did you mean ${meant}?)` : ''}`;
  }
  if (written === undefined) return undefined;
  const offsets = reading.kind === 'once' ? [reading.offset] : reading.offsets;
  if (offsets.includes(written)) return undefined;
  const zoneOffsets = offsets.map(formatOffset).join(' or ');
  return `has the offset ${formatOffset(written)}, but ${zone} is at ${zoneOffsets} at that time${reading.kind === 'twice' ? ' (the hour repeats as the clocks go back)' : ''}`;
}
