import { geoSchema, organizationSchema, personSchema, postalAddressSchema, venueSchema } from './entities.js';
import { offerSchema, seriesSchema } from './forum.js';
import { coverageSchema, photoSchema, quoteSchema } from './media.js';
import { idSchema, languageTagSchema, localDateTimeSchema, longTextSchema, nameSchema, timeZoneSchema, urlSchema } from './primitives.js';
import { participantSchema, sessionSchema } from './session.js';
import { attendanceModeSchema, eventStatusSchema, offerAvailabilitySchema, participantRoleSchema, sessionKindSchema } from './vocabulary.js';

/**
 * The named pieces of the forum schema, for tools that publish it with shared definitions
 * (the JSON Schema has one `definitions` entry per name, referenced wherever the piece is used).
 */
export const forumSchemaDefinitions = {
  Id: idSchema,
  LanguageTag: languageTagSchema,
  LocalizedName: nameSchema,
  LocalizedText: longTextSchema,
  Url: urlSchema,
  LocalDateTime: localDateTimeSchema,
  TimeZone: timeZoneSchema,
  SessionKind: sessionKindSchema,
  ParticipantRole: participantRoleSchema,
  EventStatus: eventStatusSchema,
  AttendanceMode: attendanceModeSchema,
  OfferAvailability: offerAvailabilitySchema,
  Series: seriesSchema,
  Offer: offerSchema,
  PostalAddress: postalAddressSchema,
  GeoCoordinates: geoSchema,
  Venue: venueSchema,
  Organization: organizationSchema,
  Person: personSchema,
  Participant: participantSchema,
  Session: sessionSchema,
  Quote: quoteSchema,
  Photo: photoSchema,
  Article: coverageSchema,
} as const;
