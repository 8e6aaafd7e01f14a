/**
 * The URL rule, as the one pattern both `isSafeUrl` and the published JSON Schema test: an http(s)
 * URL or one with no scheme at all (relative), without whitespace, control characters or
 * backslashes anywhere (browsers skip some of them while reading a scheme, and read `\` as `/`).
 */
export const SAFE_URL = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\s\x00-\x1f\x7f\\]*$/;

/**
 * True for an absolute http(s) URL or a relative reference (`photos/1.jpg`, `/a`, `//cdn/b`).
 * Anything with another scheme (`javascript:`, `data:`, `mailto:`) is refused.
 */
export function isSafeUrl(value: string): boolean {
  return SAFE_URL.test(value);
}

/** True for an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && isSafeUrl(value) && URL.canParse(value);
}

/** Resolves a safe URL against a base; undefined for anything that is not http(s). */
export function resolveUrl(value: string, base: string): string | undefined {
  if (!isSafeUrl(value)) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
