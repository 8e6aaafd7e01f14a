import type { EventLeaf, IdReference, PerformanceRoleLeaf } from 'schema-dts';
import type { Session } from '../../model/types.js';
import { sessionKindLabel } from '../../labels/session-kind-labels.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import type { NameFields } from '../language.js';
import { oneOrMany, prune } from '../prune.js';
import { eventStatus } from './enumerations.js';

type PerformerRole = PerformanceRoleLeaf<IdReference, 'performer'>;

/** Ceremonies often have no title: the kind's label names them, in every forum language. */
function sessionName(session: Session, ctx: GraphContext): NameFields {
  if (session.title !== undefined) return ctx.lang.name(session.title);
  const name = sessionKindLabel(session.kind, ctx.lang.language);
  const labels = ctx.forum.languages.map((language) => sessionKindLabel(session.kind, language));
  return { name, alternateName: oneOrMany(ctx.lang.variants(labels, name)) };
}

// The schema.org Role pattern: Event.performer holds a PerformanceRole whose own `performer` names the person.
function performerRoles(session: Session, sessionId: string, ctx: GraphContext): PerformerRole[] {
  const roles = new Map<string, PerformerRole>(); // keyed by @id: a repeated participant counts once
  for (const { person, role } of session.participants ?? []) {
    const id = ctx.ids.part(sessionId, role, person);
    const performer = ctx.refs(person);
    if (performer) roles.set(id, { '@type': 'PerformanceRole', '@id': id, roleName: role, performer });
  }
  return [...roles.values()];
}

/** Where a session happens: its room, else the venue, else the forum's online location. */
function sessionLocation(session: Session, ctx: GraphContext): IdReference | undefined {
  const { forum, ids } = ctx;
  if (session.room !== undefined) return ref(ctx.roomId(session.room));
  if (forum.venue) return ref(ids.of('venue'));
  if (forum.onlineUrl) return ref(ids.of('online'));
  return undefined;
}

/** An agenda item as an Event inside the forum Event. */
export function sessionEvent(session: Session, ctx: GraphContext): EventLeaf {
  const id = ctx.ids.of('session', session.id);
  const { name, alternateName } = sessionName(session, ctx);
  return prune<EventLeaf>({
    '@type': 'Event',
    '@id': id,
    // Fields, not a spread of NameFields: a spread makes V8 build every node the slow way.
    name,
    alternateName,
    description: ctx.lang.text(session.description),
    startDate: ctx.date(session.start),
    endDate: ctx.date(session.end),
    eventStatus: eventStatus(session.status),
    previousStartDate: ctx.date(session.previousStart),
    location: sessionLocation(session, ctx),
    performer: oneOrMany(performerRoles(session, id, ctx)),
    superEvent: ref(ctx.ids.of('forum')),
  });
}
