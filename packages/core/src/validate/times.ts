import { addDays, datePart, isDateOnly, isLocalDateTime, withoutOffset, writtenOffset } from '../time/local-date-time.js';
import { formatOffset, toIsoDateTime, zonedToEpochMs } from '../time/time-zone.js';
import { readWallTime } from '../time/wall-time-reading.js';
import { isTimeZone } from '../time/time-zone-name.js';
import type { PathSegment } from './issue.js';
import { entries } from './references.js';

type Loose = Record<string, unknown>;
type Add = (path: PathSegment[], message: string) => void;

const asDate = (value: unknown): string | undefined => (typeof value === 'string' && isLocalDateTime(value) ? value : undefined);

/** The day after a `YYYY-MM-DD` date. */

/**
 * Dates and times: each names a moment that happens in the forum's zone (not one the clocks
 * skip, with any written offset one the zone has then), ends come after starts, and sessions
 * fall within the forum's dates (an end may run past midnight of the last day).
 */
export function checkTimes(forum: Loose, add: Add): void {
  const zone = typeof forum.timeZone === 'string' && isTimeZone(forum.timeZone) ? forum.timeZone : undefined;
  const at = (value: unknown, path: PathSegment[]): string | undefined => {
    const date = asDate(value);
    if (date === undefined) return undefined;
    const problem = zone === undefined ? undefined : explainWallTime(date, zone);
    if (problem === undefined) return date;
    add(path, problem);
    return undefined;
  };
  // A date without a time covers the whole day, so only the days are compared then.
  // With the zone in doubt, wall clocks are still in order as if in UTC.
  const compare = (a: string, b: string): number => {
    if (isDateOnly(a) || isDateOnly(b)) return datePart(a).localeCompare(datePart(b));
    return (zonedToEpochMs(a, zone ?? 'UTC') ?? 0) - (zonedToEpochMs(b, zone ?? 'UTC') ?? 0);
  };

  // A rescheduled start differs from the one it replaces (as instants: 09:30 is 09:30:00).
  const checkPrevious = (entry: Loose, path: PathSegment[], start: string | undefined) => {
    const previous = at(entry.previousStart, [...path, 'previousStart']);
    if (entry.status === 'rescheduled' && previous && start && isDateOnly(previous) === isDateOnly(start) && compare(previous, start) === 0) {
      add([...path, 'previousStart'], 'is the same as start: a rescheduled start differs from the one it replaces');
    }
  };
  const forumStart = at(forum.start, ['start']);
  const forumEnd = at(forum.end, ['end']);
  checkPrevious(forum, [], forumStart);
  for (const [i, offer] of entries(forum, 'offers')) at(offer.validFrom, ['offers', i, 'validFrom']);
  for (const [i, article] of entries(forum, 'coverage')) at(article.datePublished, ['coverage', i, 'datePublished']);
  const endsBeforeStart = forumStart !== undefined && forumEnd !== undefined && compare(forumEnd, forumStart) < 0;
  if (endsBeforeStart) add(['end'], `is before the start (${forumStart})`);

  // With the forum's own dates in doubt, "outside the forum's dates" would only mislead.
  const firstDay = forumStart && !endsBeforeStart ? datePart(forumStart) : undefined;
  const lastDay = firstDay && datePart(forumEnd ?? forumStart!);
  const span = firstDay === lastDay ? firstDay : `${firstDay} to ${lastDay}`;
  for (const [i, session] of entries(forum, 'sessions')) {
    const start = at(session.start, ['sessions', i, 'start']);
    const end = at(session.end, ['sessions', i, 'end']);
    checkPrevious(session, ['sessions', i], start);
    for (const [j, offer] of entries(session, 'offers')) at(offer.validFrom, ['sessions', i, 'offers', j, 'validFrom']);
    if (end && session.start === undefined) add(['sessions', i, 'end'], 'needs a start as well');
    else if (start && end && isDateOnly(start) !== isDateOnly(end)) {
      add(['sessions', i, 'end'], isDateOnly(start) ? 'must be a date without a time, as start is' : 'must have a time of day, as start does');
    } else if (start && end && compare(end, start) < 0) add(['sessions', i, 'end'], `is before the session's start (${start})`);
    if (!firstDay || !lastDay) continue;
    if (start && (datePart(start) < firstDay || datePart(start) > lastDay)) {
      add(['sessions', i, 'start'], `is on ${datePart(start)}, outside the forum's dates (${span})`);
    }
    // A session on the last evening may end after midnight.
    const endsBy = start && datePart(start) === lastDay ? addDays(lastDay, 1) : lastDay;
    if (end && (datePart(end) < firstDay || datePart(end) > endsBy)) {
      add(['sessions', i, 'end'], `is on ${datePart(end)}, outside the forum's dates (${span})`);
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
