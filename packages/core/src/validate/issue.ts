import { opaqueDescription } from './opaque-value.js';

/** One problem found in forum data. */
export interface ForumIssue {
  /** Where, as a JSON path such as `sessions[5].participants[2].person` (empty for the whole document). */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

export type PathSegment = string | number;

/** An issue while validation runs, its path still in segments. */
export interface Problem {
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** Says all there is to say about the value at `path`: nothing at or beneath it is reported besides. */
  readonly covers?: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
// How much of a value a message shows, counted as written (a control character as `\u0001`).
const SHOWN_CHARACTERS = 40;
const SHOWN_ITEMS = 5;
/** An issue as printed (`path: message`) is shorter than this, however long the values it names. */
export const ISSUE_LENGTH_LIMIT = 300;
const MAX_PATH_LENGTH = 200;
// What a cut message keeps of its end: `got "…" (did you mean "…"?)`.
const KEPT_END = 90;

/** `['sessions', 5, 'participants']` -> `sessions[5].participants`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment.length <= 60 && IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment.length > 60 ? `${segment.slice(0, 60)}…` : segment)}]`;
  }
  return path;
}

/**
 * A problem as reported: its path written out and, so that no value can make it long, the whole
 * cut to fit `ISSUE_LENGTH_LIMIT` (quoted values and lists are shortened before, where they are written).
 */
export function toForumIssue(segments: readonly PathSegment[], message: string): ForumIssue {
  const path = cut(formatPath(segments), MAX_PATH_LENGTH);
  return { path, message: cut(message, ISSUE_LENGTH_LIMIT - 1 - (path ? path.length + 2 : 0)) };
}

/**
 * Text of at most `length` characters: when longer, its start and its end with "…" between, as
 * a message ends in what it got and what was probably meant. Surrogate pairs are kept whole.
 */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const kept = Math.min(KEPT_END, length >> 1);
  const start = text.slice(0, length - kept - 1).replace(/[\ud800-\udbff]$/, '');
  return `${start}…${text.slice(-kept).replace(/^[\udc00-\udfff]/, '')}`;
}

/** A string as JSON, cut short when long as written: `"javascript:alert(1)"`, `"aaaa…" (10485760 characters)`. */
export function quoteText(text: string): string {
  let shown = '';
  let width = 0;
  for (const char of text) {
    width += JSON.stringify(char).length - 2;
    if (width > SHOWN_CHARACTERS) return `${JSON.stringify(`${shown}…`)} (${text.length} characters)`;
    shown += char;
  }
  return JSON.stringify(text);
}

/** Items for a message, the first few and a count of the rest: `ko, en, ja, zh, fr and 45 more`. */
export function listText(items: readonly string[]): string {
  if (items.length <= SHOWN_ITEMS) return items.join(', ');
  return `${items.slice(0, SHOWN_ITEMS).join(', ')} and ${items.length - SHOWN_ITEMS} more`;
}

/** A short, safe rendering of a value for a message. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoteText(value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint': {
      const digits = String(value);
      return digits.length > 20 ? 'a very large BigInt' : `${digits}n (a BigInt)`;
    }
    case 'symbol':
      return opaqueDescription(value) ?? 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : 'an object';
}
