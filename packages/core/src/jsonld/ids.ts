import type { IdReference } from 'schema-dts';
import { isAbsoluteHttpUrl } from '../model/url.js';

const URL_SAFE = /^[A-Za-z0-9._~-]*$/;

/** The kinds of node, as their @ids name them: `#forum`, `#venue`, `#person-<id>`; parts of a node hang off it (`#venue/address`). */
export type NodeKind = 'forum' | 'series' | 'venue' | 'room' | 'online' | 'offer' | 'session' | 'person' | 'org' | 'quote' | 'photo' | 'article';

/** The @ids of one graph. Every @id in the output is made here, so they stay stable and unique. */
export interface GraphIds {
  /** The page URL (without fragment) that every @id and relative URL hangs off. */
  readonly base: string;
  /** A node's @id: `${base}#<kind>`, or `${base}#<kind>-<key>` for one of many. */
  of(kind: NodeKind, key?: string | number): string;
  /** The @id of a part of a node (a performer's role, a translation): `<owner>/<a>-<b>`. */
  part(owner: string, ...keys: string[]): string;
}

/** A reference to a node by its @id. */
export function ref(id: string): IdReference {
  return { '@id': id };
}

/** The @ids under `baseUrl`; throws a TypeError unless it is an absolute http(s) URL (a caller's mistake). */
export function graphIds(baseUrl: string): GraphIds {
  if (!isAbsoluteHttpUrl(baseUrl)) {
    throw new TypeError(`toJsonLd: options.baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  const url = new URL(baseUrl);
  url.hash = ''; // a fragment on the page URL would collide with ours
  const base = url.href;
  // Document ids are URL-safe already; encoding also covers language tags. A lone surrogate, which
  // validation refuses but a Forum built by hand may hold, would make encodeURIComponent throw.
  const encode = (key: string | number) => (typeof key === 'number' || URL_SAFE.test(key) ? key : encodeURIComponent(key.replace(/\p{Cs}/gu, '\ufffd')));
  return {
    base,
    of: (kind, key) => (key === undefined ? `${base}#${kind}` : `${base}#${kind}-${encode(key)}`),
    // Ids may hold "-" but never an unencoded "/", so a part's @id cannot clash with another node's.
    part: (owner, ...keys) => `${owner}/${keys.map(encode).join('-')}`,
  };
}
