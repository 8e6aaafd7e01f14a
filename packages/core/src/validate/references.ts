import { idSchema } from '../model/schema/primitives.js';
import { compileSchema, REFUSED } from './compiled-schema.js';
import { eachEntry } from './entries.js';
import { formatPath, type PathSegment, type Problem } from './issue.js';

type Kind = 'organization' | 'person' | 'session' | 'photo' | 'quote' | 'article' | 'room' | 'track' | 'venue';
type Loose = Record<string, unknown>;

const COLLECTIONS: ReadonlyArray<readonly [string, Kind]> = [
  ['venues', 'venue'],
  ['rooms', 'room'],
  ['tracks', 'track'],
  ['organizations', 'organization'],
  ['people', 'person'],
  ['sessions', 'session'],
  ['photos', 'photo'],
  ['quotes', 'quote'],
  ['coverage', 'article'],
];

// Kinds are named as they are spelled, but for the British "organisation".
const noun = (kind: Kind) => (kind === 'organization' ? 'organisation' : kind);
const withArticle = (kind: Kind) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${noun(kind)}`;
// Malformed ids are reported by the structure check; looking them up would only repeat it.
let validId: ((value: unknown) => unknown) | undefined;
const isId = (value: unknown): value is string => (validId ??= compileSchema(idSchema))(value) !== REFUSED;

const HOSTS: readonly Kind[] = ['organization', 'person'];
const MENTIONABLE: readonly Kind[] = ['person', 'organization', 'session'];
const PERSON: readonly Kind[] = ['person'];
const SESSION: readonly Kind[] = ['session'];
const ORGANIZATION: readonly Kind[] = ['organization'];
const PHOTO: readonly Kind[] = ['photo'];
const ROOM: readonly Kind[] = ['room'];
const TRACK: readonly Kind[] = ['track'];
const VENUE: readonly Kind[] = ['venue'];

/** Duplicate ids and references to ids that do not exist (or name the wrong kind of entry). */
export function checkReferences(forum: Loose): Problem[] {
  const problems: Problem[] = [];
  // Each id's kind and where it was first given: the path of its id field.
  const ids = new Map<string, readonly [Kind, PathSegment[]]>();
  // The main venue has an id only when something refers to it.
  const mainVenue = forum.venue !== null && typeof forum.venue === 'object' ? (forum.venue as Loose).id : undefined;
  if (isId(mainVenue)) ids.set(mainVenue, ['venue', ['venue', 'id']]);
  // A collection that is not a list cannot be searched: references into it are left alone.
  const unreadable = new Set(COLLECTIONS.filter(([key]) => forum[key] !== undefined && !Array.isArray(forum[key])).map(([, kind]) => kind));
  for (const [key, kind] of COLLECTIONS) {
    eachEntry(forum, key, (item, index) => {
      const id = item.id;
      if (!isId(id)) return;
      const first = ids.get(id);
      const path = [key, index, 'id'];
      if (first === undefined) ids.set(id, [kind, path]);
      else problems.push({ path, message: `duplicate id "${id}" (first used at ${formatPath(first[1])})` });
    });
  }

  const expect = (value: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (!isId(value)) return;
    const kind = ids.get(value)?.[0];
    if ((kind !== undefined && allowed.includes(kind)) || (unreadable.size > 0 && allowed.some((kind) => unreadable.has(kind)))) return;
    const message =
      kind === undefined
        ? `no ${allowed.map(noun).join(' or ')} with id "${value}"${listHint(forum, allowed, value)}`
        : `"${value}" is ${withArticle(kind)}, not ${allowed.map(withArticle).join(' or ')}`;
    problems.push({ path, message });
  };
  const expectEach = (list: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) expect(list[i], [...path, i], allowed);
  };

  for (const key of ['organizers', 'sponsors', 'partners']) expectEach(forum[key], [key], HOSTS);
  expectEach(forum.images, ['images'], PHOTO);
  eachEntry(forum, 'people', (person, i) => expectEach(person.affiliations, ['people', i, 'affiliations'], ORGANIZATION));
  eachEntry(forum, 'rooms', (room, i) => expect(room.venue, ['rooms', i, 'venue'], VENUE));
  eachEntry(forum, 'sessions', (session, i) => {
    expect(session.room, ['sessions', i, 'room'], ROOM);
    expect(session.track, ['sessions', i, 'track'], TRACK);
    expect(session.venue, ['sessions', i, 'venue'], VENUE);
    eachEntry(session, 'participants', (participant, j) => expect(participant.person, ['sessions', i, 'participants', j, 'person'], PERSON));
  });
  eachEntry(forum, 'quotes', (quote, i) => {
    expect(quote.person, ['quotes', i, 'person'], PERSON);
    expect(quote.session, ['quotes', i, 'session'], SESSION);
  });
  eachEntry(forum, 'photos', (photo, i) => {
    expect(photo.copyrightHolder, ['photos', i, 'copyrightHolder'], HOSTS);
    expectEach(photo.depicts, ['photos', i, 'depicts'], MENTIONABLE);
  });
  eachEntry(forum, 'coverage', (article, i) => {
    expect(article.publisher, ['coverage', i, 'publisher'], ORGANIZATION);
    expectEach(article.authors, ['coverage', i, 'authors'], PERSON);
    expectEach(article.mentions, ['coverage', i, 'mentions'], MENTIONABLE);
  });
  return problems;
}

const LISTS: Partial<Record<Kind, string>> = { room: 'rooms', track: 'tracks', venue: 'venues' };

/** For a room, track or venue id when the document lists none of them yet: where to add it. */
function listHint(forum: Loose, allowed: readonly Kind[], id: string): string {
  const list = allowed.length === 1 ? LISTS[allowed[0]!] : undefined;
  if (list === undefined || Array.isArray(forum[list])) return '';
  return ` (add { "id": "${id}", "name": "…" } to "${list}")`;
}
