import { matchLanguage } from '../model/text.js';
import { registerTranslation, translatedLanguages } from './registry.js';
import type { Translation } from './translation.js';

// Each built-in translation is a module of its own, so a bundle that starts with English alone
// (forumkit's drop-in) fetches only the languages its pages show.
const modules: Readonly<Record<string, () => Promise<Translation>>> = {
  en: () => import('./translations/en.js').then((module) => module.en),
  ko: () => import('./translations/ko.js').then((module) => module.ko),
  ja: () => import('./translations/ja.js').then((module) => module.ja),
  'zh-Hans': () => import('./translations/zh-hans.js').then((module) => module.zhHans),
  de: () => import('./translations/de.js').then((module) => module.de),
  fr: () => import('./translations/fr.js').then((module) => module.fr),
  es: () => import('./translations/es.js').then((module) => module.es),
  ar: () => import('./translations/ar.js').then((module) => module.ar),
};

const loading = new Map<string, Promise<void>>();

/**
 * The built-in translation `loadTranslation(language)` would load (`ko` for `ko-KR`); undefined
 * when there is nothing to load: `language` is registered (all eight built-in ones are, unless a
 * bundle starts with English alone), or forumkit has no translation of it and English stands in.
 */
export function translationToLoad(language: string): string | undefined {
  if (matchLanguage(language, translatedLanguages()) !== undefined) return undefined;
  return matchLanguage(language, Object.keys(modules));
}

/**
 * Registers forumkit's built-in translation of `language` when it is not registered yet, so that
 * `translationFor(language)` gives it; resolves at once when there is nothing to load. A
 * translation a site registers for the language in the meantime is kept. Rejects when the
 * translation's module cannot be loaded (call again to try again).
 */
export function loadTranslation(language: string): Promise<void> {
  const tag = translationToLoad(language);
  if (tag === undefined) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = modules[tag]!()
      .then((translation) => {
        if (translationToLoad(tag) !== undefined) registerTranslation(translation);
      })
      .finally(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}
