// The drop-in bundle's validator (built in place of forum-validator.ts, see tsup.config.ts):
// valibot and the schema, a third of the bundle, load as a chunk the first time an element needs
// data, at the same time as the data itself.
import type { Validate } from './forum-validator.js';

let loaded: Validate | undefined;
let loading: Promise<Validate> | undefined;

/** The validator once its chunk is here, else a promise of it (rejected when the chunk cannot be loaded). */
export function validator(): Validate | Promise<Validate> {
  if (loaded) return loaded;
  if (!loading) {
    loading = import('./forum-validator.js').then((module) => (loaded = module.validateForum));
    // A chunk that could not be loaded is asked for again next time.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
