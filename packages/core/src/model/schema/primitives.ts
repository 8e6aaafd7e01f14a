import * as v from 'valibot';
import { explainUnsafeUrl, isSafeUrl } from '../url.js';
import { explainInvalidLocalDateTime, explainLocalDateTimeFormat, parseLocalDateTime } from '../../time/local-date-time.js';
import { isTimeZone } from '../../time/time-zone.js';

// Limits keep hostile input cheap to reject; real forums stay far below them.
// Editor help (descriptions, examples) is added where the JSON Schema is written: scripts/json-schema-help.mjs.
const MAX_TEXT = 20_000;
const MAX_NAME = 500;

/** A document-wide identifier: entities refer to each other by it. */
export const idSchema = v.pipe(
  v.string('must be an id (a string)'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be an id: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters'),
);

/** A BCP 47 language tag such as `ko`, `en` or `zh-Hant`. */
export const languageTagSchema = v.pipe(
  v.string('must be a language tag (a string)'),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/, 'must be a BCP 47 language tag such as "ko", "en" or "zh-Hant"'),
);

const textString = (max: number) =>
  v.pipe(v.string('must be text'), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

function localized(max: number) {
  return v.union(
    [
      textString(max),
      v.pipe(
        v.record(languageTagSchema, textString(max), 'must be text or a map of language tag to text'),
        v.minEntries(1, 'must hold at least one language'),
        v.maxEntries(50, 'must hold at most 50 languages'),
      ),
    ],
    'must be text or a map of language tag to text, e.g. { "ko": "…", "en": "…" }',
  );
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
  v.check(isSafeUrl, (issue) => explainUnsafeUrl(issue.input)),
  v.check((value) => value.trim() === value, 'must not start or end with spaces'),
);

/** A date (`2024-10-28`) or a local date-time in the forum's time zone (`2024-10-28T09:30`). */
export const localDateTimeSchema = v.pipe(
  v.string('must be a date or date-time (a string)'),
  v.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/, (issue) => explainLocalDateTimeFormat(issue.input)),
  v.check((value) => parseLocalDateTime(value) !== undefined, (issue) => explainInvalidLocalDateTime(issue.input)),
);

/** An IANA time zone name such as `Asia/Seoul`. */
export const timeZoneSchema = v.pipe(
  v.string('must be a time zone name (a string)'),
  v.check(isTimeZone, 'must be an IANA time zone such as "Asia/Seoul"'),
);

export function picklistOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, `must be one of: ${options.join(', ')}`);
}

export function listOf<T extends v.GenericSchema>(item: T, max = 100_000) {
  return v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must hold at most ${max} entries`));
}
