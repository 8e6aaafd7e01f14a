import { isAbsoluteHttpUrl, resolveUrl } from '../model/url.js';

/** Where a forum's URLs point, and which of them an output may show. */
export interface UrlRules {
  /**
   * The URL of the forum file when it is not the page itself (a `src` elsewhere): its relative
   * URLs are relative to it, and are shown resolved. Without it the data is the page's own and a
   * relative URL is shown as written, for the browser to resolve against the page.
   */
  readonly dataUrl?: string;
  /**
   * The origins (`https://cdn.example`) images and links may come from; any when absent. A URL on
   * the forum file's own origin (any relative URL) is always allowed.
   */
  readonly allowedOrigins?: readonly string[];
}

// The data's own document when it is the page: only its origin is compared, so any placeholder
// does. The same on the server and in the browser, so both render the same markup.
const PAGE = 'https://page.invalid/';

/** Each entry's origin (`https://cdn.example/` -> `https://cdn.example`); an entry that is not an http(s) URL is left out. */
export function origins(entries: readonly string[]): readonly string[] {
  return entries.flatMap((entry) => (isAbsoluteHttpUrl(entry) ? [new URL(entry).origin] : []));
}

/**
 * A URL from the data as an output may link to or show it: http(s) or relative, resolved against
 * the forum file when that is not the page, and on an allowed origin. Undefined otherwise.
 */
export function shownUrl(value: string | undefined, rules: UrlRules): string | undefined {
  if (value === undefined) return undefined;
  const base = rules.dataUrl ?? PAGE;
  const resolved = resolveUrl(value, base);
  if (resolved === undefined) return undefined;
  const { allowedOrigins } = rules;
  if (allowedOrigins !== undefined) {
    const origin = new URL(resolved).origin;
    if (origin !== new URL(base).origin && !allowedOrigins.includes(origin)) return undefined;
  }
  return rules.dataUrl === undefined ? value : resolved;
}
