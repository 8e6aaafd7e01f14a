// `npm test` for the example: the built sites, opened in Chromium as a visitor would, at desktop
// and phone widths: the grid and the list, a filter from the address, a saved session downloaded
// as a calendar file, the visitor's time zone, English and Arabic.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchChromium, serveDist, waitForAgenda } from './serve-dist.mjs';

const { origin, close } = await serveDist();
const browser = await launchChromium();
const checks = [];

async function open(path, { width = 1280, timezoneId } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, ...(timezoneId && { timezoneId }) });
  // Playwright's 30 s default is too short for a 300-session page on a 2-core machine busy with other builds.
  context.setDefaultTimeout(120_000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on(
    'console',
    (message) => ['error', 'warning'].includes(message.type()) && !message.location().url.endsWith('/favicon.ico') && problems.push(message.text()),
  );
  const response = await page.goto(`${origin}/${path}`);
  assert.equal(response.status(), 200, path);
  await waitForAgenda(page);
  return { page, agenda: page.locator('forum-agenda'), problems, close: () => context.close() };
}
const check = async (name, run) => {
  await run();
  checks.push(name);
};

try {
  for (const [site, sessions] of [
    ['berlin', 37],
    ['madrid', 300],
  ]) {
    await check(`${site}: a grid by room on a desktop, a list on a phone, in English and Arabic`, async () => {
      for (const [path, dir] of [
        [`${site}/`, 'ltr'],
        [`${site}/index.ar.html`, 'rtl'],
      ]) {
        const desktop = await open(path);
        assert.equal(await desktop.page.evaluate(() => document.dir), dir);
        assert.equal(await desktop.agenda.locator('[part~="session"]').count(), sessions);
        assert.ok(await desktop.agenda.locator('[part="room-heading"]').first().isVisible(), `${path}: the grid`);
        assert.deepEqual(desktop.problems, []);
        await desktop.close();
        const phone = await open(path, { width: 390 });
        assert.equal(await phone.agenda.locator('[part="room-heading"]').first().isVisible(), false, `${path}: the list`);
        assert.deepEqual(phone.problems, []);
        await phone.close();
      }
    });
  }

  await check('berlin: the address filters the programme, and a saved session downloads as a calendar file', async () => {
    const { page, agenda, problems, close: done } = await open('berlin/?track=mobilitaet');
    assert.match(await agenda.locator('[part="count"]').textContent(), /^8 of 37 sessions shown$/);
    await agenda.locator('[id="session-mob-fahrplaene"] [part="save-button"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), agenda.getByRole('button', { name: /Download my schedule/ }).click()]);
    assert.equal(download.suggestedFilename(), 'spreeforum-2025-my-schedule.ics');
    const calendar = await readFile(await download.path(), 'utf8');
    assert.equal(calendar.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.match(calendar, /DTSTART;TZID=Europe\/Berlin:20251024T104500/);
    assert.deepEqual(problems, []);
    await done();
  });

  await check('berlin: a visitor in New York reads the times in their own zone', async () => {
    const { agenda, close: done } = await open('berlin/', { timezoneId: 'America/New_York' });
    await agenda.getByRole('button', { name: /^Your time/ }).click();
    assert.match(await agenda.locator('[id="session-eroeffnung"] [part="time"]').textContent(), /3:00\s*AM/);
    await done();
  });
} finally {
  await browser.close();
  await close();
}
console.log(`conference-schedule smoke test: ${checks.length} checks passed\n${checks.map((name) => `  ✓ ${name}`).join('\n')}`);
