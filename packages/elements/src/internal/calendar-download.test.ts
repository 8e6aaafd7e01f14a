// Calendar files read back by an independent parser (ical.js), their instants compared with the
// forum's times worked out by hand, and the download followed up to the click.
import { parseForum, type Forum } from '@forumkit/core';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calendarFile, downloadCalendar, type CalendarFile } from './calendar-download.js';
import { testForum } from './test-fixtures.js';
import { berlinThreeDays, partialTimes } from './test-forums.js';

const berlin = parseForum(structuredClone(berlinThreeDays));

/** The file's events by session id, with the instants ical.js reads (its VTIMEZONEs registered first). */
function eventsOf(file: CalendarFile) {
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const time = (at: ICAL.Time) => (at.isDate ? at.toString() : at.toJSDate().toISOString());
    return {
      id: /^session-(.+)\.[^.]+@/.exec(event.uid)?.[1] ?? event.uid,
      summary: event.summary,
      start: time(event.startDate),
      end: time(event.endDate),
      url: component.getFirstPropertyValue('url'),
    };
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('calendarFile', () => {
  it("holds exactly a visitor's schedule, at the forum's instants across the night the clocks go back", () => {
    const sessions = ['keynote-sonntag', 'nachteulen-zweite-runde', 'keynote-freitag', 'nachteulen-erste-runde'];
    const file = calendarFile(berlin, { sessions, language: 'en' });
    expect(file.filename).toBe('spreeforum-2025-my-schedule.ics');
    expect(file.type).toBe('text/calendar');
    // Berlin is at +02:00 until 03:00 on 26 October 2025, then at +01:00.
    expect(eventsOf(file).map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: 'keynote-freitag', start: '2025-10-24T07:30:00.000Z', end: '2025-10-24T08:15:00.000Z' },
      { id: 'nachteulen-erste-runde', start: '2025-10-25T23:45:00.000Z', end: '2025-10-26T00:30:00.000Z' },
      { id: 'nachteulen-zweite-runde', start: '2025-10-26T01:15:00.000Z', end: '2025-10-26T01:45:00.000Z' },
      { id: 'keynote-sonntag', start: '2025-10-26T09:00:00.000Z', end: '2025-10-26T09:45:00.000Z' },
    ]);
  });

  it("names one session's file after it, in the language asked for", () => {
    const english = calendarFile(testForum, { sessions: ['keynote'], language: 'en' });
    expect(english.filename).toBe('test-forum-2025-keynote.ics');
    expect(eventsOf(english)).toMatchObject([
      { id: 'keynote', summary: 'The Future of Quantum Computing', start: '2025-10-28T00:15:00.000Z', end: '2025-10-28T01:00:00.000Z' },
    ]);
    expect(eventsOf(calendarFile(testForum, { sessions: ['keynote'], language: 'ko' }))[0]!.summary).toBe('양자 컴퓨팅의 미래');
  });

  it("names the whole forum's file after the forum, with the forum's own event when asked", () => {
    const file = calendarFile(testForum, { language: 'en', includeForum: true });
    expect(file.filename).toBe('test-forum-2025.ics');
    expect(eventsOf(file).map(({ id, start }) => [id, start])).toEqual([
      [`test-forum-2025@${location.host}`, '2025-10-28T00:00:00.000Z'],
      ['opening', '2025-10-28T00:00:00.000Z'],
      ['keynote', '2025-10-28T00:15:00.000Z'],
    ]);
  });

  it('leaves out sessions with no day yet, and gives a session with only a date an all-day event', () => {
    const tokyo = parseForum(structuredClone(partialTimes));
    const file = calendarFile(tokyo, { sessions: ['happyo-1', 'panel', 'no-such-session'], language: 'ja' });
    expect(file.filename).toBe('nichidoku-robotics-2025-my-schedule.ics');
    expect(eventsOf(file)).toMatchObject([{ id: 'happyo-1', summary: '倉庫ロボットの安全基準', start: '2025-12-04' }]);
    expect(eventsOf(calendarFile(tokyo, { sessions: [], language: 'ja' }))).toEqual([]);
  });

  it('makes file names from ids alone, with nothing a file system reads as a path', () => {
    const odd = { ...testForum, id: '../..\\Ωforum.2025' } as Forum;
    expect(calendarFile(odd, { sessions: ['key note/2'], language: 'en' }).filename).toBe('forum-2025-key-note-2.ics');
    expect(calendarFile({ ...testForum, id: '...' } as Forum, { language: 'en' }).filename).toBe('calendar.ics');
  });

  it('links the sessions to the page it is made on when that is served over http(s)', () => {
    expect(location.protocol).toMatch(/^https?:$/);
    const [event] = eventsOf(calendarFile(testForum, { sessions: ['keynote'], language: 'en' }));
    expect(event!.url).toBe(new URL('#session-keynote', document.baseURI).href);
  });

  it('links them to the page given instead, and refuses one that is not an absolute http(s) URL', () => {
    const [event] = eventsOf(calendarFile(testForum, { sessions: ['keynote'], language: 'en', baseUrl: 'https://forum.example.org/2025/' }));
    expect(event!.url).toBe('https://forum.example.org/2025/#session-keynote');
    expect(() => calendarFile(testForum, { language: 'en', baseUrl: 'file:///home/forum.html' })).toThrow(TypeError);
    expect(() => calendarFile(testForum, { language: 'en', baseUrl: '/2025/' })).toThrow(TypeError);
  });
});

describe('downloadCalendar', () => {
  it('clicks a temporary <a download> holding a blob URL of the file, and revokes the URL afterwards', async () => {
    const file = calendarFile(testForum, { sessions: ['opening', 'keynote'], language: 'en' });
    const clicked: Array<{ download: string; href: string; inDocument: boolean }> = [];
    // Cancelling the click keeps the test from really downloading.
    const intercept = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ download: link.download, href: link.href, inDocument: link.isConnected });
      event.preventDefault();
    };
    document.addEventListener('click', intercept, { capture: true });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      downloadCalendar(file);
    } finally {
      document.removeEventListener('click', intercept, { capture: true });
    }

    expect(clicked).toEqual([{ download: 'test-forum-2025-my-schedule.ics', href: expect.stringMatching(/^blob:/), inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    const response = await fetch(clicked[0]!.href);
    expect(response.headers.get('content-type')).toBe('text/calendar;charset=utf-8');
    expect(await response.text()).toBe(file.text);

    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledExactlyOnceWith(clicked[0]!.href);
    await expect(fetch(clicked[0]!.href)).rejects.toThrow();
  });
});
