// What validation says of URLs beyond the URL rule (url.ts): why a URL is refused, and whether a
// browser can read it. A module of its own, so that code which only applies the rule (forumkit's
// drop-in bundle) leaves it out.

// A scheme as a browser finds it, once it has dropped the control characters and spaces around and inside it.
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]{0,30}):/;
const HTTP_SCHEME = /^https?:/i;

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
