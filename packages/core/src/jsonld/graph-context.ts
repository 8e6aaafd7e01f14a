import type { IdReference } from 'schema-dts';
import type { Forum, Room, Session, Venue } from '../model/types.js';
import { sessionDate } from '../present/agenda.js';
import { presentForum, type Presentation } from '../present/presentation.js';
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
  /** The forum as shown in the graph's language: names, places, quotes come from here. */
  readonly present: Presentation;
  /** A venue's @id: `#venue` for the forum's own, `#venue-<id>` for another. */
  venueId(venue: Venue): string;
  roomId(room: Room): string;
  /** ISO 8601 for a forum date: date-only stays date-only, a date-time gets the zone's offset. */
  date(value: string | undefined): string | undefined;
  /** A session's start: its own, or the forum's day when the data implies it (a one-day forum). */
  sessionStart(session: Session): string | undefined;
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

/**
 * An Event needs a start date, so a session becomes a node only when its day is known (its own
 * start, or the only day of a one-day forum). An undated session of a longer forum is left out
 * of the graph until it is scheduled; references to it (a quote's, a photo's) fall back or drop.
 */
export const inGraph = (session: Session, forum: Forum) => sessionDate(session, forum) !== undefined;

export function graphContext(forum: Forum, baseUrl: string, language: string | undefined): GraphContext {
  const ids = graphIds(baseUrl);
  const present = presentForum(forum, language === undefined ? {} : { language });
  // Validation keeps ids unique across all lists, so one map serves every kind of reference.
  const nodes = new Map<string, string>();
  const add = (kind: NodeKind, list: ReadonlyArray<{ readonly id: string }> = []) => {
    for (const { id } of list) nodes.set(id, ids.of(kind, id));
  };
  add('person', forum.people);
  add('org', forum.organizations);
  add(
    'session',
    forum.sessions.filter((session) => inGraph(session, forum)),
  );
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
  for (const session of forum.sessions) for (const participant of session.participants ?? []) if (participant.person) performers.push(participant.person);
  const date = (value: string | undefined) => (value === undefined ? undefined : toIsoDateTime(value, forum.timeZone));
  return {
    forum,
    ids,
    lang: graphLanguage(forum, present.language),
    present,
    venueId: (venue) => (venue === forum.venue ? ids.of('venue') : ids.of('venue', venue.id)),
    roomId: (room) => ids.of('room', room.id),
    date,
    sessionStart: (session) => date(session.start ?? sessionDate(session, forum)),
    url,
    urls: (values) => oneOrMany((values ?? []).flatMap((value) => url(value) ?? [])),
    refs: refs as GraphContext['refs'],
    performers: refs(performers),
  };
}
