// Properties every forum keeps, checked on generated forums (seeded, so a failure names a seed
// that reproduces it): valid forums made of hostile text go through every output intact, and
// random breakage of them never makes validation throw, pollute or stay silent. This is the fast
// slice; bench/fuzz.bench.mjs runs the same generators at full size.
import { afterAll, describe, expect, it } from 'vitest';
import { toICalendar } from '../src/ical/to-icalendar.js';
import { jsonLdScript } from '../src/jsonld/script.js';
import { toJsonLd } from '../src/jsonld/to-json-ld.js';
import { formatIssue } from '../src/validate/format-issue.js';
import { ISSUE_LENGTH_LIMIT } from '../src/validate/issue.js';
import { validateForum } from '../src/validate/validate-forum.js';
import { hostileForum, mutateForum, seededRandom } from './fuzz/hostile-forums.mjs';

const FORUMS = 200;
const MUTATIONS = 1000;
const BASE = 'https://forum.example.org/2024/?a=1&b=<2>';
const encoder = new TextEncoder();

describe.each(Array.from({ length: FORUMS }, (_, i) => i + 1))('hostile forum %i', (seed) => {
  it('is valid, and every output takes it without throwing or letting its text out', () => {
    const result = validateForum(hostileForum(seed));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;

    const doc = toJsonLd(result.forum, { baseUrl: BASE });
    const script = jsonLdScript(doc);
    const body = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(body).not.toMatch(/<\/script|<!--/i);
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(body)).toEqual(doc);

    const calendar = toICalendar(result.forum, { baseUrl: BASE, includeForum: true, now: new Date(0) });
    const lines = calendar.split('\r\n');
    expect(lines.filter((line) => encoder.encode(line).length > 75)).toEqual([]);
    // Folding is the only line break: no bare CR or LF (a text's own line breaks are written \n).
    expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
  });
});

describe('broken forums', () => {
  const before = Object.getOwnPropertyNames(Object.prototype);
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
  });

  it(`validateForum never throws, pollutes or stays silent on ${MUTATIONS} of them`, () => {
    const random = seededRandom(20261202);
    const bases = Array.from({ length: 20 }, (_, i) => hostileForum(i + 1));
    // Collected, not asserted one by one: a failure lists the inputs (by number) and what went wrong.
    const failures: string[] = [];
    const counts = { valid: 0, invalid: 0 };
    for (let i = 0; i < MUTATIONS; i++) {
      const input = mutateForum(bases[i % bases.length], random);
      let result: ReturnType<typeof validateForum>;
      try {
        result = validateForum(input);
      } catch (error) {
        failures.push(`${i}: threw ${String(error)}`);
        continue;
      }
      if (Object.hasOwn(Object.prototype, 'polluted')) failures.push(`${i}: polluted Object.prototype`);
      if (result.ok) {
        counts.valid++;
        // Whatever validation lets through, the outputs take.
        try {
          jsonLdScript(toJsonLd(result.forum, { baseUrl: BASE }));
        } catch (error) {
          failures.push(`${i}: valid, but toJsonLd threw ${String(error)}`);
        }
        continue;
      }
      counts.invalid++;
      if (result.issues.length === 0) failures.push(`${i}: ok: false without an issue`);
      for (const issue of result.issues.map(formatIssue)) if (issue.length >= ISSUE_LENGTH_LIMIT) failures.push(`${i}: ${issue.length} characters: ${issue}`);
    }
    expect(failures).toEqual([]);
    // The mutations are not all harmless nor all fatal, or the test would prove little.
    expect(counts.valid).toBeGreaterThan(MUTATIONS / 50);
    expect(counts.invalid).toBeGreaterThan(MUTATIONS / 2);
  });
});
