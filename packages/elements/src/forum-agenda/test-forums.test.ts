// <forum-agenda> in real Chromium on forums unlike the Seoul one, in English, Arabic, German and
// Japanese: every session is shown, named as core's presentation names it; days, zones, places
// and directions are right.
import { afterEach, describe, expect, it } from 'vitest';
import { validateForum, type Forum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import type { ForumAgenda } from './forum-agenda.js';
import './forum-agenda.js';
import { mount, unmountAll } from '../internal/test-dom.js';
import { arabicHebrew, berlinThreeDays, movedOnlineForum, partialTimes, postponedForum, testForums } from '../internal/test-forums.js';

afterEach(unmountAll);

function validated(data: unknown): Forum {
  const result = validateForum(structuredClone(data));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

async function agenda(forum: Forum, language: string): Promise<ShadowRoot> {
  const element = mount<ForumAgenda>(`<forum-agenda lang="${language}"></forum-agenda>`);
  element.forum = forum;
  await element.updateComplete;
  return element.shadowRoot!;
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe.each(testForums.map(([name, data]) => [name, data] as const))('%s', (name, data) => {
  const forum = validated(data);
  it.each(['en', 'ar', 'de', 'ja'])('shows every session in %s, named as core names it, in the language’s direction', async (language) => {
    const root = await agenda(forum, language);
    expect(root.querySelector('[part=error]')).toBeNull();
    const present = presentForum(forum, { language });
    const { days, unscheduled } = present.agenda();
    const shown = texts(root, '[part=title]');
    expect(shown).toEqual(
      [...days.flatMap((day) => day.sessions), ...unscheduled].map((session) => present.sessionName(session).text.replace(/\s+/g, ' ').trim()),
    );
    expect(root.querySelector('.agenda')?.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(root.querySelectorAll('[part=day]')).toHaveLength(days.length + (unscheduled.length ? 1 : 0));
  });
});

describe('what each forum needs shown', () => {
  it('Berlin: each end of a session across the clock change names its own zone', async () => {
    const root = await agenda(validated(berlinThreeDays), 'en');
    const sunday = [...root.querySelectorAll('[part=day]')].find((day) => day.textContent!.includes('Sunday'))!;
    const zones = texts(sunday, '.zone');
    expect(zones).toEqual(expect.arrayContaining(['CEST', 'CET']));
    // The Saturday night session that ends on Sunday gives its end a date.
    const late = [...root.querySelectorAll('[part=session]')].find((session) =>
      session.querySelector('.end time')?.getAttribute('datetime')?.startsWith('2025-10-26T00:30'),
    );
    expect(late?.querySelector('.end')?.textContent).toMatch(/Oct 26/);
  });

  it('Berlin in German: 24-hour times with their leading zeros', async () => {
    const root = await agenda(validated(berlinThreeDays), 'de');
    expect(texts(root, '[part=time] .start time')[0]).toMatch(/^0\d:\d\d$/);
  });

  it('a forum moved online: sessions show the link to join, and neither room nor venue', async () => {
    const forum = validated(movedOnlineForum);
    const root = await agenda(forum, 'en');
    expect(root.querySelectorAll('[part=room], [part=venue]')).toHaveLength(0);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part=online-link]')];
    expect(links).toHaveLength(forum.sessions.length);
    expect(links.every((link) => link.textContent === 'Join online' && link.href.startsWith('https://'))).toBe(true);
  });

  it('partial times: undated sessions come last, under “Time to be announced”; a German plain-string name has no lang of its own', async () => {
    const forum = validated(partialTimes);
    const root = await agenda(forum, 'ja');
    const headings = texts(root, '[part=day-heading]');
    expect(headings.at(-1)).toBe(presentForum(forum, { language: 'ja' }).term('timeToBeAnnounced'));
    const plainNames = [...root.querySelectorAll('[part=speaker-name] bdi')].filter((bdi) => bdi.textContent === 'Wolfgang Schellenberg');
    expect(plainNames.length).toBeGreaterThan(0);
    expect(plainNames.every((bdi) => !bdi.hasAttribute('lang'))).toBe(true);
  });

  it('Arabic with Hebrew: right to left, Hebrew runs marked and isolated', async () => {
    const root = await agenda(validated(arabicHebrew), 'ar');
    expect(root.querySelector('.agenda')?.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(root.querySelector('[part=title]')!).direction).toBe('rtl');
    expect(root.querySelectorAll('bdi[lang=he]').length).toBeGreaterThan(0);
  });

  it('postponed: cancelled sessions stay, struck through', async () => {
    const root = await agenda(validated(postponedForum), 'en');
    const cancelled = root.querySelector('.status-cancelled');
    expect(cancelled?.querySelector('[part=status-badge]')?.textContent).toBe('Cancelled');
    expect(getComputedStyle(cancelled!.querySelector('[part=title]')!).textDecorationLine).toBe('line-through');
  });
});
