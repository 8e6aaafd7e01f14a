// `npm run screenshots` (after the build): the schedule at desktop and phone widths, as grid and
// list, filtered and with saved sessions, in the visitor's zone, in English and Arabic, into
// docs/screenshots/schedule-*.png at the repository root.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDist, waitForAgenda } from './serve-dist.mjs';
import { CJK_FONT_PACKAGE, languagesWithoutFonts } from '../../../scripts/chromium.mjs';

const out = new URL('../../../docs/screenshots/', import.meta.url);
// Pictures of text in a language no installed font covers would show boxes: refuse to write them.
const missing = languagesWithoutFonts(['ar', 'de', 'es']);
if (missing.length > 0) {
  console.error(
    `screenshots: no installed font covers ${missing.join(', ')}; the pictures would show boxes, so none were written. Install one (Debian: sudo apt-get install -y ${missing.includes('ko') ? CJK_FONT_PACKAGE : 'fonts-noto-core'}) and run again.`,
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const SHOTS = [
  { file: 'schedule-berlin-grid-en', path: 'berlin/', viewport: DESKTOP, at: 'day' },
  { file: 'schedule-berlin-list-phone-en', path: 'berlin/', viewport: PHONE, at: 'day' },
  {
    file: 'schedule-berlin-filtered-saved-en',
    path: 'berlin/?track=mobilitaet',
    viewport: DESKTOP,
    at: 'toolbar',
    saved: ['mob-fahrplaene', 'mob-lastenrad'],
  },
  { file: 'schedule-berlin-your-time-en', path: 'berlin/', viewport: DESKTOP, at: 'day', timezoneId: 'America/New_York', yourTime: true },
  { file: 'schedule-berlin-grid-ar', path: 'berlin/index.ar.html', viewport: DESKTOP, at: 'day' },
  { file: 'schedule-madrid-grid-en', path: 'madrid/', viewport: DESKTOP, at: 'day' },
  { file: 'schedule-madrid-list-phone-ar', path: 'madrid/index.ar.html', viewport: PHONE, at: 'day' },
];

const { origin, close } = await serveDist();
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, ...(shot.timezoneId && { timezoneId: shot.timezoneId }) });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && problems.push(message.text()));
    if (shot.saved) {
      // Saved on an earlier visit.
      await page.goto(`${origin}/`);
      await page.evaluate((ids) => localStorage.setItem('forumkit:favorites:spreeforum-2025', JSON.stringify(ids)), shot.saved);
    }
    await page.goto(`${origin}/${shot.path}`);
    await waitForAgenda(page);
    const agenda = page.locator('forum-agenda');
    if (shot.yourTime) await agenda.getByRole('button', { name: /^Your time/ }).click();
    const target = shot.at === 'toolbar' ? agenda.locator('[part="toolbar"]') : agenda.locator('[part="day"]').first();
    await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => scrollBy(0, -16));
    if (problems.length) throw new Error(`${shot.path}: ${problems.join('\n')}`);
    const file = fileURLToPath(new URL(`${shot.file}.png`, out));
    await page.screenshot({ path: file });
    console.log(`  ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await close();
}
