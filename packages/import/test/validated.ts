import { formatIssue, validateForum, type Forum } from '@forumkit/core';
import { expect } from 'vitest';

/** Validates forum data, failing the test with every issue listed when it is not a valid forum. */
export function validated(input: unknown): Forum {
  const result = validateForum(input);
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  if (!result.ok) throw new Error('unreachable');
  return result.forum;
}
