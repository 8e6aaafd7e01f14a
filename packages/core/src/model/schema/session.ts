import * as v from 'valibot';
import { idSchema, listOf, localDateTimeSchema, longTextSchema, nameSchema } from './primitives.js';
import { eventStatusSchema, participantRoleSchema, sessionKindSchema } from './vocabulary.js';

/** A person taking part in a session, and how. */
export const participantSchema = v.strictObject(
  {
    person: idSchema,
    role: participantRoleSchema,
  },
  'must be a participant (an object with person and role)',
);

/** An agenda item. */
export const sessionSchema = v.strictObject(
  {
    id: idSchema,
    kind: sessionKindSchema,
    title: v.optional(nameSchema),
    description: v.optional(longTextSchema),
    start: v.optional(localDateTimeSchema),
    end: v.optional(localDateTimeSchema),
    previousStart: v.optional(localDateTimeSchema),
    room: v.optional(nameSchema),
    track: v.optional(nameSchema),
    status: v.optional(eventStatusSchema),
    participants: v.optional(listOf(participantSchema, 1000)),
  },
  'must be a session (an object)',
);
