// `npm test` for the example: serves the built dist/ and opens it in Chromium the way a reader
// does. The drop-in page renders and switches language; the server-rendered pages carry their
// JSON-LD, read without JavaScript and hydrate without errors.
import assert from 'node:assert/strict';
import { launchChromium, waitForForum } from './browser.mjs';
import { DROP_IN_PAGE, PAGES, serverRenderedPage } from './pages.mjs';
import { serveDist } from './serve.mjs';

const { server, origin } = await serveDist({ port: 0 });
const browser = await launchChromium();

async function open(path, { javaScript = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  // Playwright's 30 s default is too short for a 300-session page on a 2-core machine busy with other builds.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const problems = [];
  // The browser asks for /favicon.ico by itself; a site built by forumkit has none unless its publisher adds one.
  const isFavicon = (message) => message.location().url.endsWith('/favicon.ico');
  page.on(
    'console',
    (message) => ['error', 'warning'].includes(message.type()) && !isFavicon(message) && problems.push(`${message.text()} (${message.location().url})`),
  );
  page.on('pageerror', (error) => problems.push(error.message));
  const response = await page.goto(`${origin}/${path}`);
  assert.equal(response.status(), 200, `${path}: HTTP ${response.status()}`);
  return { page, problems, close: () => context.close() };
}

const shadowText = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.shadowRoot?.textContent ?? '');
const checks = [];
const check = async (name, run) => {
  await run();
  checks.push(name);
};

try {
  await check('every page, the data files and the photos answer', async () => {
    for (const path of [...PAGES.map((page) => page.path), 'forum.jsonld', 'forum.ics', 'schedule.json', 'photos/01-venue.svg', 'forumkit.js'])
      assert.equal((await fetch(`${origin}/${path}`)).status, 200, path);
  });

  await check('the drop-in page renders in Korean and switches to English, its header dating the forum as the agenda heads its day', async () => {
    const { page, problems, close } = await open(DROP_IN_PAGE);
    // The page's own date (hand-written, in each language) and the agenda's day heading: one style.
    const dates = () =>
      page.evaluate(() => [
        [...document.querySelectorAll('.meta time')].find((time) => time.checkVisibility())?.textContent,
        document.querySelector('forum-agenda')?.shadowRoot?.querySelector('[part~="day-heading"]')?.textContent?.trim(),
      ]);
    await waitForForum(page);
    assert.match(await shadowText(page, 'forum-agenda'), /개회사/);
    assert.deepEqual(await dates(), ['2024년 10월 28일 월요일', '2024년 10월 28일 월요일']);
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => document.querySelector('forum-agenda')?.shadowRoot?.textContent?.includes('Opening remarks'));
    assert.match(await shadowText(page, 'forum-gallery'), /Forum venue/);
    assert.deepEqual(await dates(), ['Monday, October 28, 2024', 'Monday, October 28, 2024']);
    // Its links to the server-rendered pages lead somewhere.
    for (const href of await page.locator('footer a').evaluateAll((links) => links.map((link) => link.href)))
      assert.equal((await fetch(href)).status, 200, href);
    assert.deepEqual(problems, []);
    await close();
  });

  for (const language of ['ko', 'en']) {
    await check(`the server-rendered ${language} page has its JSON-LD and hydrates cleanly`, async () => {
      const { page, problems, close } = await open(serverRenderedPage(language));
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      const jsonLd = JSON.parse(await page.locator('head script[type="application/ld+json"]').textContent());
      assert.ok(jsonLd['@graph'].some((node) => node['@type'] === 'Event' && node['@id'].endsWith('#forum')));
      await waitForForum(page);
      assert.ok(await page.evaluate(() => customElements.get('forum-agenda') !== undefined));
      // Hydrated, not rendered again: the server's markup (with its lit-part markers) is still
      // there, and none of the markers a client-side render writes.
      const agenda = await page.locator('forum-agenda').evaluate((element) => element.shadowRoot.innerHTML);
      assert.match(agenda, /<!--lit-part /);
      assert.doesNotMatch(agenda, /<!--\?lit\$/);
      assert.deepEqual(problems, []);
      await close();
    });
  }

  await check('the server-rendered page reads without JavaScript', async () => {
    const { page, close } = await open(serverRenderedPage('ko'), { javaScript: false });
    const sessions = await page.locator('forum-agenda').evaluate((element) => element.shadowRoot.querySelectorAll('[part~="session"]').length);
    assert.equal(sessions, 6);
    assert.match(await shadowText(page, 'forum-gallery'), /포럼 장소/);
    await close();
  });
} finally {
  await browser.close();
  server.close();
}
console.log(`example smoke test: ${checks.length} checks passed\n${checks.map((name) => `  ✓ ${name}`).join('\n')}`);
