import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { formatIssue } from './format-issue.js';
import { ForumValidationError, parseForum, validateForum } from './validate-forum.js';

/** Every issue for an input, as printed (`path: message`); [] when it is a valid forum. */
function issuesOf(input: unknown): string[] {
  const result = validateForum(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** The issues of the small forum after one change. */
function issuesAfter(change: (forum: ReturnType<typeof smallForum>) => void): string[] {
  const forum = smallForum();
  change(forum);
  return issuesOf(forum);
}

const KINDS =
  'opening-remarks, welcome-address, congratulatory-address, keynote, presentation, talk, lightning-talk, panel-discussion, q-and-a, workshop, poster-session, break, networking, ceremony, closing-remarks, other';
const LOCALIZED = 'must be text or a map of language tag to text, e.g. { "ko": "…", "en": "…" }';

describe('validateForum on valid data', () => {
  it('accepts the small forum and returns it as a Forum', () => {
    const result = validateForum(smallForum());
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.forum.sessions.map((session) => session.id)).toEqual(['opening', 'welcome', 'keynote', 'break-1', 'talk-1', 'panel']);
  });

  it('accepts the smallest forum: id, name, start, timeZone, languages, sessions and a venue', () => {
    expect(issuesOf({ id: 'f', name: 'Forum', start: '2024-10-28', timeZone: 'UTC', languages: ['en'], sessions: [], venue: { name: 'Hall' } })).toEqual([]);
  });

  it('parseForum returns the forum, or throws a ForumValidationError listing the issues', () => {
    expect(parseForum(smallForum()).id).toBe('seoul-ai-forum-2024');
    const forum = smallForum();
    delete forum.name;
    expect(() => parseForum(forum)).toThrow(ForumValidationError);
    expect(() => parseForum(forum)).toThrow('Invalid forum data (1 issue):\n  name: is required');
  });
});

describe('wrong types', () => {
  it('names the expected type and shows what was found', () => {
    expect(issuesAfter((f) => (f.name = 5))).toEqual([`name: ${LOCALIZED}, got 5`]);
    expect(issuesAfter((f) => (f.sessions = 'keynote'))).toEqual(['sessions: must be a list, got "keynote"']);
    expect(issuesAfter((f) => (f.venue = null))).toEqual(['venue: must be a venue (an object), got null']);
    expect(issuesAfter((f) => (f.photos[0].width = '1200'))).toEqual(['photos[0].width: must be a number, got "1200"']);
    expect(issuesAfter((f) => (f.photos[0].width = 12.5))).toEqual(['photos[0].width: must be a whole number, got 12.5']);
    expect(issuesAfter((f) => (f.offers[0].price = -1))).toEqual(['offers[0].price: must not be negative, got -1']);
  });

  it('points into a language map at the entry that is wrong', () => {
    expect(issuesAfter((f) => (f.name = { ko: 5 }))).toEqual(['name.ko: must be text, got 5']);
    expect(issuesAfter((f) => (f.sessions[2].title = { ko: 'AI와 도시', en: '' }))).toEqual(['sessions[2].title.en: must not be empty']);
  });

  it('says which key of a language map is not a language tag', () => {
    expect(issuesAfter((f) => (f.name = { 'zz zz': 'Forum' }))).toEqual(['name["zz zz"]: must be a BCP 47 language tag such as "ko", "en" or "zh-Hant"']);
  });

  it('reports a list given where an object belongs as a list, not as its entries', () => {
    expect(issuesAfter((f) => (f.venue = ['COEX']))).toEqual(['venue: must be a venue (an object), got a list']);
    expect(issuesAfter((f) => (f.name = ['Forum']))).toEqual([`name: ${LOCALIZED}, got a list`]);
    expect(issuesAfter((f) => (f.name = []))).toEqual([`name: ${LOCALIZED}, got a list`]);
  });

  it('names a Date or a Map found where text belongs', () => {
    expect(issuesAfter((f) => (f.sessions[0].start = new Date('2024-10-28T09:00:00+09:00')))).toEqual([
      'sessions[0].start: must be a date or date-time (a string), got a Date object',
    ]);
    expect(issuesAfter((f) => (f.name = new Map([['ko', '포럼']])))).toEqual([`name: ${LOCALIZED}, got a Map object`]);
  });

  it('refuses an empty language map and empty text', () => {
    expect(issuesAfter((f) => (f.name = {}))).toEqual(['name: must hold at least one language']);
    expect(issuesAfter((f) => (f.name = ''))).toEqual(['name: must not be empty']);
  });
});

describe('missing fields', () => {
  it('says "is required" at the path of the missing field', () => {
    expect(issuesAfter((f) => delete f.name)).toEqual(['name: is required']);
    expect(issuesAfter((f) => delete f.venue.name)).toEqual(['venue.name: is required']);
    expect(issuesAfter((f) => delete f.sessions[1].kind)).toEqual(['sessions[1].kind: is required']);
    expect(issuesAfter((f) => delete f.sessions[5].participants[0].role)).toEqual(['sessions[5].participants[0].role: is required']);
  });

  it('treats a field set to undefined as missing', () => {
    expect(issuesAfter((f) => (f.timeZone = undefined))).toEqual(['timeZone: is required']);
  });
});

describe('closed vocabularies', () => {
  it('lists the allowed values', () => {
    expect(issuesAfter((f) => (f.sessions[2].kind = 'lecture'))).toEqual([`sessions[2].kind: must be one of: ${KINDS}, got "lecture"`]);
    expect(issuesAfter((f) => (f.sessions[5].participants[0].role = 'respondent'))).toEqual([
      'sessions[5].participants[0].role: must be one of: speaker, presenter, moderator, chair, panelist, discussant, host, interpreter, organizer, got "respondent"',
    ]);
    expect(issuesAfter((f) => (f.attendanceMode = 'hybrid'))).toEqual(['attendanceMode: must be one of: offline, online, mixed, got "hybrid"']);
  });

  it('suggests the value that was probably meant', () => {
    expect(issuesAfter((f) => (f.sessions[2].kind = 'keynotes'))).toEqual([
      `sessions[2].kind: must be one of: ${KINDS}, got "keynotes" (did you mean "keynote"?)`,
    ]);
    expect(issuesAfter((f) => (f.status = 'Cancelled'))).toEqual([
      'status: must be one of: scheduled, cancelled, postponed, rescheduled, moved-online, got "Cancelled" (did you mean "cancelled"?)',
    ]);
  });
});

describe('unknown fields', () => {
  it('names the field and what it is not a field of', () => {
    expect(issuesAfter((f) => (f.colour = 'blue'))).toEqual(['colour: is not a known field of a forum']);
    expect(issuesAfter((f) => (f.venue.address.city = 'Seoul'))).toEqual(['venue.address.city: is not a known field of an address']);
  });

  it('reports every unknown field of an object, not only the first', () => {
    expect(
      issuesAfter((f) => {
        f.sessions[2].speaker = 'kim-minji';
        f.sessions[2].titel = 'AI';
        f.sessions[2].duration = 45;
      }),
    ).toEqual([
      'sessions[2].speaker: is not a known field of a session',
      'sessions[2].titel: is not a known field of a session',
      'sessions[2].duration: is not a known field of a session',
    ]);
  });

  it('suggests the field that was probably meant, including schema.org names', () => {
    expect(
      issuesAfter((f) => {
        f.venue.adress = f.venue.address;
        delete f.venue.address;
        f.sessions[3] = { id: 'break-1', kind: 'break', startDate: '2024-10-28T10:15', titel: 'Coffee', speakers: ['park-soyeon'] };
      }),
    ).toEqual([
      'venue.adress: is not a known field of a venue (did you mean "address"?)',
      'sessions[3].startDate: is not a known field of a session (did you mean "start"?)',
      'sessions[3].titel: is not a known field of a session (did you mean "title"?)',
      'sessions[3].speakers: is not a known field of a session (did you mean "participants"?)',
    ]);
  });

  it('suggests no field the object already has', () => {
    expect(issuesAfter((f) => (f.venue.adress = 'Seoul'))).toEqual(['venue.adress: is not a known field of a venue']);
  });
});

describe('references', () => {
  it('reports a reference to an id that does not exist', () => {
    expect(issuesAfter((f) => (f.sessions[5].participants[2].person = 'hong-jinki'))).toEqual([
      'sessions[5].participants[2].person: no person with id "hong-jinki"',
    ]);
    expect(issuesAfter((f) => (f.organizers = ['seoul-city', 'busan-city']))).toEqual(['organizers[1]: no organisation or person with id "busan-city"']);
    expect(issuesAfter((f) => (f.quotes[0].session = 'closing'))).toEqual(['quotes[0].session: no session with id "closing"']);
  });

  it('reports a reference to the wrong kind of entry', () => {
    expect(issuesAfter((f) => (f.sessions[2].participants[0].person = 'kist'))).toEqual([
      'sessions[2].participants[0].person: "kist" is an organisation, not a person',
    ]);
    expect(issuesAfter((f) => (f.images = ['kim-minji']))).toEqual(['images[0]: "kim-minji" is a person, not a photo']);
    expect(issuesAfter((f) => (f.people[0].affiliations = ['kist', 'lee-junho']))).toEqual([
      'people[0].affiliations[1]: "lee-junho" is a person, not an organisation',
    ]);
  });

  it('reports a duplicate id where it is used again, naming the first use', () => {
    expect(issuesAfter((f) => (f.people[4].id = 'kist'))).toEqual([
      'people[4].id: duplicate id "kist" (first used at organizations[1].id)',
      // The sessions that named jung-hoon now name an id that is gone.
      'sessions[5].participants[3].person: no person with id "jung-hoon"',
    ]);
    expect(issuesAfter((f) => (f.sessions[4].id = 'keynote'))).toEqual(['sessions[4].id: duplicate id "keynote" (first used at sessions[2].id)']);
  });

  it('does not look up ids that are malformed (their shape is the problem)', () => {
    expect(issuesAfter((f) => (f.sessions[2].participants[0].person = 'Kim Min-ji'))).toEqual([
      'sessions[2].participants[0].person: must be an id: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters, got "Kim Min-ji"',
    ]);
  });
});

describe('dates and time zones', () => {
  it('explains a date that does not exist', () => {
    expect(issuesAfter((f) => (f.start = '2024-02-30'))).toContain('start: is not a real date: 2024-02 has 29 days, got "2024-02-30"');
    expect(issuesAfter((f) => (f.sessions[0].start = '2023-13-01T09:00'))).toEqual([
      'sessions[0].start: is not a real date: there is no month 13, got "2023-13-01T09:00"',
    ]);
  });

  it('explains a time that does not exist', () => {
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T25:00'))).toEqual([
      'sessions[0].start: is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59, got "2024-10-28T25:00"',
    ]);
  });

  it('shows the expected form for text that is not a date', () => {
    expect(issuesAfter((f) => (f.sessions[0].start = '28/10/2024'))).toEqual([
      'sessions[0].start: must be a date (2024-10-28) or a local date-time (2024-10-28T09:30), got "28/10/2024"',
    ]);
  });

  it('asks for local times, not UTC ones, and for offsets written in full', () => {
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T00:00:00Z'))).toEqual([
      `sessions[0].start: must be a date (2024-10-28) or a local date-time (2024-10-28T09:30) in the forum's timeZone, not in UTC, got "2024-10-28T00:00:00Z"`,
    ]);
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T09:00+0900'))).toEqual([
      'sessions[0].start: must be a date (2024-10-28) or a local date-time (2024-10-28T09:30); an offset, when given, is written +01:00 after the minutes or seconds, got "2024-10-28T09:00+0900"',
    ]);
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T09:00+25:00'))).toEqual([
      'sessions[0].start: has an offset that cannot be: hours go up to 18, minutes up to 59, got "2024-10-28T09:00+25:00"',
    ]);
  });

  it('accepts a time with the offset the zone has then, and refuses another', () => {
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T09:00+09:00'))).toEqual([]);
    expect(issuesAfter((f) => (f.sessions[0].start = '2024-10-28T09:00:00+08:00'))).toEqual([
      'sessions[0].start: has the offset +08:00, but Asia/Seoul is at +09:00 at that time',
    ]);
  });

  it('refuses a time zone the platform does not know', () => {
    expect(issuesAfter((f) => (f.timeZone = 'Mars/Olympus_Mons'))).toEqual([
      'timeZone: must be an IANA time zone such as "Asia/Seoul", got "Mars/Olympus_Mons"',
    ]);
    expect(issuesAfter((f) => (f.timeZone = 'Seoul'))).toEqual(['timeZone: must be an IANA time zone such as "Asia/Seoul", got "Seoul"']);
  });

  it('takes a zone name only as IANA writes it, and says how', () => {
    expect(issuesAfter((f) => (f.timeZone = 'asia/seoul'))).toEqual([
      'timeZone: must be an IANA time zone such as "Asia/Seoul", got "asia/seoul" (did you mean "Asia/Seoul"?)',
    ]);
    expect(issuesAfter((f) => (f.timeZone = 'ETC/UTC'))).toEqual([
      'timeZone: must be an IANA time zone such as "Asia/Seoul", got "ETC/UTC" (did you mean "Etc/UTC"?)',
    ]);
  });

  it('refuses offsets and names outside the IANA regions, whatever the platform takes', () => {
    expect(issuesAfter((f) => (f.timeZone = '+09:00'))).toEqual(['timeZone: must be an IANA time zone such as "Asia/Seoul", not an offset, got "+09:00"']);
    expect(issuesAfter((f) => (f.timeZone = 'Factory'))).toEqual(['timeZone: must be an IANA time zone such as "Asia/Seoul", got "Factory"']);
    // An abbreviation gets no suggestion: EST is a link to America/Panama, which no one writing it means.
    expect(issuesAfter((f) => (f.timeZone = 'EST'))).toEqual(['timeZone: must be an IANA time zone such as "Asia/Seoul", got "EST"']);
  });

  it('reports an end before the start, for the forum and for a session', () => {
    expect(issuesAfter((f) => (f.end = '2024-10-27'))).toEqual(['end: is before the start (2024-10-28T09:00)']);
    expect(issuesAfter((f) => (f.sessions[2].end = '2024-10-28T09:00'))).toEqual(["sessions[2].end: is before the session's start (2024-10-28T09:30)"]);
  });

  it('accepts a session that ends when it starts, and a date-only end on the start day', () => {
    expect(issuesAfter((f) => (f.sessions[2].end = '2024-10-28T09:30'))).toEqual([]);
    expect(issuesAfter((f) => (f.end = '2024-10-28'))).toEqual([
      "sessions[5].start: is on 2024-10-29, outside the forum's dates (2024-10-28)",
      "sessions[5].end: is on 2024-10-29, outside the forum's dates (2024-10-28)",
    ]);
  });

  it('accepts a session on the last evening that ends after midnight, and one that spans days', () => {
    expect(issuesAfter((f) => (f.sessions[5].end = '2024-10-30T01:30'))).toEqual([]);
    expect(issuesAfter((f) => (f.sessions[2].end = '2024-10-29T12:00'))).toEqual([]);
  });

  it('reports a session outside the forum dates', () => {
    expect(
      issuesAfter((f) => {
        f.sessions[5].start = '2024-10-30T14:00';
        f.sessions[5].end = '2024-10-30T15:30';
      }),
    ).toEqual([
      "sessions[5].start: is on 2024-10-30, outside the forum's dates (2024-10-28 to 2024-10-29)",
      "sessions[5].end: is on 2024-10-30, outside the forum's dates (2024-10-28 to 2024-10-29)",
    ]);
  });

  it('reports a session end without a start', () => {
    expect(issuesAfter((f) => delete f.sessions[3].start)).toEqual(['sessions[3].end: needs a start as well']);
  });
});

describe('URLs', () => {
  const urlIssues = (url: string) => issuesAfter((f) => (f.url = url));

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JAVASCRIPT:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['mailto:forum@example.org', 'mailto'],
    ['ftp://example.org/file', 'ftp'],
  ])('refuses %j, naming its scheme', (url, scheme) => {
    expect(urlIssues(url)).toEqual([
      `url: must be an http(s) URL or a relative URL, not a "${scheme}:" URL, got ${JSON.stringify(url.length > 40 ? `${url.slice(0, 40)}…` : url)}`,
    ]);
  });

  it('refuses spaces inside or around a URL', () => {
    expect(urlIssues('https://example.org/a b')).toEqual([
      'url: must be an http(s) URL or a relative URL, without spaces, control characters or backslashes, got "https://example.org/a b"',
    ]);
    expect(urlIssues(' https://example.org/')).toEqual(['url: must not start or end with spaces, got " https://example.org/"']);
  });

  it.each([
    'https://example.org/forum',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/',
    'photos/venue.jpg',
    '/about',
    '//cdn.example.org/logo.svg',
    '?page=2',
    '#programme',
    '../index.html',
  ])('accepts %j', (url) => {
    expect(urlIssues(url)).toEqual([]);
    expect(issuesAfter((f) => (f.photos[0].url = url))).toEqual([]);
  });

  it('refuses a backslash in an absolute URL too, as the JSON Schema does', () => {
    expect(urlIssues('https://example.org\\evil.example/')).toEqual([
      'url: must be an http(s) URL or a relative URL, without spaces, control characters or backslashes, got "https://example.org\\\\evil.example/"',
    ]);
  });

  it('refuses an http(s) URL a browser cannot read', () => {
    expect(urlIssues('https://[::1')).toEqual(['url: must be a URL a browser can read (check the part after "//"), got "https://[::1"']);
  });

  it('limits $schema as it limits other URLs', () => {
    expect(issuesAfter((f) => (f.$schema = '../../packages/core/forum.schema.json'))).toEqual([]);
    expect(issuesAfter((f) => (f.$schema = 'https://unpkg.com/@forumkit/core/forum.schema.json'))).toEqual([]);
    expect(issuesAfter((f) => (f.$schema = 'x'.repeat(100_000)))).toEqual(['$schema: must be at most 2048 characters (it has 100000)']);
    expect(issuesAfter((f) => (f.$schema = 'javascript:alert(1)'))).toEqual([
      '$schema: must be an http(s) URL or a relative URL, not a "javascript:" URL, got "javascript:alert(1)"',
    ]);
  });

  it('checks URLs in lists too', () => {
    expect(issuesAfter((f) => (f.people[1].sameAs = ['https://example.org/lee', 'javascript:void(0)']))).toEqual([
      'people[1].sameAs[1]: must be an http(s) URL or a relative URL, not a "javascript:" URL, got "javascript:void(0)"',
    ]);
  });
});

describe('broken text', () => {
  const SURROGATE = 'must be well-formed Unicode: character';

  it('refuses a lone surrogate in any text, naming where it is and which character', () => {
    expect(issuesAfter((f) => (f.rooms[0].name = 'Hall 😀 \ud800'))).toEqual([
      `rooms[0].name: ${SURROGATE} 8 is a lone surrogate (U+D800), half of a character, got "Hall 😀 \\ud800"`,
    ]);
    expect(issuesAfter((f) => (f.sessions[2].title = { ko: 'AI와 도시', en: 'AI and the City \udc00' }))).toEqual([
      `sessions[2].title.en: ${SURROGATE} 17 is a lone surrogate (U+DC00), half of a character, got "AI and the City \\udc00"`,
    ]);
  });

  it('checks every kind of free text: long texts, URLs, postal codes', () => {
    const issues = issuesAfter((f) => {
      f.description = 'x\ud83d';
      f.url = 'https://example.org/\ud83d';
      f.venue.address.postalCode = '\udfff';
      f.people[0].bio = { en: '\ud800\ud800' };
    });
    expect(issues).toEqual([
      `venue.address.postalCode: ${SURROGATE} 1 is a lone surrogate (U+DFFF), half of a character, got "\\udfff"`,
      `url: ${SURROGATE} 21 is a lone surrogate (U+D83D), half of a character, got "https://example.org/\\ud83d"`,
      `people[0].bio.en: ${SURROGATE} 1 is a lone surrogate (U+D800), half of a character, got "\\ud800\\ud800"`,
      // The small forum has no description: set here, it comes last in the document.
      `description: ${SURROGATE} 2 is a lone surrogate (U+D83D), half of a character, got "x\\ud83d"`,
    ]);
  });

  it('accepts whole surrogate pairs (emoji and other astral characters)', () => {
    expect(issuesAfter((f) => (f.rooms[0].name = '🇰🇷 Hall 𝔸 👩‍👩‍👧'))).toEqual([]);
  });
});

describe('rules across fields', () => {
  it('needs previousStart when a session or the forum is rescheduled, and the status when previousStart is given', () => {
    expect(issuesAfter((f) => (f.sessions[2].status = 'rescheduled'))).toEqual([
      'sessions[2].previousStart: is required when the status is "rescheduled" (the start it had before)',
    ]);
    expect(issuesAfter((f) => (f.status = 'rescheduled'))).toEqual(['previousStart: is required when the status is "rescheduled" (the start it had before)']);
    expect(issuesAfter((f) => (f.sessions[2].previousStart = '2024-10-28T11:00'))).toEqual([
      'sessions[2].status: must be "rescheduled" or "postponed" when previousStart is given',
    ]);
    expect(
      issuesAfter((f) => {
        f.status = 'postponed';
        f.previousStart = '2024-09-02';
      }),
    ).toEqual([]);
    expect(
      issuesAfter((f) => {
        f.sessions[2].status = 'rescheduled';
        f.sessions[2].previousStart = f.sessions[2].start;
      }),
    ).toEqual(['sessions[2].previousStart: is the same as start: a rescheduled start differs from the one it replaces']);
  });

  it('needs a venue or an online URL to match the attendance mode', () => {
    expect(issuesAfter((f) => delete f.venue)).toEqual(['venue: is required when attendanceMode is "offline"']);
    expect(issuesAfter((f) => (f.attendanceMode = 'online'))).toEqual(['onlineUrl: is required when attendanceMode is "online"']);
    expect(
      issuesAfter((f) => {
        f.attendanceMode = 'mixed';
        delete f.venue;
      }),
    ).toEqual(['venue: is required when attendanceMode is "mixed"', 'onlineUrl: is required when attendanceMode is "mixed"']);
    expect(
      issuesAfter((f) => {
        delete f.attendanceMode;
        delete f.venue;
      }),
    ).toEqual(['venue: is required (or an onlineUrl for an online forum)']);
    expect(issuesAfter((f) => ((f.status = 'moved-online'), delete f.attendanceMode))).toEqual(['onlineUrl: is required when the status is "moved-online"']);
  });

  it('needs a quote to include the words in the language they were said in', () => {
    expect(issuesAfter((f) => (f.quotes[0].language = 'en-GB'))).toEqual([]);
    expect(issuesAfter((f) => (f.quotes[0].language = 'ja'))).toEqual(['quotes[0].text: has no "ja" text, the language the quote was said in (it has ko, en)']);
    expect(issuesAfter((f) => (f.quotes[0].text = '데이터는 도시의 언어입니다.'))).toEqual([]);
  });

  it('reports a language listed twice', () => {
    expect(issuesAfter((f) => (f.languages = ['ko', 'en', 'KO']))).toEqual(['languages[2]: duplicate language "KO" (first listed at languages[0])']);
  });
});

describe('every problem at once', () => {
  it('reports a dozen problems in one pass, in document order', () => {
    const forum = smallForum();
    forum.name = { ko: 5 };
    forum.end = '2024-10-27T18:00';
    forum.timeZone = 'Asia/Seol';
    forum.url = 'javascript:alert(1)';
    forum.colour = 'blue';
    delete forum.venue.name;
    forum.sessions[0].kind = 'speech';
    forum.sessions[1].start = '2024-02-30T09:00';
    forum.sessions[2].status = 'rescheduled';
    forum.sessions[4].id = 'keynote';
    forum.sessions[5].participants[2].person = 'hong-jinki';
    forum.quotes[0].language = 'ja';
    forum.photos[0].width = 0;
    expect(issuesOf(forum)).toEqual([
      'name.ko: must be text, got 5',
      'end: is before the start (2024-10-28T09:00)',
      'timeZone: must be an IANA time zone such as "Asia/Seoul", got "Asia/Seol"',
      'venue.name: is required',
      'url: must be an http(s) URL or a relative URL, not a "javascript:" URL, got "javascript:alert(1)"',
      `sessions[0].kind: must be one of: ${KINDS}, got "speech"`,
      'sessions[1].start: is not a real date: 2024-02 has 29 days, got "2024-02-30T09:00"',
      'sessions[2].previousStart: is required when the status is "rescheduled" (the start it had before)',
      'sessions[4].id: duplicate id "keynote" (first used at sessions[2].id)',
      'sessions[5].participants[2].person: no person with id "hong-jinki"',
      'quotes[0].text: has no "ja" text, the language the quote was said in (it has ko, en)',
      'photos[0].width: must be at least 1, got 0',
      'colour: is not a known field of a forum',
    ]);
  });

  it('orders issues by where they are in the document, whatever order the fields are written in', () => {
    const { sessions, ...rest } = smallForum();
    const sessionsFirst: ReturnType<typeof smallForum> = { sessions, ...rest };
    sessionsFirst.sessions[0].kind = 'speech';
    sessionsFirst.name = 5;
    expect(issuesOf(sessionsFirst)).toEqual([`sessions[0].kind: must be one of: ${KINDS}, got "speech"`, `name: ${LOCALIZED}, got 5`]);
  });

  it('gives the same issues in the same order every time', () => {
    const forum = smallForum();
    forum.sessions[5].participants[2].person = 'hong-jinki';
    forum.extra = true;
    forum.people[0].id = 'kist';
    const first = issuesOf(forum);
    expect(first.length).toBeGreaterThan(2);
    for (let i = 0; i < 3; i++) expect(issuesOf(structuredClone(forum))).toEqual(first);
  });
});
