// BCP 47 tags as the platform reads them: validation accepts only tags Intl can use (so no
// output throws on a valid forum), and languages are compared by language and script.

/** What a tag looks like (the JSON Schema's pattern); `isLanguageTag` also asks the platform. */
export const LANGUAGE_TAG_SHAPE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
const known = new Map<string, Readonly<{ language: string; script: string }> | null>();

/** The language and script a tag means once the platform fills in what it leaves unsaid (`zh-TW` -> zh, Hant). */
function reading(tag: string): Readonly<{ language: string; script: string }> | null {
  let found = known.get(tag);
  if (found === undefined) {
    try {
      const locale = new Intl.Locale(tag).maximize();
      found = { language: locale.language, script: locale.script ?? '' };
    } catch {
      found = null;
    }
    if (known.size >= 1000) known.clear(); // bounded: page languages come from anywhere
    known.set(tag, found);
  }
  return found;
}

/** True for a BCP 47 tag the platform accepts (`ko`, `en-GB`, `zh-Hant`; not `en-a` or `en_US`). */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG_SHAPE.test(value) && reading(value) !== null;
}

/**
 * True when two tags are one language in one script for a reader: `en-GB` and `en`, `zh-TW` and
 * `zh-Hant`; not `zh-Hans` and `zh-Hant`. Tags the platform cannot read compare by their first part.
 */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [reading(a), reading(b)];
  if (x === null || y === null) return a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];
  return x.language === y.language && x.script === y.script;
}
