// `npm run screenshots`: pictures of the drop-in page in Korean and English, light and dark, for
// the README (docs/screenshots/*.png at the repository root). Build first (the root script does).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForForum } from './browser.mjs';
import { DROP_IN_PAGE } from './pages.mjs';
import { serveDist } from './serve.mjs';
import { CJK_FONT_PACKAGE, languagesWithoutFonts } from '../../../scripts/chromium.mjs';

const out = new URL('../../../docs/screenshots/', import.meta.url);
const WIDTH = 1000;

// Pictures of text in a language no installed font covers would show boxes: refuse to write them.
const missing = languagesWithoutFonts(['ko']);
if (missing.length > 0) {
  console.error(
    `screenshots: no installed font covers ${missing.join(', ')}; the pictures would show boxes, so none were written. Install one (Debian: sudo apt-get install -y ${missing.includes('ko') ? CJK_FONT_PACKAGE : 'fonts-noto-core'}) and run again.`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const { server, origin } = await serveDist({ port: 0 });
const browser = await launchChromium();
try {
  for (const language of ['ko', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: 1200 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${origin}/${DROP_IN_PAGE}`);
      // Switch language the way a reader does: with the page's own switch.
      if (language !== 'ko') await page.getByRole('button', { name: 'English' }).click();
      await waitForForum(page);
      if (problems.length) throw new Error(`The page logged problems (${language}, ${colorScheme}):\n${problems.join('\n')}`);
      const file = new URL(`seoul-forum-${language}-${colorScheme}.png`, out);
      // The top of the page: the header, the programme and the speakers.
      const speakers = await page.locator('section:has(forum-speaker-list)').boundingBox();
      const height = Math.ceil(speakers.y + speakers.height + 32);
      await page.screenshot({ path: fileURLToPath(file), fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height } });
      console.log(`  ${fileURLToPath(file)}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
