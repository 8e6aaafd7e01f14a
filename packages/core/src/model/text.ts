/**
 * Text that people read: a plain string (in the forum's default language) or a map of
 * BCP 47 language tag to string, e.g. `{ "ko": "주용태", "en": "Ju Yong-tae" }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The languages a text is available in; a plain string counts as the default language. */
export function textLanguages(text: LocalizedText, defaultLanguage: string): string[] {
  return typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}

/**
 * The best language tag of `available` for `requested`: exact match, then the same primary
 * language (`en-GB` -> `en`, `en` -> `en-US`), else undefined.
 */
export function matchLanguage(requested: string, available: readonly string[]): string | undefined {
  const wanted = requested.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return available.find((tag) => tag.toLowerCase().split('-')[0] === primary);
}

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
export function resolveText(
  text: LocalizedText | undefined,
  language: string,
  fallbacks: readonly string[] = [],
): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const tag = pickLanguage(text, language, fallbacks);
  return tag === undefined ? undefined : text[tag];
}

/** The language `resolveText` would pick, so markup can carry a correct `lang`. */
export function resolveTextLanguage(
  text: LocalizedText | undefined,
  language: string,
  fallbacks: readonly string[],
  defaultLanguage: string,
): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? defaultLanguage : pickLanguage(text, language, fallbacks);
}
