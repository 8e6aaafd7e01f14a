import type { ForumInput, Link, Participant, SessionKind } from '@forumkit/core';
import type { IdRegistry } from '../internal/ids.js';
import { MAX_NAME, MAX_TEXT, plainText } from '../internal/text.js';
import type { Warnings } from '../internal/warnings.js';
import { epochOf } from '../internal/wall-clock.js';
import type { CategoryBook, CategoryItem } from './categories.js';
import { httpUrl, idText, isObject, placeOf, type Loose } from './read-input.js';
import type { RoomBook, TrackBook } from './rooms-and-tracks.js';
import type { SpeakerBook } from './speakers.js';
import { readTime } from './times.js';

/** A session as forumkit's schema takes it in. */
export type SessionEntry = ForumInput['sessions'][number];

export interface SessionContext {
  readonly zone: string;
  readonly ids: IdRegistry;
  readonly rooms: RoomBook;
  readonly tracks: TrackBook;
  readonly categories: CategoryBook;
  readonly speakers: SpeakerBook;
  /** Question texts by their Sessionize id, to name what was left out. */
  readonly questions: ReadonlyMap<string, string>;
  readonly warnings: Warnings;
}

// Fields forumkit reads, or leaves out knowingly: isInformed and isConfirmed are the organisers' workflow.
const READ = new Set(['id', 'title', 'description', 'startsAt', 'endsAt', 'isServiceSession', 'isPlenumSession', 'speakers', 'categoryItems', 'categories']);
const ALSO_READ = new Set(['questionAnswers', 'roomId', 'room', 'liveUrl', 'recordingUrl', 'status', 'isInformed', 'isConfirmed']);
// Service sessions (Sessionize's name for what is not a talk) whose title names a pause in the programme.
const BREAK_WORDS = /\b(?:break|breaks|lunch|coffee|tea|breakfast|brunch|snacks?|pause|mittagspause|mittagessen|kaffeepause)\b/i;
// Kinds a "Session format" item names ("Workshop (3h)", "Lightning talk").
const FORMAT_KINDS: ReadonlyArray<readonly [RegExp, SessionKind]> = [
  [/keynote/i, 'keynote'],
  [/lightning/i, 'lightning-talk'],
  [/workshop|hands.?on|tutorial/i, 'workshop'],
  [/panel/i, 'panel-discussion'],
];

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);

/** One Sessionize session as a forumkit session; what it cannot carry is named in a warning. */
export function readSession(source: Loose, index: number, ctx: SessionContext): SessionEntry {
  const { warnings: w } = ctx;
  const where = placeOf('sessions', index, source.title);
  const key = idText(source.id);
  const { id, wanted } = ctx.ids.claimNoting([key && /^\d+$/.test(key) ? `session-${key}` : key], `session-${index + 1}`);
  if (wanted !== undefined)
    w.group('id-taken', 'sessions whose id was taken already got one of their own', `${where}: ${JSON.stringify(wanted)} became ${JSON.stringify(id)}`);

  const title = plainText(source.title, MAX_NAME, (n) => w.add(`${where}: the title has ${n} characters: cut to ${MAX_NAME}`));
  const items = categoryItems(source, where, ctx);
  const session: SessionEntry = { id, kind: kindOf(source, title, items) };
  if (title !== undefined) session.title = title;
  const description = plainText(source.description, MAX_TEXT, (n) => w.add(`${where}: the description has ${n} characters: cut to ${MAX_TEXT}`));
  if (description !== undefined) session.description = description;
  Object.assign(session, times(source, where, ctx), categoryFields(items, where, ctx));

  if (source.isPlenumSession === true) {
    // A break for everyone needs no room; a plenary talk does happen in one hall, which is worth saying.
    if (source.isServiceSession !== true && isSet(source.roomId ?? source.room))
      w.group(
        'plenum',
        'plenum sessions (for every room) were given no room, so they show across the programme; the room Sessionize names was left out',
        where,
      );
  } else {
    const room = ctx.rooms.idOf(source.roomId, source.room);
    if (room !== undefined) session.room = room;
    else if (isSet(source.roomId))
      w.group('room', 'sessions name a roomId that is not in rooms: kept without a room', `${where}: ${JSON.stringify(source.roomId)}`);
  }

  const links: Link[] = [];
  for (const [field, kind] of [
    ['liveUrl', 'livestream'],
    ['recordingUrl', 'recording'],
  ] as const) {
    const url = httpUrl(source[field]);
    if (url !== undefined) links.push({ kind, url });
    else if (isSet(source[field])) w.group(`url:${field}`, `sessions have a ${field} that is no http(s) URL: left out`, where);
  }
  if (links.length > 0) session.links = links;
  const participants = speakersOf(source, where, ctx);
  if (participants.length > 0) session.participants = participants;

  if (typeof source.status === 'string' && source.status !== 'Accepted')
    w.group(`status:${source.status}`, `sessions have the status ${JSON.stringify(source.status)} (not "Accepted"): imported as scheduled all the same`, where);
  for (const answer of Array.isArray(source.questionAnswers) ? source.questionAnswers : []) {
    const question = isObject(answer) ? idText(answer.questionId ?? answer.id) : undefined;
    const text =
      (question && ctx.questions.get(question)) ?? (isObject(answer) && typeof answer.question === 'string' ? answer.question : `#${question ?? '?'}`);
    w.group(`answer:${text}`, `sessions answer the custom question ${JSON.stringify(text)}: forumkit has no field for it, left out`, where);
  }
  for (const [field, value] of Object.entries(source))
    if (!READ.has(field) && !ALSO_READ.has(field) && isSet(value))
      w.group(`lost:${field}`, `sessions have a field ${JSON.stringify(field)} that forumkit does not read: left out`, where);
  return session;
}

/** A service session is a break when its title says so ("Lunch", "Morning Tea"), else "other"; a keynote says so in a category or its title. */
function kindOf(source: Loose, title: string | undefined, items: readonly CategoryItem[]): SessionKind {
  if (source.isServiceSession === true) return title !== undefined && BREAK_WORDS.test(title) ? 'break' : 'other';
  if (items.some((item) => /keynote/i.test(item.name)) || (title !== undefined && /\bkeynote\b/i.test(title))) return 'keynote';
  const formats = items.filter((item) => item.role === 'format').map((item) => item.name);
  return FORMAT_KINDS.find(([words]) => formats.some((name) => words.test(name)))?.[1] ?? 'talk';
}

function categoryItems(source: Loose, where: string, ctx: SessionContext): CategoryItem[] {
  // The Sessions view lists a session's categories with their items instead of ids.
  const embedded = Array.isArray(source.categories) ? source.categories.filter(isObject) : [];
  embedded.forEach((category) => ctx.categories.register(category));
  const ids = [
    ...(Array.isArray(source.categoryItems) ? source.categoryItems : []),
    ...embedded.flatMap((category) => (Array.isArray(category.categoryItems) ? category.categoryItems : []).map((item) => (isObject(item) ? item.id : item))),
  ];
  return ids.flatMap((itemId) => {
    const item = ctx.categories.item(itemId);
    if (item === undefined) ctx.warnings.group('item', 'sessions name category items that no category lists: left out', `${where}: ${JSON.stringify(itemId)}`);
    return item === undefined ? [] : [item];
  });
}

/** Track, languages and tags from the session's category items. */
function categoryFields(items: readonly CategoryItem[], where: string, ctx: SessionContext): Pick<SessionEntry, 'track' | 'languages' | 'tags'> {
  const fields: Pick<SessionEntry, 'track' | 'languages' | 'tags'> = {};
  const languages = new Set<string>();
  const tags = new Set<string>();
  for (const item of items) {
    if (item.role === 'track' && fields.track === undefined) fields.track = ctx.tracks.idOf(item);
    else if (item.role === 'track') {
      ctx.warnings.group('tracks', 'sessions are in more than one track: forumkit has one, so the first is the track and the others are tags', where);
      tags.add(item.name);
    } else if (item.role === 'language' && item.language !== undefined) languages.add(item.language);
    else if (item.role === 'language') {
      ctx.warnings.group(`language:${item.name}`, `the language ${JSON.stringify(item.name)} is no language forumkit knows: kept as a tag`, where);
      tags.add(item.name);
    } else if (!(item.role === 'format' && FORMAT_KINDS.some(([words]) => words.test(item.name))) && !/keynote/i.test(item.name)) tags.add(item.name);
  }
  if (languages.size > 0) fields.languages = [...languages].slice(0, 10);
  if (tags.size > 0) fields.tags = [...tags].slice(0, 50);
  return fields;
}

function times(source: Loose, where: string, ctx: SessionContext): Pick<SessionEntry, 'start' | 'end'> {
  const { warnings: w, zone } = ctx;
  const start = readTime(source.startsAt, zone);
  const end = readTime(source.endsAt, zone);
  if (start === undefined) {
    w.group('unscheduled', 'sessions not yet scheduled (no startsAt) were kept without a time', where);
    return {};
  }
  for (const [field, read] of [
    ['startsAt', start],
    ['endsAt', end],
  ] as const) {
    if (read?.note !== undefined) w.add(`${where}.${field}: ${read.note}${read.value === undefined ? ': left out' : ''}`);
    if (read?.instant) w.group('instant', `sessions' times carry an offset: read as instants, written as wall clocks in ${zone}`, `${where}.${field}`);
  }
  if (start.value === undefined) return {};
  if (end?.value === undefined) return { start: start.value };
  if ((epochOf(end.value, zone) ?? 0) <= (epochOf(start.value, zone) ?? 0)) {
    w.add(`${where}: endsAt ${end.value} is not after startsAt ${start.value}: the end was left out`);
    return { start: start.value };
  }
  return { start: start.value, end: end.value };
}

function speakersOf(source: Loose, where: string, ctx: SessionContext): Participant[] {
  const people = new Set<string>();
  for (const speaker of Array.isArray(source.speakers) ? source.speakers : []) {
    const person = ctx.speakers.idOf(speaker);
    if (person !== undefined) people.add(person);
    else
      ctx.warnings.group(
        'speaker',
        'sessions name speakers that speakers does not list: left out',
        `${where}: ${JSON.stringify(isObject(speaker) ? speaker.id : speaker)}`,
      );
  }
  return [...people].map((person) => ({ person, role: 'speaker' }));
}
