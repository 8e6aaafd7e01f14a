// How elements validate forum data: with core's validateForum, here at once. The drop-in bundle
// (dist/forumkit.js) builds in forum-validator.lazy.ts in this module's place (tsup.config.ts),
// which loads this module as a chunk of its own when an element first needs data.
import { validateForum, validateForumInSlices } from '@forumkit/core';

export { validateForum, validateForumInSlices };

/** Core's `validateForum`. */
export type Validate = typeof validateForum;

/** The validator, or a promise of it while it loads (never here: it is part of this module). */
export function validator(): Validate | Promise<Validate> {
  return validateForum;
}

/** Core's `validateForumInSlices`. */
export type ValidateInSlices = typeof validateForumInSlices;

/** The validator that pauses between slices, or a promise of it while it loads (never here). */
export function slicedValidator(): ValidateInSlices | Promise<ValidateInSlices> {
  return validateForumInSlices;
}
