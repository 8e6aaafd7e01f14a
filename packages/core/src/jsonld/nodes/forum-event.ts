import type { EventLeaf, IdReference } from 'schema-dts';
import type { Session } from '../../model/types.js';
import { defaultLanguage, speakers } from '../../model/forum-index.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';
import { attendanceMode, eventStatus } from './enumerations.js';
import { photoRefs } from './image.js';
import { offerNode } from './offer.js';

/** The forum as the Event Google's event rich result reads; `sessions` come in programme order. */
export function forumEvent(sessions: readonly Session[], ctx: GraphContext): EventLeaf {
  const { forum, ids, lang } = ctx;
  const location: IdReference[] = [];
  if (forum.venue) location.push(ref(ids.venue));
  if (forum.onlineUrl) location.push(ref(ids.online));
  const keywords = [...new Set((forum.keywords ?? []).map((keyword) => lang.text(keyword)!))];
  return prune<EventLeaf>({
    '@type': 'Event',
    '@id': ids.forum,
    ...lang.name(forum.name),
    description: lang.text(forum.description),
    // The language the forum is held in, whatever language the graph is written in.
    inLanguage: defaultLanguage(forum),
    startDate: ctx.date(forum.start),
    endDate: ctx.date(forum.end),
    // The model's absent status means "as planned"; Google recommends stating it.
    eventStatus: eventStatus(forum.status ?? 'scheduled'),
    previousStartDate: ctx.date(forum.previousStart),
    eventAttendanceMode: attendanceMode(forum),
    location: oneOrMany(location),
    image: photoRefs(forum.images, ctx),
    organizer: ctx.refs(forum.organizers, 'organization', 'person'),
    sponsor: ctx.refs(forum.sponsors, 'organization', 'person'),
    // Partners help make the forum happen: schema.org's contributor ("a secondary contributor").
    contributor: ctx.refs(forum.partners, 'organization', 'person'),
    performer: ctx.refs(speakers(forum).map((person) => person.id), 'person'),
    offers: oneOrMany((forum.offers ?? []).map((offer, i) => offerNode(offer, i + 1, ctx))),
    keywords: oneOrMany(keywords),
    url: ctx.url(forum.url),
    superEvent: forum.series && ref(ids.series),
    subEvent: oneOrMany(sessions.map((session) => ref(ids.session(session.id)))),
  });
}
