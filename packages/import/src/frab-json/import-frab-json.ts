import { addDays } from '@forumkit/core/time';
import type { ForumInput } from '@forumkit/core';
import { asId, IdRegistry, slugify } from '../internal/ids.js';
import { readLanguage } from '../internal/language.js';
import { validatedInput } from '../internal/repair.js';
import { localizedText, MAX_NAME, MAX_TEXT, oneText, plainText } from '../internal/text.js';
import { Warnings } from '../internal/warnings.js';
import { readStart, type SourceStart } from './event-time.js';
import { PeopleBook } from './people.js';
import { readEvent, type SessionEntry } from './read-event.js';
import { findSchedule, FrabImportError, isObject } from './read-schedule.js';
import { RoomBook, TrackBook } from './rooms-and-tracks.js';
import { canonicalZone, chooseZone, type OffsetSample } from './time-zone.js';
import { isAbsoluteHttpUrl } from '@forumkit/core/schema';

type VenueInput = NonNullable<ForumInput['venue']>;

/** Choices for what a frab schedule does not say. */
export interface FrabImportOptions {
  /** The forum's id (default: the conference's acronym). */
  readonly id?: string;
  /** The IANA zone to write times in (default: the schedule's, checked against its offsets). */
  readonly timeZone?: string;
  /** Where the forum happens: frab schedules name rooms but no venue (default: a venue named after the conference, with a warning). */
  readonly venue?: VenueInput;
  /** The forum's languages, its default first (default: the events' languages, the most used first). */
  readonly languages?: readonly string[];
}

/** A forum document read from another format, and what could not be carried over. */
export interface ImportResult {
  /** Always valid: `validateForum(forum).ok` is true. */
  readonly forum: ForumInput;
  /** Each thing left out or read with care, naming where in the source and what. */
  readonly warnings: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Reads the voc/frab `schedule.json` that pretalx, frab and others export (a parsed object, or
 * its JSON text) into a forumkit forum document. Pure: it reads nothing and fetches nothing
 * named in the data. Throws a `FrabImportError` only for input that is no schedule at all.
 */
export function importFrabJson(input: unknown, options: FrabImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  const found = findSchedule(input, (message) => warnings.add(message));
  const { conference } = found;
  const ids = new IdRegistry();
  const rooms = new RoomBook(ids, conference.rooms, (m) => warnings.add(m));
  const tracks = new TrackBook(ids, conference.tracks, (m) => warnings.add(m));
  const people = new PeopleBook(ids, found.baseUrl, found.fromForumkit);
  if (found.events.length === 0) warnings.add('the schedule has no events');
  if (typeof conference.logo === 'string' && conference.logo.trim() !== '')
    warnings.add('schedule.conference.logo: forumkit has no logo for a forum, left out');
  if (isObject(conference.colors) && Object.keys(conference.colors).length > 0)
    warnings.add('schedule.conference.colors: forumkit leaves colours to the page, left out');

  // The zone first: every offset written on a date is evidence for it.
  const starts = found.events.map((event) => ({ event, ...readStart(event) }));
  const samples: OffsetSample[] = starts.flatMap(({ start, event }) =>
    start?.kind === 'instant' ? [{ epochMs: start.epochMs, offset: start.offset, written: start.written, where: event.where }] : [],
  );
  const requested = options.timeZone === undefined ? undefined : canonicalZone(options.timeZone);
  if (options.timeZone !== undefined && requested === undefined)
    throw new TypeError(`importFrabJson: options.timeZone ${JSON.stringify(options.timeZone)} is not an IANA time zone`);
  const { zone, warning } = chooseZone(conference.time_zone_name, samples, requested);
  if (warning !== undefined) warnings.add(warning);

  const ctx = { zone, baseUrl: found.baseUrl, fromForumkit: found.fromForumkit, ids, rooms, tracks, people, warnings };
  const sessions: SessionEntry[] = starts.map(({ event, start, note }) => {
    if (note !== undefined)
      warnings.group(
        `start:${start ? 'read' : 'none'}`,
        start ? 'events whose start needed care' : 'events without a start that can be read were kept without a time',
        `${event.where}: ${note}`,
      );
    return readEvent(event, start as SourceStart | undefined, ctx);
  });

  const name = localizedText(conference.title, MAX_NAME) ?? plainText(conference.acronym, MAX_NAME);
  if (name === undefined) warnings.add('schedule.conference has no title: the forum is called "Schedule"');
  const forumName = name ?? 'Schedule';
  const venue = options.venue ?? { name: forumName };
  if (options.venue === undefined)
    warnings.add('the schedule names no venue (frab has no field for one): the venue was named after the conference; pass options.venue to say where it is');

  const forum: Record<string, unknown> = {
    id: (options.id ?? asId(typeof conference.acronym === 'string' ? conference.acronym : '')) || slugify(oneText(forumName) ?? '') || 'forum',
    name: forumName,
    ...optional('description', localizedText(conference.description, MAX_TEXT)),
    ...forumDates(conference, sessions, found.events, warnings),
    timeZone: zone,
    ...optional('url', [conference.url, found.schedule.url].find((url): url is string => typeof url === 'string' && isAbsoluteHttpUrl(url.trim()))?.trim()),
    ...optional('keywords', keywords(conference.keywords)),
    languages: forumLanguages(sessions, options.languages, warnings),
    venue,
    ...optional('rooms', rooms.entries.length > 0 ? rooms.entries : undefined),
    ...optional('tracks', tracks.entries.length > 0 ? tracks.entries : undefined),
    ...optional('people', people.people.length > 0 ? people.people : undefined),
    sessions,
  };
  const { data } = validatedInput(forum, (m) => warnings.add(m));
  return { forum: data as ForumInput, warnings: warnings.list() };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** The forum's dates: the conference's, widened to every session (a night session may end the day after the last). */
function forumDates(
  conference: Record<string, unknown>,
  sessions: readonly SessionEntry[],
  events: ReadonlyArray<{ day: Record<string, unknown> }>,
  warnings: Warnings,
) {
  const date = (value: unknown) =>
    typeof value === 'string' && DATE.test(value.trim()) && !Number.isNaN(Date.parse(value.trim().slice(0, 10))) ? value.trim().slice(0, 10) : undefined;
  let [first, last] = [date(conference.start), date(conference.end)];
  if (first !== undefined && last !== undefined && last < first) {
    warnings.add(`schedule.conference.end (${last}) is before its start (${first}): left out`);
    last = undefined;
  }
  const starts = sessions.flatMap((s) => (s.start ? [s.start.slice(0, 10)] : []));
  const fallback = events.map((e) => date(e.day.date)).find(Boolean);
  first = [first, ...starts].filter((d): d is string => d !== undefined).sort()[0] ?? fallback;
  if (first === undefined) throw new FrabImportError('the schedule has no dates: schedule.conference.start is missing and no day or event has a date');
  last = [first, last, ...starts]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1)!;
  for (const s of sessions) {
    const [from, to] = [s.start?.slice(0, 10), s.end?.slice(0, 10)];
    if (to !== undefined && to > last && !(from === last && to === addDays(last, 1))) last = to;
  }
  return last === first ? { start: first } : { start: first, end: last };
}

/** The events' languages, the most used first; else those asked for; else English, with a warning. */
function forumLanguages(sessions: readonly SessionEntry[], asked: readonly string[] | undefined, warnings: Warnings): string[] {
  const given = (asked ?? []).map(readLanguage).filter((tag): tag is string => tag !== undefined);
  const counts = new Map<string, number>();
  for (const tag of given) counts.set(tag, Infinity);
  for (const s of sessions) for (const tag of s.languages ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  const unique = tags.filter((tag, i) => tags.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === i);
  if (unique.length > 0) return unique.slice(0, 50);
  warnings.add('no event states its language: the forum\'s language was set to "en"; pass options.languages to say which');
  return ['en'];
}

function keywords(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.map((k) => plainText(k, MAX_NAME)).filter((k): k is string => k !== undefined) : [];
  return list.length > 0 ? [...new Set(list)].slice(0, 100) : undefined;
}
