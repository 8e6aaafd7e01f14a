import type { PathSegment, Problem } from './issue.js';
import { RESERVED_KEYS } from './read-input.js';
import { schemaAt } from './schema-at.js';
import { closestMatch } from './suggest.js';

// Past this many, an object is plainly the wrong thing; one summary says so.
const MAX_REPORTED = 20;

/**
 * Every field of the object at `path` that its schema does not know (valibot reports only the
 * first), each with the likely intended name when there is one.
 */
export function unknownFieldProblems(path: readonly PathSegment[], object: unknown, objectMessage: string): Problem[] {
  if (object === null || typeof object !== 'object') return [];
  const fields = Object.keys(schemaAt(path)?.entries ?? {});
  const what = /^must be (an? [^(]+?) \(/.exec(objectMessage)?.[1];
  // Reserved keys are reported where the input is read.
  const unknown = Object.keys(object).filter((key) => !fields.includes(key) && !RESERVED_KEYS.has(key));
  const problems: Problem[] = unknown.slice(0, MAX_REPORTED).map((key) => {
    const meant = closestMatch(
      key,
      fields.filter((field) => !Object.hasOwn(object, field)),
    );
    const message = `is not a known field${what ? ` of ${what}` : ''}${meant ? ` (did you mean "${meant}"?)` : ''}`;
    return { path: [...path, key], message, covers: true };
  });
  if (unknown.length > MAX_REPORTED) {
    problems.push({ path, message: `has ${unknown.length - MAX_REPORTED} more unknown fields besides` });
  }
  return problems;
}
