import * as v from 'valibot';
import { SAFE_URL } from '../url.js';
import { explainUnsafeUrl, isReadableUrl } from '../url-validation.js';
import { isLanguageTag, LANGUAGE_TAG_SHAPE } from '../language-tag.js';
import { explainLoneSurrogate, isWellFormedText } from '../well-formed-text.js';
import { isLocalDateTime } from '../../time/local-date-time.js';
import { explainInvalidLocalDateTime, explainLocalDateTimeFormat } from '../../time/explain-local-date-time.js';
import { isTimeZone } from '../../time/time-zone-name.js';
import { explainTimeZone } from '../../time/time-zone-suggestion.js';

// Limits keep hostile input cheap to reject; real forums stay far below them.
// Editor help (descriptions, examples) is added where the JSON Schema is written: scripts/json-schema-help.mjs.
const MAX_TEXT = 20_000;
// Names and titles: real session titles run to a thousand characters and more.
const MAX_NAME = 2_000;
const MAX_LANGUAGES = 50;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A document-wide identifier: entities refer to each other by it. */
export const idSchema = v.pipe(
  v.string('must be an id (a string)'),
  v.regex(ID, 'must be an id: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters'),
);

/** A BCP 47 language tag such as `ko`, `en` or `zh-Hant`. */
export const languageTagSchema = v.pipe(
  v.string('must be a language tag (a string)'),
  v.regex(LANGUAGE_TAG_SHAPE, 'must be a BCP 47 language tag such as "ko", "en" or "zh-Hant"'),
  // The shape is what editors check; the platform's reading refuses the rest (`en-a`, `de-DE-DE`).
  v.check(isLanguageTag, 'must be a BCP 47 language tag such as "ko", "en" or "zh-Hant"'),
);

/** Every free-form string a forum holds passes this (ids, tags, dates and the like have patterns that exclude lone surrogates). */
export const wellFormed = v.check(isWellFormedText, (issue) => explainLoneSurrogate(issue.input as string));

const textString = (max: number) =>
  v.pipe(v.string('must be text'), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`), wellFormed);

function localized(max: number) {
  const map = v.pipe(
    v.record(languageTagSchema, textString(max), 'must be text or a map of language tag to text'),
    v.minEntries(1, 'must hold at least one language'),
    v.maxEntries(MAX_LANGUAGES, `must hold at most ${MAX_LANGUAGES} languages`),
  );
  return v.union([textString(max), map], 'must be text or a map of language tag to text, e.g. { "ko": "…", "en": "…" }');
}

/** A short multilingual text: names, titles, captions. */
export const nameSchema = localized(MAX_NAME);
/** A long multilingual text: descriptions, quotes. */
export const longTextSchema = localized(MAX_TEXT);

/** An http(s) URL or a URL relative to the page. */
export const urlSchema = v.pipe(
  v.string('must be a URL (a string)'),
  v.nonEmpty('must not be empty'),
  v.maxLength(2048, 'must be at most 2048 characters'),
  // A pattern, not a check, so that the JSON Schema says the same (one rule for isSafeUrl and editors).
  v.regex(SAFE_URL, (issue) => explainUnsafeUrl(issue.input as string)),
  wellFormed,
  v.check(isReadableUrl, 'must be a URL a browser can read (check the part after "//")'),
);

/**
 * A date (`2024-10-28`) or a local date-time in the forum's time zone (`2024-10-28T09:30`), which
 * may carry the zone's offset (`2025-10-26T02:30+01:00`, the second of a repeated hour).
 */
export const localDateTimeSchema = v.pipe(
  v.string('must be a date or date-time (a string)'),
  v.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?$/, (issue) => explainLocalDateTimeFormat(issue.input)),
  v.check(isLocalDateTime, (issue) => explainInvalidLocalDateTime(issue.input)),
);

/** An IANA time zone name such as `Asia/Seoul`, as IANA writes it. */
export const timeZoneSchema = v.pipe(
  v.string('must be a time zone name (a string)'),
  v.check(isTimeZone, (issue) => explainTimeZone(issue.input as string)),
);

export function picklistOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, `must be one of: ${options.join(', ')}`);
}

export function listOf<T extends v.GenericSchema>(item: T, max = 100_000) {
  return v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must hold at most ${max} entries`));
}

/**
 * A session's reference to a room or track by id. Its message says how to rewrite the free text
 * that older forum files held there (`"room": "Grand Hall"`) as an entry of the list.
 */
export function referenceTo(list: 'rooms' | 'tracks', field: 'room' | 'track') {
  const message = (issue: v.BaseIssue<unknown>) => explainFreeTextReference(issue.input, list, field);
  return v.pipe(v.string(message), v.regex(ID, message));
}

function explainFreeTextReference(input: unknown, list: string, field: string): string {
  const wanted = `must be the id of an entry in "${list}"`;
  const text = typeof input === 'string' ? input : input !== null && typeof input === 'object' && !Array.isArray(input) ? input : undefined;
  if (text === undefined) return `${wanted} (a string)`;
  const entries = typeof text === 'string' ? [] : Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const english = typeof text === 'string' ? text : ((entries.find(([tag]) => /^en\b/i.test(tag)) ?? entries[0])?.[1] ?? '');
  const id =
    english
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || `${field}-1`;
  const short = (value: string) => (value.length > 30 ? `${value.slice(0, 30)}…` : value);
  const name =
    typeof text === 'string'
      ? JSON.stringify(short(text))
      : JSON.stringify(Object.fromEntries(entries.slice(0, 2).map(([tag, value]) => [tag.slice(0, 10), short(value)])));
  return `${wanted}: list it once, as "${list}": [{ "id": "${id}", "name": ${name} }], and write "${field}": "${id}"`;
}
