// Puts an attack payload into a forum: every text people read, every URL, every object's field
// names or every localized text's language keys. A forum with the payload in its texts is valid
// (unless the payload itself is not valid text); URLs, field names and language keys that are not
// one are refused by validation. Both kinds go through every output in the Chromium harness.

/** Where a payload goes. */
export const PLACEMENTS = ['texts', 'urls', 'field names', 'language keys'];

// Fields holding text people read: a string, or a localized text (language tag -> string).
const TEXT_FIELDS = new Set([
  'name',
  'shortName',
  'jobTitle',
  'bio',
  'title',
  'description',
  'caption',
  'alt',
  'credit',
  'text',
  'headline',
  'edition',
  'locality',
  'streetAddress',
  'region',
  'keywords',
  'tags',
]);
const URL_FIELDS = new Set(['url', 'sameAs', 'onlineUrl', 'logo', 'image']);

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A copy of `data` (forum JSON) with `text` in every place of `placement`: each readable text
 * (each language's string of a localized one), each URL, a new field named `text` on every object
 * (a localized text's languages aside), or a new language `text` in every localized text.
 */
export function withPayload(data, text, placement) {
  return withPayloads(data, { [placement]: [text] });
}

/**
 * A copy of `data` with payloads in the places of each placement given, the placement's list
 * taken in turn (place 1 gets the first, place 2 the second, and round again): one forum carrying
 * many payloads at once.
 */
export function withPayloads(data, lists) {
  const turns = Object.fromEntries(PLACEMENTS.map((placement) => [placement, 0]));
  const next = (placement) => {
    const list = lists[placement];
    return list?.length ? list[turns[placement]++ % list.length] : undefined;
  };
  // `inText`: the value is (part of) a text field, so an object in it is a localized text.
  const visit = (value, inText, inUrl) => {
    if (Array.isArray(value)) return value.map((item) => visit(item, inText, inUrl));
    if (typeof value === 'string') return (inText ? next('texts') : inUrl ? next('urls') : undefined) ?? value;
    if (!isObject(value)) return value;
    const entries = Object.entries(value).map(([key, item]) => [key, visit(item, inText || TEXT_FIELDS.has(key), URL_FIELDS.has(key))]);
    const added = next(inText ? 'language keys' : 'field names');
    if (added !== undefined) entries.push([added, 'x']);
    // Defined as own keys, as JSON.parse makes them, whatever the name ("__proto__" too).
    const copy = {};
    for (const [key, item] of entries) Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return visit(structuredClone(data), false, false);
}

/** How many places of `placement` the data has (a check that the placement reaches something). */
export function countPlaces(data, placement) {
  const marker = '\u0000place\u0000';
  const json = JSON.stringify(withPayload(data, marker, placement));
  return json.split(JSON.stringify(marker).slice(1, -1)).length - 1;
}
