// The policies @forumkit/elements' README gives for a strict Content-Security-Policy, in Chromium: the drop-in
// page, and the server page with a nonce and with stylesheet files, each refused nothing, styled
// as the same page without a policy, and with its tracks' colours. Needs the bundles built
// (`npm run build`): @forumkit/elements' dist/forumkit.js and its chunks, dist/forumkit-hydrate.js.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseForum } from '@forumkit/core';
import { berlinThreeDays } from '../../elements/src/internal/test-forums.js';
import { renderForumPage, type ForumPageOptions } from './render-page.js';
import { forumStylesheets } from './stylesheets.js';
import { launchChromium, partStyles } from '../../elements/src/internal/test-chromium.js';
import { serveTestSite, type TestSite } from '../../elements/src/internal/test-site.js';

// @forumkit/elements' dist folder, where the drop-in, its chunks and the hydrating bundle are.
const elementsDist = dirname(createRequire(import.meta.url).resolve('@forumkit/elements/bundle'));
const dist = (path: string) => join(elementsDist, path);
const NONCE = 'cnVuLWZvcnVta2l0LXRlc3Q=';

// The README's policies, word for word: the drop-in page's, the server page's with a nonce, with
// stylesheet files, and with both.
const README = readFileSync(fileURLToPath(new URL('../../elements/README.md', import.meta.url)), 'utf8');
const policies = [...README.matchAll(/^Content-Security-Policy: (.+)$/gm)].map((match) => match[1]!);
const [DROP_IN_POLICY, NONCE_POLICY_TEMPLATE, FILES_POLICY, FILES_NONCE_POLICY_TEMPLATE] = policies as [string, string, string, string];
const NONCE_POLICY = (nonce: string) => NONCE_POLICY_TEMPLATE.replaceAll('{nonce}', nonce);
const FILES_NONCE_POLICY = (nonce: string) => FILES_NONCE_POLICY_TEMPLATE.replaceAll('{nonce}', nonce);

// The Berlin forum with its photo on the site: relative to the forum file it is in.
const forum = structuredClone(berlinThreeDays) as { photos: Array<{ url: string }> };
forum.photos[0]!.url = 'fotos/saal.svg';
const PHOTO = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#1f6feb"/></svg>';
const TRACK_COLORS = ['rgb(31, 111, 235)', 'rgb(217, 72, 15)'];

const dropIn = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drop-in</title>
<script type="module" src="/forumkit.js"></script></head><body>
<forum-agenda src="/data/forum.json" layout="list"></forum-agenda>
<forum-speaker-list src="/data/forum.json"></forum-speaker-list>
<forum-quote src="/data/forum.json" quote="zitat-brandstaetter"></forum-quote>
<forum-gallery src="/data/forum.json"></forum-gallery>
</body></html>`;

interface Look {
  readonly refused: readonly string[];
  readonly styles: Record<string, Record<string, string>>;
  /** The colour of each track's dot in the agenda, by track id. */
  readonly dots: readonly string[];
  readonly photo: string | undefined;
}

/** Loads a page (under `policy`, when given) once its elements have rendered (`live`: JavaScript on), and what it looks like. */
async function look(context: BrowserContext, live: boolean, url: string, policy?: string): Promise<Look> {
  const refused: string[] = [];
  await context.unrouteAll();
  if (policy) {
    await context.route('**/*.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
  }
  const page: Page = await context.newPage();
  // Init scripts run only with JavaScript on; the console reports refusals either way.
  await page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => console.error(`violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  page.on('console', (message) => {
    if (/violation:|Content Security Policy|Trusted Type/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => void refused.push(error.message));
  await page.goto(url);
  // With JavaScript off the server's markup is all there is; with it on, the elements render.
  if (live) {
    await page.waitForFunction(() =>
      ['forum-agenda', 'forum-speaker-list', 'forum-quote', 'forum-gallery'].every((tag) => {
        const element = document.querySelector(tag) as (Element & { hasUpdated?: boolean }) | null;
        return element?.hasUpdated === true && element.shadowRoot?.querySelector('[part]:not([part~="status"])');
      }),
    );
  }
  const { dots, photo } = await page.evaluate(() => {
    const agenda = document.querySelector('forum-agenda')!.shadowRoot!;
    const seen = new Map<string, string>();
    for (const track of Array.from(agenda.querySelectorAll('[part~="track"]'))) {
      const name = track.querySelector('bdi')?.textContent ?? '';
      const dot = getComputedStyle(track, '::before');
      if (!seen.has(name)) seen.set(name, dot.content === 'none' ? 'no dot' : dot.backgroundColor);
    }
    const image = document.querySelector('forum-gallery')?.shadowRoot?.querySelector('img');
    return { dots: [...seen.values()], photo: image?.src };
  });
  const styles = await partStyles(page);
  await page.close();
  return { refused, styles, dots, photo };
}

describe('under a strict Content-Security-Policy, in Chromium', () => {
  let browser: Browser;
  let site: TestSite;
  let live: BrowserContext;
  let noScript: BrowserContext;

  beforeAll(async () => {
    // With an allow-list too, as a strict site has: the hydrated elements keep to it as the server did.
    const page = (options: Partial<ForumPageOptions>) =>
      renderForumPage(forum, {
        baseUrl: 'https://spreeforum.example.org/2025/',
        language: 'en',
        allowedOrigins: ['https://spreeforum.example.org'],
        ...options,
      });
    const files = new Map<string, string | Uint8Array>([
      ['/drop-in.html', dropIn],
      ['/data/forum.json', JSON.stringify(forum)],
      ['/data/fotos/saal.svg', PHOTO],
      ['/fotos/saal.svg', PHOTO],
      ['/forumkit.js', readFileSync(dist('forumkit.js'))],
      ...readdirSync(dist('forumkit-chunks'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => [`/forumkit-chunks/${file}`, readFileSync(dist(`forumkit-chunks/${file}`))] as const),
      ['/forumkit-hydrate.js', readFileSync(dist('forumkit-hydrate.js'))],
      ['/nonce.html', await page({ nonce: NONCE, scriptUrl: '/forumkit-hydrate.js' })],
      ['/nonce-static.html', await page({ nonce: NONCE })],
      ['/files.html', await page({ stylesheets: { href: (file) => `/styles/${file}` }, scriptUrl: '/forumkit-hydrate.js' })],
      ['/files-nonce-static.html', await page({ stylesheets: { href: (file) => `/styles/${file}` }, nonce: NONCE })],
      ['/files-static.html', await page({ stylesheets: { href: (file) => `/forum-styles/${file}` } })],
      ...[...forumStylesheets()].map(([file, css]) => [`/styles/${file}`, css] as const),
      // As `forumkit build` serves them: the agenda's file with the forum's track colours.
      ...[...forumStylesheets(parseForum(forum))].map(([file, css]) => [`/forum-styles/${file}`, css] as const),
    ]);
    [browser, site] = await Promise.all([launchChromium(), serveTestSite(files)]);
    [live, noScript] = await Promise.all([browser.newContext(), browser.newContext({ javaScriptEnabled: false })]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('takes its policies from the README: four, strict ones', () => {
    expect(policies).toHaveLength(4);
    for (const policy of policies) {
      expect(policy).not.toMatch(/unsafe/);
      expect(policy).toMatch(
        /default-src 'self'; script-src '[^;]+; style-src '[^;]+; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html$/,
      );
    }
  });

  it.each([
    // The drop-in's photo is relative to the forum file, the server page's to the page.
    ['the drop-in page', 'live', '/drop-in.html', DROP_IN_POLICY, '/data/fotos/saal.svg'],
    ['the server page with a nonce, hydrated', 'live', '/nonce.html', NONCE_POLICY(NONCE), '/fotos/saal.svg'],
    ['the server page with a nonce, without JavaScript', 'static', '/nonce-static.html', NONCE_POLICY(NONCE), '/fotos/saal.svg'],
    ['the server page with stylesheet files, hydrated', 'live', '/files.html', FILES_POLICY, '/fotos/saal.svg'],
    ['the server page with its forum’s stylesheet files, without JavaScript', 'static', '/files-static.html', FILES_POLICY, '/fotos/saal.svg'],
    [
      'the server page with stylesheet files and a nonce, without JavaScript',
      'static',
      '/files-nonce-static.html',
      FILES_NONCE_POLICY(NONCE),
      '/fotos/saal.svg',
    ],
  ] as const)(
    '%s: nothing refused, styled as without a policy, tracks in their colours',
    async (_, mode, path, policy, photo) => {
      const context = mode === 'live' ? live : noScript;
      const open = await look(context, mode === 'live', `${site.origin}${path}`);
      const strict = await look(context, mode === 'live', `${site.origin}${path}`, policy);
      expect(strict.refused).toEqual([]);
      for (const [name, styles] of Object.entries(strict.styles)) expect(styles, name).not.toHaveProperty('missing');
      expect(strict.styles).toEqual(open.styles);
      expect(strict.dots).toEqual(TRACK_COLORS);
      expect(strict.photo).toBe(`${site.origin}${photo}`);
    },
    60_000,
  );

  it('the policies have teeth: a page whose nonce is not the policy’s loses its styles', async () => {
    const open = await look(noScript, false, `${site.origin}/nonce-static.html`);
    const refused = await look(noScript, false, `${site.origin}/nonce-static.html`, NONCE_POLICY('c29tZXRoaW5nLWVsc2U='));
    expect(refused.refused.length).toBeGreaterThan(0);
    expect(refused.styles).not.toEqual(open.styles);
  }, 60_000);
});
