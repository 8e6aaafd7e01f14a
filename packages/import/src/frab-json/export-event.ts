import type { Person, Session } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { toIsoDateTime } from '@forumkit/core/time';
import { epochOf } from '../internal/wall-clock.js';
import { formatDuration } from './duration.js';
import { vocLinkType } from './links.js';
import type { FrabEvent, FrabPerson } from './frab-schedule.js';
import { slugOf } from './slug.js';

/** How the exporter names things: guids, and absolute URLs from the forum's. */
export interface EventIds {
  guid(kind: 'session' | 'room' | 'person' | 'place', id: string): string;
  resolve(url: string): string | undefined;
}

/** One timed session as a frab event, in the presentation's language. */
export function frabEvent(
  session: Session,
  present: Presentation,
  room: string,
  ids: EventIds,
  used: { numbers: Set<number>; slugs: Set<string> },
  warn: (message: string) => void,
): FrabEvent {
  const { forum } = present;
  const text = (value: Parameters<Presentation['text']>[0]) => present.text(value)?.text;
  const guid = ids.guid('session', session.id);
  // frab's integer id: from the guid, so it stays the same however the programme changes.
  let number = parseInt(guid.slice(0, 8), 16) & 0x7fffffff || 1;
  while (used.numbers.has(number)) number = (number % 0x7fffffff) + 1;
  used.numbers.add(number);
  let slug = slugOf(session.id);
  for (let n = 2; used.slugs.has(slug); n++) slug = `${slugOf(session.id)}-${n}`;
  used.slugs.add(slug);

  const iso = toIsoDateTime(session.start!, forum.timeZone)!;
  const start = epochOf(session.start!, forum.timeZone)!;
  const end = session.end === undefined ? start : epochOf(session.end, forum.timeZone)!;
  const track = session.track === undefined ? undefined : present.index.tracks.get(session.track);
  // A session states its language; one of a forum in a single language is in that one.
  const language = session.languages?.[0] ?? (forum.languages.length === 1 ? forum.languages[0]! : '');

  const persons: FrabPerson[] = [];
  let toBeAnnounced = 0;
  for (const group of present.participants(session)) {
    for (const participant of group.participants) {
      if (!('person' in participant)) toBeAnnounced++;
      else if (!persons.some((p) => p.slug === participant.person.id)) persons.push(frabPerson(participant.person, group.role, present, ids));
    }
  }
  if (toBeAnnounced > 0) warn(`${toBeAnnounced} ${toBeAnnounced === 1 ? 'person' : 'people'} to be announced left out of persons`);

  const links: Array<FrabEvent['links'][number]> = [];
  for (const link of session.links ?? []) {
    const url = ids.resolve(link.url);
    if (url === undefined) warn(`the link ${JSON.stringify(link.url)} has no absolute URL (give a baseUrl): left out`);
    else links.push({ url, title: present.linkName(link).text, type: vocLinkType(link.kind) });
  }
  const url = (session.url !== undefined ? ids.resolve(session.url) : undefined) ?? pageAnchor(ids, session.id, guid);
  return {
    id: number,
    guid,
    date: iso,
    start: iso.slice(11, 16),
    duration: formatDuration((end - start) / 1000),
    room,
    slug,
    url,
    title: present.sessionName(session).text,
    subtitle: '',
    track: track === undefined ? null : text(track.name)!,
    type: session.kind,
    language,
    abstract: text(session.description) ?? '',
    description: '',
    persons,
    links,
    attachments: [],
  };
}

function frabPerson(person: Person, role: string, present: Presentation, ids: EventIds): FrabPerson {
  const name = present.text(person.name)!.text;
  const biography = present.text(person.bio)?.text;
  const avatar = person.image === undefined ? undefined : ids.resolve(person.image);
  return {
    guid: ids.guid('person', person.id),
    name,
    public_name: name,
    slug: person.id,
    role,
    ...(biography !== undefined && { biography }),
    ...(avatar !== undefined && { avatar }),
  };
}

/** The session's place on the forum's page (its JSON-LD @id), or its guid as a URN when the forum has no page. */
function pageAnchor(ids: EventIds, id: string, guid: string): string {
  return ids.resolve(`#session-${encodeURIComponent(id)}`) ?? `urn:uuid:${guid}`;
}
