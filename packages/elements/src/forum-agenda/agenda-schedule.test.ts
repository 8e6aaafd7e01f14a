// <forum-agenda> at a multi-track conference, in real Chromium: the grid by room, the layout
// picked by the element's own width, deep links, filters kept in the URL, the visitor's saved
// sessions and calendar files, the time-zone switch, the "now" mark, the forum's status, axe.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import ICAL from 'ical.js';
import type { ForumAgenda } from './forum-agenda.js';
import './forum-agenda.js';
import '../forum-speaker-list/forum-speaker-list.js';
import { axeViolations, emulateColorScheme, schemeBackground } from '../internal/test-a11y.js';
import { mount, nextEvent, unmountAll } from '../internal/test-dom.js';
import { testForum } from '../internal/test-fixtures.js';
import { arabicHebrew, berlinThreeDays, largeForum, postponedForum } from '../internal/test-forums.js';

function validated(data: unknown): Forum {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

const berlin = validated(berlinThreeDays);
const startUrl = location.href;

beforeEach(() => localStorage.clear());
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', startUrl);
  localStorage.clear();
  vi.useRealTimers();
});

async function agenda(forum: Forum, { width = 1200, attributes = '', language = 'en' } = {}): Promise<ForumAgenda> {
  const element = mount<ForumAgenda>(`<forum-agenda lang="${language}" ${attributes} style="display:block;width:${width}px"></forum-agenda>`);
  element.forum = forum;
  await element.updateComplete;
  // The second render: what only the browser knows (URL filters, saved sessions, the zone).
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: ForumAgenda, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: ForumAgenda, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const box = (element: ForumAgenda, id: string) => $(element, `[id="session-${id}"]`).getBoundingClientRect();
const visibleSessions = (element: ForumAgenda) =>
  $$(element, '[part~="session"]')
    .filter((session) => session.checkVisibility())
    .map((session) => session.id.slice(8));

describe('the grid', () => {
  it('puts parallel sessions side by side in their rooms, and a plenary session across every room', async () => {
    const element = await agenda(berlin, { attributes: 'layout="grid"' });
    const [household, timetables, sensors] = [box(element, 'od-haushaltsdaten'), box(element, 'mob-fahrplaene'), box(element, 'werkstatt-sensoren')];
    // Same start, three rooms in the forum's order, from left to right.
    expect(Math.abs(household.top - timetables.top)).toBeLessThan(2);
    expect(Math.abs(household.top - sensors.top)).toBeLessThan(2);
    expect(household.left).toBeLessThan(timetables.left);
    expect(timetables.left).toBeLessThan(sensors.left);
    // The 10:45–12:30 workshop runs past the 11:30 sessions beside it.
    expect(sensors.bottom).toBeGreaterThan(box(element, 'od-register').top + 10);
    // The opening (nothing else on) spans the three rooms.
    const opening = box(element, 'eroeffnung');
    expect(opening.left).toBeLessThanOrEqual(household.left + 1);
    expect(opening.right).toBeGreaterThanOrEqual(sensors.right - 1);
    // Room names head the columns.
    expect(
      $$(element, '[part="room-heading"]')
        .map((head) => head.textContent!.trim())
        .slice(0, 3),
    ).toEqual(['Main Hall', 'Mirror Room', 'North Lecture Theatre']);
  });

  it('keeps the sessions in time order in the document, each naming its time and room', async () => {
    const element = await agenda(berlin, { attributes: 'layout="grid"' });
    const present = presentForum(berlin, { language: 'en' });
    const order = present.agenda().days.flatMap((day) => day.sessions.map((session) => session.id));
    expect($$(element, '[part~="session"]').map((session) => session.id.slice(8))).toEqual(order);
    const cell = $(element, '[id="session-mob-fahrplaene"]');
    expect(cell.querySelector('[part="time"]')!.textContent).toMatch(/10:45\s*AM/);
    // The room is still said (visually hidden in the grid, where the column shows it).
    expect(cell.querySelector('[part="room"]')!.textContent).toContain('Mirror Room');
    for (const head of $$(element, '[part="room-heading"]')) expect(head.getAttribute('aria-hidden')).toBe('true');
  });

  it('is picked by the element’s own width when the layout is auto', async () => {
    const wide = await agenda(berlin, { width: 1100 });
    expect($(wide, '[part="room-heading"]').checkVisibility()).toBe(true);
    const narrow = await agenda(berlin, { width: 380 });
    expect($(narrow, '[part="room-heading"]').checkVisibility()).toBe(false);
    const [a, b] = [box(narrow, 'od-haushaltsdaten'), box(narrow, 'mob-fahrplaene')];
    expect(b.top).toBeGreaterThan(a.bottom - 1);
    const list = await agenda(berlin, { width: 1100, attributes: 'layout="list"' });
    expect($$(list, '[part="room-heading"]')).toHaveLength(0);
  });

  it('lays out 300 sessions in 8 rooms, scrolling sideways rather than squeezing the rooms', async () => {
    const element = await agenda(validated(largeForum(300, 8)), { width: 900, attributes: 'layout="grid"' });
    const day = $(element, '.grid-capable');
    expect(day.querySelectorAll('[part="room-heading"]')).toHaveLength(8);
    const scroller = day.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  });
});

describe('days and deep links', () => {
  it('links every day, and a link scrolls to its day and puts it in the address', async () => {
    const element = await agenda(berlin);
    const links = $$<HTMLAnchorElement>(element, '[part="day-nav"] a');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#2025-10-24', '#2025-10-25', '#2025-10-26']);
    links[2]!.click();
    expect(location.hash).toBe('#2025-10-26');
    await vi.waitFor(() => expect(element.shadowRoot!.activeElement?.closest('[data-day]')?.getAttribute('data-day')).toBe('2025-10-26'), { timeout: 10_000 });
  });

  it('opens the session a #session- link names, and the day a date names, from the page’s address', async () => {
    history.replaceState(null, '', '#session-od-register');
    const element = await agenda(berlin, { attributes: 'layout="grid"' });
    await vi.waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe('session-od-register'), { timeout: 10_000 });
    expect($(element, '[id="session-od-register"] details').hasAttribute('open')).toBe(true);
    location.hash = '#2025-10-25';
    await vi.waitFor(() => expect(element.shadowRoot!.activeElement?.closest('[data-day]')?.getAttribute('data-day')).toBe('2025-10-25'), { timeout: 10_000 });
  });
});

describe('sessions and speakers', () => {
  it('links a session’s people to their cards, and a card’s sessions back to the programme', async () => {
    const element = await agenda(berlin);
    const list = mount<HTMLElement & { forum?: unknown; updateComplete: Promise<boolean> }>('<forum-speaker-list lang="en"></forum-speaker-list>');
    list.forum = berlin;
    await list.updateComplete;
    const name = $<HTMLAnchorElement>(element, '[id="session-keynote-freitag"] [part="speaker-name"] a');
    name.click();
    expect(location.hash).toBe('#speaker-henrike-brandstaetter');
    await vi.waitFor(() => expect(list.shadowRoot!.activeElement?.id).toBe('speaker-henrike-brandstaetter'), { timeout: 10_000 });
    const card = list.shadowRoot!.activeElement!.querySelector('forum-speaker-card')!;
    await (card as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    const sessions = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="sessions"] a')];
    const hers = berlin.sessions.filter((session) => session.participants?.some((participant) => participant.person === 'henrike-brandstaetter'));
    expect(sessions.map((link) => link.getAttribute('href'))).toEqual(hers.map((session) => `#session-${session.id}`));
    sessions[0]!.click();
    await vi.waitFor(() => expect(element.shadowRoot!.activeElement?.id).toBe(`session-${hers[0]!.id}`), { timeout: 10_000 });
  });
});

describe('finding things', () => {
  it('filters by the URL’s track, room, language and kind, says how many match, and writes changes back', async () => {
    history.replaceState(null, '', '?track=mobilitaet');
    const element = await agenda(berlin);
    const mobility = berlin.sessions.filter((session) => session.track === 'mobilitaet').map((session) => session.id);
    expect(visibleSessions(element).sort()).toEqual(mobility.sort());
    const count = $(element, '[part="count"]');
    expect(count.getAttribute('role')).toBe('status');
    expect(count.textContent).toContain(`${mobility.length} of ${berlin.sessions.length} sessions shown`);
    expect($<HTMLSelectElement>(element, 'select[name="track"]').value).toBe('mobilitaet');

    const room = $<HTMLSelectElement>(element, 'select[name="room"]');
    room.value = 'spiegelsaal';
    room.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(new URL(location.href).searchParams.get('room')).toBe('spiegelsaal');
    expect(visibleSessions(element).every((id) => berlin.sessions.find((session) => session.id === id)!.room === 'spiegelsaal')).toBe(true);

    $<HTMLButtonElement>(element, '[part="filters"] button[type="reset"]').click();
    await element.updateComplete;
    expect(location.search).toBe('');
    expect(visibleSessions(element)).toHaveLength(berlin.sessions.length);
    expect($<HTMLSelectElement>(element, 'select[name="track"]').value).toBe('');
  });

  it('searches titles, descriptions and people’s names, whatever the accents and case', async () => {
    const element = await agenda(berlin);
    const search = $<HTMLInputElement>(element, 'input[type="search"]');
    search.value = 'brandstatter';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    const withHer = berlin.sessions.filter((session) => session.participants?.some((participant) => participant.person === 'henrike-brandstaetter'));
    expect(withHer.length).toBeGreaterThan(0);
    expect(visibleSessions(element).sort()).toEqual(withHer.map((session) => session.id).sort());
    expect(new URL(location.href).searchParams.get('q')).toBe('brandstatter');
    search.value = 'no such words anywhere';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(visibleSessions(element)).toEqual([]);
    expect(element.shadowRoot!.textContent).toContain('No sessions match these filters.');
  });
});

describe('my schedule', () => {
  it('saves a session for this forum, tells the page, and shows only saved sessions when asked', async () => {
    const element = await agenda(berlin);
    const button = $<HTMLButtonElement>(element, '[id="session-mob-fahrplaene"] [part="save-button"]');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    const changed = nextEvent(document, 'forum-favorite-change');
    button.click();
    const event = await changed;
    expect(event.detail).toEqual({ forumId: berlin.id, sessionId: 'mob-fahrplaene', starred: true, favorites: ['mob-fahrplaene'] });
    expect(event.composed && event.bubbles).toBe(true);
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem(`forumkit:favorites:${berlin.id}`)!)).toEqual(['mob-fahrplaene']);

    // Another agenda of the same forum on the page shows it saved too.
    const other = await agenda(berlin);
    expect($(other, '[id="session-mob-fahrplaene"] [part="save-button"]').getAttribute('aria-pressed')).toBe('true');

    const only = $<HTMLInputElement>(element, 'input[name="saved"]');
    only.click();
    await element.updateComplete;
    expect(visibleSessions(element)).toEqual(['mob-fahrplaene']);
    expect(new URL(location.href).searchParams.get('saved')).toBe('1');
  });

  it('downloads the saved sessions, a session and the whole forum as calendar files', async () => {
    localStorage.setItem(`forumkit:favorites:${berlin.id}`, JSON.stringify(['keynote-freitag', 'mob-fahrplaene']));
    const element = await agenda(berlin);
    const downloads: Array<{ name: string; text: Promise<string> }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
    });
    try {
      [...$$<HTMLButtonElement>(element, '[part="toolbar"] button')].find((button) => button.textContent!.includes('Download my schedule'))!.click();
      $<HTMLButtonElement>(element, '[id="session-od-register"] [part="calendar-button"]').click();
      [...$$<HTMLButtonElement>(element, '[part="toolbar"] button')].find((button) => button.textContent!.trim() === 'Add to calendar')!.click();
      // The calendar writer loads on the first click.
      await expect.poll(() => downloads.length).toBe(3);
    } finally {
      click.mockRestore();
    }
    // Each file is written once its click has loaded the calendar writer: they may arrive in any order.
    expect(downloads.map((download) => download.name).sort()).toEqual(
      [`${berlin.id}-my-schedule.ics`, `${berlin.id}-od-register.ics`, `${berlin.id}.ics`].sort(),
    );
    const events = async (suffix: string) =>
      new ICAL.Component(ICAL.parse(await downloads.find((download) => download.name === `${berlin.id}${suffix}.ics`)!.text))
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event));
    const saved = await events('-my-schedule');
    const present = presentForum(berlin, { language: 'en' });
    const title = (id: string) => present.sessionName(berlin.sessions.find((session) => session.id === id)!).text;
    expect(saved.map((event) => event.summary).sort()).toEqual([title('keynote-freitag'), title('mob-fahrplaene')].sort());
    const [register] = await events('-od-register');
    // 11:30 in Berlin, summer time: 09:30 UTC.
    expect(register!.startDate.toJSDate().toISOString()).toBe('2025-10-24T09:30:00.000Z');
    expect((await events('')).length).toBe(berlin.sessions.filter((session) => session.start !== undefined).length + 1);
  });
});

describe('time zones', () => {
  it('names the forum’s zone as its readers know it, the same in the zone note and the switch: KST in English and Korean', async () => {
    const names = async (language: string) => {
      const element = await agenda(testForum, { language });
      return [$(element, '[part~="time-zone"]').textContent!.trim(), $$(element, '.zones button')[0]!.textContent!.trim()];
    };
    expect(await names('en')).toEqual(['Times in KST', 'Forum time (KST)']);
    expect(await names('ko')).toEqual(['KST 기준', '행사 현지 시간 (KST)']);
    // Readers of German keep the offset the platform writes.
    expect(await names('de')).toEqual(['Zeitzone: GMT+9', 'Ortszeit der Veranstaltung (GMT+9)']);
  });

  it('switches between the forum’s zone and the visitor’s, named, and remembers the choice for the site', async () => {
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(visitor).not.toBe('Europe/Berlin');
    const element = await agenda(berlin);
    const buttons = $$<HTMLButtonElement>(element, '.zones button');
    expect(buttons.map((button) => button.textContent!.trim())).toEqual([
      expect.stringMatching(/^Forum time \(CEST\)$/),
      expect.stringMatching(/^Your time \(.+\)$/),
    ]);
    expect($(element, '[id="session-eroeffnung"] [part="time"]').textContent).toMatch(/9:00\s*AM/);
    buttons[1]!.click();
    await element.updateComplete;
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true');
    const shown = new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: visitor }).format(new Date('2025-10-24T07:00:00Z'));
    expect($(element, '[id="session-eroeffnung"] [part="time"]').textContent).toContain(shown);
    // Another page of the site: the visitor's zone again.
    const next = await agenda(berlin);
    expect($(next, '[id="session-eroeffnung"] [part="time"]').textContent).toContain(shown);
    // `time-zone` set by the site wins, and there is no switch.
    const fixed = await agenda(berlin, { attributes: 'time-zone="Asia/Tokyo"' });
    expect($$(fixed, '.zones button')).toHaveLength(0);
    expect($(fixed, '[id="session-eroeffnung"] [part="time"]').textContent).toMatch(/4:00\s*PM/);
  });
});

describe('now', () => {
  it('marks the current time while the forum runs, with a way to jump to it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-10-24T09:00:00Z')); // 11:00 in Berlin, during the 10:45 sessions
    const element = await agenda(berlin, { attributes: 'layout="list"' });
    const now = $$(element, '[part="now"]').filter((line) => line.checkVisibility());
    expect(now).toHaveLength(1);
    // Before the first session still to start: the 11:30 one.
    expect(now[0]!.nextElementSibling?.id).toBe('session-od-register');
    expect([...$$(element, '[part="toolbar"] button')].some((button) => button.textContent!.trim() === 'Jump to now')).toBe(true);
    vi.setSystemTime(new Date('2025-11-24T09:00:00Z'));
    const after = await agenda(berlin, { attributes: 'layout="list"' });
    expect($$(after, '[part="now"]')).toHaveLength(0);
  });
});

describe('status', () => {
  it('shows a postponed forum’s status and former date when it is the only element, and not when the page shows it', async () => {
    const forum = validated(postponedForum);
    const element = await agenda(forum);
    expect($(element, '[part="forum-notice"]').textContent).toMatch(/Postponed/);
    const quiet = await agenda(forum, { attributes: 'hide-forum-status' });
    expect($$(quiet, '[part="forum-notice"]')).toHaveLength(0);
  });
});

describe('accessibility', () => {
  const arabic = validated(arabicHebrew);
  for (const scheme of ['light', 'dark'] as const) {
    for (const [layout, width] of [
      ['grid', 1200],
      ['list', 1200],
      ['auto', 400],
    ] as const) {
      it(`has no axe violations: ${layout} layout, ${scheme}, ltr and rtl`, async () => {
        await emulateColorScheme(scheme);
        try {
          for (const [forum, language] of [
            [berlin, 'en'],
            [arabic, 'ar'],
          ] as const) {
            const element = await agenda(forum, { width, language, attributes: `layout="${layout}"` });
            schemeBackground(element.parentElement!);
            // The page's background under the whole element, wider than the test frame as it is.
            element.parentElement!.style.width = 'max-content';
            expect(await axeViolations(element)).toEqual([]);
          }
        } finally {
          await emulateColorScheme('light');
        }
      });
    }
  }

  it('operates every control from the keyboard, with a visible focus', async () => {
    const element = await agenda(berlin);
    const controls = $$(element, 'a[href], button:not(:disabled), input, select, summary');
    expect(controls.length).toBeGreaterThan(50);
    for (const control of controls.filter((candidate) => candidate.checkVisibility()).slice(0, 40)) {
      control.focus();
      expect(element.shadowRoot!.activeElement, control.outerHTML.slice(0, 80)).toBe(control);
      const style = getComputedStyle(control);
      expect(style.outlineStyle === 'none' ? style.boxShadow : style.outlineStyle, control.outerHTML.slice(0, 80)).not.toBe('none');
    }
  });
});

describe('light and dark', () => {
  it('follows the page’s color-scheme, not the browser’s alone: light on a light-only page in a dark-mode browser', async () => {
    await emulateColorScheme('dark');
    try {
      const brightness = (element: ForumAgenda) => {
        const [r, g, b] = getComputedStyle($(element, '[part="title"]')).color.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      };
      // A page that says nothing of colour schemes: white, as browsers show it.
      const lightOnly = await agenda(berlin, { attributes: 'layout="list"', width: 360 });
      expect(brightness(lightOnly)).toBeLessThan(128);
      expect(await axeViolations(lightOnly)).toEqual([]);
      // A page that takes part in dark mode.
      const dark = await agenda(berlin, { attributes: 'layout="list"', width: 360 });
      schemeBackground(dark.parentElement!);
      expect(brightness(dark)).toBeGreaterThan(128);
      expect(await axeViolations(dark)).toEqual([]);
      // A site that picks the scheme for the element.
      const chosen = await agenda(berlin, { attributes: 'layout="list"' });
      chosen.style.colorScheme = 'dark';
      chosen.style.background = '#111318';
      expect(brightness(chosen)).toBeGreaterThan(128);
    } finally {
      await emulateColorScheme('light');
    }
  });
});
