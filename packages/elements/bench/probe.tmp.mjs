// quick probe: a few first renders with the split
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';
import { generateForum } from '../../core/bench/generate-forum.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const coreDist = path.dirname(fileURLToPath(import.meta.resolve('@forumkit/core')));
const valibot = fileURLToPath(import.meta.resolve('valibot'));
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
await call('load', JSON.stringify(generateForum(Number(process.argv[2] ?? 1000))), 'en');
for (let i = 0; i < 6; i++) {
  await call('reset'); const e = await call('elementFirstRender', false);
  await call('reset'); const b = await call('baselineFirstRender');
  console.log('E', JSON.stringify(e, (k,v)=> typeof v==='number'? Math.round(v):v), 'B', JSON.stringify(b, (k,v)=> typeof v==='number'? Math.round(v):v));
}
await browser.close(); server.close();
