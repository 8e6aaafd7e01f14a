import type { ForumInput, Link, LocalizedText, Participant } from '@forumkit/core';
import { isSafeUrl, resolveUrl } from '@forumkit/core/schema';
import { readWallTime } from '@forumkit/core/time';
import type { IdRegistry } from '../internal/ids.js';
import { readLanguage } from '../internal/language.js';
import { MAX_NAME, MAX_TEXT, plainText } from '../internal/text.js';
import type { Warnings } from '../internal/warnings.js';
import { epochOf, wallClockAt } from '../internal/wall-clock.js';
import { readDuration } from './duration.js';
import type { SourceStart } from './event-time.js';
import { readLink } from './links.js';
import type { PeopleBook } from './people.js';
import type { FoundEvent } from './read-schedule.js';
import { nameOf, type RoomBook, type TrackBook } from './rooms-and-tracks.js';
import { sessionKindOf } from './session-kind.js';

/** A session as forumkit's schema takes it in. */
export type SessionEntry = ForumInput['sessions'][number];

export interface EventContext {
  readonly zone: string;
  readonly baseUrl: string | undefined;
  readonly fromForumkit: boolean;
  readonly ids: IdRegistry;
  readonly rooms: RoomBook;
  readonly tracks: TrackBook;
  readonly people: PeopleBook;
  readonly warnings: Warnings;
}

// Fields forumkit reads, or knows it cannot keep (each of those is named in a warning).
const READ = new Set(['id', 'guid', 'code', 'date', 'start', 'duration', 'room', 'slug', 'url', 'title', 'subtitle', 'track', 'type', 'language']);
const ALSO_READ = new Set(['abstract', 'description', 'persons', 'links', 'attachments', 'video_download_url']);
const LOST: Readonly<Record<string, string>> = {
  logo: 'have a logo: forumkit sessions have no image, left out',
  do_not_record: 'are marked do_not_record: forumkit has no field for it, left out (tell the recording team)',
  do_not_stream: 'are marked do_not_stream: forumkit has no field for it, left out',
  recording_license: 'have a recording_license: forumkit has no field for it, left out',
  answers: 'have answers to questions: left out',
  feedback_url: 'have a feedback_url: forumkit has no feedback link, left out',
  origin_url: 'have an origin_url other than their url: left out',
};

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);

/** One frab event as a forumkit session; what it cannot carry is named in a warning. */
export function readEvent(found: FoundEvent, start: SourceStart | undefined, ctx: EventContext): SessionEntry {
  const { event, where } = found;
  const { warnings: w } = ctx;
  const slug = typeof event.slug === 'string' ? event.slug : undefined;
  const numeric = typeof event.id === 'number' || (typeof event.id === 'string' && /^\d+$/.test(event.id)) ? `event-${event.id}` : undefined;
  const { id, wanted } = ctx.ids.claimNoting(
    [
      ctx.fromForumkit ? slug : undefined,
      typeof event.code === 'string' ? event.code : undefined,
      numeric,
      typeof event.guid === 'string' ? event.guid : undefined,
      slug,
    ],
    'event',
  );
  if (wanted !== undefined)
    w.group(
      'id-taken',
      'events whose id was taken already (by another event, a room, a track or a person) got one of their own',
      `${where}: ${JSON.stringify(wanted)} became ${JSON.stringify(id)}`,
    );

  let kind = sessionKindOf(event.type);
  if (kind === undefined) {
    const type = typeof event.type === 'string' ? event.type.trim() : '';
    w.group(
      `type:${type}`,
      type ? `events of type ${JSON.stringify(type)} have no forumkit session kind: read as "other"` : 'events without a type were read as "other"',
      where,
    );
    kind = 'other';
  }
  const session: SessionEntry = { id, kind };
  const title = plainText(event.title, MAX_NAME, (n) => w.add(`${where}: the title has ${n} characters: cut to ${MAX_NAME}`));
  if (title !== undefined) session.title = title;
  // forumkit has one description: the subtitle, the abstract and the description, as paragraphs.
  const parts = [event.subtitle, event.abstract, event.description].map((part) => plainText(part, MAX_TEXT));
  const description = plainText([...new Set(parts.filter((part) => part !== undefined))].join('\n\n'), MAX_TEXT, (n) =>
    w.add(`${where}: subtitle, abstract and description have ${n} characters together: cut to ${MAX_TEXT}`),
  );
  if (description !== undefined) session.description = description;

  if (start !== undefined) Object.assign(session, times(found, start, ctx));
  const room: LocalizedText | undefined = nameOf(event.room) ?? plainText(found.roomKey, MAX_NAME);
  if (room !== undefined) session.room = ctx.rooms.idOf(room, (event.room as { guid?: unknown } | undefined)?.guid);
  const track = nameOf(event.track);
  if (track !== undefined) session.track = ctx.tracks.idOf(track);
  const language = readLanguage(event.language);
  if (language !== undefined) session.languages = [language];
  else if (isSet(event.language))
    w.group(`language:${String(event.language)}`, `events in the language ${JSON.stringify(event.language)}, which is no BCP 47 tag, have no language`, where);
  const url = typeof event.url === 'string' ? pageUrl(event.url.trim(), ctx.baseUrl) : undefined;
  if (url !== undefined) session.url = url;
  else if (isSet(event.url)) w.group('url', 'events have a url forumkit does not link to: left out', where);

  const links = readLinks(found, ctx);
  if (links.length > 0) session.links = links;
  const participants = readPersons(found, ctx);
  if (participants.length > 0) session.participants = participants;

  for (const [field, value] of Object.entries(event)) {
    if (READ.has(field) || ALSO_READ.has(field) || !isSet(value)) continue;
    if (field === 'origin_url' && value === event.url) continue;
    w.group(
      `lost:${field}`,
      field in LOST ? `events ${LOST[field]}` : `events have a field ${JSON.stringify(field)} that forumkit does not read: left out`,
      where,
    );
  }
  return session;
}

function times(found: FoundEvent, start: SourceStart, ctx: EventContext): Pick<SessionEntry, 'start' | 'end'> {
  const { zone, warnings: w } = ctx;
  if (start.kind === 'wall' && readWallTime(start.wall, zone)?.kind === 'never') {
    w.add(`${found.where}: ${start.wall} does not exist in ${zone} (the clocks skip it): moved to the time after the jump`);
  }
  const epochMs = start.kind === 'instant' ? start.epochMs : epochOf(start.wall, zone);
  const startWall = epochMs === undefined ? undefined : wallClockAt(epochMs, zone);
  if (epochMs === undefined || startWall === undefined) {
    w.add(`${found.where}: its start cannot be written as a date in ${zone}: kept without a time`);
    return {};
  }
  const duration = readDuration(found.event.duration);
  if (duration.note !== undefined) {
    const used = duration.seconds === undefined ? ': the session has no end' : '';
    w.group(`duration:${duration.note}`, `events whose duration ${duration.note}${used}`, `${found.where}: ${JSON.stringify(found.event.duration)}`);
  }
  // A duration of 00:00 says nothing about the end (forumkit's export writes it for sessions without one).
  const end = duration.seconds ? wallClockAt(epochMs + duration.seconds * 1000, zone) : undefined;
  return end === undefined ? { start: startWall } : { start: startWall, end };
}

function readLinks({ event, where }: FoundEvent, ctx: EventContext): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const add = (item: unknown, from: 'links' | 'attachments', at: string) => {
    const read = readLink(item, from, ctx.baseUrl);
    if (read.link === undefined) return ctx.warnings.add(`${where}.${at} ${read.problem}: left out`);
    if (seen.has(read.link.url)) return;
    if (links.length === 50) return ctx.warnings.add(`${where}.${at}: forumkit keeps 50 links a session: left out`);
    seen.add(read.link.url);
    links.push(read.link);
  };
  for (const from of ['links', 'attachments'] as const) {
    const list = event[from];
    if (Array.isArray(list)) list.forEach((item, i) => add(item, from, `${from}[${i}]`));
    else if (isSet(list)) ctx.warnings.add(`${where}.${from} is not a list: left out`);
  }
  if (typeof event.video_download_url === 'string' && event.video_download_url.trim() !== '') {
    add({ url: event.video_download_url, title: 'Recording', type: 'media' }, 'links', 'video_download_url');
  }
  return links;
}

function readPersons({ event, where }: FoundEvent, ctx: EventContext): Participant[] {
  if (!Array.isArray(event.persons)) {
    if (isSet(event.persons)) ctx.warnings.add(`${where}.persons is not a list: left out`);
    return [];
  }
  const participants: Participant[] = [];
  event.persons.forEach((item, i) => {
    const read = ctx.people.read(item);
    if ('problem' in read) return ctx.warnings.add(`${where}.persons[${i}] ${read.problem}: left out`);
    if (read.roleWord !== undefined)
      ctx.warnings.group(
        `role:${read.roleWord}`,
        `people with the role ${JSON.stringify(read.roleWord)}, which forumkit does not have, were read as speakers`,
        `${where}.persons[${i}]`,
      );
    if (participants.length < 1000 && !participants.some((p) => p.person === read.id && p.role === read.role))
      participants.push({ person: read.id, role: read.role });
  });
  return participants;
}

const pageUrl = (url: string, base: string | undefined) => {
  const resolved = base !== undefined ? resolveUrl(url, base) : isSafeUrl(url) ? url : undefined;
  return resolved !== undefined && resolved.length <= 2048 ? resolved : undefined;
};
