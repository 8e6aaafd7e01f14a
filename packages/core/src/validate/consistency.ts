import * as v from 'valibot';
import { languageTagSchema } from '../model/schema/primitives.js';
import { matchLanguage } from '../model/text.js';
import { datePart, isDateOnly, isLocalDateTime } from '../time/local-date-time.js';
import { isTimeZone, zonedToEpochMs } from '../time/time-zone.js';
import { formatPath, type PathSegment, type Problem } from './issue.js';
import { entries } from './references.js';

type Loose = Record<string, unknown>;
type Add = (path: PathSegment[], message: string) => void;

// Malformed tags are reported by the structure check (and may be huge): these rules skip them.
const isLanguageTag = (value: unknown): value is string => v.is(languageTagSchema, value);
const asDate = (value: unknown): string | undefined =>
  typeof value === 'string' && isLocalDateTime(value) ? value : undefined;

/** Rules that span fields: dates in order, sessions inside the forum, status, attendance, languages. */
export function checkConsistency(forum: Loose): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, message) => problems.push({ path, message });
  const zone = typeof forum.timeZone === 'string' && isTimeZone(forum.timeZone) ? forum.timeZone : 'UTC';
  // A date without a time covers the whole day, so only the days are compared then.
  const compare = (a: string, b: string): number => {
    if (isDateOnly(a) || isDateOnly(b)) return datePart(a).localeCompare(datePart(b));
    return (zonedToEpochMs(a, zone) ?? 0) - (zonedToEpochMs(b, zone) ?? 0);
  };

  const forumStart = asDate(forum.start);
  const forumEnd = asDate(forum.end);
  const endsBeforeStart = forumStart !== undefined && forumEnd !== undefined && compare(forumEnd, forumStart) < 0;
  if (endsBeforeStart) add(['end'], `is before the start (${forumStart})`);
  checkStatus(forum, [], add);
  checkAttendance(forum, add);

  // With the forum's own dates in doubt, "outside the forum's dates" would only mislead.
  const firstDay = forumStart && !endsBeforeStart ? datePart(forumStart) : undefined;
  const lastDay = firstDay && datePart(forumEnd ?? forumStart!);
  const span = firstDay === lastDay ? firstDay : `${firstDay} to ${lastDay}`;
  for (const [i, session] of entries(forum, 'sessions')) {
    const start = asDate(session.start);
    const end = asDate(session.end);
    if (end && session.start === undefined) add(['sessions', i, 'end'], 'needs a start as well');
    if (start && end && compare(end, start) < 0) add(['sessions', i, 'end'], `is before the session's start (${start})`);
    for (const [key, value] of [['start', start], ['end', end]] as const) {
      if (!value || !firstDay || !lastDay) continue;
      const day = datePart(value);
      if (day < firstDay || day > lastDay) add(['sessions', i, key], `is on ${day}, outside the forum's dates (${span})`);
    }
    checkStatus(session, ['sessions', i], add);
  }

  for (const [i, quote] of entries(forum, 'quotes')) checkQuoteLanguage(quote, ['quotes', i, 'text'], add);
  checkLanguages(forum.languages, add);
  return problems;
}

function checkStatus(entry: Loose, at: PathSegment[], add: Add): void {
  if (entry.status === 'rescheduled' && entry.previousStart === undefined) {
    add([...at, 'previousStart'], 'is required when the status is "rescheduled" (the start it had before)');
  }
  if (entry.previousStart !== undefined && entry.status !== 'rescheduled') {
    add([...at, 'status'], 'must be "rescheduled" when previousStart is given');
  }
}

function checkAttendance(forum: Loose, add: Add): void {
  const mode = forum.attendanceMode;
  const hasVenue = forum.venue !== undefined;
  const hasOnline = forum.onlineUrl !== undefined;
  if ((mode === 'offline' || mode === 'mixed') && !hasVenue) add(['venue'], `is required when attendanceMode is "${mode}"`);
  if ((mode === 'online' || mode === 'mixed') && !hasOnline) add(['onlineUrl'], `is required when attendanceMode is "${mode}"`);
  if (forum.status === 'moved-online' && !hasOnline) add(['onlineUrl'], 'is required when the status is "moved-online"');
  if (mode === undefined && !hasVenue && !hasOnline) add(['venue'], 'is required (or an onlineUrl for an online forum)');
}

/** A quote is what someone said: its text must include the words in the language they said them in. */
function checkQuoteLanguage(quote: Loose, path: PathSegment[], add: Add): void {
  const { text, language } = quote;
  if (!isLanguageTag(language) || text === null || typeof text !== 'object' || Array.isArray(text)) return;
  const tags = Object.keys(text);
  if (tags.length > 0 && tags.every(isLanguageTag) && matchLanguage(language, tags) === undefined) {
    add(path, `has no "${language}" text, the language the quote was said in (it has ${tags.join(', ')})`);
  }
}

function checkLanguages(languages: unknown, add: Add): void {
  if (!Array.isArray(languages)) return;
  const firstAt = new Map<string, number>();
  languages.forEach((tag, i) => {
    if (!isLanguageTag(tag)) return;
    const first = firstAt.get(tag.toLowerCase());
    if (first === undefined) firstAt.set(tag.toLowerCase(), i);
    else add(['languages', i], `duplicate language "${tag}" (first listed at ${formatPath(['languages', first])})`);
  });
}
