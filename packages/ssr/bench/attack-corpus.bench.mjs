// The full run of src/attack-corpus.test.ts: every payload of the attack corpus
// (bench/attack/payloads.mjs) in every text, every URL, as a field name of every object and as a
// language key of every localized text of the Seoul forum, each forum through every surface in
// Chromium (bench/attack/attack-harness.mjs). It prints the pages loaded and the counts that must
// stay zero (script that ran, URLs that run script, event handlers, script elements and frames
// from data, elements that never rendered) and the exact round trips of the valid forums. Run after
// a build (it loads dist/: the bundles and @forumkit/ssr). Exit code 1 when a count that
// must be zero is not. Options: --payloads=N (the first N), --only=3,17 (those payloads), --parallel=N (pages
// at once, default 2).
import os from 'node:os';
import { readFileSync } from 'node:fs';
import * as ssr from '@forumkit/ssr';
import { startAttackHarness, SURFACES } from '../../elements/bench/attack/attack-harness.mjs';
import { CATEGORIES, PAYLOADS } from '../../elements/bench/attack/payloads.mjs';
import { PLACEMENTS, countPlaces, withPayload } from '../../elements/bench/attack/variants.mjs';

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map(Number);
const payloads = only ? PAYLOADS.filter((payload) => only.includes(payload.n)) : PAYLOADS.slice(0, option('payloads', PAYLOADS.length));
const parallel = Math.max(1, option('parallel', 2));
const data = JSON.parse(readFileSync(new URL('../../../examples/seoul-quantum-forum/forum.json', import.meta.url), 'utf8'));

console.log(
  `forumkit attack corpus: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}, ${parallel} page(s) at once`,
);
console.log(
  `${payloads.length} payloads (${CATEGORIES.join(', ')}) x ${PLACEMENTS.length} placements in the Seoul forum (${PLACEMENTS.map((placement) => `${countPlaces(data, placement)} ${placement}`).join(', ')}) x ${SURFACES.length} surfaces`,
);

const started = performance.now();
const harness = await startAttackHarness(ssr);
const jobs = payloads.flatMap((payload) => PLACEMENTS.map((placement) => ({ payload, placement })));
const totals = {
  variants: 0,
  valid: 0,
  refused: 0,
  pages: 0,
  executions: 0,
  urlAttributes: 0,
  unsafeUrls: 0,
  handlers: 0,
  scripts: 0,
  elements: 0,
  stuck: 0,
  failed: 0,
  roundTrips: 0,
  exact: 0,
};
const bySurface = new Map();
const problems = [];

async function run({ payload, placement }) {
  const input = withPayload(data, payload.text, placement);
  let reports;
  try {
    reports = await harness.attack(input, { language: payload.n % 2 ? 'en' : 'ko' });
  } catch (error) {
    // A page that would not load is a problem to see, not the end of the run.
    totals.failed++;
    problems.push(`payload ${payload.n} (${payload.category}) in ${placement}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return;
  }
  totals.variants++;
  totals[reports[0]?.valid ? 'valid' : 'refused']++;
  for (const report of reports) {
    totals.pages++;
    totals.executions += report.executions.length + report.dialogs.length;
    totals.urlAttributes += report.urlAttributes;
    totals.unsafeUrls += report.unsafeUrls.length;
    totals.handlers += report.handlers.length;
    totals.scripts += report.scripts.length;
    totals.elements += report.elements.length;
    totals.stuck += report.stuck ? 1 : 0;
    totals.roundTrips += report.roundTrips;
    totals.exact += report.exactRoundTrips;
    const row = bySurface.get(report.surface) ?? { pages: 0, problems: 0 };
    row.pages++;
    row.problems += report.problems.length;
    bySurface.set(report.surface, row);
    for (const problem of report.problems) problems.push(`payload ${payload.n} (${payload.category}) in ${placement}, ${report.surface}: ${problem}`);
  }
}

let next = 0;
let done = 0;
await Promise.all(
  Array.from({ length: parallel }, async () => {
    while (next < jobs.length) {
      await run(jobs[next++]);
      if (++done % 40 === 0) console.log(`  ${done}/${jobs.length} forums, ${totals.pages} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  }),
);
await harness.close();

const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${totals.variants} forums (${totals.valid} valid, ${totals.refused} refused by validation), ${totals.pages} pages in Chromium, ${seconds.toFixed(0)} s`,
);
for (const [surface, row] of bySurface) console.log(`  ${surface.padEnd(28)} ${String(row.pages).padStart(5)} pages, ${row.problems} problems`);
console.log(`script executions (canary calls and dialogs):  ${totals.executions}`);
console.log(`unsafe URL attributes:                          ${totals.unsafeUrls} of ${totals.urlAttributes} checked`);
console.log(`event-handler attributes from data:             ${totals.handlers}`);
console.log(`script elements from data:                      ${totals.scripts}`);
console.log(`elements from data (frames, objects, <base>…):  ${totals.elements}`);
console.log(`elements that never rendered:                   ${totals.stuck}`);
console.log(`forums whose pages would not load:              ${totals.failed}`);
console.log(`exact round trips (JSON-LD, forum data, texts): ${totals.exact}/${totals.roundTrips}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problems, the first 20:`);
  for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
  process.exitCode = 1;
}
