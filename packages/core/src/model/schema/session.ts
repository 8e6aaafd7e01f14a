import * as v from 'valibot';
import { offerSchema } from './offer.js';
import { idSchema, languageTagSchema, listOf, localDateTimeSchema, longTextSchema, nameSchema, referenceTo, urlSchema } from './primitives.js';
import { attendanceModeSchema, eventStatusSchema, linkKindSchema, participantRoleSchema, sessionKindSchema } from './vocabulary.js';

/**
 * A person taking part in a session, and how: `person` is the id of an entry in `people`, or
 * `toBeAnnounced` holds the place of someone not yet named.
 */
export const participantSchema = v.strictObject(
  {
    person: v.optional(idSchema),
    role: participantRoleSchema,
    toBeAnnounced: v.optional(v.literal(true, 'must be true (or left out)')),
  },
  'must be a participant (an object with person and role)',
);

/** A link from a session: its slides, a video, a recording, a paper. */
export const linkSchema = v.strictObject(
  {
    kind: linkKindSchema,
    url: urlSchema,
    title: v.optional(nameSchema),
    /** The language of what the link leads to. */
    language: v.optional(languageTagSchema),
  },
  'must be a link (an object with kind and url)',
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
    status: v.optional(eventStatusSchema),
    room: v.optional(referenceTo('rooms', 'room')),
    track: v.optional(referenceTo('tracks', 'track')),
    /** The id of the venue, when not the forum's. */
    venue: v.optional(idSchema),
    attendanceMode: v.optional(attendanceModeSchema),
    onlineUrl: v.optional(urlSchema),
    /** The languages the session is held in. */
    languages: v.optional(listOf(languageTagSchema, 10)),
    /** The languages it is interpreted into. */
    interpretedInto: v.optional(listOf(languageTagSchema, 20)),
    url: v.optional(urlSchema),
    links: v.optional(listOf(linkSchema, 50)),
    tags: v.optional(listOf(nameSchema, 50)),
    offers: v.optional(listOf(offerSchema, 20)),
    participants: v.optional(listOf(participantSchema, 1000)),
  },
  'must be a session (an object)',
);
