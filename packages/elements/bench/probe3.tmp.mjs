import { chromium } from 'playwright-core';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { serve } from './serve.mjs';
import { generateForum } from '../../core/bench/generate-forum.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const coreDist = path.dirname(fileURLToPath(import.meta.resolve('@forumkit/core')));
const valibot = fileURLToPath(import.meta.resolve('valibot'));
const map = new TraceMap(readFileSync(path.join(here, '../dist/forumkit.js.map'), 'utf8'));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="importmap">${JSON.stringify({ imports: { '@forumkit/core': '/core/index.js', valibot: `/vendor/valibot/${path.basename(valibot)}` } })}</script>
<script type="module" src="/dist/forumkit.js"></script>
<script type="module">import * as bench from '/bench/harness.mjs'; window.bench = bench;</script>
</head><body><main id="stage"></main><div id="primer" hidden></div></body></html>`;
const { server, origin } = await serve({ '/dist/': path.join(here, '../dist'), '/bench/': here, '/core/': coreDist, '/vendor/valibot/': path.dirname(valibot) }, { '/': PAGE, '/favicon.ico': '' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--js-flags=--expose-gc'] });
const page = await browser.newPage();
await page.goto(origin + '/');
await page.waitForFunction(() => 'bench' in window);
const call = (name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);
await call('load', JSON.stringify(generateForum(1000)), 'en');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
async function profile(label, fn) {
  await cdp.send('Profiler.start');
  const times = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const dt = new Map(); profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, us] of dt) {
    const n = byId.get(id); const cf = n.callFrame; let key;
    if (cf.url.endsWith('forumkit.js')) {
      const o = originalPositionFor(map, { line: cf.lineNumber + 1, column: cf.columnNumber });
      key = `${(o.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${o.line} ${o.name ?? cf.functionName}`;
    } else key = `${cf.functionName || '(anon)'} ${cf.url.replace(origin, '')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + us); total += us;
  }
  console.log(`\n== ${label}: times ${JSON.stringify(times)}; sampled ${(total/1000).toFixed(0)} ms`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 28)) console.log(`${(us/1000).toFixed(1).padStart(8)} ${(100*us/total).toFixed(1).padStart(5)}%  ${k}`);
}
// warm
for (let i = 0; i < 2; i++) { await call('reset'); await call('elementFirstRender', false); await call('reset'); await call('baselineFirstRender'); }
await profile('element first render x3', async () => { const t = []; for (let i = 0; i < 3; i++) { await call('reset'); t.push(Math.round((await call('elementFirstRender', false)).total)); } return t; });
await profile('baseline first render x3', async () => { const t = []; for (let i = 0; i < 3; i++) { await call('reset'); t.push(Math.round((await call('baselineFirstRender')).total)); } return t; });
await call('reset'); await call('elementUpdateSetup');
for (let i = 0; i < 2; i++) await call('elementUpdate', false);
await profile('element update x5 (incl validation)', async () => { const t = []; for (let i = 0; i < 5; i++) t.push(Math.round(await call('elementUpdate', false))); return t; });
await browser.close(); server.close();
