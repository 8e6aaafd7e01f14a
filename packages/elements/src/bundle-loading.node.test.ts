// The drop-in bundle (dist/forumkit.js and dist/forumkit-chunks/, built by `npm run build`) as
// Chromium loads it over HTTP: what a page fetches first, and that the validator and the page's
// translation are fetched while the data is on its way, not after it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, visibleText } from './internal/test-chromium.js';
import { serveTestSite, type TestSite } from './internal/test-site.js';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const chunks = readdirSync(dist('forumkit-chunks')).filter((file) => file.endsWith('.js'));
// A chunk loaded on demand is named after its module (forum-validator-*, ko-*…); shared code is chunk-*.
const isShared = (path: string) => path.startsWith('/forumkit-chunks/chunk-');
const isValidator = (path: string) => path.startsWith('/forumkit-chunks/forum-validator-');
const isTranslation = (path: string, language: string) => path.startsWith(`/forumkit-chunks/${language}-`);

const forumJson = readFileSync(fileURLToPath(new URL('../../../examples/seoul-quantum-forum/forum.json', import.meta.url)), 'utf8');

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>window.forumEvents = []; for (const type of ['forum-load', 'forum-error']) addEventListener(type, (event) => forumEvents.push(type));</script>
<script type="module" src="/forumkit.js"></script></head><body>${body}</body></html>`;

describe('the drop-in bundle over HTTP, in Chromium', () => {
  let browser: Browser;
  let site: TestSite;

  beforeAll(async () => {
    const files = new Map<string, string | Uint8Array>([
      ['/forumkit.js', readFileSync(dist('forumkit.js'))],
      ...chunks.map((file) => [`/forumkit-chunks/${file}`, readFileSync(dist(`forumkit-chunks/${file}`))] as const),
      ['/forum.json', forumJson],
      ['/nothing.html', page('ko', '<p>No forum here.</p>')],
      ['/en.html', page('en', '<forum-speaker-list src="/forum.json"></forum-speaker-list>')],
      ['/ko.html', page('ko', '<forum-speaker-list src="/forum.json"></forum-speaker-list><forum-quote src="/forum.json"></forum-quote>')],
    ]);
    [browser, site] = await Promise.all([launchChromium(), serveTestSite(files)]);
  }, 60_000);

  afterEach(() => site?.release());

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string): Promise<{ page: Page; loaded: Promise<unknown> }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    site.requests.clear();
    return { page, loaded: page.goto(`${site.origin}${path}`) };
  }

  const requested = () => [...site.requests.keys()];
  const events = (page: Page) => page.evaluate(() => (window as unknown as { forumEvents: string[] }).forumEvents);

  it('loads forumkit.js and the shared chunks first, and nothing an element has not asked for', async () => {
    const { page, loaded } = await open('/nothing.html');
    await loaded;
    await page.evaluate(() => customElements.whenDefined('forum-agenda'));
    // Shared chunks only: what size-limit measures as the first load (.size-limit.json) leaves out
    // the chunks named after a module, as the page does.
    const files = requested().filter((path) => path !== '/nothing.html');
    expect(files[0]).toBe('/forumkit.js');
    expect(files.length).toBeGreaterThan(1);
    expect(files.slice(1).filter((path) => !isShared(path))).toEqual([]);
    await page.context().close();
  });

  it('fetches no translation for an English page', async () => {
    const { page, loaded } = await open('/en.html');
    await loaded;
    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual(['forum-load']);
    expect(requested().filter(isValidator)).toHaveLength(1);
    expect(requested().filter((path) => /^\/forumkit-chunks\/(?!chunk-|forum-validator-)/.test(path))).toEqual([]);
    await page.context().close();
  });

  it('fetches the validator and the translation while the data is on its way, and shows the forum when all are there', async () => {
    site.hold((path) => path === '/forum.json' || isValidator(path));
    const { page, loaded } = await open('/ko.html');
    // The data and the validator are both asked for before either is answered: they load side by side.
    await expect.poll(() => requested().filter((path) => path === '/forum.json' || isValidator(path)).length, { timeout: 10_000 }).toBe(2);
    await loaded;
    expect(requested().filter((path) => isTranslation(path, 'ko'))).toHaveLength(1);
    // The loading state speaks Korean once its translation is there, before the data.
    await expect.poll(() => visibleText(page), { timeout: 10_000 }).toBe('프로그램을 불러오는 중…'.repeat(2));
    expect(await events(page)).toEqual([]);

    site.release();
    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual(['forum-load', 'forum-load']);
    expect(await visibleText(page)).toContain('주용태');
    // One request for the data and one per chunk, for both elements.
    expect(
      requested()
        .filter((path) => path === '/forum.json' || isValidator(path) || isTranslation(path, 'ko'))
        .map((path) => site.requests.get(path)),
    ).toEqual([1, 1, 1]);
    await page.context().close();
  });
});
