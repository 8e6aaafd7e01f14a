// Serves dist/ on a free port of 127.0.0.1 for the smoke test and the screenshots.
import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { dist } from './forums.mjs';

export async function serveDist() {
  const server = createServer(sirv(dist, { dev: true }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Headless Chromium (the system's; nothing is downloaded). */
export const launchChromium = () => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Waits until the page's agenda has hydrated and shows its sessions, and its second (browser-only) render is done. */
export async function waitForAgenda(page) {
  await page.waitForFunction(() => {
    const agenda = document.querySelector('forum-agenda');
    return agenda?.hasUpdated && agenda.shadowRoot?.querySelector('[part~="session"]') && agenda.shadowRoot.querySelector('[part="toolbar"]');
  });
  await page.evaluate(() => document.querySelector('forum-agenda').updateComplete);
}
