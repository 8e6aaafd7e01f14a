import type { EventLeaf } from 'schema-dts';
import type { Session } from '../../model/types.js';
import { defaultLanguage } from '../../model/forum-index.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import type { GraphPlaces } from '../places.js';
import { oneOrMany, prune } from '../prune.js';
import { attendanceModeMember, eventStatus } from './enumerations.js';
import { offerNode } from './offer.js';

/** The forum as the Event Google's event rich result reads; `sessions` come in programme order. */
export function forumEvent(sessions: readonly Session[], ctx: GraphContext, places: GraphPlaces): EventLeaf {
  const { forum, ids, lang } = ctx;
  return prune<EventLeaf>({
    '@type': 'Event',
    '@id': ids.of('forum'),
    ...lang.name(forum.name),
    description: lang.text(forum.description),
    // The language the forum is held in, whatever language the graph is written in.
    inLanguage: defaultLanguage(forum),
    startDate: ctx.date(forum.start),
    endDate: ctx.date(forum.end),
    // The model's absent status means "as planned"; Google recommends stating it.
    eventStatus: eventStatus(forum.status ?? 'scheduled'),
    previousStartDate: ctx.date(forum.previousStart),
    eventAttendanceMode: attendanceModeMember(ctx.present.place().attendanceMode),
    // Google reads a Place and a VirtualLocation side by side for a mixed event.
    location: places.forumLocation,
    image: ctx.refs(forum.images),
    organizer: ctx.refs(forum.organizers),
    sponsor: ctx.refs(forum.sponsors),
    // Partners help make the forum happen: schema.org's contributor ("a secondary contributor").
    contributor: ctx.refs(forum.partners),
    // Everyone taking part, as Person references: the form Google documents for performers.
    performer: ctx.performers,
    offers: oneOrMany((forum.offers ?? []).map((offer, i) => offerNode(offer, ids.of('offer', i + 1), ctx))),
    keywords: oneOrMany((forum.keywords ?? []).map((keyword) => lang.text(keyword)!)),
    url: ctx.url(forum.url),
    superEvent: forum.series && ref(ids.of('series')),
    subEvent: ctx.refs(sessions.map((session) => session.id)),
  });
}
