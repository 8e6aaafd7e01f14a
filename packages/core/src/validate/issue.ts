/** One problem found in forum data. */
export interface ForumIssue {
  /** Where, as a JSON path such as `sessions[5].participants[2].person` (empty for the whole document). */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['sessions', 5, 'participants']` -> `sessions[5].participants`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment.length > 60 ? `${segment.slice(0, 60)}…` : segment)}]`;
  }
  return path;
}

/** `sessions[5].person: no person with id "x"`, as printed in error lists. */
export function formatIssue(issue: ForumIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A short, safe rendering of a value for a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}
