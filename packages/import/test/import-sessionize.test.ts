import { describe, expect, it } from 'vitest';
import { importSessionize, SessionizeImportError } from '../src/index.js';
import { sessionizeFixture, sessionizeFixtureNames } from './fixtures/sessionize/index.js';
import { validated } from './validated.js';

const imported = (name: string, options?: Parameters<typeof importSessionize>[1]) => importSessionize(sessionizeFixture(name), options);
const byTitle = (forum: { sessions: ReadonlyArray<{ title?: unknown }> }, title: string) =>
  forum.sessions.find((s) => s.title === title) as Record<string, any>;

describe('importSessionize', () => {
  it.each(sessionizeFixtureNames)('imports %s into a forum that validates', (name) => {
    for (const options of [{}, { timeZone: 'Europe/Berlin' }]) {
      const { forum, warnings } = imported(name, options);
      validated(forum);
      for (const warning of warnings) expect(warning).toMatch(/\S/);
    }
  });

  it('reads a realistic export: 30 sessions over two days in three rooms, with tracks, languages, speakers and breaks', () => {
    const { forum, warnings } = imported('conference', {
      name: 'Rhein Dev Days 2026',
      timeZone: 'Europe/Berlin',
      venue: { name: 'Kongresshaus am Rhein' },
    });
    const valid = validated(forum);
    expect([valid.id, valid.name, valid.start, valid.end, valid.timeZone]).toEqual([
      'rhein-dev-days-2026',
      'Rhein Dev Days 2026',
      '2026-06-11',
      '2026-06-12',
      'Europe/Berlin',
    ]);
    expect(valid.venue).toEqual({ name: 'Kongresshaus am Rhein' });
    expect(valid.sessions).toHaveLength(30);
    expect(valid.rooms?.map((r) => [r.id, r.name])).toEqual([
      ['rheinsaal', 'Rheinsaal'],
      ['loft', 'Loft'],
      ['werkbank', 'Werkbank'],
    ]);
    expect(valid.tracks?.map((t) => [t.id, t.name])).toEqual([
      ['cloud-platform', 'Cloud & Platform'],
      ['data', 'Data'],
      ['craft', 'Craft'],
    ]);
    expect(valid.languages).toEqual(['en', 'de']);
    expect(valid.people).toHaveLength(18);
    const kinds = valid.sessions.reduce<Record<string, number>>((count, s) => ({ ...count, [s.kind]: (count[s.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ break: 6, keynote: 2, talk: 15, workshop: 3, 'lightning-talk': 2, other: 2 });
    const panel = byTitle(valid, 'Panel: Who Owns the Data Platform?');
    expect(panel).toMatchObject({ id: 'session-620178', start: '2026-06-11T14:00', end: '2026-06-11T14:45', room: 'loft', track: 'data', languages: ['en'] });
    expect(panel.tags).toEqual(['Session (45 min)', 'Intermediate']);
    expect(panel.participants.map((p: { person: string }) => valid.people!.find((person) => person.id === p.person)!.name)).toEqual([
      'Amara Okafor',
      'Hanna Krause',
      'Nadia Haddad',
    ]);
    expect(byTitle(valid, 'Datenqualität ist Teamsport').languages).toEqual(['de']);
    // The opening keynote is for every room: it has no room of its own, and its format says keynote.
    expect(byTitle(valid, 'Opening Keynote: Rivers, Not Pipelines')).toMatchObject({ kind: 'keynote', start: '2026-06-11T09:00' });
    expect(byTitle(valid, 'Opening Keynote: Rivers, Not Pipelines').room).toBeUndefined();
    expect(warnings).toEqual([
      'speakers are marked isTopSpeaker: forumkit has no featured flag, left out (2 times, at speakers[0] ("Lena Hoffmann"); speakers[7] ("Kwame Mensah"))',
      expect.stringMatching(/^plenum sessions .* the room Sessionize names was left out \(2 times, at sessions\[1\] \("Opening Keynote/),
    ]);
  });

  it('takes a zone in any letter case, and names it canonically', () => {
    expect(imported('wall-clocks', { timeZone: 'europe/berlin' }).forum.timeZone).toBe('Europe/Berlin');
    expect(() => imported('wall-clocks', { timeZone: 'Mars/Olympus' })).toThrow(/not an IANA time zone/);
  });

  it('keeps wall clocks as written, in the zone it is given', () => {
    const { forum, warnings } = imported('wall-clocks', { timeZone: 'Europe/Berlin' });
    const times = Object.fromEntries(forum.sessions.map((s) => [s.title, [s.start, s.end]]));
    expect(times).toEqual({
      'Morning talk in local time': ['2026-03-28T09:00', '2026-03-28T09:45'],
      'A talk with seconds': ['2026-03-28T10:00:30', '2026-03-28T10:45'],
      // 02:30 on the night the clocks go forward does not exist in Berlin.
      'Night owls: the hour the clocks skip': ['2026-03-29T03:00', '2026-03-29T03:30'],
      // A time with "Z" is an instant: 13:00 UTC is 14:00 in Berlin that day.
      'A copy written in UTC': ['2026-03-28T14:00', '2026-03-28T14:45'],
      'Accepted, not yet scheduled': [undefined, undefined],
      'Ends before it starts': ['2026-03-28T16:00', undefined],
      'Not a date at all': [undefined, undefined],
    });
    expect(forum.start).toBe('2026-03-28');
    expect(forum.end).toBe('2026-03-29');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/2026-03-29T02:30 does not exist in Europe\/Berlin .*moved to 03:00/),
        expect.stringMatching(/endsAt 2026-03-28T15:00 is not after startsAt 2026-03-28T16:00/),
        expect.stringMatching(/"Saturday 5pm" is not a date and time: left out/),
        expect.stringMatching(/^sessions not yet scheduled/),
        expect.stringMatching(/^sessions' times carry an offset: read as instants/),
      ]),
    );
    expect(warnings.join('\n')).not.toMatch(/without a time zone/);
  });

  it('keeps the same wall clocks in UTC when no zone is given, and asks for one', () => {
    const { forum, warnings } = imported('wall-clocks');
    expect(forum.timeZone).toBe('UTC');
    expect(byTitle(forum, 'Morning talk in local time')).toMatchObject({ start: '2026-03-28T09:00', end: '2026-03-28T09:45' });
    expect(byTitle(forum, 'Night owls: the hour the clocks skip')).toMatchObject({ start: '2026-03-29T02:30' });
    expect(warnings[0]).toMatch(/Sessionize gives times without a time zone: .*UTC; pass options\.timeZone/);
  });

  it('reads service sessions as breaks or "other", plenum sessions without a room, and keynotes from the format or the title', () => {
    const { forum, warnings } = imported('service-sessions', { timeZone: 'Australia/Melbourne' });
    const kinds = Object.fromEntries(forum.sessions.map((s) => [s.title, [s.kind, s.room]]));
    expect(kinds).toEqual({
      'Check-in': ['other', undefined],
      'Welcome and housekeeping': ['other', 'main-stage'],
      'Opening Keynote': ['keynote', undefined],
      'Morning Tea': ['break', undefined],
      'Designing for failure': ['keynote', 'main-stage'],
      'Build a parser in an afternoon': ['workshop', 'studio-b'],
      Lunch: ['break', undefined],
      'The afternoon slot': ['lightning-talk', 'studio-b'],
    });
    // Rooms come in Sessionize's sort order; a break for everyone is no news, a plenary talk's room is.
    expect(forum.rooms?.map((r) => r.id)).toEqual(['main-stage', 'studio-b']);
    expect(warnings.filter((w) => w.startsWith('plenum'))).toEqual([expect.stringMatching(/\(at sessions\[1\] \("Opening Keynote"\)\)$/)]);
    // Service sessions keep Sessionize's guid as their id; talks' numeric ids are prefixed.
    expect(forum.sessions.map((s) => s.id).slice(0, 2)).toEqual(['4f0c6a4e-2b1d-4c55-9a0e-7d3b2f1e0a11', 'session-910001']);
  });

  it('makes items of a Track category tracks, of a Language category languages, and the rest tags', () => {
    const { forum, warnings } = imported('categories', { timeZone: 'Europe/Vienna' });
    const valid = validated(forum);
    expect(valid.tracks?.map((t) => t.name)).toEqual(['Cloud', 'Architecture', 'Security']);
    const fields = Object.fromEntries(valid.sessions.map((s) => [s.title, { track: s.track, languages: s.languages, tags: s.tags }]));
    expect(fields).toEqual({
      'Serverless cold starts': { track: 'architecture', languages: ['en'], tags: ['Intermediate', 'Serverless', 'AWS'] },
      // Two tracks: forumkit has one, the second becomes a tag.
      'Zwischen zwei Tracks': { track: 'cloud', languages: ['de'], tags: ['Architecture', 'Advanced'] },
      'tlhIngan Hol for programmers': { track: undefined, languages: undefined, tags: ['Klingon (tlhIngan Hol)'] },
      // The Sessions view's own categories ("Assigned Track") are read too.
      'Copied from the Sessions view': { track: 'security', languages: undefined, tags: ['Advanced'] },
    });
    expect(valid.languages).toEqual(['en', 'de']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sessions are in more than one track: .*\(at sessions\[1\]/),
        expect.stringMatching(/^the language "Klingon \(tlhIngan Hol\)" is no language forumkit knows: kept as a tag/),
        expect.stringMatching(/^sessions name category items that no category lists: left out \(at sessions\[2\] .*: 99999\)/),
      ]),
    );
  });

  it('reads speakers: names, job titles, bios, pictures and links, once each however many sessions they have', () => {
    const { forum, warnings } = imported('speakers', { timeZone: 'Europe/Stockholm' });
    const valid = validated(forum);
    expect(valid.people).toEqual([
      {
        id: 'ada-lindgren',
        name: 'Ada Lindgren',
        jobTitle: 'Principal Engineer, Nordlicht',
        bio: 'Builds compilers.\n\nTeaches them on weekends.',
        image: 'https://sessionize.com/image/1a2b-400o400o1-ada.jpg',
        // The blog is the person's own page; the company website and profiles are other pages about them.
        url: 'https://ada.example.org/',
        sameAs: ['https://twitter.com/adalindgren', 'http://linkedin.com/in/adalindgren', 'https://nordlicht.example.com'],
      },
      // fullName when the name parts are empty; "Https:" read as https; links without a scheme left out.
      { id: 'mononym', name: 'Mononym', sameAs: ['https://www.twitter.com/mononym'] },
      // first and last name when there is no fullName.
      {
        id: 'jose-alvarez',
        name: 'José Álvarez',
        jobTitle: 'Data Engineer @ Flussdaten',
        bio: 'Writes about databases.',
        url: 'http://flussdaten.example.com',
      },
      // Two people of one name stay two people.
      { id: 'ada-lindgren-2', name: 'Ada Lindgren', bio: 'A second Ada Lindgren.', image: 'https://sessionize.com/image/9f8e-400o400o1-ada2.jpg' },
    ]);
    expect(valid.sessions.map((s) => s.participants)).toEqual([
      [
        { person: 'ada-lindgren', role: 'speaker' },
        { person: 'mononym', role: 'speaker' },
      ],
      [
        { person: 'jose-alvarez', role: 'speaker' },
        { person: 'ada-lindgren-2', role: 'speaker' },
      ],
    ]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'speakers[4] has no name (neither fullName nor firstName and lastName): left out',
        'speakers[5] ("Ada Again") has the id of an earlier speaker ("6f1c2a3b-0000-4000-8000-000000000001"): left out',
        expect.stringMatching(/^speakers have links that are no http\(s\) URL: left out \(2 times, .*"twitter\.com\/mononym".*"@mononym"\)/),
        expect.stringMatching(/^speakers have a field "email" that forumkit does not read/),
        expect.stringMatching(/^speakers have answers to custom questions/),
        expect.stringMatching(/^sessions name speakers that speakers does not list: .*00000000dead/),
      ]),
    );
  });

  it('names every field it does not read, and keeps live and recording URLs as links', () => {
    const { forum, warnings } = imported('unknown-fields', { timeZone: 'America/New_York' });
    const streamed = byTitle(forum, 'Streamed and recorded');
    expect(streamed.links).toEqual([
      { kind: 'livestream', url: 'https://live.example.org/stage-1' },
      { kind: 'recording', url: 'https://video.example.org/watch/720001' },
    ]);
    expect(byTitle(forum, 'Declined, still listed').links).toBeUndefined();
    expect(byTitle(forum, 'Declined, still listed').room).toBeUndefined();
    expect(warnings).toEqual(
      expect.arrayContaining([
        'the input has a field "event" that forumkit does not read: left out',
        expect.stringMatching(/^sessions have a field "ticketUrl" that forumkit does not read: left out \(2 times/),
        expect.stringMatching(/^sessions answer the custom question "Link to your slides": forumkit has no field for it/),
        expect.stringMatching(/^sessions answer the custom question "May we record your talk\?"/),
        expect.stringMatching(/^sessions have the status "Declined"/),
        expect.stringMatching(/^sessions name a roomId that is not in rooms: .*404\)$/),
        expect.stringMatching(/^sessions have a liveUrl that is no http\(s\) URL/),
      ]),
    );
  });

  it('takes the data as JSON text, and names, ids, venues and languages from the options', () => {
    const text = JSON.stringify(sessionizeFixture('service-sessions'));
    const { forum, warnings } = importSessionize(text, {
      id: 'devday-2026',
      name: 'DevDay',
      timeZone: 'UTC',
      venue: { name: 'Pier 7' },
      languages: ['de', 'en'],
    });
    expect([forum.id, forum.name, forum.venue, forum.languages]).toEqual(['devday-2026', 'DevDay', { name: 'Pier 7' }, ['de', 'en']]);
    expect(forum.sessions).toHaveLength(8);
    expect(warnings).toEqual([expect.stringMatching(/^plenum sessions/)]);
  });

  it('derives what the options do not say, with a warning for each', () => {
    const { forum, warnings } = imported('service-sessions', { timeZone: 'UTC' });
    expect([forum.id, forum.name, forum.venue, forum.languages]).toEqual(['sessionize-event', 'Sessionize event', { name: 'Sessionize event' }, ['en']]);
    expect(warnings).toEqual([
      expect.stringMatching(/no event name: the forum is called "Sessionize event"/),
      expect.stringMatching(/names rooms but no venue: the venue was named after the forum/),
      expect.stringMatching(/no session states its language/),
      expect.stringMatching(/^plenum sessions/),
    ]);
  });

  it('refuses what is not Sessionize "All" data', () => {
    expect(() => importSessionize('{ not json')).toThrow(SessionizeImportError);
    expect(() => importSessionize({ schedule: {} })).toThrow(/no "sessions" list/);
    expect(() => importSessionize([{ groupId: null, groupName: 'All', sessions: [] }])).toThrow(/"Sessions" view .*\/view\/All/);
    expect(() => importSessionize({ sessions: [] })).toThrow(/no session has a date/);
    expect(() => importSessionize(sessionizeFixture('conference'), { timeZone: 'Mars/Olympus' })).toThrow(/not an IANA time zone/);
  });
});
