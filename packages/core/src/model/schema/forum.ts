import * as v from 'valibot';
import { organizationSchema, personSchema, roomSchema, trackSchema, venueSchema } from './entities.js';
import { offerSchema } from './offer.js';
import { coverageSchema, photoSchema, quoteSchema } from './media.js';
import { idSchema, languageTagSchema, listOf, localDateTimeSchema, longTextSchema, nameSchema, timeZoneSchema, urlSchema } from './primitives.js';
import { sessionSchema } from './session.js';
import { attendanceModeSchema, eventStatusSchema } from './vocabulary.js';

/** The recurring series a forum belongs to, and which edition it is. */
export const seriesSchema = v.strictObject(
  {
    name: nameSchema,
    edition: v.optional(nameSchema),
    number: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'))),
    url: v.optional(urlSchema),
  },
  'must be a series (an object)',
);

/** The forum document: the single source of the TypeScript types, validation and JSON Schema. */
export const forumSchema = v.strictObject(
  {
    /** The JSON Schema the document follows: a URL like any other (pages publish it with the forum). */
    $schema: v.optional(urlSchema),
    id: idSchema,
    name: nameSchema,
    series: v.optional(seriesSchema),
    description: v.optional(longTextSchema),
    start: localDateTimeSchema,
    end: v.optional(localDateTimeSchema),
    timeZone: timeZoneSchema,
    status: v.optional(eventStatusSchema),
    previousStart: v.optional(localDateTimeSchema),
    attendanceMode: v.optional(attendanceModeSchema),
    /** The main venue: rooms and sessions are there unless they say otherwise. */
    venue: v.optional(venueSchema),
    /** Further venues, each with an id that rooms and sessions refer to. */
    venues: v.optional(listOf(venueSchema, 100)),
    onlineUrl: v.optional(urlSchema),
    organizers: v.optional(listOf(idSchema, 100)),
    sponsors: v.optional(listOf(idSchema, 500)),
    partners: v.optional(listOf(idSchema, 500)),
    url: v.optional(urlSchema),
    images: v.optional(listOf(idSchema, 50)),
    keywords: v.optional(listOf(nameSchema, 100)),
    languages: v.pipe(listOf(languageTagSchema, 50), v.minLength(1, 'must name at least one language (the first is the default)')),
    offers: v.optional(listOf(offerSchema, 100)),
    rooms: v.optional(listOf(roomSchema, 1000)),
    tracks: v.optional(listOf(trackSchema, 1000)),
    organizations: v.optional(listOf(organizationSchema)),
    people: v.optional(listOf(personSchema)),
    sessions: listOf(sessionSchema),
    quotes: v.optional(listOf(quoteSchema)),
    photos: v.optional(listOf(photoSchema)),
    coverage: v.optional(listOf(coverageSchema)),
  },
  'must be a forum (an object)',
);
