// The drop-in bundle's validator (built in place of forum-validator.ts, see tsup.config.ts):
// valibot and the schema, a third of the bundle, load the first time an element needs data, at the
// same time as the data itself, in one chunk with the elements' views (on-data.ts).
import type { Validate, ValidateInSlices } from './forum-validator.js';
import { fromOnData } from './on-data.lazy.js';

/** The validator once its chunk is here, else a promise of it (rejected when the chunk cannot be loaded). */
export const validator: () => Validate | Promise<Validate> = fromOnData((module) => module.validateForum);

/** The validator that pauses between slices, likewise. */
export const slicedValidator: () => ValidateInSlices | Promise<ValidateInSlices> = fromOnData((module) => module.validateForumInSlices);
