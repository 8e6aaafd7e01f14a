import { idSchema } from '../model/schema/primitives.js';
import { compileSchema, REFUSED } from './compiled-schema.js';
import { eachEntry, entriesOf } from './entries.js';
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

// A path is built only when a problem is reported: valid data holds one for every id and reference.
// (Segments are passed one by one, not as a list, for the same reason.)
type Segment = PathSegment | undefined;
const pathOf = (...at: Segment[]): PathSegment[] => at.filter((segment) => segment !== undefined);

/** Duplicate ids and references to ids that do not exist (or name the wrong kind of entry). */
export function checkReferences(forum: Loose): Problem[] {
  const problems: Problem[] = [];
  for (const step = referenceChecks(forum, problems); !step.next().done;);
  return problems;
}

/**
 * `checkReferences` a step at a time: it adds the problems it finds to `problems` and pauses
 * (yields) after each entry, for a caller that lets the page answer now and then.
 */
export function* referenceChecks(forum: Loose, problems: Problem[]): Generator<void, void, void> {
  // Each id's kind and where it was first given: the list and index of its entry (no index: the main venue).
  const ids = new Map<string, readonly [Kind, string, number?]>();
  // The main venue has an id only when something refers to it.
  const mainVenue = forum.venue !== null && typeof forum.venue === 'object' ? (forum.venue as Loose).id : undefined;
  if (isId(mainVenue)) ids.set(mainVenue, ['venue', 'venue']);
  // A collection that is not a list cannot be searched: references into it are left alone.
  const unreadable = new Set(COLLECTIONS.filter(([key]) => forum[key] !== undefined && !Array.isArray(forum[key])).map(([, kind]) => kind));
  for (const [key, kind] of COLLECTIONS) {
    for (const [entry, index] of entriesOf(forum, key)) {
      const id = entry.id;
      if (!isId(id)) continue;
      const first = ids.get(id);
      if (first === undefined) ids.set(id, [kind, key, index]);
      else problems.push({ path: [key, index, 'id'], message: `duplicate id "${id}" (first used at ${formatPath(pathOf(first[1], first[2], 'id'))})` });
      yield;
    }
  }

  const expect = (value: unknown, allowed: readonly Kind[], a: PathSegment, b: Segment, c?: Segment, d?: Segment, e?: Segment) => {
    if (!isId(value)) return;
    const kind = ids.get(value)?.[0];
    if ((kind !== undefined && allowed.includes(kind)) || (unreadable.size > 0 && allowed.some((kind) => unreadable.has(kind)))) return;
    const message =
      kind === undefined
        ? `no ${allowed.map(noun).join(' or ')} with id "${value}"${listHint(forum, allowed, value)}`
        : `"${value}" is ${withArticle(kind)}, not ${allowed.map(withArticle).join(' or ')}`;
    problems.push({ path: pathOf(a, b, c, d, e), message });
  };
  // Each entry of a list at `key` (or at `key[index].field`).
  const expectEach = (list: unknown, allowed: readonly Kind[], key: string, index?: number, field?: string) => {
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) {
      if (index === undefined) expect(list[i], allowed, key, i);
      else expect(list[i], allowed, key, index, field, i);
    }
  };
  // Each entry of a list of the forum, a step each.
  function* each(key: string, check: (entry: Loose, index: number) => void) {
    for (const [entry, index] of entriesOf(forum, key)) {
      check(entry, index);
      yield;
    }
  }

  for (const key of ['organizers', 'sponsors', 'partners']) expectEach(forum[key], HOSTS, key);
  expectEach(forum.images, PHOTO, 'images');
  yield* each('people', (person, i) => expectEach(person.affiliations, ORGANIZATION, 'people', i, 'affiliations'));
  yield* each('rooms', (room, i) => expect(room.venue, VENUE, 'rooms', i, 'venue'));
  yield* each('sessions', (session, i) => {
    expect(session.room, ROOM, 'sessions', i, 'room');
    expect(session.track, TRACK, 'sessions', i, 'track');
    expect(session.venue, VENUE, 'sessions', i, 'venue');
    eachEntry(session, 'participants', (participant, j) => expect(participant.person, PERSON, 'sessions', i, 'participants', j, 'person'));
  });
  yield* each('quotes', (quote, i) => {
    expect(quote.person, PERSON, 'quotes', i, 'person');
    expect(quote.session, SESSION, 'quotes', i, 'session');
  });
  yield* each('photos', (photo, i) => {
    expect(photo.copyrightHolder, HOSTS, 'photos', i, 'copyrightHolder');
    expectEach(photo.depicts, MENTIONABLE, 'photos', i, 'depicts');
  });
  yield* each('coverage', (article, i) => {
    expect(article.publisher, ORGANIZATION, 'coverage', i, 'publisher');
    expectEach(article.authors, PERSON, 'coverage', i, 'authors');
    expectEach(article.mentions, MENTIONABLE, 'coverage', i, 'mentions');
  });
}

const LISTS: Partial<Record<Kind, string>> = { room: 'rooms', track: 'tracks', venue: 'venues' };

/** For a room, track or venue id when the document lists none of them yet: where to add it. */
function listHint(forum: Loose, allowed: readonly Kind[], id: string): string {
  const list = allowed.length === 1 ? LISTS[allowed[0]!] : undefined;
  if (list === undefined || Array.isArray(forum[list])) return '';
  return ` (add { "id": "${id}", "name": "…" } to "${list}")`;
}
