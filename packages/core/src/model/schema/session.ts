import * as v from 'valibot';
import { EVENT_STATUSES, PARTICIPANT_ROLES, SESSION_KINDS } from '../vocabularies.js';
import { idSchema, listOf, localDateTimeSchema, longTextSchema, nameSchema, picklistOf } from './primitives.js';

/** A person taking part in a session, and how. */
export const participantSchema = v.strictObject(
  {
    person: idSchema,
    role: picklistOf(PARTICIPANT_ROLES),
  },
  'must be a participant (an object with person and role)',
);

/** An agenda item. */
export const sessionSchema = v.strictObject(
  {
    id: idSchema,
    kind: picklistOf(SESSION_KINDS),
    title: v.optional(nameSchema),
    description: v.optional(longTextSchema),
    start: v.optional(localDateTimeSchema),
    end: v.optional(localDateTimeSchema),
    previousStart: v.optional(localDateTimeSchema),
    room: v.optional(nameSchema),
    track: v.optional(nameSchema),
    status: v.optional(picklistOf(EVENT_STATUSES)),
    participants: v.optional(listOf(participantSchema, 1000)),
  },
  'must be a session (an object)',
);
