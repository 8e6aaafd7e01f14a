import { forumSchema } from '../model/schema/forum.js';
import type { Forum } from '../model/types.js';
import { compileSchema, REFUSED, type CompiledSchema } from './compiled-schema.js';
import { checkConsistency } from './consistency.js';
import { orderIssues } from './document-order.js';
import { formatIssue } from './format-issue.js';
import { toForumIssue, type ForumIssue } from './issue.js';
import { describeError, readInput } from './read-input.js';
import { checkReferences } from './references.js';
import { checkStructure } from './structure.js';

let compiledForum: CompiledSchema | undefined;
type Loose = Record<string, unknown>;

export type ValidationResult = { readonly ok: true; readonly forum: Forum } | { readonly ok: false; readonly issues: readonly ForumIssue[] };

/**
 * Checks untrusted data and returns a `Forum`, or every problem at once with its JSON path,
 * in document order. Never throws, whatever the input.
 */
export function validateForum(input: unknown): ValidationResult {
  try {
    // Valid plain data takes the compiled schema's path, each property read once. Anything else is
    // read again from the start (a getter then runs twice), and every problem found and ordered.
    const valid = (compiledForum ??= compileSchema(forumSchema))(input);
    if (valid !== REFUSED && checkReferences(valid as Loose).length === 0 && checkConsistency(valid as Loose).length === 0) {
      return { ok: true, forum: valid as Forum };
    }
    const read = readInput(input);
    const { output, problems: shape } = checkStructure(read.data);
    // concat, not push(...): junk input can bring more problems than a call takes arguments.
    let problems = read.problems.concat(shape);
    // Cross-field rules only make sense for an object (valibot's object schema also takes arrays).
    if (isRecord(read.data) && isRecord(output)) problems = problems.concat(checkReferences(output), checkConsistency(output));
    if (problems.length === 0) return { ok: true, forum: output as Forum };
    const issues = orderIssues(problems, read.data);
    // Ordering leaves a problem out only beneath one it keeps; were it ever to keep none, every
    // problem is reported unordered: invalid data never comes back without a reason.
    return { ok: false, issues: issues.length > 0 ? issues : problems.map((problem) => toForumIssue(problem.path, problem.message)) };
  } catch (error) {
    // Not expected (the input is copied into plain data first): the last guard of "never throws".
    return { ok: false, issues: [toForumIssue([], `could not be validated: ${describeError(error)}`)] };
  }
}

/** Like `validateForum` but throws a `ForumValidationError` listing every issue. */
export function parseForum(input: unknown): Forum {
  const result = validateForum(input);
  if (result.ok) return result.forum;
  throw new ForumValidationError(result.issues);
}

/** Thrown by `parseForum` and by renderers given invalid data; `issues` holds every problem with its path. */
export class ForumValidationError extends Error {
  override readonly name = 'ForumValidationError';
  constructor(readonly issues: readonly ForumIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  ${formatIssue(issue)}`);
    const more = issues.length > 20 ? [`  …and ${issues.length - 20} more`] : [];
    super([`Invalid forum data (${issues.length} issue${issues.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
