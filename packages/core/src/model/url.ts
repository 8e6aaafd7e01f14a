/**
 * The URL rule, as the one pattern both `isSafeUrl` and the published JSON Schema test: an http(s)
 * URL or one with no scheme at all (relative), without whitespace, control characters or
 * backslashes anywhere (browsers skip some of them while reading a scheme, and read `\` as `/`).
 */
export const SAFE_URL = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\s\x00-\x1f\x7f\\]*$/;
// A scheme as a browser finds it, once it has dropped the control characters and spaces around and inside it.
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]{0,30}):/;
const HTTP_SCHEME = /^https?:/i;

/**
 * True for an absolute http(s) URL or a relative reference (`photos/1.jpg`, `/a`, `//cdn/b`).
 * Anything with another scheme (`javascript:`, `data:`, `mailto:`) is refused.
 */
export function isSafeUrl(value: string): boolean {
  return SAFE_URL.test(value);
}

/** Why `isSafeUrl` refuses a value, in words for a validation message. */
export function explainUnsafeUrl(value: string): string {
  const scheme = SCHEME.exec(value.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
  const allowed = 'must be an http(s) URL or a relative URL';
  if (scheme && scheme !== 'http' && scheme !== 'https') return `${allowed}, not a "${scheme}:" URL`;
  if (value.trim() !== value) return 'must not start or end with spaces';
  return /[\s\x00-\x1f\x7f\\]/.test(value) ? `${allowed}, without spaces, control characters or backslashes` : allowed;
}

/** False for an http(s) URL that a browser cannot read (`https://[::1`); a relative URL always resolves. */
export function isReadableUrl(value: string): boolean {
  return !HTTP_SCHEME.test(value) || URL.canParse(value);
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
