/** Up to two initials for a portrait placeholder: "Ju Yong-tae" -> "JY", "주용태" -> "주". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  // Hangul, Han and kana names read as one unit: the family name's first character says enough.
  if (/^[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/u.test(words[0]!)) {
    return Array.from(words[0]!)[0]!;
  }
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase())
    .join('');
}
