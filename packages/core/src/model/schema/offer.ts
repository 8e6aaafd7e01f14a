import * as v from 'valibot';
import { localDateTimeSchema, nameSchema, urlSchema } from './primitives.js';
import { offerAvailabilitySchema } from './vocabulary.js';

/** A ticket or admission offer, for the forum or for one session. */
export const offerSchema = v.strictObject(
  {
    name: v.optional(nameSchema),
    price: v.pipe(v.number('must be a number'), v.finite('must be a finite number'), v.minValue(0, 'must not be negative')),
    currency: v.pipe(v.string('must be text'), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "KRW"')),
    url: v.optional(urlSchema),
    availability: v.optional(offerAvailabilitySchema),
    validFrom: v.optional(localDateTimeSchema),
  },
  'must be an offer (an object)',
);
