// The attack corpus (@forumkit/elements' bench/attack/payloads.mjs), a seeded sample of it, in Chromium through every
// way forumkit shows data: the JSON-LD page, the server page without and with hydration, and the
// drop-in given the data by `src`, by `forum` and by an inline script. Two forums carry the sample:
// a valid one (payloads in its texts, and in its URLs where validation takes them) and one that
// validation refuses (payloads as field names, language keys and URLs). Nothing may run, no URL
// may run script, and the valid forum's data must come back exact. The full corpus, every payload
// in every place, is bench/attack-corpus.bench.mjs. Needs the bundles built (`npm run build`).
import { validateForum } from '@forumkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAttackHarness, SURFACES, type AttackHarness, type AttackReport } from '../../elements/bench/attack/attack-harness.mjs';
import { CATEGORIES, PAYLOADS, type Payload } from '../../elements/bench/attack/payloads.mjs';
import { withPayload, withPayloads } from '../../elements/bench/attack/variants.mjs';
import { seededRandom } from '../../core/test/fuzz/hostile-forums.mjs';
import { seoulDataCopy } from '../../elements/src/internal/test-seoul.js';
import * as ssr from './index.js';

const SEED = 20261202;
const PER_CATEGORY = 2;
const data = seoulDataCopy();

// A few payloads of every category, a new sample for another seed.
const random = seededRandom(SEED);
const sample: Payload[] = CATEGORIES.flatMap((category) => {
  const pool = PAYLOADS.filter((payload) => payload.category === category);
  return Array.from({ length: Math.min(PER_CATEGORY, pool.length) }, () => pool.splice(random.int(pool.length), 1)[0]!);
});
const validIn = (payload: Payload, placement: 'texts' | 'urls') => validateForum(withPayload(data, payload.text, placement)).ok;
const texts = sample.filter((payload) => validIn(payload, 'texts'));
// Every text of the valid forum carries all of them, one after another, as far as a text's 2,000
// characters go (the long ones are the full run's).
const allTexts = texts
  .filter((payload) => payload.category !== 'long')
  .map((payload) => payload.text)
  .reduce((joined, text) => (joined.length + text.length < 2000 ? `${joined} ${text}` : joined));
const urls = sample.filter((payload) => validIn(payload, 'urls'));
const refusedUrls = sample.filter((payload) => !validIn(payload, 'urls'));
const language = random.pick(['ko', 'en']);

/** Every problem of every page, named by its surface. */
const problems = (reports: readonly AttackReport[]) => reports.flatMap((report) => report.problems.map((problem) => `${report.surface}: ${problem}`));

describe(`the attack corpus, ${sample.length} of ${PAYLOADS.length} payloads (seed ${SEED}), in Chromium`, () => {
  let harness: AttackHarness;
  beforeAll(async () => {
    harness = await startAttackHarness(ssr);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('samples every category, in texts, in URLs and refused', () => {
    expect(new Set(sample.map((payload) => payload.category))).toEqual(new Set(CATEGORIES));
    expect(texts.length).toBeGreaterThan(sample.length / 2);
    for (const payload of texts.filter((payload) => payload.category !== 'long')) expect(allTexts).toContain(payload.text);
    expect(urls.length).toBeGreaterThan(0);
    expect(refusedUrls.length).toBeGreaterThan(0);
  });

  it('a valid forum carrying them in its texts and URLs: nothing runs, no URL runs script, the data comes back exact', async () => {
    const input = withPayloads(data, { texts: [allTexts], urls: urls.map((payload) => payload.text) });
    expect(validateForum(input).ok).toBe(true);
    const reports = await harness.attack(input, { language });
    expect(reports.map((report) => report.surface)).toEqual(SURFACES);
    expect(problems(reports)).toEqual([]);
    // The checks looked at something: links and images, exact round trips, the payloads shown as text.
    expect(reports.reduce((sum, report) => sum + report.urlAttributes, 0)).toBeGreaterThan(100);
    for (const report of reports) expect(report.exactRoundTrips, report.surface).toBeGreaterThan(0);
    // As the parser leaves text: NUL dropped, line breaks normalized (and whitespace collapsed).
    const normalize = (text: string) => text.replace(/\0/g, '').replace(/\s+/g, ' ').trim();
    const titles = reports.filter((report) => report.surface !== 'json-ld page').flatMap((report) => report.titles.map(normalize));
    const unshown = texts.filter((payload) => payload.category !== 'long' && !titles.some((title) => title.includes(normalize(payload.text))));
    expect(unshown.map((payload) => payload.n)).toEqual([]);
  }, 120_000);

  it('a forum refused for them as field names, language keys and URLs: nothing runs, every surface refuses it', async () => {
    const input = withPayloads(data, {
      'field names': sample.map((payload) => payload.text),
      'language keys': sample.map((payload) => payload.text),
      urls: refusedUrls.map((payload) => payload.text),
    });
    expect(validateForum(input).ok).toBe(false);
    const reports = await harness.attack(input, { language });
    expect(reports.map((report) => report.surface)).toEqual(['server page + hydrated page', 'drop-in src', 'forum property', 'inline script']);
    expect(problems(reports)).toEqual([]);
    for (const report of reports.slice(1)) expect(report.alerts, report.surface).toBeGreaterThan(0);
  }, 120_000);
});
