import type { IdReference } from 'schema-dts';
import { defaultLanguage } from '../model/forum-index.js';
import { resolveText, type LocalizedText } from '../model/text.js';
import type { Forum } from '../model/types.js';
import { toIsoDateTime } from '../time/time-zone.js';
import { graphIds, ref, type GraphIds, type NodeKind } from './ids.js';
import { graphLanguage, type GraphLanguage } from './language.js';
import { pageUrlResolver } from './page-url.js';
import { oneOrMany } from './prune.js';

export type Refs = IdReference | readonly IdReference[] | undefined;

/** What every node builder needs: the forum, the @ids, the language and the conversions. */
export interface GraphContext {
  readonly forum: Forum;
  readonly ids: GraphIds;
  readonly lang: GraphLanguage;
  /** A room's @id, from its name in the forum's default language: it does not change with the graph language. */
  roomId(room: LocalizedText): string;
  /** ISO 8601 for a forum date: date-only stays date-only, a date-time gets the zone's offset. */
  date(value: string | undefined): string | undefined;
  /** An absolute URL (relative data URLs resolve against the page). */
  url(value: string | undefined): string | undefined;
  urls(values: readonly string[] | undefined): string | readonly string[] | undefined;
  /** References to the nodes for document ids; unknown ids are left out, so no reference dangles. */
  refs(id: string | undefined): IdReference | undefined;
  refs(ids: readonly string[] | undefined): Refs;
  /** The people taking part in sessions, in order of first appearance. */
  readonly performers: Refs;
}

/** Placeholders stand in for photos not yet taken: they do not depict the forum, so they stay out. */
export const published = (photo: { readonly placeholder?: boolean }) => photo.placeholder !== true;

export function graphContext(forum: Forum, baseUrl: string, language: string | undefined): GraphContext {
  const ids = graphIds(baseUrl);
  // Validation keeps ids unique across all lists, so one map serves every kind of reference.
  const nodes = new Map<string, string>();
  const add = (kind: NodeKind, list: ReadonlyArray<{ readonly id: string }> = []) => {
    for (const { id } of list) nodes.set(id, ids.of(kind, id));
  };
  add('person', forum.people);
  add('org', forum.organizations);
  add('session', forum.sessions);
  add('photo', forum.photos?.filter(published));
  const url = pageUrlResolver(ids.base);
  const refs = (list: string | readonly string[] | undefined): Refs => {
    if (typeof list === 'string') {
      const id = nodes.get(list);
      return id === undefined ? undefined : ref(id);
    }
    // A loop over the distinct ids rather than spread, flatMap and map: this runs for every list.
    const found: IdReference[] = [];
    for (const key of new Set(list)) {
      const id = nodes.get(key);
      if (id !== undefined) found.push(ref(id));
    }
    return oneOrMany(found);
  };
  const performers: string[] = [];
  for (const session of forum.sessions) for (const participant of session.participants ?? []) performers.push(participant.person);
  // A room's @id is asked for twice per session: made once per room name.
  const defaultTag = defaultLanguage(forum);
  const roomIds = new Map<string | undefined, string>();
  return {
    forum,
    ids,
    lang: graphLanguage(forum, language),
    roomId(room) {
      const name = resolveText(room, defaultTag);
      return roomIds.get(name) ?? roomIds.set(name, ids.of('venue-room', name)).get(name)!;
    },
    date: (value) => (value === undefined ? undefined : toIsoDateTime(value, forum.timeZone)),
    url,
    urls: (values) => oneOrMany((values ?? []).flatMap((value) => url(value) ?? [])),
    refs: refs as GraphContext['refs'],
    performers: refs(performers),
  };
}
