// The drop-in bundle's translations (built in place of forum-translation.ts, see tsup.config.ts):
// core's registry starts with English there, and each other built-in language loads as a chunk
// when an element first shows it.
import { loadTranslation, translationToLoad } from '@forumkit/core/i18n/load';

// Languages whose translation could not be loaded: English stands in, rather than no forum at all.
const unavailable = new Set<string>();

/** Undefined when an element can show `language` now, else a promise that settles when it can. */
export function translationWait(language: string): Promise<void> | undefined {
  const tag = translationToLoad(language);
  if (tag === undefined || unavailable.has(tag)) return undefined;
  return loadTranslation(tag).catch(() => void unavailable.add(tag));
}
