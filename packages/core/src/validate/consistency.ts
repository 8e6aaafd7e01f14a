import { datePart, isDateOnly, parseLocalDateTime } from '../time/local-date-time.js';
import { isTimeZone, zonedToEpochMs } from '../time/time-zone.js';
import { entries } from './references.js';
import { formatPath, type ForumIssue, type PathSegment } from './issue.js';

type Loose = Record<string, unknown>;

const asDate = (value: unknown): string | undefined =>
  typeof value === 'string' && parseLocalDateTime(value) !== undefined ? value : undefined;

/** Rules that span fields: dates in order, sessions inside the forum, status and attendance. */
export function checkConsistency(forum: Loose): ForumIssue[] {
  const issues: ForumIssue[] = [];
  const add = (path: PathSegment[], message: string) => issues.push({ path: formatPath(path), message });
  const zone = typeof forum.timeZone === 'string' && isTimeZone(forum.timeZone) ? forum.timeZone : 'UTC';
  const compare = (a: string, b: string): number => {
    if (isDateOnly(a) || isDateOnly(b)) return datePart(a).localeCompare(datePart(b));
    return (zonedToEpochMs(a, zone) ?? 0) - (zonedToEpochMs(b, zone) ?? 0);
  };

  const forumStart = asDate(forum.start);
  const forumEnd = asDate(forum.end);
  if (forumStart && forumEnd && compare(forumEnd, forumStart) < 0) {
    add(['end'], `is before the start (${forumStart})`);
  }
  checkStatus(forum, [], add);
  checkAttendance(forum, add);

  const firstDay = forumStart && datePart(forumStart);
  const lastDay = forumStart && datePart(forumEnd ?? forumStart);
  for (const [i, session] of entries(forum, 'sessions')) {
    const start = asDate(session.start);
    const end = asDate(session.end);
    if (end && !start) add(['sessions', i, 'end'], 'needs a start as well');
    if (start && end && compare(end, start) < 0) add(['sessions', i, 'end'], `is before the session's start (${start})`);
    for (const [key, value] of [['start', start], ['end', end]] as const) {
      if (!value || !firstDay || !lastDay) continue;
      const day = datePart(value);
      if (day < firstDay || day > lastDay) {
        const span = firstDay === lastDay ? firstDay : `${firstDay} to ${lastDay}`;
        add(['sessions', i, key], `${value} is outside the forum's dates (${span})`);
      }
    }
    checkStatus(session, ['sessions', i], add);
  }

  for (const [i, quote] of entries(forum, 'quotes')) {
    const text = quote.text;
    if (text && typeof text === 'object' && typeof quote.language === 'string' && !(quote.language in text)) {
      add(['quotes', i, 'text'], `has no "${quote.language}" text, the language the quote was said in`);
    }
  }

  if (Array.isArray(forum.languages)) {
    const seen = new Set<unknown>();
    forum.languages.forEach((tag, i) => {
      if (seen.has(tag)) add(['languages', i], `duplicate language ${JSON.stringify(tag)}`);
      seen.add(tag);
    });
  }
  return issues;
}

function checkStatus(entry: Loose, at: PathSegment[], add: (path: PathSegment[], message: string) => void): void {
  if (entry.status === 'rescheduled' && entry.previousStart === undefined) {
    add([...at, 'previousStart'], 'is required when the status is "rescheduled"');
  }
  if (entry.previousStart !== undefined && entry.status !== 'rescheduled') {
    add([...at, 'status'], 'must be "rescheduled" when previousStart is given');
  }
}

function checkAttendance(forum: Loose, add: (path: PathSegment[], message: string) => void): void {
  const mode = forum.attendanceMode;
  const hasVenue = forum.venue !== undefined;
  const hasOnline = forum.onlineUrl !== undefined;
  if ((mode === 'offline' || mode === 'mixed') && !hasVenue) add(['venue'], `is required when attendanceMode is "${mode}"`);
  if ((mode === 'online' || mode === 'mixed') && !hasOnline) add(['onlineUrl'], `is required when attendanceMode is "${mode}"`);
  if (forum.status === 'moved-online' && !hasOnline) add(['onlineUrl'], 'is required when the status is "moved-online"');
  if (mode === undefined && !hasVenue && !hasOnline) add(['venue'], 'is required (or an onlineUrl for an online forum)');
}
