// The Seoul example's drop-in page (examples/seoul-quantum-forum/drop-in.html with the drop-in
// bundle, dist/forumkit.js, built by `npm run build`) does not jump when its data arrives: each
// element holds about the room its content will take while it loads. The layout shifts Chromium
// reports (PerformanceObserver 'layout-shift', shifts right after input left out) add up to at
// most 0.05 at a phone's width and a desktop's, with forum.json held back 300 ms so the loading
// state is on screen when the data replaces it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './internal/test-chromium.js';
import { serveTestSite, type TestSite } from './internal/test-site.js';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const example = (path: string) => fileURLToPath(new URL(`../../../examples/seoul-quantum-forum/${path}`, import.meta.url));
const DATA_DELAY_MS = 300;
const MAX_SHIFT = 0.05;

// Adds up every layout shift not caused by input (a stricter sum than CLS's worst session window),
// keeping what moved for the failure message.
const OBSERVE_SHIFTS = `window.layoutShifts = { total: 0, sources: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.layoutShifts.total += entry.value;
    for (const source of entry.sources ?? []) {
      const node = source.node;
      const name = node ? (node.nodeType === 1 ? node.localName + (node.getAttribute('part') ? '[part=' + node.getAttribute('part') + ']' : '') : '#text') : '?';
      window.layoutShifts.sources.push(name + ' ' + Math.round(entry.value * 1000) / 1000 + ': y ' + source.previousRect.y + ' -> ' + source.currentRect.y);
    }
  }
}).observe({ type: 'layout-shift', buffered: true });`;

const VIEWPORTS = [
  ['a phone', { width: 390, height: 844 }],
  ['a desktop', { width: 1280, height: 800 }],
] as const;

describe("the drop-in page's layout while its data loads, in Chromium", () => {
  let browser: Browser;
  let site: TestSite;

  beforeAll(async () => {
    const chunks = readdirSync(dist('forumkit-chunks')).filter((file) => file.endsWith('.js'));
    const photos = readdirSync(example('photos')).filter((file) => file.endsWith('.svg'));
    const files = new Map<string, string | Uint8Array>([
      ['/drop-in.html', readFileSync(example('drop-in.html'))],
      ['/forum.json', readFileSync(example('forum.json'))],
      ['/forumkit.js', readFileSync(dist('forumkit.js'))],
      ...chunks.map((file) => [`/forumkit-chunks/${file}`, readFileSync(dist(`forumkit-chunks/${file}`))] as const),
      ...photos.map((file) => [`/photos/${file}`, readFileSync(example(`photos/${file}`))] as const),
    ]);
    [browser, site] = await Promise.all([launchChromium(), serveTestSite(files)]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(VIEWPORTS)(
    `shifts by at most ${MAX_SHIFT} at the width of %s`,
    async (name, viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(OBSERVE_SHIFTS);
      site.hold((path) => path === '/forum.json');
      const loaded = page.goto(`${site.origin}/drop-in.html`);
      await expect.poll(() => site.requests.get('/forum.json') ?? 0).toBeGreaterThan(0);
      // The elements show their loading state meanwhile.
      await page.waitForFunction(() => document.querySelector('forum-agenda')?.shadowRoot?.querySelector('[part~="status"]'));
      await new Promise((resolve) => setTimeout(resolve, DATA_DELAY_MS));
      site.release();
      await loaded;
      await page.waitForFunction(() =>
        [...document.querySelectorAll('forum-agenda, forum-speaker-list, forum-quote, forum-gallery')].every(
          (element) => (element as Element & { hasUpdated?: boolean }).hasUpdated && !element.shadowRoot?.querySelector('[part~="status"], [part~="error"]'),
        ),
      );
      // Two frames and a pause: a shift from the last render is reported by then.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
      const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { total: number; sources: string[] } }).layoutShifts);
      console.log(`drop-in layout shift at ${name}'s width (${viewport.width}×${viewport.height}): ${shifts.total.toFixed(3)}`);
      expect(shifts.total, shifts.sources.join('\n')).toBeLessThanOrEqual(MAX_SHIFT);
      await context.close();
    },
    30_000,
  );
});
