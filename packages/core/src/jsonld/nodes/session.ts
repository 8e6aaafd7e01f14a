import type { CreativeWorkLeaf, EventLeaf, IdReference, PerformanceRoleLeaf, VideoObjectLeaf } from 'schema-dts';
import type { Link, Session } from '../../model/types.js';
import { presentForum } from '../../present/presentation.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import type { NameFields } from '../language.js';
import type { GraphPlaces } from '../places.js';
import { oneOrMany, prune } from '../prune.js';
import { attendanceModeMember, eventStatus } from './enumerations.js';
import { offerNode } from './offer.js';

type PerformerRole = PerformanceRoleLeaf<IdReference, 'performer'>;

/** The session's name in the graph language (its kind's label when untitled), the forum's other languages as alternates. */
// The name is the presentation's; the alternates are the title's other languages, or the kind's name in each forum language.
function sessionName(session: Session, ctx: GraphContext): NameFields {
  const name = ctx.present.sessionName(session).text;
  const others =
    session.title !== undefined ? [session.title] : ctx.forum.languages.map((language) => presentForum(ctx.forum, { language }).sessionName(session).text);
  return { name, alternateName: oneOrMany(ctx.lang.variants(others, name)) };
}

// The schema.org Role pattern: Event.performer holds a PerformanceRole whose own `performer` names the person.
// The participants as the presentation groups them: each person once per role; a person still to be announced is no one yet.
function performerRoles(session: Session, sessionId: string, ctx: GraphContext): PerformerRole[] {
  return ctx.present.participants(session).flatMap(({ role, participants }) =>
    participants.flatMap((participant) => {
      const performer = 'person' in participant ? ctx.refs(participant.person.id) : undefined;
      if (!performer || !('person' in participant)) return [];
      const id = ctx.ids.part(sessionId, role, participant.person.id);
      return [{ '@type': 'PerformanceRole', '@id': id, roleName: role, performer } satisfies PerformerRole];
    }),
  );
}

// A recording or video captured the session (recordedIn); slides, papers and the rest are about it (subjectOf).
function linkNode(link: Link, id: string, ctx: GraphContext): VideoObjectLeaf | CreativeWorkLeaf {
  const fields = {
    '@id': id,
    name: ctx.present.linkName(link).text,
    url: ctx.url(link.url),
    inLanguage: link.language,
  };
  return link.kind === 'recording' || link.kind === 'video'
    ? prune<VideoObjectLeaf>({ '@type': 'VideoObject', ...fields })
    : prune<CreativeWorkLeaf>({ '@type': 'CreativeWork', ...fields });
}

/** An agenda item as an Event inside the forum Event. */
export function sessionEvent(session: Session, ctx: GraphContext, places: GraphPlaces): EventLeaf {
  const id = ctx.ids.of('session', session.id);
  const { name, alternateName } = sessionName(session, ctx);
  const links = (session.links ?? []).map((link, i) => [link, ctx.ids.part(id, 'link', String(i + 1))] as const);
  const recorded = links.filter(([link]) => link.kind === 'recording' || link.kind === 'video');
  const about = links.filter(([link]) => link.kind !== 'recording' && link.kind !== 'video');
  const mode = ctx.present.sessionPlace(session).attendanceMode;
  return prune<EventLeaf>({
    '@type': 'Event',
    '@id': id,
    // Fields, not a spread of NameFields: a spread makes V8 build every node the slow way.
    name,
    alternateName,
    description: ctx.lang.text(session.description),
    startDate: ctx.sessionStart(session),
    // The end the presentation shows (none when it is not after the start).
    endDate: ctx.present.sessionTime(session)?.end && ctx.date(session.end),
    eventStatus: eventStatus(session.status),
    previousStartDate: ctx.date(session.previousStart),
    // Stated only where the session differs from the forum.
    eventAttendanceMode: mode === ctx.present.place().attendanceMode ? undefined : attendanceModeMember(mode),
    location: places.sessionLocation(session),
    inLanguage: oneOrMany(session.languages ?? []),
    url: ctx.url(session.url),
    keywords: oneOrMany((session.tags ?? []).map((tag) => ctx.lang.text(tag)!)),
    offers: oneOrMany((session.offers ?? []).map((offer, i) => offerNode(offer, ctx.ids.part(id, 'offer', String(i + 1)), ctx))),
    recordedIn: oneOrMany(recorded.map(([link, linkId]) => linkNode(link, linkId, ctx))),
    subjectOf: oneOrMany(about.map(([link, linkId]) => linkNode(link, linkId, ctx))),
    performer: oneOrMany(performerRoles(session, id, ctx)),
    superEvent: ref(ctx.ids.of('forum')),
  });
}
