// The test forums in fixtures/forums are valid, and are what their names say they are.
import { describe, expect, it } from 'vitest';
import { toIsoDateTime, zonedToEpochMs } from '../src/time/time-zone.js';
import { formatIssue } from '../src/validate/format-issue.js';
import { validateForum } from '../src/validate/validate-forum.js';
import { arabicHebrew, berlinThreeDays, largeForum, movedOnlineForum, onlineOnly, partialTimes, postponedForum, testForums } from './fixtures/forums/index.js';

type Loose = Record<string, any>;

/** Every issue, formatted, so a failing test prints them all. */
function issuesOf(data: unknown): string[] {
  const result = validateForum(data);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const sessionsOf = (forum: Loose): Loose[] => forum.sessions;
const session = (forum: Loose, id: string): Loose => sessionsOf(forum).find((entry) => entry.id === id)!;
const datesOf = (forum: Loose): string[] => [...new Set(sessionsOf(forum).flatMap((entry) => (entry.start ? [entry.start.slice(0, 10)] : [])))].sort();
const instant = (forum: Loose, value: string): number => zonedToEpochMs(value, forum.timeZone)!;
const HOUR = 3_600_000;

/** Pairs of timed sessions in different rooms whose times overlap. */
function parallelPairs(forum: Loose): Array<[Loose, Loose]> {
  const timed = sessionsOf(forum).filter((entry) => entry.room && entry.start?.length > 10 && entry.end?.length > 10);
  return timed.flatMap((a, i) =>
    timed
      .slice(i + 1)
      .filter((b) => a.room !== b.room && instant(forum, a.start) < instant(forum, b.end) && instant(forum, b.start) < instant(forum, a.end))
      .map((b): [Loose, Loose] => [a, b]),
  );
}

describe('every test forum', () => {
  for (const { name, data } of testForums) {
    it(`${name} is a valid forum`, () => {
      expect(issuesOf(data)).toEqual([]);
    });
  }

  it('includes the large forum at 1000 sessions in 8 rooms', () => {
    expect(issuesOf(largeForum(1000, 8))).toEqual([]);
  });
});

describe('berlin-three-days', () => {
  const forum = berlinThreeDays;

  it('runs Friday to Sunday in Berlin, in German and English, with sessions on each day', () => {
    expect(forum.timeZone).toBe('Europe/Berlin');
    expect(forum.languages).toEqual(['de', 'en']);
    expect(datesOf(forum)).toEqual(['2025-10-24', '2025-10-25', '2025-10-26']);
    expect(sessionsOf(forum).length).toBeGreaterThanOrEqual(30);
  });

  it('uses three rooms named in German and English, one of them in a second venue', () => {
    const used = new Set(
      sessionsOf(forum)
        .map((entry) => entry.room)
        .filter(Boolean),
    );
    expect([...used].sort()).toEqual(forum.rooms.map((room: Loose) => room.id).sort());
    for (const room of forum.rooms) expect(Object.keys(room.name)).toEqual(['de', 'en']);
    const elsewhere = forum.rooms.filter((room: Loose) => room.venue !== undefined);
    expect(elsewhere.map((room: Loose) => room.venue)).toEqual(forum.venues.map((venue: Loose) => venue.id));
    expect(forum.venue.name.de).toBe('Kulturwerk am Ufer');
  });

  it('runs sessions in parallel, in all three rooms at once', () => {
    const pairs = parallelPairs(forum);
    expect(pairs.length).toBeGreaterThan(5);
    const rooms = new Set(pairs.flatMap(([a, b]) => [a.room, b.room]));
    expect(rooms.size).toBe(3);
  });

  it('holds keynotes and breaks in the main hall', () => {
    const plenary = sessionsOf(forum).filter((entry) => entry.kind === 'keynote' || entry.kind === 'break');
    expect(plenary.filter((entry) => entry.kind === 'keynote')).toHaveLength(3);
    expect(new Set(plenary.map((entry) => entry.room))).toEqual(new Set(['grosser-saal']));
  });

  it('has a Saturday evening session that ends after midnight', () => {
    const late = sessionsOf(forum).filter((entry) => entry.end && entry.end.slice(0, 10) > entry.start.slice(0, 10));
    expect(late.map((entry) => [entry.start, entry.end])).toEqual([['2025-10-25T21:00', '2025-10-26T00:30']]);
  });

  it('has a night-owl session in the repeated hour, written with its offset', () => {
    const first = session(forum, 'nachteulen-erste-runde');
    const second = session(forum, 'nachteulen-zweite-runde');
    expect(second.start).toBe('2025-10-26T02:15+01:00');
    // 02:15 on the clock the second time is an hour after 02:15 the first time...
    expect(instant(forum, second.start) - instant(forum, '2025-10-26T02:15')).toBe(HOUR);
    // ...so the second round starts after the first ends at 02:30, though the clock reads earlier.
    expect(instant(forum, second.start)).toBeGreaterThan(instant(forum, first.end));
    expect(toIsoDateTime(first.end, forum.timeZone)).toBe('2025-10-26T02:30:00+02:00');
    expect(toIsoDateTime(second.end, forum.timeZone)).toBe('2025-10-26T02:45:00+01:00');
  });

  it('names a chair and a discussant, a speaker still to be announced, and a person with two affiliations and a bio', () => {
    const roles = (entry: Loose) => entry.participants?.map((participant: Loose) => participant.role) ?? [];
    expect(sessionsOf(forum).some((entry) => roles(entry).includes('chair') && roles(entry).includes('discussant'))).toBe(true);
    expect(session(forum, 'od-datenschutz').participants).toEqual([{ role: 'speaker', toBeAnnounced: true }]);
    const henrike = forum.people.find((person: Loose) => person.id === 'henrike-brandstaetter');
    expect(henrike.affiliations).toEqual(['th-havelland', 'stadtlabor-spree']);
    expect(Object.keys(henrike.bio)).toEqual(['de', 'en']);
  });

  it('interprets German sessions into English, and links slides and recordings', () => {
    expect(session(forum, 'keynote-freitag')).toMatchObject({ languages: ['de'], interpretedInto: ['en'] });
    const kinds = new Set(
      sessionsOf(forum)
        .flatMap((entry) => entry.links ?? [])
        .map((link: Loose) => link.kind),
    );
    expect(kinds).toContain('slides');
    expect(kinds).toContain('recording');
    expect(forum.tracks.map((track: Loose) => track.color)).toEqual(['#1f6feb', '#d9480f']);
  });
});

describe('postponed-forum', () => {
  const forum = postponedForum;

  it('is postponed from March to a new day in June, and every session is on the new day', () => {
    expect(forum.status).toBe('postponed');
    expect(forum.previousStart).toBe('2025-03-13T09:00');
    expect(forum.start).toBe('2025-06-05T09:00');
    expect(datesOf(forum)).toEqual(['2025-06-05']);
  });

  it('has one cancelled session, and one moved within the day', () => {
    expect(
      sessionsOf(forum)
        .filter((entry) => entry.status === 'cancelled')
        .map((entry) => entry.id),
    ).toEqual(['visita-estaleiro']);
    expect(session(forum, 'painel')).toMatchObject({ status: 'rescheduled', previousStart: '2025-06-05T14:00', start: '2025-06-05T15:00' });
  });
});

describe('moved-online-forum', () => {
  const forum = movedOnlineForum;

  it('has moved online and keeps the venue it was planned for', () => {
    expect(forum).toMatchObject({ status: 'moved-online', attendanceMode: 'online', onlineUrl: 'https://live.water-summit.example.org/2025' });
    expect(forum.venue.address.locality).toBe('Kisumu');
  });

  it('holds every session that goes ahead in a room, the breakouts with their own link', () => {
    for (const entry of sessionsOf(forum).filter((item) => item.status !== 'cancelled')) expect(entry.room, entry.id).toBeDefined();
    const ownLinks = sessionsOf(forum).filter((entry) => entry.onlineUrl !== undefined);
    expect(ownLinks.map((entry) => entry.room)).toEqual(['breakout-a', 'breakout-b']);
    expect(parallelPairs(forum).map(([a, b]) => [a.id, b.id])).toEqual([['breakout-forecasting', 'breakout-tariffs']]);
  });
});

describe('online-only', () => {
  const forum = onlineOnly;

  it('is online only, over two days in New York time', () => {
    expect(forum.venue).toBeUndefined();
    expect(forum.attendanceMode).toBe('online');
    expect(forum.onlineUrl).toBe('https://relay.example.org/live');
    expect(forum.timeZone).toBe('America/New_York');
    expect(datesOf(forum)).toEqual(['2025-11-01', '2025-11-02']);
  });

  it('gives some sessions a link of their own', () => {
    const own = sessionsOf(forum).filter((entry) => entry.onlineUrl !== undefined);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const entry of own) expect(entry.onlineUrl).not.toBe(forum.onlineUrl);
  });

  it('has an hour-long session that starts and ends at 01:30 on the clock, as the clocks go back', () => {
    const twice = session(forum, 'the-hour-twice');
    expect(twice.start.slice(11, 16)).toBe(twice.end.slice(11, 16));
    expect(instant(forum, twice.end) - instant(forum, twice.start)).toBe(HOUR);
    expect(toIsoDateTime(twice.start, forum.timeZone)).toBe('2025-11-02T01:30:00-04:00');
    expect(toIsoDateTime(twice.end, forum.timeZone)).toBe('2025-11-02T01:30:00-05:00');
    // The session after it, from 01:30 (the second time) to 03:00, lasts an hour and a half.
    const after = session(forum, 'after-the-change');
    expect(instant(forum, after.end) - instant(forum, after.start)).toBe(1.5 * HOUR);
  });
});

describe('partial-times', () => {
  const forum = partialTimes;

  it('is in Tokyo, in Japanese, English and German', () => {
    expect(forum.timeZone).toBe('Asia/Tokyo');
    expect(forum.languages).toEqual(['ja', 'en', 'de']);
  });

  it('has sessions with a date only, with a start only, and with no time at all', () => {
    const entries = sessionsOf(forum);
    expect(entries.filter((entry) => entry.start?.length === 10).map((entry) => entry.id)).toEqual(['happyo-1', 'happyo-2', 'workshop-greifer']);
    expect(entries.filter((entry) => entry.start?.length > 10 && entry.end === undefined).map((entry) => entry.id)).toEqual(['kicho-koen', 'demo-ros']);
    expect(entries.filter((entry) => entry.start === undefined).map((entry) => entry.id)).toEqual(['panel', 'konshinkai']);
  });

  it('has texts in one, two or three of its languages, and plain names', () => {
    const languagesOf = (text: unknown) => (typeof text === 'string' ? 'plain' : Object.keys(text as object).join('+'));
    const titles = new Set(
      sessionsOf(forum)
        .filter((entry) => entry.title)
        .map((entry) => languagesOf(entry.title)),
    );
    expect(titles).toEqual(new Set(['ja', 'ja+en', 'ja+en+de', 'ja+de', 'plain']));
    const person = (id: string) => forum.people.find((entry: Loose) => entry.id === id);
    expect(person('wolfgang-schellenberg').name).toBe('Wolfgang Schellenberg');
    expect(person('takeda-ren').name).toEqual({ ja: '武田 蓮' });
  });
});

describe('arabic-hebrew', () => {
  const forum = arabicHebrew;
  const ARABIC = /[\u0600-\u06ff]/;
  const HEBREW = /[\u0590-\u05ff]/;

  it('is in Arabic, Hebrew and English, in Israel time', () => {
    expect(forum.languages).toEqual(['ar', 'he', 'en']);
    expect(forum.timeZone).toBe('Asia/Jerusalem');
    expect(forum.name.ar).toMatch(ARABIC);
    expect(forum.name.he).toMatch(HEBREW);
  });

  it('has right-to-left titles with English words and numbers inside them', () => {
    const keynote = session(forum, 'keynote-ai-2025');
    expect(keynote.title.ar).toBe('الذكاء الاصطناعي AI في 2025: ماذا تغيّر؟');
    const mixed = (pattern: RegExp) => (text: string | undefined) => text !== undefined && pattern.test(text) && /[A-Za-z]/.test(text) && /\d/.test(text);
    const titles = sessionsOf(forum).filter((entry) => entry.title);
    expect(titles.filter((entry) => mixed(ARABIC)(entry.title.ar)).length).toBeGreaterThanOrEqual(3);
    expect(titles.filter((entry) => mixed(HEBREW)(entry.title.he)).length).toBeGreaterThanOrEqual(3);
  });

  it('quotes what was said in Arabic and in Hebrew, with English beside it', () => {
    const quotes: Loose[] = forum.quotes;
    expect(quotes.map((quote) => quote.language)).toEqual(['ar', 'he', 'ar']);
    expect(Object.keys(quotes[0]!.text)).toEqual(['ar', 'en']);
    expect(Object.keys(quotes[1]!.text)).toEqual(['he', 'en']);
    expect(quotes[2]!.text).toMatch(ARABIC);
  });

  it('interprets Arabic sessions into Hebrew and English, and Hebrew ones into Arabic and English', () => {
    expect(session(forum, 'keynote-ai-2025')).toMatchObject({ languages: ['ar'], interpretedInto: ['he', 'en'] });
    expect(session(forum, 'llm-hebrew')).toMatchObject({ languages: ['he'], interpretedInto: ['ar', 'en'] });
  });
});

describe('largeForum', () => {
  it('builds 300 sessions in 8 rooms over three days, the same every time', () => {
    const forum = largeForum();
    expect(sessionsOf(forum)).toHaveLength(300);
    expect(forum.rooms).toHaveLength(8);
    expect(datesOf(forum)).toHaveLength(3);
    expect(new Set(sessionsOf(forum).map((entry) => entry.room)).size).toBe(8);
    expect(largeForum()).toEqual(forum);
  });

  it('has people and organisations in proportion, and breaks in every room on every day', () => {
    const forum = largeForum();
    expect(forum.people).toHaveLength(180);
    expect(forum.organizations.length).toBeGreaterThanOrEqual(4);
    const breaks = sessionsOf(forum).filter((entry) => entry.kind === 'break');
    expect(new Set(breaks.map((entry) => `${entry.start.slice(0, 10)} ${entry.room}`)).size).toBe(3 * 8);
  });

  it('runs sessions in parallel, never two at once in one room', () => {
    const forum = largeForum();
    const starts = new Map<string, number>();
    for (const entry of sessionsOf(forum)) starts.set(entry.start, (starts.get(entry.start) ?? 0) + 1);
    expect(Math.max(...starts.values())).toBe(8);
    const slots = new Set(sessionsOf(forum).map((entry) => `${entry.room} ${entry.start}`));
    expect(slots.size).toBe(300);
  });

  it('spreads 1000 sessions over more days, all within the forum dates', () => {
    const forum = largeForum(1000, 8);
    expect(sessionsOf(forum)).toHaveLength(1000);
    const dates = datesOf(forum);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates[0]).toBe(forum.start.slice(0, 10));
    expect(dates.at(-1)).toBe(forum.end.slice(0, 10));
  });
});
