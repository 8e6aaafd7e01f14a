// The guard behind "ok: false always comes with a reason": should the document ordering ever
// leave every problem out (as a "" key once made it do), the problems are reported anyway.
import { describe, expect, it, vi } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { validateForum } from './validate-forum.js';

vi.mock('./document-order.js', () => ({ orderIssues: () => [] }));

describe('validateForum when ordering drops every issue', () => {
  it('still reports each problem, with its path', () => {
    const result = validateForum({ ...smallForum(), id: 'not an id!', timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(['id', 'timeZone']);
  });

  it('still accepts a valid forum', () => {
    expect(validateForum(smallForum()).ok).toBe(true);
  });
});
