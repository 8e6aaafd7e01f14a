import type { Graph, Thing } from 'schema-dts';
import type { Forum } from '../model/types.js';
import type { LocalizedText } from '../model/text.js';
import { sessionsInOrder } from '../agenda/agenda-days.js';
import { graphContext } from './graph-context.js';
import { articleNode } from './nodes/article.js';
import { forumEvent } from './nodes/forum-event.js';
import { imageNode, isPublished } from './nodes/image.js';
import { organizationNode } from './nodes/organization.js';
import { personNode } from './nodes/person.js';
import { roomKey, roomPlace, venuePlace, virtualLocation } from './nodes/place.js';
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
  const rooms = new Map<string, LocalizedText>(); // one Place per distinct room, in programme order
  for (const { room } of sessions) {
    if (room !== undefined && !rooms.has(roomKey(room, ctx))) rooms.set(roomKey(room, ctx), room);
  }

  const graph: Thing[] = [forumEvent(sessions, ctx)];
  if (forum.series) graph.push(seriesNode(forum.series, ctx));
  if (forum.venue) graph.push(venuePlace(forum.venue, ctx));
  for (const room of rooms.values()) graph.push(roomPlace(room, ctx));
  if (forum.onlineUrl) graph.push(virtualLocation(forum.onlineUrl, ctx));
  for (const session of sessions) graph.push(sessionEvent(session, ctx));
  for (const person of forum.people ?? []) graph.push(personNode(person, ctx));
  for (const organization of forum.organizations ?? []) graph.push(organizationNode(organization, ctx));
  for (const photo of forum.photos ?? []) if (isPublished(photo)) graph.push(imageNode(photo, ctx));
  for (const quote of forum.quotes ?? []) graph.push(...quotationNodes(quote, ctx));
  for (const article of forum.coverage ?? []) graph.push(articleNode(article, ctx));
  return { '@context': 'https://schema.org', '@graph': graph };
}
