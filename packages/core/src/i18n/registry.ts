import { matchLanguage } from '../model/text.js';
import type { PluralForms, Translation } from './translation.js';
import { builtInTranslations } from './built-in-translations.js';
import { en } from './translations/en.js';

const registry = new Map<string, Translation>(builtInTranslations.map((translation) => [translation.language, translation]));
const tags: string[] = [...registry.keys()];
let generation = 0;

/** Counts registrations, so what was worked out with older translations can be worked out again. */
export function translationsGeneration(): number {
  return generation;
}

/**
 * Adds or replaces the translations of languages: a site brings its own language (or its own
 * wording of a built-in one) without forking forumkit. Takes effect for everything rendered after it.
 */
export function registerTranslation(...translations: readonly Translation[]): void {
  for (const translation of translations) {
    const known = matchExact(translation.language);
    if (known !== undefined) registry.delete(known);
    registry.set(translation.language, translation);
  }
  tags.splice(0, tags.length, ...registry.keys());
  generation++;
}

const matchExact = (language: string) => tags.find((tag) => tag.toLowerCase() === language.toLowerCase());

/**
 * The languages forumkit can speak now: the built-in ones and those registered (in a bundle that
 * loads translations on demand, such as the drop-in forumkit.js, the built-in ones loaded so far).
 */
export function translatedLanguages(): readonly string[] {
  return [...tags];
}

/** The translation for a language: the best registered match (`en-GB` -> `en`), else English. */
export function translationFor(language: string): Translation {
  const tag = matchLanguage(language, tags);
  return (tag !== undefined && registry.get(tag)) || en;
}

/** A template's `{name}` placeholders filled in: `fillTemplate('Times in {zone}', { zone: 'KST' })`. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word for a count, by the language's plural rules (`other` when a form is missing). */
export function pluralForm(forms: PluralForms, count: number, language: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return forms[rules.select(count)] ?? forms.other;
}
