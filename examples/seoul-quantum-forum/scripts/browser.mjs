// Headless Chromium for the example's screenshots and smoke test (playwright-core drives the
// system Chromium; nothing is downloaded).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';

/** Launches Chromium from CHROMIUM_PATH, else /usr/bin/chromium. */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Waits until every forumkit element on the page shows data: each has rendered, and none is
 * loading or failed. Rejects with what is still missing after `timeout` ms.
 */
export async function waitForForum(page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('forum-agenda, forum-speaker-list, forum-quote, forum-gallery')];
      return (
        elements.length > 0 &&
        elements.every((element) => element.hasUpdated && element.shadowRoot && !element.shadowRoot.querySelector('[part~="status"], [part~="error"]'))
      );
    },
    undefined,
    { timeout },
  );
  // Images are lazy: scroll through once so a full-page picture has them all.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}
