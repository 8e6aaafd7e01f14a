import * as v from 'valibot';
import { forumSchema } from '../model/schema/forum.js';
import { describeValue, formatPath, type ForumIssue, type PathSegment } from './issue.js';

type SchemaIssue = v.InferIssue<typeof forumSchema>;

/** Checks the shape of the data against the forum schema; returns the parsed value and issues. */
export function checkStructure(input: unknown): { output: unknown; issues: ForumIssue[] } {
  const result = v.safeParse(forumSchema, input, { abortEarly: false });
  if (result.success) return { output: result.output, issues: [] };
  return { output: result.output, issues: result.issues.map(toForumIssue) };
}

function toForumIssue(issue: SchemaIssue): ForumIssue {
  const segments: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
  const path = formatPath(segments);
  if (issue.type === 'strict_object' && issue.input !== undefined && issue.path?.at(-1)?.origin === 'key') {
    return { path, message: 'is not a known field' };
  }
  if (issue.input === undefined && issue.kind === 'schema' && segments.length > 0) {
    return { path, message: 'is required' };
  }
  const shown = issue.kind === 'schema' ? `, got ${describeValue(issue.input)}` : '';
  return { path, message: `${issue.message}${shown}` };
}
