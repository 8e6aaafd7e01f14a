// The drop-in bundle (dist/forumkit.js and dist/forumkit-chunks/, built by `npm run build`) as
// Chromium loads it over HTTP: what a page fetches first, and that the validator with the elements'
// views and the page's translation are fetched while the data is on its way, not after it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, visibleText } from './internal/test-chromium.js';
import { serveTestSite, type TestSite } from './internal/test-site.js';

const dist = (path: string) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const chunks = readdirSync(dist('forumkit-chunks')).filter((file) => file.endsWith('.js'));
// A chunk loaded on demand is named after its module (on-data-*, ko-*…); shared code is chunk-*.
const isShared = (path: string) => path.startsWith('/forumkit-chunks/chunk-');
// The validator and the elements' views, one chunk (src/internal/on-data.ts).
const isOnData = (path: string) => path.startsWith('/forumkit-chunks/on-data-');
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
      ['/invalid.json', JSON.stringify({ ...JSON.parse(forumJson), timeZone: 'Mars/Olympus' })],
      [
        '/ko-invalid.html',
        page(
          'ko',
          '<forum-agenda src="/invalid.json"></forum-agenda><forum-speaker-list src="/invalid.json"></forum-speaker-list><forum-quote src="/invalid.json"></forum-quote>',
        ),
      ],
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

  it('fetches each chunk loaded on demand in one round trip: all it imports came with the first load', async () => {
    const { page, loaded } = await open('/nothing.html');
    await loaded;
    await page.evaluate(() => customElements.whenDefined('forum-agenda'));
    const firstLoad = new Set(requested());
    const onDemand = chunks.filter((file) => !file.startsWith('chunk-'));
    expect(onDemand.length).toBeGreaterThan(8); // on-data, the calendar writer, eight languages
    for (const file of onDemand) {
      // Static imports only (`import(` is a chunk loaded later, on demand itself).
      const imports = [...readFileSync(dist(`forumkit-chunks/${file}`), 'utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)];
      expect(
        imports.map(([, name]) => `/forumkit-chunks/${name}`).filter((path) => !firstLoad.has(path)),
        file,
      ).toEqual([]);
    }
    await page.context().close();
  });

  it('fetches no translation for an English page', async () => {
    const { page, loaded } = await open('/en.html');
    await loaded;
    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual(['forum-load']);
    expect(requested().filter(isOnData)).toHaveLength(1);
    expect(requested().filter((path) => /^\/forumkit-chunks\/(?!chunk-|on-data-)/.test(path))).toEqual([]);
    await page.context().close();
  });

  it('fetches the validator, the views and the translation while the data is on its way, and shows the forum when all are there', async () => {
    site.hold((path) => path === '/forum.json' || isOnData(path));
    const { page, loaded } = await open('/ko.html');
    // The data and the validator (with the views) are both asked for before either is answered: they load side by side.
    await expect.poll(() => requested().filter((path) => path === '/forum.json' || isOnData(path)).length, { timeout: 10_000 }).toBe(2);
    await loaded;
    // The translation is asked for while the data is still held (the page's load event may come first).
    await expect.poll(() => requested().filter((path) => isTranslation(path, 'ko')).length, { timeout: 10_000 }).toBe(1);
    // The loading state speaks Korean once its translation is there, before the data.
    await expect.poll(() => visibleText(page), { timeout: 10_000 }).toBe('연사 정보를 불러오는 중…발언을 불러오는 중…');
    expect(await events(page)).toEqual([]);

    site.release();
    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual(['forum-load', 'forum-load']);
    expect(await visibleText(page)).toContain('주용태');
    // One request for the data and one per chunk, for both elements.
    expect(
      requested()
        .filter((path) => path === '/forum.json' || isOnData(path) || isTranslation(path, 'ko'))
        .map((path) => site.requests.get(path)),
    ).toEqual([1, 1, 1]);
    await page.context().close();
  });

  it('tells a Korean visitor once that the programme could not be loaded, and the console once why', async () => {
    const { page, loaded } = await open('/ko-invalid.html');
    const logged: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && logged.push(message.text())));
    await loaded;
    await expect.poll(() => events(page), { timeout: 10_000 }).toEqual(['forum-error', 'forum-error', 'forum-error']);
    // The first element tells it in full, the others in a word; nothing of the cause is shown.
    await expect.poll(() => visibleText(page), { timeout: 10_000 }).toBe('프로그램을 불러오지 못했습니다.불러오지 못했습니다.불러오지 못했습니다.');
    expect(logged).toEqual([
      expect.stringMatching(/^forumkit: http:\/\/127\.0\.0\.1:\d+\/invalid\.json: The forum data has 1 problem\.\n {2}timeZone: must be an IANA time zone/),
    ]);
    await page.context().close();
  });
});
