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
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The id lookups of a validated forum (memoised: call it freely). */
export function indexForum(forum: Forum): ForumIndex {
  let index = cache.get(forum);
  if (!index) {
    index = {
      organizations: byId(forum.organizations),
      venues: byId([...(forum.venue?.id ? [forum.venue as Venue & { id: string }] : []), ...((forum.venues ?? []) as ReadonlyArray<Venue & { id: string }>)]),
      rooms: byId(forum.rooms),
      tracks: byId(forum.tracks),
      people: byId(forum.people),
      sessions: byId(forum.sessions),
      photos: byId(forum.photos),
      quotes: byId(forum.quotes),
      coverage: byId(forum.coverage),
      quotesByPerson: groupBy(forum.quotes ?? [], (quote) => [quote.person]),
      sessionsByPerson: groupBy(forum.sessions, (session) => (session.participants ?? []).flatMap((p) => p.person ?? [])),
    };
    cache.set(forum, index);
  }
  return index;
}

/** The forum's default language: the first of `languages`. */
export function defaultLanguage(forum: Forum): string {
  return forum.languages[0] ?? 'en';
}
