import * as v from 'valibot';
import { idSchema } from '../model/schema/primitives.js';
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
const isId = (value: unknown): value is string => v.is(idSchema, value);

/** The objects of a list in the (partially valid) document, with their index; anything else is skipped. */
export function entries(forum: Loose, key: string): Array<[number, Loose]> {
  const list = forum[key];
  if (!Array.isArray(list)) return [];
  const out: Array<[number, Loose]> = [];
  list.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push([index, item as Loose]);
  });
  return out;
}

/** Duplicate ids and references to ids that do not exist (or name the wrong kind of entry). */
export function checkReferences(forum: Loose): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Map<string, Kind>();
  const firstUse = new Map<string, PathSegment[]>();
  // The main venue has an id only when something refers to it.
  const mainVenue = forum.venue !== null && typeof forum.venue === 'object' ? (forum.venue as Loose).id : undefined;
  if (isId(mainVenue)) {
    kinds.set(mainVenue, 'venue');
    firstUse.set(mainVenue, ['venue', 'id']);
  }
  // A collection that is not a list cannot be searched: references into it are left alone.
  const unreadable = new Set(COLLECTIONS.filter(([key]) => forum[key] !== undefined && !Array.isArray(forum[key])).map(([, kind]) => kind));
  for (const [key, kind] of COLLECTIONS) {
    for (const [index, item] of entries(forum, key)) {
      if (!isId(item.id)) continue;
      const path = [key, index, 'id'];
      const first = firstUse.get(item.id);
      if (first !== undefined) problems.push({ path, message: `duplicate id "${item.id}" (first used at ${formatPath(first)})` });
      else {
        kinds.set(item.id, kind);
        firstUse.set(item.id, path);
      }
    }
  }

  const expect = (value: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (!isId(value) || allowed.some((kind) => unreadable.has(kind))) return;
    const kind = kinds.get(value);
    if (kind !== undefined && allowed.includes(kind)) return;
    const message =
      kind === undefined
        ? `no ${allowed.map(noun).join(' or ')} with id "${value}"${listHint(forum, allowed, value)}`
        : `"${value}" is ${withArticle(kind)}, not ${allowed.map(withArticle).join(' or ')}`;
    problems.push({ path, message });
  };
  const expectEach = (list: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (Array.isArray(list)) list.forEach((value, i) => expect(value, [...path, i], allowed));
  };

  const hosts: Kind[] = ['organization', 'person'];
  for (const key of ['organizers', 'sponsors', 'partners']) expectEach(forum[key], [key], hosts);
  expectEach(forum.images, ['images'], ['photo']);
  for (const [i, person] of entries(forum, 'people')) expectEach(person.affiliations, ['people', i, 'affiliations'], ['organization']);
  for (const [i, room] of entries(forum, 'rooms')) expect(room.venue, ['rooms', i, 'venue'], ['venue']);
  for (const [i, session] of entries(forum, 'sessions')) {
    expect(session.room, ['sessions', i, 'room'], ['room']);
    expect(session.track, ['sessions', i, 'track'], ['track']);
    expect(session.venue, ['sessions', i, 'venue'], ['venue']);
    for (const [j, participant] of entries(session, 'participants')) {
      expect(participant.person, ['sessions', i, 'participants', j, 'person'], ['person']);
    }
  }
  for (const [i, quote] of entries(forum, 'quotes')) {
    expect(quote.person, ['quotes', i, 'person'], ['person']);
    expect(quote.session, ['quotes', i, 'session'], ['session']);
  }
  for (const [i, photo] of entries(forum, 'photos')) {
    expect(photo.copyrightHolder, ['photos', i, 'copyrightHolder'], hosts);
    expectEach(photo.depicts, ['photos', i, 'depicts'], ['person', 'organization', 'session']);
  }
  for (const [i, article] of entries(forum, 'coverage')) {
    expect(article.publisher, ['coverage', i, 'publisher'], ['organization']);
    expectEach(article.authors, ['coverage', i, 'authors'], ['person']);
    expectEach(article.mentions, ['coverage', i, 'mentions'], ['person', 'organization', 'session']);
  }
  return problems;
}

const LISTS: Partial<Record<Kind, string>> = { room: 'rooms', track: 'tracks', venue: 'venues' };

/** For a room, track or venue id when the document lists none of them yet: where to add it. */
function listHint(forum: Loose, allowed: readonly Kind[], id: string): string {
  const list = allowed.length === 1 ? LISTS[allowed[0]!] : undefined;
  if (list === undefined || Array.isArray(forum[list])) return '';
  return ` (add { "id": "${id}", "name": "…" } to "${list}")`;
}
