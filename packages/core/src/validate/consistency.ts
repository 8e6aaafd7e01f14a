import { languageTagSchema } from '../model/schema/primitives.js';
import { originalTextKey } from '../model/quote-text.js';
import { compileSchema, REFUSED } from './compiled-schema.js';
import { eachEntry, entriesOf } from './entries.js';
import { formatPath, listText, quoteText, type PathSegment, type Problem } from './issue.js';
import { timeChecks } from './times.js';

type Loose = Record<string, unknown>;
type Add = (path: PathSegment[], message: string) => void;

// Malformed tags are reported by the structure check (and may be huge): these rules skip them.
let validTag: ((value: unknown) => unknown) | undefined;
const isLanguageTag = (value: unknown): value is string => (validTag ??= compileSchema(languageTagSchema))(value) !== REFUSED;

/** Rules that span fields: dates and times, status, attendance, participants, quotes, languages. */
export function checkConsistency(forum: Loose): Problem[] {
  const problems: Problem[] = [];
  for (const step = consistencyChecks(forum, problems); !step.next().done;);
  return problems;
}

/** `checkConsistency`, adding to `problems` and pausing (yielding) after each session: for checks done a slice at a time. */
export function* consistencyChecks(forum: Loose, problems: Problem[]): Generator<void, void, void> {
  const add: Add = (path, message) => problems.push({ path, message });
  yield* timeChecks(forum, add);
  checkStatus(forum, [], add);
  checkAttendance(forum, add);
  eachEntry(forum, 'venues', (venue, i) => {
    if (venue.id === undefined) add(['venues', i, 'id'], 'is required: rooms and sessions refer to a venue by its id');
  });
  // A room is in its own venue, else in the forum's: a session in it is there too.
  const mainVenue = forum.venue !== null && typeof forum.venue === 'object' ? (forum.venue as Loose).id : undefined;
  const roomVenues = new Map<unknown, unknown>();
  eachEntry(forum, 'rooms', (room) => roomVenues.set(room.id, room.venue ?? mainVenue));
  for (const [session, i] of entriesOf(forum, 'sessions')) {
    yield;
    checkStatus(session, ['sessions', i], add);
    if (typeof session.venue === 'string' && roomVenues.has(session.room) && roomVenues.get(session.room) !== session.venue) {
      const roomVenue = roomVenues.get(session.room);
      const where = typeof roomVenue === 'string' ? quoteText(roomVenue) : "the forum's venue";
      add(
        ['sessions', i, 'venue'],
        `is ${quoteText(session.venue)}, but its room ${quoteText(String(session.room))} is in ${where} (leave venue out to use the room's)`,
      );
    }
    checkSessionAttendance(session, forum, ['sessions', i], add);
    eachEntry(session, 'participants', (participant, j) => checkParticipant(participant, ['sessions', i, 'participants', j], add));
  }
  for (const [quote, i] of entriesOf(forum, 'quotes')) {
    yield;
    checkQuoteLanguage(quote, ['quotes', i, 'text'], add);
  }
  checkLanguages(forum.languages, add);
}

function checkStatus(entry: Loose, at: PathSegment[], add: Add): void {
  if (entry.status === 'rescheduled' && entry.previousStart === undefined) {
    add([...at, 'previousStart'], 'is required when the status is "rescheduled" (the start it had before)');
  }
  if (entry.previousStart !== undefined && entry.status !== 'rescheduled' && entry.status !== 'postponed') {
    add([...at, 'status'], 'must be "rescheduled" or "postponed" when previousStart is given');
  }
}

function checkAttendance(forum: Loose, add: Add): void {
  const mode = forum.attendanceMode;
  const hasVenue = forum.venue !== undefined;
  const hasOnline = forum.onlineUrl !== undefined;
  if ((mode === 'offline' || mode === 'mixed') && !hasVenue) add(['venue'], `is required when attendanceMode is "${mode}"`);
  if ((mode === 'online' || mode === 'mixed') && !hasOnline) add(['onlineUrl'], `is required when attendanceMode is "${mode}"`);
  if (forum.status === 'moved-online' && !hasOnline) add(['onlineUrl'], 'is required when the status is "moved-online"');
  if (forum.status === 'moved-online' && (mode === 'offline' || mode === 'mixed')) {
    add(['attendanceMode'], `must be "online" (or left out) when the status is "moved-online", not "${mode}"`);
  }
  if (mode === undefined && !hasVenue && !hasOnline) add(['venue'], 'is required (or an onlineUrl for an online forum)');
}

/** A session held online needs somewhere to attend: its own onlineUrl or the forum's. */
function checkSessionAttendance(session: Loose, forum: Loose, at: PathSegment[], add: Add): void {
  const mode = session.attendanceMode;
  if ((mode === 'online' || mode === 'mixed') && session.onlineUrl === undefined && forum.onlineUrl === undefined) {
    add([...at, 'onlineUrl'], `is required when attendanceMode is "${mode}" and the forum has no onlineUrl`);
  }
  if (session.status === 'moved-online' && session.onlineUrl === undefined && forum.onlineUrl === undefined) {
    add([...at, 'onlineUrl'], 'is required when the status is "moved-online" and the forum has no onlineUrl');
  }
  if (session.status === 'moved-online' && (mode === 'offline' || mode === 'mixed')) {
    add([...at, 'attendanceMode'], `must be "online" (or left out) when the status is "moved-online", not "${mode}"`);
  }
}

/** A participant is a person from `people`, or a place held for someone not yet announced. */
function checkParticipant(participant: Loose, at: PathSegment[], add: Add): void {
  if (participant.person === undefined && participant.toBeAnnounced === undefined) {
    add([...at, 'person'], 'is required (or "toBeAnnounced": true for someone not named yet)');
  }
  if (participant.person !== undefined && participant.toBeAnnounced !== undefined) {
    add([...at, 'toBeAnnounced'], 'must be left out when person is given');
  }
}

/** A quote is what someone said: its text must include the words in the language they said them in. */
function checkQuoteLanguage(quote: Loose, path: PathSegment[], add: Add): void {
  const { text, language } = quote;
  if (!isLanguageTag(language) || text === null || typeof text !== 'object' || Array.isArray(text)) return;
  const tags = Object.keys(text);
  if (tags.length > 0 && tags.every(isLanguageTag) && originalTextKey({ text: text as Record<string, string>, language }) === undefined) {
    add(path, `has no "${language}" text, the language the quote was said in (it has ${listText(tags)})`);
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
