import * as v from 'valibot';
import { idSchema, languageTagSchema, listOf, nameSchema, urlSchema } from './primitives.js';

/** An organisation: a host, a sponsor, an employer, a publisher. */
export const organizationSchema = v.strictObject(
  {
    id: idSchema,
    name: nameSchema,
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
    affiliation: v.optional(idSchema),
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
    postalCode: v.optional(v.pipe(v.string('must be text'), v.maxLength(20, 'must be at most 20 characters'))),
    country: v.optional(
      v.pipe(v.string('must be text'), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "KR"')),
    ),
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

/** Where a forum takes place. */
export const venueSchema = v.strictObject(
  {
    name: nameSchema,
    address: v.optional(postalAddressSchema),
    geo: v.optional(geoSchema),
    url: v.optional(urlSchema),
  },
  'must be a venue (an object)',
);

export { languageTagSchema };
