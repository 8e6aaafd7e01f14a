// Benchmarks <forum-agenda> in headless Chromium on core's large test forum (1,000 sessions in 8
// rooms over 10 days), laid out as a grid at a desktop width, against a hand-written innerHTML
// baseline of the same markup (bench/baseline.mjs), all in one run:
//   - the first render, until the element settles (bench/harness.mjs), against the baseline;
//   - a visitor picking a track in the filter, against that first render;
//   - the update after one session's title changes;
//   - the drop-in page (forumkit.js + <forum-agenda src>) from navigation start to the painted
//     agenda, against a hand-written page doing fetch + JSON.parse + innerHTML (bench/drop-in.mjs).
// It informs; it is not a timed test: each goal prints PASS or MISS and the exit code stays 0
// (1 only when the bench itself is broken: invalid data, a page that fails, markup that differs).
// Run after a build: `npm run bench` (it loads dist/forumkit.js, the drop-in bundle).
// Options: --lang=en (display language), --runs=N (measured runs of the goals' in-page benches, default 5),
// --bundle=FILE (another build of dist/forumkit.js, to compare a change before making it).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { validateForum } from '@forumkit/core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { measureDropIn } from './drop-in.mjs';
import { largeForum } from './large-forum.mjs';
import { sameMarkup } from './markup-check.mjs';
import { report } from './report.mjs';
import { serve } from './serve.mjs';

const SESSIONS = 1000;
const ROOMS = 8;
const LAYOUT = 'grid';
const VIEWPORT = { width: 1280, height: 800 };
// Warm-up rounds before the measured ones (the markup check has rendered each side once before).
const WARMUP = 1;
// Reference points beside the goals, a few runs each: the cold first render (validation
// included), and the baseline's update, on code the first renders have warmed.
const COLD_RUNS = 3;
const REBUILD_RUNS = 2;
// A visit of the drop-in page takes seconds and varies less than a render: a few runs do.
const DROP_IN_RUNS = 3;
// No call into the page may hang the bench.
const CALL_TIMEOUT = 60_000;

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const language = option('lang', 'en');
const runs = Math.max(3, Number(option('runs', 5)) || 5);
const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.resolve(option('bundle', path.resolve(here, '../dist/forumkit.js')));
const coreDist = path.dirname(fileURLToPath(import.meta.resolve('@forumkit/core')));
// Core's one dependency, for the baseline's copy of core in the page (the import map names it).
const valibot = fileURLToPath(import.meta.resolve('valibot'));

function fail(...message) {
  console.error(...message);
  process.exit(1);
}

if (!existsSync(bundle)) fail(`${path.relative(process.cwd(), bundle)} is missing: build first (npm run build at the root).`);
const input = await largeForum(SESSIONS, ROOMS);
const checked = validateForum(input);
// A broken generator would make every number meaningless: stop loudly.
if (!checked.ok) fail(`the generated forum (${SESSIONS} sessions) is invalid:`, checked.issues.slice(0, 10));
const json = JSON.stringify(input);
const dayCount = new Set(input.sessions.map((session) => session.start.slice(0, 10))).size;

// The baseline's copy of core in the page: its main entry and the subpaths the baseline imports.
const CORE_IMPORTS = {
  '@forumkit/core': '/core/index.js',
  ...Object.fromEntries(['present', 'i18n', 'time', 'schema'].map((subpath) => [`@forumkit/core/${subpath}`, `/core/${subpath}.js`])),
  valibot: `/vendor/valibot/${path.basename(valibot)}`,
};
const PAGE = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>forum-agenda bench</title>
<script type="importmap">${JSON.stringify({ imports: CORE_IMPORTS })}</script>
<script type="module" src="/bundle/${path.basename(bundle)}"></script>
<script type="module">import * as bench from '/bench/harness.mjs'; window.bench = bench;</script>
</head><body><main id="stage"></main><div id="primer" hidden></div></body></html>`;

const started = performance.now();
const load = os.loadavg()[0];
// Progress on stderr: the bench takes a few minutes.
const phase = (name) => console.error(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${name}`);
const { server, origin } = await serve(
  { '/bundle/': path.dirname(bundle), '/bench/': here, '/core/': coreDist, '/vendor/valibot/': path.dirname(valibot) },
  { '/': PAGE, '/favicon.ico': '' },
);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
let failure;
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page
    .waitForFunction(() => 'bench' in window, undefined, { timeout: 15000 })
    .catch(() => {
      throw new Error(`the bench page did not load: ${errors.join('; ') || 'no error reported'}`);
    });
  const call = (name, ...args) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`bench.${name} took over ${CALL_TIMEOUT / 1000} s${errors.length ? `: ${errors.join('; ')}` : ''}`)),
        CALL_TIMEOUT,
      );
    });
    const evaluation = page.evaluate(([fn, list]) => window.bench[fn](...list), [name, args]);
    return Promise.race([evaluation, timeout]).finally(() => clearTimeout(timer));
  };
  // Main-thread CPU time of the renderer over the measured call: it moves less than wall time
  // when other processes compete for the cores.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  const measure = async (kind, name) => {
    await call('prepare', kind);
    const before = await threadTime();
    const time = await call(name);
    return { ...time, cpu: (await threadTime()) - before };
  };
  const checkMarkup = ({ element, baseline, raw }, when) => console.log(`${sameMarkup(element, baseline, when)}, ${raw.toLocaleString('en')} raw`);
  await call('load', json, language, LAYOUT);

  // The baseline must produce the element's markup, or the ratio compares different pages.
  checkMarkup(await call('markups', 'first'), 'first render, settled');

  phase('first render');
  const first = { element: [], baseline: [], cold: [] };
  const steps = [
    ['element', () => measure('first', 'elementFirstRender')],
    ['baseline', () => measure('first', 'baselineFirstRender')],
    ['cold', () => measure('first-new', 'elementFirstRender')],
  ];
  for (let round = 0; round < WARMUP + runs; round++) {
    // Alternate the order so neither side always runs right after the other's garbage.
    for (const [name, step] of round % 2 ? [...steps].reverse() : steps) {
      // The cold path is the warm path plus validation: it needs no warm-up of its own.
      if (name === 'cold' && (round < WARMUP || round >= WARMUP + COLD_RUNS)) continue;
      const time = await step();
      if (round >= WARMUP) first[name].push(time);
    }
  }

  phase('filter');
  const filter = [];
  await call('filterSetup');
  for (let round = 0; round < WARMUP + runs; round++) {
    const time = await measure('filter', 'elementFilter');
    if (round >= WARMUP) filter.push(time);
    if (round === 0) {
      const { track, visible, expected } = await call('filterCheck');
      if (visible !== expected) throw new Error(`the track filter (${track}) left ${visible} sessions visible, not ${expected}`);
    }
  }

  phase('update');
  const update = { element: [], prevalidated: [], validate: [], baseline: [] };
  await call('elementUpdateSetup');
  for (let round = 0; round < WARMUP + runs; round++) {
    for (const kind of round % 2 ? ['update-prevalidated', 'update'] : ['update', 'update-prevalidated']) {
      const time = await measure(kind, 'elementUpdate');
      if (round >= WARMUP) update[kind === 'update' ? 'element' : 'prevalidated'].push(time);
    }
    const time = await measure('validate', 'validateOnly');
    if (round >= WARMUP) update.validate.push(time);
  }
  checkMarkup(await call('markups', 'updated'), `after ${2 * (WARMUP + runs)} updates`);
  await call('baselineUpdateSetup');
  for (let round = 0; round < REBUILD_RUNS; round++) update.baseline.push(await measure('baseline-update', 'baselineUpdate'));

  phase('drop-in page');
  const css = await call('agendaCss');
  await page.close();
  const dropIn = await measureDropIn({ browser, bundle, json, css, language, layout: LAYOUT, viewport: VIEWPORT, runs: DROP_IN_RUNS, warmup: WARMUP });
  console.log(dropIn.check);

  const cpu = `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}`;
  const header =
    `<forum-agenda layout="${LAYOUT}" at ${VIEWPORT.width} px, ${SESSIONS.toLocaleString('en')} sessions in ${ROOMS} rooms over ${dayCount} days` +
    ` (core's largeForum), lang ${language}: Chromium ${browser.version()}, node ${process.version}, ${cpu}`;
  report({
    header,
    load: Math.max(load, os.loadavg()[0]),
    cores: os.cpus().length,
    runs,
    warmup: WARMUP,
    coldRuns: COLD_RUNS,
    rebuildRuns: REBUILD_RUNS,
    dropInRuns: DROP_IN_RUNS,
    first,
    filter,
    update,
    dropIn,
    elapsed: performance.now() - started,
  });
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  server.close();
}
if (failure) fail(failure instanceof Error ? failure.message : failure);
