import type * as v from 'valibot';
import type { organizationSchema, personSchema, roomSchema, trackSchema, venueSchema } from './schema/entities.js';
import type { forumSchema, seriesSchema } from './schema/forum.js';
import type { coverageSchema, photoSchema, quoteSchema } from './schema/media.js';
import type { offerSchema } from './schema/offer.js';
import type { linkSchema, participantSchema, sessionSchema } from './schema/session.js';

/** Readonly all the way down: validated data is shared by every output and never changed in place. */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? ReadonlyArray<DeepReadonly<Item>>
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

type Out<T extends v.GenericSchema> = DeepReadonly<v.InferOutput<T>>;

/** A validated forum document. Produce one with `validateForum`. */
export type Forum = Out<typeof forumSchema>;
/** Raw forum data as authored (before validation); the same shape as `Forum`. */
export type ForumInput = v.InferInput<typeof forumSchema>;
export type Series = Out<typeof seriesSchema>;
export type Offer = Out<typeof offerSchema>;
export type Venue = Out<typeof venueSchema>;
export type PostalAddress = NonNullable<Venue['address']>;
export type Room = Out<typeof roomSchema>;
export type Track = Out<typeof trackSchema>;
export type Organization = Out<typeof organizationSchema>;
export type Person = Out<typeof personSchema>;
export type Session = Out<typeof sessionSchema>;
export type Participant = Out<typeof participantSchema>;
export type Link = Out<typeof linkSchema>;
export type Quote = Out<typeof quoteSchema>;
export type Photo = Out<typeof photoSchema>;
export type Coverage = Out<typeof coverageSchema>;
