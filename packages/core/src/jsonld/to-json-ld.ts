import type { Graph, Thing } from 'schema-dts';
import type { Forum } from '../model/types.js';
import { sessionsInOrder } from '../agenda/agenda-days.js';
import { graphContext, published, type GraphContext } from './graph-context.js';
import { articleNode } from './nodes/article.js';
import { forumEvent } from './nodes/forum-event.js';
import { imageNode } from './nodes/image.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { roomId, roomPlace, venuePlace, virtualLocation } from './nodes/place.js';
import { quotationNodes } from './nodes/quotation.js';
import { seriesNode } from './nodes/series.js';
import { sessionEvent } from './nodes/session.js';

export interface JsonLdOptions {
  /** Absolute URL of the page the forum is published at; every node's @id lives under it. */
  readonly baseUrl: string;
  /** Language the graph is written in (defaults to the forum's default language). */
  readonly language?: string;
}

/**
 * The forum as a schema.org JSON-LD `@graph`: the forum Event, its sessions, people,
 * organisations, places, quotes, photos and coverage, each once, linked by `@id`.
 * Throws a TypeError when `options.baseUrl` is not an absolute http(s) URL.
 */
export function toJsonLd(forum: Forum, options: JsonLdOptions): Graph {
  const ctx = graphContext(forum, options.baseUrl, options.language);
  const sessions = sessionsInOrder(forum);
  // One Place per distinct room, in programme order.
  const rooms = new Map(sessions.flatMap(({ room }) => (room === undefined ? [] : [[roomId(room, ctx), room] as const])));
  // The nodes of a list, or of a single optional entry, in order.
  const each = <T>(items: T | readonly T[] | undefined, node: (item: T, ctx: GraphContext) => Thing | Thing[]) =>
    (items === undefined ? [] : ([] as T[]).concat(items)).flatMap((item) => node(item, ctx));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      forumEvent(sessions, ctx),
      ...each(forum.series, seriesNode),
      ...each(forum.venue, venuePlace),
      ...each([...rooms.values()], roomPlace),
      ...each(forum.onlineUrl, virtualLocation),
      ...each(sessions, sessionEvent),
      ...each(forum.people, personNode),
      ...each(forum.organizations, organizationNode),
      ...each(forum.photos?.filter(published), imageNode),
      ...each(forum.quotes, quotationNodes),
      ...each(forum.coverage, articleNode),
    ],
  };
}
