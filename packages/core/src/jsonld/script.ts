const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON text safe to place inside an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029
 * become JSON unicode escapes, so no string can close the tag and `JSON.parse` gives the data back.
 */
export function serializeJsonLd(doc: unknown): string {
  return JSON.stringify(doc).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `<script type="application/ld+json">` element for a JSON-LD document. */
export function jsonLdScript(doc: unknown): string {
  return `<script type="application/ld+json">${serializeJsonLd(doc)}</script>`;
}
