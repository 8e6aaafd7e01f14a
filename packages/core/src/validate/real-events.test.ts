// What real events need beyond one room and one day: rooms, tracks and venues as entries,
// clock changes, people not yet named, several affiliations.
import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { formatIssue } from './format-issue.js';
import { validateForum } from './validate-forum.js';

function issuesAfter(change: (forum: ReturnType<typeof smallForum>) => void): string[] {
  const forum = smallForum();
  change(forum);
  const result = validateForum(forum);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** The small forum moved to Berlin in the autumn of 2025, across the night the clocks go back. */
function berlin(forum: ReturnType<typeof smallForum>): void {
  forum.timeZone = 'Europe/Berlin';
  forum.start = '2025-10-25T09:00';
  forum.end = '2025-10-26T18:00';
  forum.sessions.forEach((session: Record<string, string>) => {
    session.start = session.start!.replace('2024-10-28', '2025-10-25').replace('2024-10-29', '2025-10-26');
    session.end = session.end!.replace('2024-10-28', '2025-10-25').replace('2024-10-29', '2025-10-26');
  });
  forum.coverage[0].datePublished = '2025-10-26';
}

describe('rooms and tracks', () => {
  it('are entries that sessions name by id', () => {
    expect(issuesAfter((f) => (f.sessions[4].room = 'hall-b'))).toEqual(['sessions[4].room: no room with id "hall-b"']);
    expect(issuesAfter((f) => (f.sessions[4].track = 'ai'))).toEqual([
      'sessions[4].track: no track with id "ai" (add { "id": "ai", "name": "…" } to "tracks")',
    ]);
    expect(issuesAfter((f) => (f.sessions[4].room = 'kist'))).toEqual(['sessions[4].room: "kist" is an organisation, not a room']);
  });

  it('say how to rewrite the free-text room and track of older files', () => {
    expect(issuesAfter((f) => (f.sessions[4].room = { ko: 'B홀', en: 'Hall B' }))).toEqual([
      'sessions[4].room: must be the id of an entry in "rooms": list it once, as "rooms": [{ "id": "hall-b", "name": {"ko":"B홀","en":"Hall B"} }], and write "room": "hall-b", got an object',
    ]);
    expect(issuesAfter((f) => (f.sessions[4].track = 'Urban Data & AI'))).toEqual([
      'sessions[4].track: must be the id of an entry in "tracks": list it once, as "tracks": [{ "id": "urban-data-ai", "name": "Urban Data & AI" }], and write "track": "urban-data-ai", got "Urban Data & AI"',
    ]);
    expect(issuesAfter((f) => (f.sessions[4].room = '그랜드볼룸'))).toEqual([
      'sessions[4].room: must be the id of an entry in "rooms": list it once, as "rooms": [{ "id": "room-1", "name": "그랜드볼룸" }], and write "room": "room-1", got "그랜드볼룸"',
    ]);
  });

  it('take a colour only as #rgb or #rrggbb, never as other CSS', () => {
    expect(issuesAfter((f) => (f.tracks = [{ id: 'ai', name: 'AI', color: '#3b3fc4' }]))).toEqual([]);
    expect(issuesAfter((f) => (f.tracks = [{ id: 'ai', name: 'AI', color: 'red;background:url(x)' }]))).toEqual([
      'tracks[0].color: must be a colour written #rgb or #rrggbb, such as "#3b3fc4", got "red;background:url(x)"',
    ]);
  });

  it('a room may be in another venue, which needs an id', () => {
    const venues = [{ id: 'annex', name: 'Annex' }];
    expect(issuesAfter((f) => ((f.venues = venues), (f.rooms[0].venue = 'annex'), (f.sessions[5].venue = 'annex')))).toEqual([]);
    expect(issuesAfter((f) => ((f.venues = [{ name: 'Annex' }]), (f.rooms[0].venue = 'annex')))).toEqual([
      // In document order: the forum's rooms come before the venues added here.
      'rooms[0].venue: no venue with id "annex"',
      'venues[0].id: is required: rooms and sessions refer to a venue by its id',
    ]);
    expect(issuesAfter((f) => ((f.venue.id = 'coex'), (f.sessions[5].venue = 'coex')))).toEqual([]);
    expect(issuesAfter((f) => ((f.venues = venues), (f.rooms[0].venue = 'annex'), (f.venue.id = 'coex'), (f.sessions[4].venue = 'coex')))).toEqual([
      `sessions[4].venue: is "coex", but its room "hall-a" is in "annex" (leave venue out to use the room's)`,
    ]);
  });
});

describe('sessions of real events', () => {
  it('carry their own place online, languages, links, tags and offers', () => {
    expect(
      issuesAfter((f) => {
        Object.assign(f.sessions[5], {
          attendanceMode: 'mixed',
          onlineUrl: 'https://stream.example.org/panel',
          languages: ['ko'],
          interpretedInto: ['en', 'ja'],
          url: 'https://forum.example.org/2024/panel',
          links: [
            { kind: 'slides', url: 'slides/panel.pdf', title: 'Slides', language: 'ko' },
            { kind: 'recording', url: 'https://video.example.org/panel' },
          ],
          tags: ['AI', { ko: '도시', en: 'Cities' }],
          offers: [{ price: 10000, currency: 'KRW' }],
        });
      }),
    ).toEqual([]);
  });

  it('of a forum moved online are not held in person', () => {
    expect(issuesAfter((f) => ((f.status = 'moved-online'), (f.onlineUrl = 'https://stream.example.org/')))).toEqual([
      'attendanceMode: must be "online" (or left out) when the status is "moved-online", not "offline"',
    ]);
  });

  it('moved online are not held in person', () => {
    expect(
      issuesAfter((f) => Object.assign(f.sessions[5], { status: 'moved-online', attendanceMode: 'offline', onlineUrl: 'https://stream.example.org/' })),
    ).toEqual(['sessions[5].attendanceMode: must be "online" (or left out) when the status is "moved-online", not "offline"']);
  });

  it('need somewhere to attend online when held online', () => {
    expect(issuesAfter((f) => (f.sessions[5].attendanceMode = 'online'))).toEqual([
      'sessions[5].onlineUrl: is required when attendanceMode is "online" and the forum has no onlineUrl',
    ]);
  });

  it('name a link by what it leads to', () => {
    expect(issuesAfter((f) => (f.sessions[5].links = [{ kind: 'slide', url: 'javascript:alert(1)' }]))).toEqual([
      'sessions[5].links[0].kind: must be one of: slides, video, recording, livestream, paper, code, website, other, got "slide" (did you mean "slides"?)',
      'sessions[5].links[0].url: must be an http(s) URL or a relative URL, not a "javascript:" URL, got "javascript:alert(1)"',
    ]);
  });

  it('take titles of real length', () => {
    expect(issuesAfter((f) => (f.sessions[2].title = { en: 'T'.repeat(1500), ko: '제'.repeat(1500) }))).toEqual([]);
  });
});

describe('people', () => {
  it('may belong to several organisations and have a short bio', () => {
    expect(issuesAfter((f) => Object.assign(f.people[0], { affiliations: ['kist', 'seoul-city'], bio: { en: 'Works on urban AI.' } }))).toEqual([]);
  });

  it('say what an older single affiliation is now called', () => {
    expect(issuesAfter((f) => (f.people[2].affiliation = 'kist'))).toEqual([
      'people[2].affiliation: is not a known field of a person (did you mean "affiliations"?)',
    ]);
  });

  it('may be still to be announced, and are then no one from people', () => {
    expect(issuesAfter((f) => f.sessions[5].participants.push({ role: 'panelist', toBeAnnounced: true }))).toEqual([]);
    expect(issuesAfter((f) => f.sessions[5].participants.push({ role: 'panelist' }))).toEqual([
      'sessions[5].participants[4].person: is required (or "toBeAnnounced": true for someone not named yet)',
    ]);
    expect(issuesAfter((f) => f.sessions[5].participants.push({ role: 'chair', person: 'kim-minji', toBeAnnounced: true }))).toEqual([
      'sessions[5].participants[4].toBeAnnounced: must be left out when person is given',
    ]);
  });
});

describe('clock changes', () => {
  it('refuse a time the clocks skip, saying what they do and what was probably meant', () => {
    expect(
      issuesAfter((f) => {
        f.timeZone = 'Europe/Berlin';
        f.start = '2025-03-29';
        f.end = '2025-03-30';
        f.sessions.forEach((session: Record<string, unknown>) => ((session.start = '2025-03-29T10:00'), delete session.end));
        f.sessions[5].start = '2025-03-30T02:30';
        f.coverage[0].datePublished = '2025-03-30';
      }),
    ).toEqual([
      'sessions[5].start: is a time that does not exist: on 2025-03-30 the clocks in Europe/Berlin jump from 02:00 to 03:00 (did you mean 2025-03-30T03:30?)',
    ]);
  });

  it('take either of a repeated hour, the first by default and the second with its offset', () => {
    expect(issuesAfter((f) => (berlin(f), (f.sessions[5].start = '2025-10-26T02:30'), (f.sessions[5].end = '2025-10-26T02:45+01:00')))).toEqual([]);
    expect(issuesAfter((f) => (berlin(f), (f.sessions[5].start = '2025-10-26T02:30+01:00'), (f.sessions[5].end = '2025-10-26T02:45+02:00')))).toEqual([
      "sessions[5].end: is before the session's start (2025-10-26T02:30+01:00)",
    ]);
    expect(issuesAfter((f) => (berlin(f), (f.sessions[5].start = '2025-10-26T02:30+03:00')))).toEqual([
      'sessions[5].start: has the offset +03:00, but Europe/Berlin is at +02:00 or +01:00 at that time (the hour repeats as the clocks go back)',
    ]);
  });
});

describe('found in review', () => {
  it('refuses language tags the platform cannot read, which would break every output', () => {
    expect(issuesAfter((f) => (f.languages = ['ko', 'en-a']))).toEqual([
      'languages[1]: must be a BCP 47 language tag such as "ko", "en" or "zh-Hant", got "en-a"',
    ]);
    expect(issuesAfter((f) => (f.sessions[2].languages = ['de-DE-DE']))).toEqual([
      'sessions[2].languages[0]: must be a BCP 47 language tag such as "ko", "en" or "zh-Hant", got "de-DE-DE"',
    ]);
  });

  it('keeps a session in its room’s venue, the forum’s when the room names none', () => {
    expect(issuesAfter((f) => ((f.venues = [{ id: 'annex', name: 'Annex' }]), (f.sessions[4].venue = 'annex')))).toEqual([
      `sessions[4].venue: is "annex", but its room "hall-a" is in the forum's venue (leave venue out to use the room's)`,
    ]);
  });

  it('compares a rescheduled start with the one it replaces as instants', () => {
    expect(issuesAfter((f) => Object.assign(f.sessions[2], { status: 'rescheduled', previousStart: '2024-10-28T09:30:00' }))).toEqual([
      'sessions[2].previousStart: is the same as start: a rescheduled start differs from the one it replaces',
    ]);
  });

  it('asks a session’s end to be a date or a date-time, as its start is', () => {
    expect(issuesAfter((f) => (f.sessions[2].end = '2024-10-28'))).toEqual(['sessions[2].end: must have a time of day, as start does']);
    expect(issuesAfter((f) => ((f.sessions[2].start = '2024-10-28'), (f.sessions[2].end = '2024-10-28T12:00')))).toEqual([
      'sessions[2].end: must be a date without a time, as start is',
    ]);
  });
});
