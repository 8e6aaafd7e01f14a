import { describe, expect, it } from 'vitest';
import { FrabImportError, importFrabJson } from '../src/index.js';
import { frabFixture, frabFixtureNames } from './fixtures/frab-json/index.js';
import { validated } from './validated.js';

const imported = (name: string, options?: Parameters<typeof importFrabJson>[1]) => importFrabJson(frabFixture(name), options);
const session = (forum: { sessions: ReadonlyArray<{ id: string }> }, id: string) => forum.sessions.find((s) => s.id === id) as Record<string, any>;
const times = (forum: { sessions: ReadonlyArray<{ id: string; start?: string; end?: string }> }) =>
  Object.fromEntries(forum.sessions.map((s) => [s.id, [s.start, s.end]]));

describe('importFrabJson', () => {
  it.each(frabFixtureNames)('imports %s into a forum that validates', (name) => {
    const { forum, warnings } = imported(name);
    validated(forum);
    for (const warning of warnings) expect(warning).toMatch(/\S/);
  });

  it('reads a realistic pretalx export: 40 sessions over two days in three rooms, with tracks, people and links', () => {
    const { forum, warnings } = imported('pretalx-conference', { venue: { name: 'Campus am Donaukanal' } });
    const valid = validated(forum);
    expect(valid.name).toBe('Danube Data Days 2026');
    expect(valid.id).toBe('danube-2026');
    expect([valid.start, valid.end, valid.timeZone]).toEqual(['2026-05-21', '2026-05-22', 'Europe/Vienna']);
    expect(valid.sessions).toHaveLength(40);
    expect(valid.rooms?.map((r) => [r.id, r.name, r.capacity])).toEqual([
      ['horsaal-a', 'Hörsaal A', 300],
      ['seminarraum-2', 'Seminarraum 2', 60],
      ['werkstatt', 'Werkstatt', 30],
    ]);
    expect(valid.tracks?.map((t) => [t.id, t.color])).toEqual([
      ['data-engineering', '#2f6fdd'],
      ['privacy', '#b3261e'],
      ['community', '#3aa57c'],
    ]);
    expect(valid.languages).toEqual(['en', 'de']);
    expect(valid.people).toHaveLength(12);
    // pretalx's submission code is the id: stable across exports, and the talk's own URL says it.
    const panel = valid.sessions.find((s) => s.title === "Who may see the city's data?")!;
    expect(panel).toMatchObject({
      kind: 'panel-discussion',
      start: '2026-05-21T14:45',
      end: '2026-05-21T15:45',
      room: 'horsaal-a',
      track: 'privacy',
      languages: ['de'],
    });
    expect(panel.url).toBe(`https://pretalx.example.org/danube-2026/talk/${panel.id}/`);
    expect(panel.participants?.map((p) => valid.people!.find((person) => person.id === p.person)!.name)).toEqual([
      'Amira Nasser',
      'Pieter de Vries',
      'Johanna Reiter',
    ]);
    const workshop = valid.sessions.find((s) => s.title === 'Hands-on: your first stream processor')!;
    expect(workshop).toMatchObject({ kind: 'workshop', end: '2026-05-21T11:45' });
    expect(valid.sessions.filter((s) => s.kind === 'keynote')).toHaveLength(2);
    expect(valid.sessions.filter((s) => s.kind === 'lightning-talk')).toHaveLength(2);
    // Relative attachment URLs resolve against base_url.
    expect(valid.sessions[0]!.links?.map((l) => l.kind)).toContain('slides');
    expect(valid.sessions.flatMap((s) => s.links ?? []).find((l) => l.title === 'Example notebook')!.url).toMatch(/^https:\/\/pretalx\.example\.org\/media\//);
    const reiter = valid.people!.find((p) => p.name === 'Johanna Reiter')!;
    expect(reiter).toMatchObject({
      id: 'H4KQ2M',
      bio: 'Runs the open data team of a city utility.',
      url: 'https://pretalx.example.org/danube-2026/speaker/H4KQ2M/',
    });
    expect(warnings).toEqual([
      'schedule.conference.colors: forumkit leaves colours to the page, left out',
      expect.stringMatching(/^events have a feedback_url: .*\(40 times, at days\[0\]\.rooms\["Hörsaal A"\]\[0\]/),
    ]);
  });

  it('reads durations as "01:30", "1:30", "0:45", "00:05", "1:15:00" and "0:90" into end times, and says which needed care', () => {
    const { forum, warnings } = imported('durations');
    expect(times(forum)).toEqual({
      'event-101': ['2026-03-12T09:00', '2026-03-12T10:30'],
      'event-102': ['2026-03-12T11:00', '2026-03-12T12:30'],
      'event-103': ['2026-03-12T13:00', '2026-03-12T13:45'],
      'event-104': ['2026-03-12T14:00', '2026-03-12T14:05'],
      'event-105': ['2026-03-12T15:00', '2026-03-12T16:15'],
      'event-106': ['2026-03-12T17:00', '2026-03-12T18:30'],
      'event-107': ['2026-03-12T19:00', undefined],
      'event-108': ['2026-03-12T20:00', undefined],
      'event-109': ['2026-03-12T22:30', '2026-03-13T00:30'],
    });
    expect(warnings).toContainEqual(expect.stringMatching(/^events whose duration has three parts: read as hours:minutes:seconds.*"1:15:00"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^events whose duration has 90 minutes.*"Ninety minutes"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^events whose duration is missing: the session has no end .*"No duration"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^events whose duration is not a duration \(HH:MM\): the session has no end .*"soon"/));
  });

  it('trusts the offsets when time_zone_name contradicts them, keeping the wall clocks as written', () => {
    const { forum, warnings } = imported('zone-contradicts-offsets');
    expect(forum.timeZone).toBe('Etc/GMT-1');
    expect(times(forum)).toEqual({
      QWX7PA: ['2025-12-09T09:00', '2025-12-09T09:45'],
      RTY8PB: ['2025-12-09T10:00', '2025-12-09T10:45'],
      UIO9PC: ['2025-12-10T16:30', '2025-12-10T17:30'],
    });
    expect(warnings[0]).toMatch(
      /^schedule\.conference\.time_zone_name "UTC" disagrees with days\[0\]\.rooms\["Blue Room"\]\[0\] \("Frost on the wires"\): its date 2025-12-09T09:00:00\+01:00 \(\+01:00\): the offsets were trusted/,
    );
  });

  it('reads frab\'s city names ("Berlin") as the IANA zone that agrees with the offsets, across the night the clocks go back', () => {
    const { forum, warnings } = imported('zone-city-name');
    expect(forum.timeZone).toBe('Europe/Berlin');
    // The hour 02:00-03:00 happens twice on 2026-10-25: the second pass carries its offset.
    expect(times(forum)).toEqual({
      'event-501': ['2026-10-24T10:00', '2026-10-24T10:45'],
      'event-502': ['2026-10-25T02:30', '2026-10-25T02:00+01:00'],
      'event-503': ['2026-10-25T02:30+01:00', '2026-10-25T03:00'],
      'event-504': ['2026-10-25T11:00', '2026-10-25T12:00'],
    });
    expect(warnings).toContainEqual(
      'schedule.conference.time_zone_name "Berlin" is not an IANA time zone: read as Europe/Berlin, which agrees with the events\' dates',
    );
  });

  it('converts an instant whose offset no zone shares into the declared zone, and says so', () => {
    const { forum, warnings } = imported('zone-one-wrong-offset');
    expect(forum.timeZone).toBe('Europe/Lisbon');
    // 22:30 at +05:30 is 18:00 in Lisbon (+01:00 in May).
    expect(session(forum, 'event-2').start).toBe('2026-05-14T18:00');
    expect(warnings[0]).toMatch(
      /"Greetings from Pune"\): its date 2026-05-14T22:30:00\+05:30 \(\+05:30\), and no zone has all of the dates' offsets: .* converted to wall clocks in Europe\/Lisbon/,
    );
  });

  it('writes times in a zone the caller asks for', () => {
    const { forum } = imported('zone-contradicts-offsets', { timeZone: 'Europe/Paris' });
    expect(forum.timeZone).toBe('Europe/Paris');
    expect(session(forum, 'QWX7PA').start).toBe('2025-12-09T09:00');
    expect(() => imported('durations', { timeZone: 'Mars/Olympus' })).toThrow(TypeError);
  });

  it('keeps events after midnight on their real date, whether the date says so or only the start', () => {
    const { forum, warnings } = imported('past-midnight');
    expect(times(forum)).toEqual({
      'event-901': ['2026-07-10T23:30', '2026-07-11T00:30'],
      'event-902': ['2026-07-11T01:00', '2026-07-11T02:30'],
      // No date: 02:45 is before the day's start (10:00), so it is the morning after.
      'event-903': ['2026-07-11T02:45', '2026-07-11T03:30'],
      'event-904': ['2026-07-11T22:00', '2026-07-12T01:00'],
      'event-905': ['2026-07-12T02:00', '2026-07-12T03:00'],
    });
    // The last night runs into 2026-07-12, past the conference's end: the forum's dates widen.
    expect([forum.start, forum.end]).toEqual(['2026-07-10', '2026-07-12']);
    expect(warnings).toContainEqual(expect.stringMatching(/^events of type "concert" have no forumkit session kind: read as "other"/));
  });

  it('reads persons by public_name (frab) or name (pretalx), each person once across events', () => {
    const { forum, warnings } = imported('persons');
    expect(forum.people).toEqual([
      { id: 'person-4001', name: 'Noor Haddad' },
      {
        id: 'XK7PQ2',
        name: 'Mateus Oliveira',
        bio: 'Builds tram timetables.\nRides them too.',
        image: 'https://pretalx.example.org/media/avatars/mateus.png',
        url: 'https://pretalx.example.org/people-fest/speaker/XK7PQ2/',
      },
      { id: 'ZZ9YY8', name: 'Ada Kowalska' },
      { id: 'sam-okoye', name: 'Sam Okoye' },
    ]);
    expect(session(forum, 'CCC333').participants).toEqual([
      { person: 'XK7PQ2', role: 'speaker' },
      { person: 'person-4001', role: 'speaker' },
      { person: 'ZZ9YY8', role: 'moderator' },
      { person: 'sam-okoye', role: 'speaker' },
    ]);
    expect(warnings).toContainEqual('days[0].rooms["Hall A"][2] ("Everyone again").persons[3] has no name (neither name nor public_name): left out');
  });

  it('makes rooms entries with slugs of their names, or their guid when the name has no Latin letters', () => {
    const { forum } = imported('rooms-by-name');
    expect(forum.rooms).toEqual([
      { id: 'grand-hall', name: 'Grand Hall', description: 'Ground floor, by the river.', capacity: 800 },
      { id: '7e0d1c2b-3a49-5867-9a0b-1c2d3e4f5a02', name: '강당' },
      { id: 'studio-c', name: 'Studio C', capacity: 40 },
      { id: 'rooftop', name: 'Rooftop' },
    ]);
    expect(forum.sessions.map((s) => s.room)).toEqual(['grand-hall', '7e0d1c2b-3a49-5867-9a0b-1c2d3e4f5a02', 'grand-hall', 'rooftop']);
    expect(forum.sessions.map((s) => s.kind)).toEqual(['opening-remarks', 'talk', 'talk', 'networking']);
    // Same input, same ids.
    expect(imported('rooms-by-name').forum).toEqual(forum);
  });

  it('reads links and attachments with their kinds, resolves relative URLs and refuses unsafe ones', () => {
    const { forum, warnings } = imported('links-and-attachments');
    const event = session(forum, 'event-700');
    expect(event.url).toBe('https://frab.example.org/linkfest/events/700.html');
    expect(event.links.map((l: any) => [l.kind, l.url])).toEqual([
      ['code', 'https://code.example.org/linkfest/demo'],
      ['code', 'https://github.com/example/linkfest'],
      ['recording', 'https://media.example.org/v/linkfest-700'],
      ['livestream', 'https://stream.example.org/zaal1/live'],
      ['paper', 'https://papers.example.org/linkfest-700.pdf'],
      ['website', 'https://blog.example.org/linkfest'],
      ['website', 'https://example.org/bare-link'],
      ['slides', 'https://frab.example.org/system/event_attachments/attachments/000/000/700/original/slides.pdf?1750000000'],
      ['other', 'https://frab.example.org/system/event_attachments/attachments/000/000/701/original/handout.pdf'],
      ['recording', 'https://cdn.example.org/linkfest/700.mp4'],
    ]);
    expect(warnings).toContainEqual(
      'days[0].rooms["Zaal 1"][0] ("Everything linked").links[7] has a URL forumkit does not link to ("javascript:alert(1)"): left out',
    );
    expect(warnings).toContainEqual('days[0].rooms["Zaal 1"][0] ("Everything linked").links[8] has no URL: left out');
  });

  it('reads languages as BCP 47 tags: de-formal as de, pt_BR as pt-BR, English as en; the most used first', () => {
    const { forum, warnings } = imported('languages');
    expect(forum.sessions.map((s) => s.languages?.[0])).toEqual(['en', 'de', 'de', 'pt-BR', 'en', undefined, undefined, 'de']);
    expect(forum.languages).toEqual(['de', 'en', 'pt-BR']);
    // Titles stay plain text: the event's language is the talk's, not necessarily its title's.
    expect(forum.sessions.every((s) => typeof s.title === 'string')).toBe(true);
    expect(warnings).toContainEqual(expect.stringMatching(/^events in the language "tlh klingon!", which is no BCP 47 tag, have no language/));
  });

  it("reads frab's own export: types as kinds, subtitles and abstracts into the description, and names what it leaves out", () => {
    const { forum, warnings } = imported('frab-classic');
    expect(forum.id).toBe('Sommercamp2026');
    expect(forum.sessions.map((s) => s.kind)).toEqual(['talk', 'workshop', 'panel-discussion', 'lightning-talk', 'other', 'networking']);
    expect(session(forum, 'event-2102')).toMatchObject({
      title: 'Soldering for everyone',
      description: 'Bring nothing but curiosity\n\n<p>We <b>solder</b> a blinking badge.</p>\n\nTools are provided.\n\nKids welcome.',
      languages: ['de'],
      track: 'hardware-making',
    });
    expect(forum.people?.map((p) => p.name)).toEqual(['wiesel', 'Fuchs', 'Lötkolben-Lena', 'Dr. Ama Boateng']);
    expect(warnings).toContainEqual(expect.stringMatching(/^events are marked do_not_record: .*\(2 times, at .*"Soldering for everyone".*"Open-air cinema"/));
    expect(warnings).toContainEqual(
      expect.stringMatching(/^events have a logo: forumkit sessions have no image, left out \(at days\[0\]\.rooms\["Zelt Nord"\]\[0\]/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^events of type "film" have no forumkit session kind/));
  });

  it('reads what it can of odd events and names the rest', () => {
    const { forum, warnings } = imported('odd-events');
    expect(forum.sessions.map((s) => s.id)).toEqual(['event-1', 'event-2', 'event-3', 'event-3-2']);
    expect(session(forum, 'event-1').start).toBeUndefined();
    expect(session(forum, 'event-2')).toMatchObject({ start: '2026-11-05T10:00', end: '2026-11-05T10:30' });
    expect(forum.tracks).toEqual([
      { id: 'main', name: 'Main', color: '#12ab9f' },
      { id: 'side', name: 'Side' },
      { id: 'brand-new-track', name: 'Brand New Track' },
    ]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'days[0].rooms["Rom 1"][0] is not an event object: left out',
        'days[0].rooms["Rom 2"] is not a list of events: left out',
        'schedule.conference.tracks[1] ("Side") has the colour "rgb(10, 20, 30)": forumkit takes #rgb or #rrggbb, left out',
        expect.stringMatching(/^events without a start that can be read were kept without a time \(at .*"No time at all"\): has neither date nor start\)/),
        expect.stringMatching(/^events whose start needed care .*start "10:30" disagrees with date "2026-11-05T10:00:00\+01:00": the date was used/),
        expect.stringMatching(/^events whose id was taken already .*"event-3" became "event-3-2"/),
        expect.stringMatching(/^events have a field "stage_directions" that forumkit does not read/),
      ]),
    );
  });

  it('reads a schedule without events into a forum without sessions', () => {
    const { forum, warnings } = imported('no-events', { languages: ['en-AU'] });
    expect(forum).toMatchObject({ id: 'tba2027', start: '2027-01-20', end: '2027-01-21', timeZone: 'Australia/Sydney', languages: ['en-AU'], sessions: [] });
    expect(warnings).toContain('the schedule has no events');
  });

  it('takes JSON text as well as parsed data, and refuses what is no schedule', () => {
    expect(importFrabJson(JSON.stringify(frabFixture('durations'))).forum.sessions).toHaveLength(9);
    expect(() => importFrabJson('{"schedule": ')).toThrow(FrabImportError);
    expect(() => importFrabJson({ events: [] })).toThrow(/not a frab\/voc schedule\.json/);
    expect(() => importFrabJson(null)).toThrow(FrabImportError);
    expect(() => importFrabJson({ schedule: { conference: { title: 'x', days: [] } } })).toThrow(/no dates/);
  });

  it('uses the venue it is given, and says when it has to name one', () => {
    expect(imported('durations', { venue: { name: 'Dipoli' } }).forum.venue).toEqual({ name: 'Dipoli' });
    const { forum, warnings } = imported('durations');
    expect(forum.venue).toEqual({ name: 'Durations Written Every Way' });
    expect(warnings).toContainEqual(expect.stringMatching(/^the schedule names no venue/));
  });

  it("keeps hostile text as text, within forumkit's limits", () => {
    const schedule = frabFixture('durations');
    const event = schedule.schedule.conference.days[0].rooms['Sali 1'][0];
    event.title = `<script>alert(1)</script>${'x'.repeat(3000)}`;
    event.persons = [{ name: '__proto__' }, { public_name: 'constructor', id: 1 }];
    event.room = '__proto__';
    const { forum, warnings } = importFrabJson(schedule);
    validated(forum);
    expect(session(forum, 'event-101').title).toHaveLength(2000);
    expect(forum.rooms?.map((r) => r.name)).toContain('__proto__');
    expect(warnings).toContainEqual(expect.stringMatching(/the title has 3025 characters: cut to 2000/));
  });
});
