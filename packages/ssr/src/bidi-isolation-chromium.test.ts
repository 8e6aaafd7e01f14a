// The server page as Chromium lays it out without JavaScript: an override left open in any text
// of the data (the header's organisers and venue, the coverage, every element's texts) reverses
// nothing after it. The same look as src/internal/bidi-isolation.test.ts on the live elements.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overridingForum, reversedTexts, RLO } from '../../elements/src/internal/test-bidi.js';
import { renderForumPage } from './render-page.js';
import { launchChromium } from '../../elements/src/internal/test-chromium.js';

describe('the server page with overrides left open in its data, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  async function laidOut(markup: string) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.setContent(markup);
    const result = await page.evaluate(reversedTexts);
    await context.close();
    return result;
  }

  it('is found by the look when a text is not isolated (the look can fail)', async () => {
    expect((await laidOut(`<p lang="en"><span>Spree Urban Lab${RLO}</span> and friends</p>`)).reversed).toEqual(['and friends']);
  }, 30_000);

  it('reverses nothing after any of its texts', async () => {
    const { checked, reversed } = await laidOut(await renderForumPage(overridingForum, { baseUrl: 'https://spreeforum.example.org/2025/', language: 'en' }));
    expect(checked).toBeGreaterThan(200);
    expect(reversed).toEqual([]);
  }, 60_000);
});
