import type { Graph, Thing } from 'schema-dts';
import type { Forum } from '../model/types.js';
import { graphContext, inGraph, published, type GraphContext } from './graph-context.js';
import { articleNode } from './nodes/article.js';
import { forumEvent } from './nodes/forum-event.js';
import { imageNode } from './nodes/image.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { roomPlace, venuePlace, virtualLocation } from './nodes/place.js';
import { quotationNodes } from './nodes/quotation.js';
import { seriesNode } from './nodes/series.js';
import { sessionEvent } from './nodes/session.js';
import { graphPlaces } from './places.js';

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
  const { days } = ctx.present.agenda();
  // Sessions in programme order; undated ones of a longer forum have no node (see inGraph).
  const sessions = forum.sessions.length === 0 ? [] : days.flatMap((day) => day.sessions).filter((session) => inGraph(session, forum));
  const places = graphPlaces(sessions, ctx);
  // Pushed into one list as built, with no list per kind of node to spread.
  const graph: Thing[] = [forumEvent(sessions, ctx, places)];
  const add = <T>(items: T | readonly T[] | undefined, node: (item: T, ctx: GraphContext) => Thing | Thing[]) => {
    for (const item of ([] as T[]).concat(items ?? [])) {
      const made = node(item, ctx);
      if (Array.isArray(made)) graph.push(...made);
      else graph.push(made);
    }
  };
  add(forum.series, seriesNode);
  add(places.venues, venuePlace);
  add(places.rooms, roomPlace);
  add(places.online, virtualLocation);
  add(sessions, (session, ctx) => sessionEvent(session, ctx, places));
  add(forum.people, personNode);
  add(forum.organizations, organizationNode);
  add(forum.photos?.filter(published), imageNode);
  add(forum.quotes, quotationNodes);
  add(forum.coverage, articleNode);
  return { '@context': 'https://schema.org', '@graph': graph as Graph['@graph'] };
}
