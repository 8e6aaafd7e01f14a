import { describe, expect, it } from 'vitest';
import { generateForum } from '../../bench/generate-forum.mjs';
import { testForums } from '../../test/fixtures/forums/index.js';
import { seoulForum } from '../../test/fixtures/seoul-forum.js';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { hostileForum, mutateForum, seededRandom } from '../../test/fuzz/hostile-forums.mjs';
import { checkConsistency, consistencyChecks } from './consistency.js';
import type { Problem } from './issue.js';
import { validateForum } from './validate-forum.js';
import { validateForumInSlices } from './validate-forum-in-slices.js';

// Pausing on a resolved promise: the slices run in one test, and are counted.
const counting = () => {
  const counter = { pauses: 0, pause: async () => void counter.pauses++ };
  return counter;
};

/** Both validations of the same input; sliced with every pause taken (a slice of 0 ms). */
async function both(input: unknown) {
  return { sliced: await validateForumInSlices(input, { pause: async () => {}, sliceMs: 0 }), whole: validateForum(input) };
}

describe('validateForumInSlices', () => {
  it('returns what validateForum returns for the Seoul forum and every test forum', async () => {
    const forums = [seoulForum, smallForum(), ...testForums.map(({ data }) => data)];
    for (const forum of forums) {
      const { sliced, whole } = await both(forum);
      expect(whole.ok).toBe(true);
      expect(sliced).toStrictEqual(whole);
    }
  });

  it('returns what validateForum returns for generated programmes of several sizes', async () => {
    for (const size of [1, 17, 300, 2000]) {
      const forum = generateForum(size);
      const { sliced, whole } = await both(forum);
      expect(whole.ok).toBe(true);
      expect(sliced).toStrictEqual(whole);
    }
  });

  it('returns what validateForum returns for a hundred forums of hostile text', async () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { sliced, whole } = await both(hostileForum(seed));
      expect(sliced).toStrictEqual(whole);
    }
  });

  it('returns the same issues in the same order as validateForum for three hundred broken forums', async () => {
    const random = seededRandom(21);
    const bases = Array.from({ length: 30 }, (_, i) => hostileForum(i + 1));
    let invalid = 0;
    for (let i = 0; i < 300; i++) {
      const input = mutateForum(bases[i % bases.length], random);
      const { sliced, whole } = await both(input);
      if (!whole.ok) invalid++;
      expect(sliced, `broken forum ${i}`).toStrictEqual(whole);
    }
    // Most of them are broken: the comparison covers the issues, not only valid forums.
    expect(invalid).toBeGreaterThan(150);
  });

  it('returns what validateForum returns for input read through getters, without a prototype, or not a forum at all', async () => {
    const getter = smallForum();
    Object.defineProperty(getter, 'sessions', { enumerable: true, get: () => smallForum().sessions });
    const sessionGetter = smallForum();
    Object.defineProperty(sessionGetter.sessions[0], 'title', { enumerable: true, get: () => 'A title read through a getter' });
    const nullPrototype = Object.assign(Object.create(null), smallForum());
    const holey = smallForum();
    holey.sessions.length = 3;
    for (const input of [getter, sessionGetter, nullPrototype, holey, null, 'forum', [], { sessions: [] }, new Date(0)]) {
      const { sliced, whole } = await both(input);
      expect(sliced).toStrictEqual(whole);
    }
  });

  it('pauses between slices of a long programme', async () => {
    const counter = counting();
    const result = await validateForumInSlices(generateForum(2000), { pause: counter.pause, sliceMs: 1 });
    expect(result.ok).toBe(true);
    expect(counter.pauses).toBeGreaterThan(1);
  });

  it('checks the rules that span fields a session at a time, finding what the whole check finds', () => {
    const forum = generateForum(300) as Record<string, any>;
    // Two sessions that break cross-field rules, far apart in the programme.
    forum.sessions[10].end = '2026-10-19T08:00';
    forum.sessions[290].status = 'rescheduled';
    const problems: Problem[] = [];
    let pauses = 0;
    for (const step = consistencyChecks(forum, problems); !step.next().done;) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(forum.sessions.length);
    expect(problems).toEqual(checkConsistency(forum));
    expect(problems.map((problem) => problem.path.join('.'))).toEqual(expect.arrayContaining(['sessions.10.end', 'sessions.290.previousStart']));
  });
});
