import { geoSchema, organizationSchema, personSchema, postalAddressSchema, roomSchema, trackSchema, venueSchema } from './entities.js';
import { seriesSchema } from './forum.js';
import { coverageSchema, photoSchema, quoteSchema } from './media.js';
import { offerSchema } from './offer.js';
import { idSchema, languageTagSchema, localDateTimeSchema, longTextSchema, nameSchema, timeZoneSchema, urlSchema } from './primitives.js';
import { linkSchema, participantSchema, sessionSchema } from './session.js';
import { attendanceModeSchema, eventStatusSchema, linkKindSchema, offerAvailabilitySchema, participantRoleSchema, sessionKindSchema } from './vocabulary.js';

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
  LinkKind: linkKindSchema,
  Series: seriesSchema,
  Offer: offerSchema,
  PostalAddress: postalAddressSchema,
  GeoCoordinates: geoSchema,
  Venue: venueSchema,
  Room: roomSchema,
  Track: trackSchema,
  Organization: organizationSchema,
  Person: personSchema,
  Participant: participantSchema,
  Link: linkSchema,
  Session: sessionSchema,
  Quote: quoteSchema,
  Photo: photoSchema,
  Article: coverageSchema,
} as const;
