const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// Control characters and whitespace that browsers strip from a URL before reading its scheme.
const STRIPPED = /[\u0000-\u0020\u007f]/g;

/**
 * True for an absolute http(s) URL or a relative reference (`photos/1.jpg`, `/a`, `//cdn/b`).
 * Anything with another scheme (`javascript:`, `data:`, `mailto:`) is refused.
 */
export function isSafeUrl(value: string): boolean {
  const cleaned = value.replace(STRIPPED, '');
  if (cleaned !== value.trim()) return false;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) return !cleaned.startsWith('\\') && !cleaned.includes('\\');
  if (scheme !== 'http' && scheme !== 'https') return false;
  return URL.canParse(cleaned);
}

/** Why `isSafeUrl` refuses a value, in words for a validation message. */
export function explainUnsafeUrl(value: string): string {
  const scheme = SCHEME.exec(value.replace(STRIPPED, ''))?.[1]?.toLowerCase();
  const allowed = 'must be an http(s) URL or a relative URL';
  if (scheme && scheme !== 'http' && scheme !== 'https') return `${allowed}, not a "${scheme}:" URL`;
  return /[\u0000-\u0020\u007f\\]/.test(value.trim()) ? `${allowed}, without spaces, control characters or backslashes` : allowed;
}

/** True for an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && isSafeUrl(value);
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
