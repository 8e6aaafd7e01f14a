import type { IdReference } from 'schema-dts';
import { isAbsoluteHttpUrl } from '../model/url.js';

/** The @ids of one graph. Every @id in the output is made here, so they stay stable and unique. */
export interface GraphIds {
  /** The page URL (without fragment) that every @id and relative URL hangs off. */
  readonly base: string;
  readonly forum: string;
  readonly series: string;
  readonly venue: string;
  readonly venueAddress: string;
  readonly venueGeo: string;
  readonly online: string;
  room(key: string): string;
  offer(position: number): string;
  session(id: string): string;
  sessionRole(sessionId: string, role: string, personId: string): string;
  person(id: string): string;
  organization(id: string): string;
  quote(id: string): string;
  quoteTranslation(id: string, language: string): string;
  photo(id: string): string;
  photoSize(id: string, dimension: 'width' | 'height'): string;
  article(id: string): string;
}

/** A reference to a node by its @id. */
export function ref(id: string): IdReference {
  return { '@id': id };
}

/** The @ids under `baseUrl`; throws a TypeError unless it is an absolute http(s) URL (a caller's mistake). */
export function graphIds(baseUrl: string): GraphIds {
  if (typeof baseUrl !== 'string' || !isAbsoluteHttpUrl(baseUrl)) {
    throw new TypeError(`toJsonLd: options.baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  const url = new URL(baseUrl);
  url.hash = ''; // a fragment on the page URL would collide with ours
  const base = url.href;
  const at = (...parts: string[]) => `${base}#${parts.map(encodeURIComponent).join('-')}`;
  // A part of a node hangs off it after "/": ids may hold "-" but never an unencoded "/", so no clash.
  const part = (owner: string, ...parts: string[]) => `${owner}/${parts.map(encodeURIComponent).join('-')}`;
  return {
    base,
    forum: at('forum'),
    series: at('series'),
    venue: at('venue'),
    venueAddress: at('venue', 'address'),
    venueGeo: at('venue', 'geo'),
    online: at('online'),
    room: (key) => at('venue', 'room', key),
    offer: (position) => at('offer', String(position)),
    session: (id) => at('session', id),
    sessionRole: (sessionId, role, personId) => part(at('session', sessionId), role, personId),
    person: (id) => at('person', id),
    organization: (id) => at('org', id),
    quote: (id) => at('quote', id),
    quoteTranslation: (id, language) => part(at('quote', id), language),
    photo: (id) => at('photo', id),
    photoSize: (id, dimension) => part(at('photo', id), dimension),
    article: (id) => at('article', id),
  };
}
