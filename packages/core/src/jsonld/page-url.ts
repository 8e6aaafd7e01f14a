import { resolveUrl } from '../model/url.js';

// A path that WHATWG URL parsing keeps as written: segments of unreserved and sub-delimiter
// characters, none of them "." or ".." (no "%", which can spell a dot, nor ":", "?", "#", "\").
// Every segment but the last ends at a "/", so a match takes time linear in the URL's length.
const SEGMENT = "(?!\\.\\.?(?:/|$))[\\w.~!$&'()*+,;=@-]+";
// Such a path: absolute on a lower-case ASCII host (no punycode; not an IPv4 address, as the last
// label starts with a letter), from the site root, or from the page.
const PLAIN = new RegExp(`^(?:(https?://(?:(?!xn--)[a-z\\d-]+\\.)*(?!xn--)[a-z][a-z\\d-]*/)|(/)|(?=.))(?:${SEGMENT}/)*(?:${SEGMENT})?$`);

/**
 * `resolveUrl(value, base)` for one page, without a URL parse for URLs that parse to themselves:
 * most data URLs are plain https or relative paths, and parsing them was much of the graph's cost.
 */
export function pageUrlResolver(base: string): (value: string | undefined) => string | undefined {
  const root = new URL('/', base).href.slice(0, -1); // scheme, any userinfo, host and port
  const directory = new URL('./', base).href;
  return (value) => {
    if (value === undefined) return undefined;
    const plain = PLAIN.exec(value);
    return !plain ? resolveUrl(value, base) : plain[1] ? value : plain[2] ? root + value : directory + value;
  };
}
