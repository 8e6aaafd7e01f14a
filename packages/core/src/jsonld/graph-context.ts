import type { IdReference } from 'schema-dts';
import type { Forum } from '../model/types.js';
import { indexForum, type ForumIndex } from '../model/forum-index.js';
import { resolveUrl } from '../model/url.js';
import { toIsoDateTime } from '../time/time-zone.js';
import { graphIds, ref, type GraphIds } from './ids.js';
import { graphLanguage, type GraphLanguage } from './language.js';
import { oneOrMany } from './prune.js';

/** The kinds of entry other entries refer to by id. */
export type EntityKind = 'person' | 'organization' | 'session';

export type Refs = IdReference | readonly IdReference[] | undefined;

/** What every node builder needs: the forum, its lookups, the @ids and the language. */
export interface GraphContext {
  readonly forum: Forum;
  readonly index: ForumIndex;
  readonly ids: GraphIds;
  readonly lang: GraphLanguage;
  /** ISO 8601 for a forum date: date-only stays date-only, a date-time gets the zone's offset. */
  date(value: string | undefined): string | undefined;
  /** An absolute URL (relative data URLs resolve against the page). */
  url(value: string | undefined): string | undefined;
  urls(values: readonly string[] | undefined): string | readonly string[] | undefined;
  /** References to entries of the given kinds; unknown ids are left out, so no reference dangles. */
  refs(ids: string | readonly string[] | undefined, ...kinds: EntityKind[]): Refs;
}

export function graphContext(forum: Forum, baseUrl: string, language: string | undefined): GraphContext {
  const ids = graphIds(baseUrl);
  const index = indexForum(forum);
  const idOf = (id: string, kinds: readonly EntityKind[]): string | undefined => {
    if (kinds.includes('person') && index.people.has(id)) return ids.person(id);
    if (kinds.includes('organization') && index.organizations.has(id)) return ids.organization(id);
    if (kinds.includes('session') && index.sessions.has(id)) return ids.session(id);
    return undefined;
  };
  const url = (value: string | undefined) => (value === undefined ? undefined : resolveUrl(value, ids.base));
  return {
    forum,
    index,
    ids,
    lang: graphLanguage(forum, language),
    date: (value) => (value === undefined ? undefined : toIsoDateTime(value, forum.timeZone)),
    url,
    urls: (values) => oneOrMany([...new Set((values ?? []).flatMap((value) => url(value) ?? []))]),
    refs(list, ...kinds) {
      const wanted = list === undefined ? [] : typeof list === 'string' ? [list] : list;
      const found = [...new Set(wanted)].flatMap((id) => idOf(id, kinds) ?? []);
      return oneOrMany(found.map(ref));
    },
  };
}
