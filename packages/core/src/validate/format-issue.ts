// How an issue is printed: a module of its own, so that code which prints issues (forumkit's
// drop-in bundle shows them) does not bring the rest of validation's helpers with it.
import type { ForumIssue } from './issue.js';

/** `sessions[5].person: no person with id "x"`, as printed in error lists. */
export function formatIssue(issue: ForumIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
