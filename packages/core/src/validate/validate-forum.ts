import type { Forum } from '../model/types.js';
import { checkConsistency } from './consistency.js';
import { describeValue, formatIssue, type ForumIssue } from './issue.js';
import { checkReferences } from './references.js';
import { checkStructure } from './structure.js';

export type ValidationResult = { readonly ok: true; readonly forum: Forum } | { readonly ok: false; readonly issues: readonly ForumIssue[] };

/**
 * Checks untrusted data and returns a `Forum`, or every problem at once with its JSON path.
 * Never throws, whatever the input.
 */
export function validateForum(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: `must be a forum (an object), got ${describeValue(input)}` }] };
  }
  try {
    const { output, issues } = checkStructure(input);
    if (output !== null && typeof output === 'object' && !Array.isArray(output)) {
      const loose = output as Record<string, unknown>;
      issues.push(...checkReferences(loose), ...checkConsistency(loose));
    }
    return issues.length === 0 ? { ok: true, forum: output as Forum } : { ok: false, issues };
  } catch (error) {
    // Exotic input (a throwing getter or proxy) cannot be read; report it rather than throw.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `could not be read: ${reason.slice(0, 200)}` }] };
  }
}

/** Like `validateForum` but throws a `ForumValidationError` listing every issue. */
export function parseForum(input: unknown): Forum {
  const result = validateForum(input);
  if (result.ok) return result.forum;
  throw new ForumValidationError(result.issues);
}

/** Thrown by `parseForum`; `issues` holds every problem with its path. */
export class ForumValidationError extends Error {
  override readonly name = 'ForumValidationError';
  constructor(readonly issues: readonly ForumIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  ${formatIssue(issue)}`);
    const more = issues.length > 20 ? [`  …and ${issues.length - 20} more`] : [];
    super([`Invalid forum data (${issues.length} issue${issues.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
  }
}
