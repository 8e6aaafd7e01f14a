const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text safe to place inside an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029
 * become JSON unicode escapes, so no string can close the tag and `JSON.parse` gives the data back.
 */
export function serializeJsonLd(doc: unknown): string {
  return JSON.stringify(doc).replace(UNSAFE, (char) => ESCAPES[char]!);
}

/** The `<script type="application/ld+json">` element for a JSON-LD document. */
export function jsonLdScript(doc: unknown): string {
  return `<script type="application/ld+json">${serializeJsonLd(doc)}</script>`;
}
