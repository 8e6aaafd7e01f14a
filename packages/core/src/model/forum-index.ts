import type { Coverage, Forum, Organization, Person, Photo, Quote, Room, Session, Track, Venue } from './types.js';

/** Lookups by id over a forum, built once per forum object. */
export interface ForumIndex {
  readonly organizations: ReadonlyMap<string, Organization>;
  /** Every venue with an id: the forum's own and those in `venues`. */
  readonly venues: ReadonlyMap<string, Venue>;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly tracks: ReadonlyMap<string, Track>;
  readonly people: ReadonlyMap<string, Person>;
  readonly sessions: ReadonlyMap<string, Session>;
  readonly photos: ReadonlyMap<string, Photo>;
  readonly quotes: ReadonlyMap<string, Quote>;
  readonly coverage: ReadonlyMap<string, Coverage>;
  /** Quotes by the id of the person who said them, in document order. */
  readonly quotesByPerson: ReadonlyMap<string, readonly Quote[]>;
  /** Sessions each person takes part in, in document order. */
  readonly sessionsByPerson: ReadonlyMap<string, readonly Session[]>;
}

const cache = new WeakMap<Forum, ForumIndex>();

function byId<T extends { readonly id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((item) => [item.id, item]));
}

function groupBy<T>(list: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (!group) groups.set(key, [item]);
      // An item under one key twice (a person in two roles of a session) is listed once.
      else if (group.at(-1) !== item) group.push(item);
    }
  }
  return groups;
}

// How each lookup is built.
const lookups: { readonly [Name in keyof ForumIndex]: (forum: Forum) => ForumIndex[Name] } = {
  organizations: (forum) => byId(forum.organizations),
  venues: (forum) =>
    byId([...(forum.venue?.id ? [forum.venue as Venue & { id: string }] : []), ...((forum.venues ?? []) as ReadonlyArray<Venue & { id: string }>)]),
  rooms: (forum) => byId(forum.rooms),
  tracks: (forum) => byId(forum.tracks),
  people: (forum) => byId(forum.people),
  sessions: (forum) => byId(forum.sessions),
  photos: (forum) => byId(forum.photos),
  quotes: (forum) => byId(forum.quotes),
  coverage: (forum) => byId(forum.coverage),
  quotesByPerson: (forum) => groupBy(forum.quotes ?? [], (quote) => [quote.person]),
  sessionsByPerson: (forum) => groupBy(forum.sessions, (session) => (session.participants ?? []).flatMap((participant) => participant.person ?? [])),
};

/**
 * The id lookups of a validated forum (memoised: call it freely). Each is built the first time it
 * is used: a page showing a programme of thousands of sessions does not wait for the lookups only
 * a speaker list needs.
 */
export function indexForum(forum: Forum): ForumIndex {
  let index = cache.get(forum);
  if (!index) {
    const made: Partial<Record<keyof ForumIndex, unknown>> = {};
    const lazily = Object.entries(lookups).map(([name, build]) => [name, { enumerable: true, get: () => (made[name as keyof ForumIndex] ??= build(forum)) }]);
    cache.set(forum, (index = Object.defineProperties({}, Object.fromEntries(lazily)) as ForumIndex));
  }
  return index;
}

/** The forum's default language: the first of `languages`. */
export function defaultLanguage(forum: Forum): string {
  return forum.languages[0] ?? 'en';
}
