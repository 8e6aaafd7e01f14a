// A lone surrogate (half of an emoji or other character, cut off) is legal in JSON and in
// JavaScript strings, but no output can carry it faithfully: UTF-8, URLs and iCalendar have no
// way to write it. Validation refuses it, so every text a Forum holds is well-formed Unicode.
const LONE_SURROGATE = /\p{Cs}/u;
// The platform's own test where there is one (it answers at once for text without surrogates).
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True for a string without lone surrogates (what `String.prototype.isWellFormed` says, on older engines too). */
export function isWellFormedText(value: string): boolean {
  return isWellFormed ? isWellFormed.call(value) : !LONE_SURROGATE.test(value);
}

/** Where the first lone surrogate is, in words for a validation message. */
export function explainLoneSurrogate(value: string): string {
  const at = LONE_SURROGATE.exec(value)?.index ?? 0;
  const code = value.charCodeAt(at).toString(16).toUpperCase();
  // Counted in characters as an editor counts them (an emoji is one), from 1.
  const position = [...value.slice(0, at)].length + 1;
  return `must be well-formed Unicode: character ${position} is a lone surrogate (U+${code}), half of a character`;
}
