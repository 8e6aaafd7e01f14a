import { indexForum, type ForumIndex } from '../model/forum-index.js';
import type { Forum, Organization, Person, Session } from '../model/types.js';
import { sessionsInOrder } from './agenda.js';
import type { ParticipantRole } from '../model/vocabularies.js';

/** Someone taking part: a person from `people`, or a place held for someone not yet announced. */
export type ShownParticipant = { readonly person: Person } | { readonly toBeAnnounced: true };

/** The participants of one role. */
export interface ParticipantGroup {
  readonly role: ParticipantRole;
  readonly participants: readonly ShownParticipant[];
}

/** A session's participants grouped by role, roles in order of first appearance, each person once per role. */
export function participantGroups(session: Session, index: ForumIndex): ParticipantGroup[] {
  const groups = new Map<ParticipantRole, ShownParticipant[]>();
  const seen = new Set<string>();
  for (const participant of session.participants ?? []) {
    const person = participant.person === undefined ? undefined : index.people.get(participant.person);
    if (person) {
      const key = `${participant.role}|${person.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
    } else if (!participant.toBeAnnounced) continue;
    const shown: ShownParticipant = person ? { person } : { toBeAnnounced: true };
    const group = groups.get(participant.role);
    if (group) group.push(shown);
    else groups.set(participant.role, [shown]);
  }
  return [...groups].map(([role, participants]) => ({ role, participants }));
}

/** The organisations a person belongs to, the main one first. */
export function affiliationsOf(person: Person, index: ForumIndex): Organization[] {
  return (person.affiliations ?? []).flatMap((id) => index.organizations.get(id) ?? []);
}

/** People who take part in any session, in order of first appearance on the agenda. */
export function speakers(forum: Forum): Person[] {
  const { people } = indexForum(forum);
  const found = new Map<string, Person>();
  for (const session of sessionsInOrder(forum)) {
    for (const { person } of session.participants ?? []) {
      const entry = person === undefined ? undefined : people.get(person);
      if (entry && !found.has(entry.id)) found.set(entry.id, entry);
    }
  }
  return [...found.values()];
}
