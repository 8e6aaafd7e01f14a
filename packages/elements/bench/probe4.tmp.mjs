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
<script type="module">import * as core from '@forumkit/core'; window.core = core;</script>
</head><body></body></html>`;
const { server, origin } = await serve({ '/core/': coreDist, '/vendor/valibot/': path.dirname(valibot) }, { '/': PAGE, '/favicon.ico': '' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage();
await page.goto(origin + '/');
await page.waitForFunction(() => 'core' in window);
const r = await page.evaluate((json) => {
  const { validateForum, formatTimeRange, toIsoDateTime, timeZoneOffsetMinutes } = window.core;
  const forum = validateForum(JSON.parse(json)).forum;
  const z = forum.timeZone;
  const res = {};
  const time = (name, fn) => { const t = []; for (let i = 0; i < 7; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); } t.sort((a,b)=>a-b); res[name] = t[3].toFixed(1); };
  time('sessionTime x1000 (2 formatTimeRange each)', () => { for (const s of forum.sessions) { formatTimeRange(s.start, s.end, 'en', z, z); formatTimeRange(s.end, undefined, 'en', z, z); } });
  time('formatTimeRange x1000 (range only)', () => { for (const s of forum.sessions) formatTimeRange(s.start, s.end, 'en', z, z); });
  time('toIsoDateTime x2000', () => { for (const s of forum.sessions) { toIsoDateTime(s.start, z); toIsoDateTime(s.end, z); } });
  const memo = new Map();
  const memoRange = (a, b, l, fz, dz) => { const k = `${l}|${fz}|${dz}|${a}|${b}`; let v = memo.get(k); if (!v) { v = formatTimeRange(a, b, l, fz, dz); memo.set(k, v); } return v; };
  time('same, memoised by key (x2000)', () => { for (const s of forum.sessions) { memoRange(s.start, s.end, 'en', z, z); memoRange(s.end, undefined, 'en', z, z); } });
  res.distinctKeys = memo.size;
  const f = new Intl.DateTimeFormat("en", { timeZone: z, hour: "numeric", minute: "2-digit" }); const zf = new Intl.DateTimeFormat("en", { timeZone: z, timeZoneName: "short" }); const ms = forum.sessions.map(s => [Date.parse(s.start + ":00+09:00"), Date.parse(s.end + ":00+09:00")]);
  time("format x1000", () => { for (const [a] of ms) f.format(a); });
  time("formatRange x1000", () => { for (const [a, b] of ms) f.formatRange(a, b); });
  time("formatToParts(zone) x1000", () => { for (const [a] of ms) zf.formatToParts(a); });
  time("JSON.stringify key x3000", () => { for (const [a] of ms) { JSON.stringify({ timeZone: z, hour: "numeric", minute: "2-digit" }); JSON.stringify({ timeZone: z, timeZoneName: "short" }); JSON.stringify({ timeZone: z, hour: "numeric", minute: "2-digit" }); } });
  return res;
}, JSON.stringify(generateForum(1000)));
console.log(r);
await browser.close(); server.close();
