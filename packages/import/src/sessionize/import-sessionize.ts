import type { ForumInput } from '@forumkit/core';
import { canonicalTimeZone } from '@forumkit/core/time';
import type { ImportResult } from '../frab-json/import-frab-json.js';
import { asId, IdRegistry, slugify } from '../internal/ids.js';
import { readLanguage } from '../internal/language.js';
import { validatedInput } from '../internal/repair.js';
import { MAX_NAME, plainText } from '../internal/text.js';
import { Warnings } from '../internal/warnings.js';
import { CategoryBook } from './categories.js';
import { idText, readAll, SessionizeImportError } from './read-input.js';
import { RoomBook, TrackBook } from './rooms-and-tracks.js';
import { readSession, type SessionEntry } from './sessions.js';
import { SpeakerBook } from './speakers.js';

export { SessionizeImportError };

type VenueInput = NonNullable<ForumInput['venue']>;

/** Choices for what Sessionize's data does not say: it has no event name, venue, dates or time zone. */
export interface SessionizeImportOptions {
  /** The forum's id (default: the name as a slug). */
  readonly id?: string;
  /** The forum's name (default: "Sessionize event", with a warning). */
  readonly name?: string;
  /** The IANA zone the event is in: Sessionize writes wall clocks without one (default: UTC, with a warning). */
  readonly timeZone?: string;
  /** Where the forum happens (default: a venue named after the forum, with a warning). */
  readonly venue?: VenueInput;
  /** The forum's languages, its default first (default: the sessions' languages, the most used first, else English). */
  readonly languages?: readonly string[];
}

/**
 * Reads the JSON of Sessionize's "All" view (`https://sessionize.com/api/v2/{id}/view/All`: a
 * parsed object or its text) into a forumkit forum document: sessions, speakers, rooms, and the
 * category items that say a session's track, language, format and tags. Pure: it reads nothing
 * and fetches nothing named in the data. Throws a `SessionizeImportError` only for input that is
 * not that data at all, or whose sessions have no date to start the forum on.
 */
export function importSessionize(input: unknown, options: SessionizeImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  const all = readAll(input, (m) => warnings.add(m));
  // Any letter case names the zone (`europe/berlin`); the forum gets its canonical name.
  const named = options.timeZone === undefined ? undefined : canonicalTimeZone(options.timeZone);
  if (options.timeZone !== undefined && named === undefined)
    throw new TypeError(`importSessionize: options.timeZone ${JSON.stringify(options.timeZone)} is not an IANA time zone`);
  const zone = named ?? 'UTC';
  if (options.timeZone === undefined)
    warnings.add(
      'Sessionize gives times without a time zone: they were kept as wall clocks in UTC; pass options.timeZone (such as "Europe/Berlin") to say where the event is',
    );

  const ids = new IdRegistry();
  const rooms = new RoomBook(all.rooms, ids, (m) => warnings.add(m));
  const categories = new CategoryBook(all.categories, (m) => warnings.add(m));
  const speakers = new SpeakerBook(all.speakers, ids, warnings);
  const questions = new Map(
    all.questions.flatMap((q) => (idText(q.id) && typeof q.question === 'string' ? [[idText(q.id)!, q.question.trim()] as const] : [])),
  );
  const tracks = new TrackBook(ids);
  const ctx = { zone, ids, rooms, tracks, categories, speakers, questions, warnings };
  const sessions = all.sessions.map((session, i) => readSession(session, i, ctx));
  if (sessions.length === 0) warnings.add('the data has no sessions');

  const name = plainText(options.name, MAX_NAME);
  if (name === undefined) warnings.add('Sessionize data has no event name: the forum is called "Sessionize event"; pass options.name to name it');
  const forumName = name ?? 'Sessionize event';
  if (options.venue === undefined)
    warnings.add('Sessionize data names rooms but no venue: the venue was named after the forum; pass options.venue to say where it is');

  const forum: Record<string, unknown> = {
    id: (options.id !== undefined ? asId(options.id) : undefined) ?? (slugify(forumName) || 'sessionize'),
    name: forumName,
    ...forumDates(sessions),
    timeZone: zone,
    languages: forumLanguages(sessions, options.languages, warnings),
    venue: options.venue ?? { name: forumName },
    ...(rooms.entries.length > 0 && { rooms: rooms.entries }),
    ...(tracks.entries.length > 0 && { tracks: tracks.entries }),
    ...(speakers.people.length > 0 && { people: speakers.people }),
    sessions,
  };
  const { data } = validatedInput(forum, (m) => warnings.add(m));
  return { forum: data as ForumInput, warnings: warnings.list() };
}

/** The forum's first and last dates: those of its sessions (Sessionize has no event dates). */
function forumDates(sessions: readonly SessionEntry[]): { start: string; end?: string } {
  const dates = sessions.flatMap((s) => [s.start, s.end].flatMap((value) => (value === undefined ? [] : [value.slice(0, 10)]))).sort();
  const [first, last] = [dates[0], dates.at(-1)];
  if (first === undefined || last === undefined) throw new SessionizeImportError('no session has a date (startsAt): the forum has no date to start on');
  return last === first ? { start: first } : { start: first, end: last };
}

/** The languages asked for, then the sessions', the most used first; else English, with a warning. */
function forumLanguages(sessions: readonly SessionEntry[], asked: readonly string[] | undefined, warnings: Warnings): string[] {
  const counts = new Map<string, number>();
  for (const tag of (asked ?? []).map(readLanguage)) if (tag !== undefined) counts.set(tag, Infinity);
  for (const s of sessions) for (const tag of s.languages ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const tags = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  if (tags.length > 0) return tags.slice(0, 50);
  warnings.add('no session states its language (a "Language" category): the forum\'s language was set to "en"; pass options.languages to say which');
  return ['en'];
}
