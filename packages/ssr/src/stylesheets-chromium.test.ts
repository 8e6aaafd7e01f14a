// A page whose shadow roots link forumkit's stylesheet files, as Chromium shows it over HTTP:
// never unstyled while the files are on their way, then the same as the self-contained page,
// with JavaScript disabled and after the hydrating bundle (@forumkit/elements' dist/forumkit-hydrate.js,
// built by `npm run build`) has taken over.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seoulForum } from '../../elements/src/internal/test-seoul.js';
import { renderForumPage, type ForumPageOptions } from './render-page.js';
import { forumStylesheets } from './stylesheets.js';
import { launchChromium, PARTS, partStyles } from '../../elements/src/internal/test-chromium.js';
import { serveTestSite, type TestSite } from '../../elements/src/internal/test-site.js';

const HYDRATE_BUNDLE = createRequire(import.meta.url).resolve('@forumkit/elements/bundle/hydrate');
const baseUrl = 'https://example.org/seoul/';
const linked: Partial<ForumPageOptions> = { stylesheets: { href: (file) => `/styles/${file}` } };
const live: Partial<ForumPageOptions> = { scriptUrl: '/forumkit-hydrate.js' };
const isElementCss = (path: string) => path.startsWith('/styles/forum-');

/** Every forumkit element on the page has hydrated (the cards after their list). */
const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const elements: Array<Element & { hasUpdated?: boolean }> = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (element.localName.startsWith('forum-')) elements.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return elements.length === 26 && elements.every((element) => element.hasUpdated === true);
  });

describe('a page that links its stylesheets, in Chromium', () => {
  let browser: Browser;
  let site: TestSite;
  let inlineStyles: Record<string, Record<string, string>>;

  beforeAll(async () => {
    const page = (options: Partial<ForumPageOptions>) => renderForumPage(seoulForum, { baseUrl, language: 'en', ...options });
    const linkedPage = await page(linked);
    // The page as it would look if Chromium showed nothing past the agenda's start.
    const cut = `${linkedPage.slice(0, linkedPage.indexOf('<forum-agenda'))}</section></main></body></html>`;
    const files = new Map<string, string | Uint8Array>([
      ['/inline.html', await page({})],
      ['/linked.html', linkedPage],
      ['/cut.html', cut],
      ['/inline-live.html', await page(live)],
      ['/linked-live.html', await page({ ...linked, ...live })],
      ['/forumkit-hydrate.js', readFileSync(HYDRATE_BUNDLE)],
      ...[...forumStylesheets()].map(([file, css]) => [`/styles/${file}`, css] as const),
    ]);
    [browser, site] = await Promise.all([launchChromium(), serveTestSite(files)]);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const inline = await context.newPage();
    await inline.goto(`${site.origin}/inline.html`);
    inlineStyles = await partStyles(inline);
    for (const [name, styles] of Object.entries(inlineStyles)) expect(styles, name).not.toHaveProperty('missing');
    await context.close();
  }, 60_000);

  // A failed test must not leave the next one's stylesheets held.
  afterEach(() => site?.release());

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each([
    ['disabled', false, '/linked.html'],
    ['enabled, with the hydrating bundle', true, '/linked-live.html'],
  ] as const)(
    'shows nothing of the elements until their stylesheets arrive, then shows them as the inline page does (JavaScript %s)',
    async (_, javaScriptEnabled, path) => {
      // Each page in a context of its own: the cut page's preloads would fill the cache.
      const cutContext = await browser.newContext({ javaScriptEnabled });
      const cutPage = await cutContext.newPage();
      await cutPage.goto(`${site.origin}/cut.html`);
      const cut = await cutPage.screenshot();
      await cutContext.close();

      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      site.requests.clear();
      site.hold(isElementCss);
      const loaded = page.goto(`${site.origin}${path}`);
      // The parser has reached the agenda's shadow root, and Chromium has had time to paint.
      await expect.poll(() => page.evaluate(() => Boolean(document.querySelector('forum-agenda')?.shadowRoot)), { timeout: 10_000 }).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The header shows; of the agenda and what follows, nothing yet (not even unstyled).
      expect((await page.screenshot()).equals(cut)).toBe(true);
      site.release();
      await loaded;
      if (javaScriptEnabled) await hydrated(page);

      expect(await partStyles(page)).toEqual(inlineStyles);
      // Once each, from the head's preloads, however many shadow roots link them.
      // (In whatever order the browser fetched them: parallel requests arrive as they please.)
      expect(Object.fromEntries([...site.requests].filter(([requested]) => isElementCss(requested)))).toEqual(
        Object.fromEntries(
          ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'].map((tag) => [`/styles/${tag}.css`, 1]),
        ),
      );
      await context.close();
    },
    30_000,
  );

  it('is styled by its files at all: without them the parts look different', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/styles/forum-*.css', (route) => route.fulfill({ status: 404 }));
    await page.goto(`${site.origin}/linked.html`);
    const unstyled = await partStyles(page);
    for (const name of Object.keys(PARTS)) expect(unstyled[name], name).not.toEqual(inlineStyles[name]);
    await context.close();
  }, 30_000);

  it("needs no inline style: under a Content-Security-Policy style-src 'self' it still looks as the inline page does without one", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const refused: string[] = [];
    await context.route('**/*.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "style-src 'self'" } });
    });
    const styles: Array<Record<string, Record<string, string>>> = [];
    for (const name of ['linked', 'inline']) {
      const page = await context.newPage();
      page.on('console', (message) => void (message.text().includes('Content Security Policy') && refused.push(`${name}: ${message.text()}`)));
      await page.goto(`${site.origin}/${name}.html`);
      styles.push(await partStyles(page));
    }
    expect(styles[0]).toEqual(inlineStyles);
    // The policy has teeth: the inline page loses its styles under it.
    expect(styles[1]).not.toEqual(inlineStyles);
    expect(refused.some((message) => message.startsWith('inline'))).toBe(true);
    expect(refused.filter((message) => message.startsWith('linked'))).toEqual([]);
    await context.close();
  }, 30_000);

  it('looks the same as the inline page once the hydrating bundle has taken over', async () => {
    const context = await browser.newContext();
    const styles: Array<Record<string, Record<string, string>>> = [];
    const problems: string[] = [];
    for (const name of ['inline-live', 'linked-live']) {
      const page = await context.newPage();
      page.on('console', (message) => void (['error', 'warning'].includes(message.type()) && problems.push(message.text())));
      page.on('pageerror', (error) => void problems.push(error.message));
      await page.goto(`${site.origin}/${name}.html`);
      await hydrated(page);
      styles.push(await partStyles(page));
    }
    expect(styles[0]).toEqual(inlineStyles);
    expect(styles[1]).toEqual(styles[0]);
    expect(problems).toEqual([]);
    await context.close();
  }, 30_000);
});
