import { sameLanguage } from './language-tag.js';

/**
 * Text that people read: a plain string, or a map of BCP 47 language tag to string
 * (`{ "ko": "주용태", "en": "Ju Yong-tae" }`).
 *
 * A plain string is in no particular language: a person's name ("Matthijs Rijlaarsdam"), a
 * brand, a title given once for every reader. It is shown in every language and marked with no
 * `lang` of its own (it reads as part of the page around it). A map says which language each
 * text is in, and outputs mark the language wherever it differs from the page's.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * The best language tag of `available` for `requested`: exact match (any letter case), then the
 * same language in the same script (`en-GB` -> `en`, `zh-TW` -> `zh-Hant`, never `zh-Hans`), else undefined.
 */
export function matchLanguage(requested: string, available: readonly string[]): string | undefined {
  const wanted = requested.toLowerCase();
  return available.find((tag) => tag.toLowerCase() === wanted) ?? available.find((tag) => sameLanguage(tag, requested));
}

export { sameLanguage };

/** The key of a text map that serves `language`: the language itself, then each fallback, then the first. */
function pickLanguage(text: Readonly<Record<string, string>>, language: string, fallbacks: readonly string[]): string | undefined {
  const available = Object.keys(text);
  const tag = matchLanguage(language, available);
  if (tag !== undefined) return tag;
  for (const wanted of fallbacks) {
    const fallback = matchLanguage(wanted, available);
    if (fallback !== undefined) return fallback;
  }
  return available[0];
}

/**
 * Resolves a text for a language: the requested language first, then each fallback
 * (usually the forum's languages, default first), then whatever the text has.
 */
export function resolveText(text: LocalizedText | undefined, language: string, fallbacks: readonly string[] = []): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const tag = pickLanguage(text, language, fallbacks);
  return tag === undefined ? undefined : text[tag];
}

/**
 * The language of what `resolveText` picks, so markup can carry a correct `lang`; undefined for
 * a plain string, whose language is not known.
 */
export function resolveTextLanguage(text: LocalizedText | undefined, language: string, fallbacks: readonly string[] = []): string | undefined {
  return text === undefined || typeof text === 'string' ? undefined : pickLanguage(text, language, fallbacks);
}
