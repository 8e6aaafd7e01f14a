import type { Translation } from './translation.js';
import { ar } from './translations/ar.js';
import { de } from './translations/de.js';
import { en } from './translations/en.js';
import { es } from './translations/es.js';
import { fr } from './translations/fr.js';
import { ja } from './translations/ja.js';
import { ko } from './translations/ko.js';
import { zhHans } from './translations/zh-hans.js';

/**
 * The translations the registry starts with: all eight, so every output can be asked for any
 * language (a page in Arabic names untitled sessions in Arabic in its JSON-LD too).
 * forumkit's drop-in bundle builds in built-in-english.ts in this module's place.
 */
export const builtInTranslations: readonly Translation[] = [en, ko, ja, zhHans, de, fr, es, ar];
