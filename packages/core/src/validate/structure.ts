import * as v from 'valibot';
import { forumSchema } from '../model/schema/forum.js';
import { isTimeZone } from '../time/time-zone-name.js';
import { suggestTimeZone } from '../time/time-zone-suggestion.js';
import { describeValue, type PathSegment, type Problem } from './issue.js';
import { schemaAt } from './schema-at.js';
import { closestMatch } from './suggest.js';
import { unknownFieldProblems } from './unknown-fields.js';

type SchemaIssue = v.BaseIssue<unknown>;

/** A valibot issue with its full path from the document root. */
interface Located {
  readonly issue: SchemaIssue;
  readonly path: readonly PathSegment[];
}

// Checks whose message is better with the offending value shown after it.
const SHOWS_VALUE = new Set(['regex', 'check', 'integer', 'finite', 'min_value', 'max_value']);
// Size limits, where the size matters more than the value.
const SHOWS_SIZE = new Set(['max_length', 'max_entries']);

/** Checks the shape of the data against the forum schema; returns the parsed value and problems. */
export function checkStructure(data: unknown): { output: unknown; problems: Problem[] } {
  // abortPipeEarly: one message per value ("28/10/2024" is not also "not a real date").
  const result = v.safeParse(forumSchema, data, { abortPipeEarly: true });
  const problems: Problem[] = [];
  if (result.success) return { output: result.output, problems };
  const collapsed = new Set<string>();
  const report = (located: Located) => {
    const listInstead = listWhereObjectBelongs(located.path, data);
    if (listInstead === undefined) addProblems(located, problems);
    else if (!collapsed.has(listInstead.path.join('/'))) {
      // Every issue inside such a list leads here; one report is enough.
      collapsed.add(listInstead.path.join('/'));
      problems.push(listInstead);
    }
  };
  for (const issue of result.issues) locate(issue, [], report);
  return { output: result.output, problems };
}

/**
 * A union (localized text) that failed as a whole names only its own expectation; when one of
 * its options got further (a map whose "ko" entry is a number), that option's issues are the
 * precise ones (`name.ko: must be text, got 5`).
 */
function locate(issue: SchemaIssue, prefix: readonly PathSegment[], report: (located: Located) => void): void {
  const keys = (issue.path ?? []).map((item) => item.key as PathSegment);
  const path = prefix.length === 0 ? keys : [...prefix, ...keys];
  const deeper = issue.type === 'union' ? (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0) : [];
  if (deeper.length === 0) report({ issue, path });
  else for (const sub of deeper) locate(sub, path, report);
}

function addProblems({ issue, path }: Located, problems: Problem[]): void {
  const last = issue.path?.at(-1);
  if (issue.type === 'strict_object' && last?.origin === 'key' && issue.input !== undefined) {
    problems.push(...unknownFieldProblems(path.slice(0, -1), last.input, issue.message));
  } else if (issue.kind === 'schema' && issue.input === undefined && last?.type === 'object') {
    problems.push({ path, message: 'is required' });
  } else {
    problems.push({ path, message: messageFor(issue, path, last?.origin === 'key') });
  }
}

function messageFor(issue: SchemaIssue, path: readonly PathSegment[], atKey: boolean): string {
  if (atKey) return issue.message; // the key is the last part of the path already
  if (SHOWS_SIZE.has(issue.type)) return `${issue.message} (it has ${issue.received})`;
  if (issue.kind !== 'schema' && !SHOWS_VALUE.has(issue.type)) return issue.message;
  const got = `${issue.message}, got ${describeValue(issue.input)}`;
  const meant = typeof issue.input === 'string' ? suggestion(issue, path, issue.input) : undefined;
  return meant === undefined ? got : `${got} (did you mean "${meant}"?)`;
}

/** What a mistyped value most likely meant: the nearest option of a list, a time zone as IANA writes it. */
function suggestion(issue: SchemaIssue, path: readonly PathSegment[], input: string): string | undefined {
  if (issue.requirement === isTimeZone) return suggestTimeZone(input);
  const options = issue.type === 'picklist' ? schemaAt(path)?.options : undefined;
  return options && closestMatch(input, options as unknown as string[]);
}

/**
 * valibot's object and record schemas accept arrays (an array is an object), which turns
 * `venue: ["Hall"]` into "venue.name: is required" and "venue[0]: is not a known field".
 * Reported instead as what it is: `venue: must be a venue (an object), got a list`.
 */
function listWhereObjectBelongs(path: readonly PathSegment[], data: unknown): Problem | undefined {
  let value = data;
  for (let depth = 0; depth <= path.length; depth++) {
    // Entering an array by index is what arrays are for; by key, or ending at one, may not be.
    if (Array.isArray(value) && (depth === path.length || typeof path[depth] === 'string')) {
      const node = schemaAt(path.slice(0, depth));
      if (node && node.type !== 'array' && typeof node.message === 'string') {
        return { path: path.slice(0, depth), message: `${node.message}, got a list` };
      }
    }
    if (depth === path.length || value === null || typeof value !== 'object') break;
    value = (value as Record<PathSegment, unknown>)[path[depth]!];
  }
  return undefined;
}
