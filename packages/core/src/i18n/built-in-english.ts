import type { Translation } from './translation.js';
import { en } from './translations/en.js';

/**
 * What a bundle that loads translations on demand builds in place of built-in-translations.ts
 * (forumkit's drop-in does, see @forumkit/elements' tsup.config.ts): English alone, the fallback;
 * `loadTranslation` (load-translation.ts) registers another built-in language when a page shows it.
 */
export const builtInTranslations: readonly Translation[] = [en];
