import * as v from 'valibot';
import { idSchema, languageTagSchema, listOf, localDateTimeSchema, longTextSchema, nameSchema, urlSchema } from './primitives.js';

/** Something a person said, in the language it was said in, with any translations. */
export const quoteSchema = v.strictObject(
  {
    id: idSchema,
    text: longTextSchema,
    language: languageTagSchema,
    person: idSchema,
    session: v.optional(idSchema),
  },
  'must be a quote (an object)',
);

const pixels = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'));

/** A photo of the forum with its caption and credit. */
export const photoSchema = v.strictObject(
  {
    id: idSchema,
    url: urlSchema,
    caption: v.optional(nameSchema),
    alt: v.optional(nameSchema),
    credit: v.optional(nameSchema),
    copyrightHolder: v.optional(idSchema),
    depicts: v.optional(listOf(idSchema, 200)),
    width: v.optional(pixels),
    height: v.optional(pixels),
    placeholder: v.optional(v.boolean('must be true or false')),
  },
  'must be a photo (an object)',
);

/** An article that reported the forum. */
export const coverageSchema = v.strictObject(
  {
    id: idSchema,
    headline: nameSchema,
    url: v.optional(urlSchema),
    publisher: v.optional(idSchema),
    authors: v.optional(listOf(idSchema, 50)),
    mentions: v.optional(listOf(idSchema, 1000)),
    datePublished: v.optional(localDateTimeSchema),
    language: v.optional(languageTagSchema),
  },
  'must be an article (an object)',
);
