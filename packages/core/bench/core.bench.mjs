// Benchmarks validateForum and toJsonLd on generated forums of 100, 1,000 and 10,000 sessions,
// against JSON.stringify of the same data as a yardstick a reader can reproduce on any machine.
// It informs; it is not a timed test: goals print PASS or MISS and the exit code stays 0.
// Run after a build: `npm run bench` (it reads dist/, not src/).
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench } from 'tinybench';
import { toJsonLd, validateForum } from '../dist/index.js';
import { generateForum } from './generate-forum.mjs';

const BASE_URL = 'https://quantum.example.org/2026/';
const GOAL_RATIO = 3; // at most 3x JSON.stringify of the same data, at 1,000 sessions
const RATIO_AT = 1000;
const GOAL_GROWTH = 12; // 1,000 -> 10,000 sessions: linear, with 20% slack
// Budgets per size keep the whole run well under a minute on two cores.
const SIZES = [
  { sessions: 100, time: 500, iterations: 64, warmupIterations: 16 },
  { sessions: 1000, time: 1500, iterations: 24, warmupIterations: 6 },
  { sessions: 10000, time: 2000, iterations: 6, warmupIterations: 2 },
];

// A full collection before each task keeps one task's garbage from being billed to the next.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function prepare(sessions) {
  const input = generateForum(sessions);
  const result = validateForum(input);
  if (!result.ok) {
    // A broken generator would make every number meaningless: stop loudly.
    console.error(`generated forum (${sessions} sessions) is invalid:`, result.issues.slice(0, 10));
    process.exit(1);
  }
  let doc;
  let jsonLdError;
  try {
    doc = toJsonLd(result.forum, { baseUrl: BASE_URL });
  } catch (error) {
    jsonLdError = error instanceof Error ? error.message : String(error);
  }
  return { input, forum: result.forum, doc, jsonLdError };
}

async function measure({ sessions, time, iterations, warmupIterations }) {
  const { input, forum, doc, jsonLdError } = prepare(sessions);
  const bench = new Bench({ name: `${sessions} sessions`, time, iterations, warmupIterations, warmupTime: 100, setup: () => collectGarbage() });
  bench.add('validateForum', () => validateForum(input));
  bench.add('JSON.stringify(input)', () => JSON.stringify(input));
  if (doc !== undefined) {
    // A shallow copy is a new key for the WeakMaps of indexForum and presentForum, so each call
    // pays for its lookups and its agenda as a page rendering one forum would.
    bench.add('toJsonLd', () => toJsonLd({ ...forum }, { baseUrl: BASE_URL }));
    bench.add('JSON.stringify(doc)', () => JSON.stringify(doc));
  }
  await bench.run();
  const latency = (name) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`${name}: ${result?.state ?? 'no result'} ${result?.error ?? ''}`);
    return result.latency;
  };
  const row = (name, baseline) => {
    const own = latency(name);
    const base = latency(baseline);
    return { sessions, name, mean: own.mean, p75: own.p75, rme: own.rme, samples: own.samplesCount, baseline: base.mean, ratio: own.mean / base.mean };
  };
  const docText = doc === undefined ? undefined : JSON.stringify(doc);
  return {
    sessions,
    sizes: `input ${kb(JSON.stringify(input))}${docText === undefined ? '' : `, JSON-LD ${kb(docText)}`}`,
    docBytes: docText === undefined ? undefined : Buffer.byteLength(docText),
    rows: [row('validateForum', 'JSON.stringify(input)'), ...(doc === undefined ? [] : [row('toJsonLd', 'JSON.stringify(doc)')])],
    jsonLdError,
  };
}

// The load average tells a reader whether other work on the machine skewed the times.
const load = os.loadavg()[0].toFixed(1);
console.log(`@forumkit/core bench: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load ${load}`);
const started = performance.now();
const runs = [];
for (const size of SIZES) {
  const run = await measure(size);
  runs.push(run);
  console.log(`  ${run.sessions} sessions: ${run.sizes}`);
}

const header = ['sessions', 'function', 'mean ms', 'p75 ms', '±%', 'n', 'stringify ms', 'x stringify', `goal <= ${GOAL_RATIO}x`];
const lines = runs.flatMap((run) =>
  run.rows.map((r) => [
    String(r.sessions),
    r.name,
    ms(r.mean),
    ms(r.p75),
    r.rme.toFixed(1),
    String(r.samples),
    ms(r.baseline),
    `${r.ratio.toFixed(1)}x`,
    r.sessions === RATIO_AT ? verdict(r.ratio <= GOAL_RATIO) : '',
  ]),
);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const print = (cells) => console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log('');
print(header);
print(widths.map((w) => '-'.repeat(w)));
lines.forEach(print);

console.log('');
console.log(`growth 1,000 -> 10,000 sessions (mean time; goal <= ${GOAL_GROWTH}x, linear):`);
const at = (sessions, name) => runs.find((r) => r.sessions === sessions)?.rows.find((r) => r.name === name);
for (const name of ['validateForum', 'toJsonLd']) {
  const small = at(1000, name);
  const large = at(10000, name);
  if (!small || !large) {
    console.log(`  ${name.padEnd(14)} not measured: ${runs[0]?.jsonLdError ?? 'no result'}`);
    continue;
  }
  const growth = large.mean / small.mean;
  console.log(`  ${name.padEnd(14)} ${ms(small.mean)} ms -> ${ms(large.mean)} ms = ${growth.toFixed(1)}x  ${verdict(growth <= GOAL_GROWTH)}`);
}
// Output that grows faster than the forum makes every consumer (jsonLdScript, the page) pay.
const [docSmall, docLarge] = [1000, 10000].map((sessions) => runs.find((r) => r.sessions === sessions)?.docBytes);
if (docSmall && docLarge) {
  const growth = docLarge / docSmall;
  console.log(
    `  ${'JSON-LD size'.padEnd(14)} ${(docSmall / 1048576).toFixed(1)} MiB -> ${(docLarge / 1048576).toFixed(1)} MiB = ${growth.toFixed(1)}x  ${verdict(growth <= GOAL_GROWTH)}`,
  );
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s; goals inform, the exit code is always 0)`);
