// Benchmarks <forum-agenda> in headless Chromium on a generated 1,000-session forum: its first
// render against a hand-written innerHTML baseline of the same markup (bench/baseline.mjs), and
// the update after one session's title changes. Times are taken in the page (bench/harness.mjs).
// It informs; it is not a timed test: the goal prints PASS or MISS and the exit code stays 0
// (1 only when the bench itself is broken: invalid data, a page that fails, markup that differs).
// Run after a build: `npm run bench` (it loads dist/forumkit.js, the drop-in bundle).
// Options: --lang=ko (display language, default en), --runs=N (measured runs, default 5),
// --bundle=FILE (another build of dist/forumkit.js, to compare a change before making it).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { validateForum } from '@forumkit/core';
import { generateForum } from '../../core/bench/generate-forum.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { report } from './report.mjs';
import { serve } from './serve.mjs';

const SESSIONS = 1000;
// Warm-up rounds before the measured ones (the markup check has rendered each side once before).
const WARMUP = 1;
// The baseline's update is a reference point, on code the first renders have warmed: a few runs do.
const REBUILD_RUNS = 3;

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const language = option('lang', 'en');
const runs = Math.max(3, Number(option('runs', 5)) || 5);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const bundle = path.resolve(option('bundle', path.join(dist, 'forumkit.js')));
const coreDist = path.dirname(fileURLToPath(import.meta.resolve('@forumkit/core')));
// Core's one dependency, for the baseline's copy of core in the page (the import map names it).
const valibot = fileURLToPath(import.meta.resolve('valibot'));

function fail(...message) {
  console.error(...message);
  process.exit(1);
}

if (!existsSync(bundle)) fail(`${path.relative(process.cwd(), bundle)} is missing: build first (npm run build at the root).`);
const input = generateForum(SESSIONS);
const checked = validateForum(input);
// A broken generator would make every number meaningless: stop loudly.
if (!checked.ok) fail(`the generated forum (${SESSIONS} sessions) is invalid:`, checked.issues.slice(0, 10));

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
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page
    .waitForFunction(() => 'bench' in window, undefined, { timeout: 15000 })
    .catch(() => {
      throw new Error(`the bench page did not load: ${errors.join('; ') || 'no error reported'}`);
    });
  const call = (name, ...args) => page.evaluate(([fn, list]) => window.bench[fn](...list), [name, args]);
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
  await call('load', JSON.stringify(input), language);

  // The baseline must produce the element's markup, or the ratio compares different pages.
  sameMarkup(await call('markups', 'first'), 'first render');

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
      if (round < WARMUP && name === 'cold') continue;
      const time = await step();
      if (round >= WARMUP) first[name].push(time);
    }
  }

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
  sameMarkup(await call('markups', 'updated'), `after ${2 * (WARMUP + runs)} updates`);
  await call('baselineUpdateSetup');
  for (let round = 0; round < REBUILD_RUNS; round++) update.baseline.push(await measure('baseline-update', 'baselineUpdate'));

  const cpu = `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}`;
  const header = `<forum-agenda>, ${SESSIONS.toLocaleString('en')} sessions, lang ${language}: Chromium ${browser.version()}, node ${process.version}, ${cpu}`;
  report({
    header,
    load: Math.max(load, os.loadavg()[0]),
    cores: os.cpus().length,
    runs,
    warmup: WARMUP,
    rebuildRuns: REBUILD_RUNS,
    first,
    update,
    elapsed: performance.now() - started,
  });
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  server.close();
}
if (failure) fail(failure instanceof Error ? failure.message : failure);

/** Throws, with both markups around the first difference, unless they are equal. */
function sameMarkup({ element, baseline, raw }, when) {
  if (element === baseline) {
    console.log(`markup check, ${when}: element and baseline equal (${element.length.toLocaleString('en')} chars normalised, ${raw.toLocaleString('en')} raw)`);
    return;
  }
  let at = 0;
  while (at < element.length && element[at] === baseline[at]) at++;
  const around = (text) => text.slice(Math.max(0, at - 160), at + 160);
  throw new Error(
    `MARKUP MISMATCH ${when}, at char ${at}: the baseline no longer renders what the element does.\n` +
      `  element : …${around(element)}…\n  baseline: …${around(baseline)}…`,
  );
}
