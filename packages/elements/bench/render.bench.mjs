// Benchmarks <forum-agenda> in headless Chromium on a generated 1,000-session forum: its first
// render against a hand-written innerHTML baseline of the same markup (bench/baseline.mjs), and
// the update after one session's title changes. Times are taken in the page (bench/harness.mjs).
// It informs; it is not a timed test: the goal prints PASS or MISS and the exit code stays 0.
// Run after a build: `npm run bench` (it loads dist/forumkit.js, the drop-in bundle).
// Options: --lang=ko (display language, default en), --runs=N (measured runs, default 10).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { validateForum } from '@forumkit/core';
import { generateForum } from '../../core/bench/generate-forum.mjs';
import { serve } from './serve.mjs';

const SESSIONS = 1000;
const GOAL_RATIO = 2; // first render at most 2x the innerHTML baseline
const WARMUP = 3;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const language = arg('lang', 'en');
const runs = Math.max(3, Number(arg('runs', 10)));
const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const coreDist = path.dirname(fileURLToPath(import.meta.resolve('@forumkit/core')));
// Core's one dependency, as the workspace resolves it (hoisted to the root node_modules).
const valibot = fileURLToPath(import.meta.resolve('valibot'));

if (!existsSync(path.join(packageDir, 'dist/forumkit.js'))) {
  console.error('dist/forumkit.js is missing: build first (npm run build at the root).');
  process.exit(1);
}

const input = generateForum(SESSIONS);
const checked = validateForum(input);
if (!checked.ok || checked.forum.sessions.length !== SESSIONS) {
  // A broken generator would make every number meaningless: stop loudly.
  console.error(`generated forum (${SESSIONS} sessions) is invalid:`, checked.ok ? 'wrong size' : checked.issues.slice(0, 10));
  process.exit(1);
}

const PAGE = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>forum-agenda bench</title>
<script type="importmap">${JSON.stringify({ imports: { '@forumkit/core': '/core/index.js', valibot: `/vendor/valibot/${path.basename(valibot)}` } })}</script>
<script type="module" src="/dist/forumkit.js"></script>
<script type="module">import * as bench from '/bench/harness.mjs'; window.bench = bench;</script>
</head><body><main id="stage"></main><div id="primer" hidden></div></body></html>`;

const started = performance.now();
const { server, origin } = await serve(
  { '/dist/': path.join(packageDir, 'dist'), '/bench/': here, '/core/': coreDist, '/vendor/valibot/': path.dirname(valibot) },
  { '/': PAGE, '/favicon.ico': '' },
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in window, undefined, { timeout: 10000 }).catch(() => {
    throw new Error(`the bench page did not load: ${errors.join('; ') || 'no error reported'}`);
  });
  const call = (name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);
  await call('load', JSON.stringify(input), language);

  // The baseline must produce the element's markup, or the ratio compares different pages.
  await assertSameMarkup(await call('markups', 'first'), 'first render');
  await call('reset');

  const first = { element: [], baseline: [], cold: [] };
  const steps = [
    ['element', () => call('elementFirstRender', false)],
    ['baseline', () => call('baselineFirstRender')],
    ['cold', () => call('elementFirstRender', true)],
  ];
  for (let round = 0; round < WARMUP + runs; round++) {
    // Alternate the order so neither side always runs right after the other's garbage.
    for (const [name, step] of round % 2 ? [...steps].reverse() : steps) {
      await call('reset');
      const ms = await step();
      if (round >= WARMUP) first[name].push(ms);
    }
  }

  const update = { element: [], prevalidated: [], validate: [], baseline: [] };
  await call('reset');
  await call('elementUpdateSetup');
  for (let round = 0; round < WARMUP + runs; round++) {
    const order = round % 2 ? [true, false] : [false, true];
    for (const prevalidated of order) {
      const ms = await call('elementUpdate', prevalidated);
      if (round >= WARMUP) update[prevalidated ? 'prevalidated' : 'element'].push(ms);
    }
    const ms = await call('validateOnly');
    if (round >= WARMUP) update.validate.push(ms);
  }
  await assertSameMarkup(await call('markups', 'chain'), 'after the updates');
  await call('reset');
  await call('baselineUpdateSetup');
  for (let round = 0; round < WARMUP + runs; round++) {
    const ms = await call('baselineUpdate');
    if (round >= WARMUP) update.baseline.push(ms);
  }

  report(first, update, browser.version(), performance.now() - started);
} finally {
  await browser.close();
  server.close();
}

async function assertSameMarkup({ element, baseline, raw }, when) {
  if (element === baseline) {
    console.log(`markup check (${when}): element and baseline equal, ${element.length.toLocaleString('en')} chars normalised (${raw.toLocaleString('en')} raw)`);
    return;
  }
  let at = 0;
  while (at < element.length && element[at] === baseline[at]) at++;
  console.error(`MARKUP MISMATCH (${when}) at char ${at}: the baseline no longer renders what the element does.`);
  console.error(`  element : …${element.slice(Math.max(0, at - 120), at + 120)}…`);
  console.error(`  baseline: …${baseline.slice(Math.max(0, at - 120), at + 120)}…`);
  await browser.close();
  server.close();
  process.exit(1);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function report(first, update, version, elapsed) {
  const ms = (v) => v.toFixed(1).padStart(7);
  const row = (label, samples, note = '') => {
    const { median, min, max } = stats(samples);
    console.log(`  ${label.padEnd(44)}${ms(median)}${ms(min)}${ms(max)}  ${note}`);
    return median;
  };
  console.log(`\n<forum-agenda>, ${SESSIONS.toLocaleString('en')} sessions, lang ${language}: Chromium ${version}, node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}`);
  console.log(`  ${'(ms, medians of ' + runs + ' runs after ' + WARMUP + ' warm-up)'.padEnd(44)} median    min     max`);
  console.log('  first render (set .forum, updateComplete, layout)');
  const element = row('  element (forum already validated)', first.element);
  const baseline = row('  baseline: innerHTML of the same markup', first.baseline);
  const cold = row('  element, new forum object (+ validation)', first.cold);
  console.log('  update: one session title changed, new forum object');
  const updated = row('  element (validation + render)', update.element, `${((100 * updated0(update)) / cold).toFixed(0)}% of a cold first render`);
  const prevalidated = row('  element, forum validated beforehand', update.prevalidated);
  const validate = row('  validateForum alone (core, same data)', update.validate);
  const rebuilt = row('  baseline: whole innerHTML again', update.baseline);
  const ratio = element / baseline;
  console.log(`\n  first render element/baseline: ${ratio.toFixed(2)}x (goal <= ${GOAL_RATIO}x) ${ratio <= GOAL_RATIO ? 'PASS' : 'MISS'}`);
  console.log(`  update: validation ~${validate.toFixed(1)} ms + render ~${prevalidated.toFixed(1)} ms of ${updated.toFixed(1)} ms; baseline rebuild ${rebuilt.toFixed(1)} ms`);
  console.log(`  total ${(elapsed / 1000).toFixed(1)} s`);
}

function updated0(update) {
  return stats(update.element).median;
}
