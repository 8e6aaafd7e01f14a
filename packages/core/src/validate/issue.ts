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
const SHOWN_CHARACTERS = 40;

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

/** `sessions[5].person: no person with id "x"`, as printed in error lists. */
export function formatIssue(issue: ForumIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A string as JSON, cut short when long: `"javascript:alert(1)"`, `"aaaa…" (10485760 characters)`. */
export function quoteText(text: string): string {
  if (text.length <= SHOWN_CHARACTERS) return JSON.stringify(text);
  return `${JSON.stringify(`${text.slice(0, SHOWN_CHARACTERS)}…`)} (${text.length} characters)`;
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
