import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { hostileForum, mutateForum, seededRandom } from '../../test/fuzz/hostile-forums.mjs';
import { forumSchema } from '../model/schema/forum.js';
import { compileSchema, REFUSED } from './compiled-schema.js';
import { formatIssue } from './format-issue.js';
import { readInput } from './read-input.js';
import { validateForum } from './validate-forum.js';

const compiled = compileSchema(forumSchema);

/** What valibot makes of the input once `readInput` has copied it: validation's full path. */
function fullPath(input: unknown) {
  const read = readInput(input);
  return { problems: read.problems, result: v.safeParse(forumSchema, read.data, { abortPipeEarly: true }) };
}

/** Every key of a value with its path, in the order the objects hold them: equal lists mean equal field order. */
function keyOrder(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) => [`${path}.${key}`, ...keyOrder((value as Record<string, unknown>)[key], `${path}.${key}`)]);
}

describe('the compiled forum schema', () => {
  it('takes only what the full path takes, with the same output in the same field order, over a thousand broken forums', () => {
    const random = seededRandom(8);
    const bases = Array.from({ length: 20 }, (_, i) => hostileForum(i + 1));
    const failures: string[] = [];
    let taken = 0;
    for (let i = 0; i < 1000; i++) {
      const input = mutateForum(bases[i % bases.length], random);
      const output = compiled(input);
      if (output === REFUSED) continue;
      taken++;
      const { problems, result } = fullPath(input);
      if (problems.length > 0 || !result.success) failures.push(`${i}: taken, but the full path reports ${problems[0]?.message ?? result.issues?.[0].message}`);
      else if (JSON.stringify(keyOrder(output)) !== JSON.stringify(keyOrder(result.output))) failures.push(`${i}: fields in another order`);
      else {
        try {
          expect(output).toStrictEqual(result.output);
        } catch {
          failures.push(`${i}: another output`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Enough of the broken forums stay valid for the comparison to mean something.
    expect(taken).toBeGreaterThan(20);
  });

  it('takes every valid forum of hostile text, as the full path does', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const input = hostileForum(seed);
      const output = compiled(input);
      expect(output).not.toBe(REFUSED);
      expect(output).toStrictEqual(fullPath(input).result.output);
    }
  });

  it('writes fields in the schema’s order, whatever order the input has them in', () => {
    const forum = smallForum();
    const reversed = Object.fromEntries(Object.entries(forum).reverse());
    reversed.sessions = forum.sessions.map((session: object) => Object.fromEntries(Object.entries(session).reverse()));
    const result = validateForum(reversed);
    expect(result.ok && Object.keys(result.forum)).toEqual(Object.keys(forumSchema.entries).filter((field) => field in forum));
    expect(result.ok && keyOrder(result.forum)).toEqual(keyOrder(v.parse(forumSchema, reversed)));
  });

  it('reads getters and objects without a prototype as readInput does, and refuses what the full path reports', () => {
    const getter = smallForum();
    Object.defineProperty(getter.sessions[0], 'title', { enumerable: true, get: () => 'A title read through a getter' });
    const nullPrototype = Object.assign(Object.create(null), smallForum());
    for (const input of [getter, nullPrototype]) expect(compiled(input)).toStrictEqual(fullPath(input).result.output);

    const reservedInMap = JSON.parse(JSON.stringify(smallForum()).replace('"ko":"서울 AI 포럼 2024"', '"__proto__":"x","ko":"서울 AI 포럼 2024"'));
    const dated = { ...smallForum(), sessions: [{ ...smallForum().sessions[0], start: new Date(0) }] };
    const throwing = smallForum();
    Object.defineProperty(throwing.venue, 'url', {
      enumerable: true,
      get: () => {
        throw new Error('gone');
      },
    });
    for (const input of [reservedInMap, dated, throwing]) {
      const { problems, result } = fullPath(input);
      expect(problems.length > 0 || !result.success).toBe(true);
      expect(compiled(input)).toBe(REFUSED);
    }
  });

  it('refuses a reserved key in a map even where the key schema would take it, as readInput reports it', () => {
    const anyText = compileSchema(v.record(v.string(), v.string()));
    expect(anyText(JSON.parse('{"en":"x"}'))).toStrictEqual({ en: 'x' });
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(anyText(JSON.parse(`{"en":"x","${key}":"y"}`))).toBe(REFUSED);
  });

  it('leaves to the full path a forum read where Object.prototype has a field’s name, which valibot sees', () => {
    Object.defineProperty(Object.prototype, 'partners', { value: 'nobody', configurable: true, writable: true });
    try {
      const result = validateForum(smallForum());
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['partners: must be a list, got "nobody"']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).partners;
    }
  });
});
