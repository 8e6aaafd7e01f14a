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
<script type="module">import {renderAgendaBaseline} from '/bench/baseline.mjs'; import {validateForum} from '@forumkit/core'; window.rab = renderAgendaBaseline; window.vf = validateForum;</script>
</head><body><main id="stage"></main></body></html>`;
const { server, origin } = await serve({ '/dist/': path.join(here, '../dist'), '/bench/': here, '/core/': coreDist, '/vendor/valibot/': path.dirname(valibot) }, { '/': PAGE, '/favicon.ico': '' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--js-flags=--expose-gc'] });
const page = await browser.newPage();
await page.goto(origin + '/');
await page.waitForFunction(() => 'rab' in window && customElements.get('forum-agenda'));
await page.evaluate((json) => { window.forum = window.vf(JSON.parse(json)).forum; window.markup = window.rab(window.forum); }, JSON.stringify(generateForum(1000)));
const variants = { none: [], pretty: [['text-wrap: pretty;', '']], container: [['container-type: inline-size;', '']], pseudo: [["content: \"\";", 'content: none;']], grid: [['display: grid;', 'display: block;']], nocss: 'nocss' };
const out = {};
for (let round = 0; round < 4; round++) for (const [name, repl] of Object.entries(variants)) {
  const r = await page.evaluate(async (repl) => {
    const stage = document.getElementById('stage'); stage.replaceChildren(); document.body.offsetHeight; gc();
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    const sheets = customElements.get('forum-agenda').elementStyles.map(s => s.styleSheet).map(sh => {
      let text = [...sh.cssRules].map(r => r.cssText).join('\n');
      if (repl === 'nocss') text = ''; else for (const [a, b] of repl) text = text.replaceAll(a, b);
      const n = new CSSStyleSheet(); n.replaceSync(text); return n; });
    const t0 = performance.now();
    const host = document.createElement('div'); const root = host.attachShadow({mode:'open'}); root.adoptedStyleSheets = sheets; stage.append(host);
    root.innerHTML = window.markup; const t1 = performance.now(); host.offsetHeight; const t2 = performance.now();
    return [t1 - t0, t2 - t1];
  }, repl);
  (out[name] ??= []).push(r.map(Math.round).join('+'));
}
console.log(out);
await browser.close(); server.close();
