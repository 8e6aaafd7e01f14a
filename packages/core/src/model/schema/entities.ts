import * as v from 'valibot';
import { idSchema, languageTagSchema, listOf, longTextSchema, nameSchema, urlSchema, wellFormed } from './primitives.js';

/** An organisation: a host, a sponsor, an employer, a publisher. */
export const organizationSchema = v.strictObject(
  {
    id: idSchema,
    name: nameSchema,
    /** The abbreviation it goes by ("KIST"): the JSON-LD gives it as an alternate name; pages name the organisation in full. */
    shortName: v.optional(nameSchema),
    url: v.optional(urlSchema),
    logo: v.optional(urlSchema),
    sameAs: v.optional(listOf(urlSchema, 50)),
  },
  'must be an organisation (an object)',
);

/** A person: a speaker, a moderator, a reporter. */
export const personSchema = v.strictObject(
  {
    id: idSchema,
    name: nameSchema,
    jobTitle: v.optional(nameSchema),
    /** Ids of the organisations the person belongs to, the main one first. */
    affiliations: v.optional(listOf(idSchema, 10)),
    bio: v.optional(longTextSchema),
    image: v.optional(urlSchema),
    url: v.optional(urlSchema),
    sameAs: v.optional(listOf(urlSchema, 50)),
  },
  'must be a person (an object)',
);

/** A postal address. */
export const postalAddressSchema = v.strictObject(
  {
    streetAddress: v.optional(nameSchema),
    locality: v.optional(nameSchema),
    region: v.optional(nameSchema),
    postalCode: v.optional(v.pipe(v.string('must be text'), v.maxLength(20, 'must be at most 20 characters'), wellFormed)),
    country: v.optional(v.pipe(v.string('must be text'), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "KR"'))),
  },
  'must be an address (an object)',
);

/** A position on the globe. */
export const geoSchema = v.strictObject(
  {
    latitude: v.pipe(v.number('must be a number'), v.minValue(-90, 'must be at least -90'), v.maxValue(90, 'must be at most 90')),
    longitude: v.pipe(v.number('must be a number'), v.minValue(-180, 'must be at least -180'), v.maxValue(180, 'must be at most 180')),
  },
  'must be a position (an object with latitude and longitude)',
);

/** A place where the forum or some of its sessions take place. */
export const venueSchema = v.strictObject(
  {
    /** Needed when rooms or sessions refer to the venue (always in `venues`). */
    id: v.optional(idSchema),
    name: nameSchema,
    address: v.optional(postalAddressSchema),
    geo: v.optional(geoSchema),
    url: v.optional(urlSchema),
  },
  'must be a venue (an object)',
);

/** A room (a hall, a stage) that sessions take place in. */
export const roomSchema = v.strictObject(
  {
    id: idSchema,
    name: nameSchema,
    /** The id of the venue the room is in; the forum's venue when absent. */
    venue: v.optional(idSchema),
    description: v.optional(longTextSchema),
    capacity: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'))),
  },
  'must be a room (an object with id and name)',
);

/** A track: sessions on one theme, across rooms and days. */
export const trackSchema = v.strictObject(
  {
    id: idSchema,
    name: nameSchema,
    description: v.optional(longTextSchema),
    /** A colour for the track's mark, as `#rgb` or `#rrggbb`. */
    color: v.optional(
      v.pipe(v.string('must be a colour (a string)'), v.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'must be a colour written #rgb or #rrggbb, such as "#3b3fc4"')),
    ),
  },
  'must be a track (an object with id and name)',
);

export { languageTagSchema };
