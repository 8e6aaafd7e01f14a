/**
 * @forumkit/core/i18n: one registry for the words forumkit shows and the names of its
 * vocabulary values. Built in: en, ko, ja, zh-Hans, de, fr, es, ar; `registerTranslation` adds more.
 */
export { registerTranslation, translationFor, translatedLanguages, fillTemplate, pluralForm } from './i18n/registry.js';
export type { Translation, InterfaceTerms, PluralForms, ForumContent, ContentStates } from './i18n/translation.js';
export { en } from './i18n/translations/en.js';
export { ko } from './i18n/translations/ko.js';
export { ja } from './i18n/translations/ja.js';
export { zhHans } from './i18n/translations/zh-hans.js';
export { de } from './i18n/translations/de.js';
export { fr } from './i18n/translations/fr.js';
export { es } from './i18n/translations/es.js';
export { ar } from './i18n/translations/ar.js';
