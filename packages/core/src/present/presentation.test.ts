import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { registerTranslation, translatedLanguages, translationFor } from '../i18n/registry.js';
import { en } from '../i18n/translations/en.js';
import type { Forum } from '../model/types.js';
import { validateForum } from '../validate/validate-forum.js';
import { displayLanguage } from './display-language.js';
import { presentForum } from './presentation.js';
import { berlinThreeDays, testForums } from '../../test/fixtures/forums/index.js';
import { validated } from '../../test/fixtures/validated.js';

function forum(change: (input: ReturnType<typeof smallForum>) => void = () => {}): Forum {
  const input = smallForum();
  change(input);
  const result = validateForum(input);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
}

const session = (f: Forum, id: string) => f.sessions.find((s) => s.id === id)!;

describe('text', () => {
  it('gives a map’s text with its language, falling back along the forum’s languages', () => {
    const f = forum((input) => (input.sessions[2].title = { ko: 'AI와 도시' }));
    expect(presentForum(f, { language: 'en' }).text(session(f, 'keynote').title)).toEqual({ text: 'AI와 도시', language: 'ko' });
    expect(presentForum(f, { language: 'ko' }).text({ ko: '서울', en: 'Seoul' })).toEqual({ text: '서울', language: 'ko' });
  });

  it('gives a plain string no language: a name is in no particular one', () => {
    const f = forum((input) => ((input.languages = ['ja', 'en']), (input.people[2].name = 'Jürgen Weiß')));
    expect(presentForum(f, { language: 'ja' }).text(f.people![2]!.name)).toEqual({ text: 'Jürgen Weiß' });
  });
});

describe('sessionName', () => {
  it('is the title, else the kind named in the shown language', () => {
    const f = forum();
    expect(presentForum(f, { language: 'en' }).sessionName(session(f, 'keynote'))).toEqual({ text: 'AI and the City', language: 'en' });
    expect(presentForum(f, { language: 'en' }).sessionName(session(f, 'opening'))).toEqual({ text: 'Opening remarks', language: 'en' });
    expect(presentForum(f, { language: 'ko' }).sessionName(session(f, 'opening'))).toEqual({ text: '개회사', language: 'ko' });
    expect(presentForum(f, { language: 'ar' }).sessionName(session(f, 'opening')).language).toBe('ar');
  });

  it('names a kind in English, marked English, for a language forumkit does not speak', () => {
    const f = forum();
    expect(presentForum(f, { language: 'sw' }).sessionName(session(f, 'opening'))).toEqual({ text: 'Opening remarks', language: 'en' });
  });
});

describe('organizationName', () => {
  it('is the full name in the shown language, never the short name', () => {
    const f = forum();
    const kist = f.organizations!.find((organization) => organization.id === 'kist')!;
    expect(kist.shortName).toBe('KIST');
    expect(presentForum(f, { language: 'en' }).organizationName(kist)).toEqual({ text: 'Korea Institute of Science and Technology', language: 'en' });
    expect(presentForum(f, { language: 'ko' }).organizationName(kist)).toEqual({ text: '한국과학기술연구원', language: 'ko' });
  });
});

describe('dates', () => {
  it('come in two styles: the day style of headings and the short style of lines', () => {
    const f = forum();
    const en = presentForum(f, { language: 'en' });
    expect(en.day('2024-10-28')).toBe('Monday, October 28, 2024');
    expect(en.shortDay('2024-10-28')).toBe('Mon, Oct 28');
    expect(presentForum(f, { language: 'ko' }).day('2024-10-28')).toBe('2024년 10월 28일 월요일');
    expect(presentForum(f, { language: 'ko' }).shortDay('2024-10-28')).toBe('10월 28일 (월)');
  });

  it('say the year in the short style only for a date outside the forum’s year', () => {
    const en = presentForum(forum(), { language: 'en' });
    expect(en.shortDay('2025-01-02')).toBe('Thu, Jan 2, 2025');
    const rescheduled = forum((input) => Object.assign(input.sessions[4], { status: 'rescheduled', previousStart: '2023-10-28T11:00' }));
    expect(presentForum(rescheduled, { language: 'en' }).moment('2023-10-28T11:00')?.start.fullText.replace(/\s/g, ' ')).toBe('Sat, Oct 28, 2023, 11:00 AM');
    expect(presentForum(rescheduled, { language: 'en' }).moment('2024-10-27T11:00')?.start.fullText.replace(/\s/g, ' ')).toBe('Sun, Oct 27, 11:00 AM');
  });
});

describe('the display language', () => {
  it('is the language asked for, else the forum’s first, for every output alike', () => {
    const f = forum();
    expect(displayLanguage(f, 'en')).toBe('en');
    expect(displayLanguage(f, undefined)).toBe(f.languages[0]);
    expect(displayLanguage(f, 'en_US')).toBe(f.languages[0]);
    expect(presentForum(f).language).toBe(displayLanguage(f, undefined));
  });
});

describe('translations', () => {
  it('ship eight languages, each complete', () => {
    expect(translatedLanguages()).toEqual(expect.arrayContaining(['en', 'ko', 'ja', 'zh-Hans', 'de', 'fr', 'es', 'ar']));
    const shape = (value: object): unknown =>
      Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, typeof inner === 'object' ? shape(inner) : typeof inner]));
    for (const language of ['ko', 'ja', 'zh-Hans', 'de', 'fr', 'es', 'ar']) {
      const translation = translationFor(language);
      expect(translation.language).toBe(language);
      expect(Object.keys(translation.terms)).toEqual(Object.keys(en.terms));
      for (const [key, template] of Object.entries(en.terms)) {
        expect([...translation.terms[key as keyof typeof en.terms].matchAll(/\{\w+\}/g)].map(String).sort(), `${language} ${key}`).toEqual(
          [...template.matchAll(/\{\w+\}/g)].map(String).sort(),
        );
      }
      expect(Object.keys(translation.sessionKinds)).toEqual(Object.keys(en.sessionKinds));
      expect(Object.keys(translation.linkKinds)).toEqual(Object.keys(en.linkKinds));
      expect(shape(translation.statuses)).toEqual(shape(en.statuses));
      expect(shape(translation.content)).toEqual(shape(en.content));
      // Said in the language itself: no part of the forum is named in English.
      for (const [content, states] of Object.entries(translation.content)) {
        expect(states.loading, `${language} ${content}`).not.toBe(en.content[content as keyof typeof en.content].loading);
        expect(states.unavailable, `${language} ${content}`).not.toBe(en.content[content as keyof typeof en.content].unavailable);
      }
    }
  });

  it('name roles by count with each language’s plural rules', () => {
    const f = forum();
    const english = presentForum(f, { language: 'en' });
    expect([english.roleLabel('panelist', 1), english.roleLabel('panelist', 3)]).toEqual(['Panellist', 'Panellists']);
    const arabic = presentForum(f, { language: 'ar' });
    expect(new Set([1, 2, 3].map((count) => arabic.roleLabel('speaker', count))).size).toBe(3); // singular, dual, plural
  });

  it('let a site add a language, which then names sessions everywhere', () => {
    registerTranslation({ ...en, language: 'sv', sessionKinds: { ...en.sessionKinds, 'opening-remarks': 'Inledning' } });
    const f = forum();
    expect(presentForum(f, { language: 'sv' }).sessionName(session(f, 'opening'))).toEqual({ text: 'Inledning', language: 'sv' });
    expect(presentForum(f, { language: 'sv-FI' }).translation.language).toBe('sv');
  });

  it('give the direction of the language, from the platform', () => {
    const f = forum();
    expect(presentForum(f, { language: 'ar' }).dir).toBe('rtl');
    expect(presentForum(f, { language: 'he' }).dir).toBe('rtl'); // no translation, still right to left
    expect(presentForum(f, { language: 'ko' }).dir).toBe('ltr');
  });

  it('list languages by name in the shown language', () => {
    const f = forum();
    expect(presentForum(f, { language: 'en' }).languageList(['ko', 'en'])).toBe('Korean and English');
    expect(presentForum(f, { language: 'de' }).languageList(['ko', 'en'])).toBe('Koreanisch und Englisch');
  });
});

describe('places', () => {
  it('put a session in its room, the room in its venue, and a session elsewhere in its own venue', () => {
    const f = forum((input) => {
      input.venues = [{ id: 'annex', name: 'Annex' }];
      input.rooms.push({ id: 'annex-1', name: 'Annex 1', venue: 'annex' });
      input.sessions[4].room = 'annex-1';
      input.sessions[5].venue = 'annex';
    });
    const present = presentForum(f);
    expect(present.sessionPlace(session(f, 'talk-1'))).toMatchObject({ attendanceMode: 'offline', room: { id: 'annex-1' }, venue: { id: 'annex' } });
    expect(present.sessionPlace(session(f, 'panel')).venue?.name).toBe('Annex');
    expect(present.sessionPlace(session(f, 'keynote')).venue).toBe(f.venue);
  });

  it('take a forum moved online, and its sessions, out of the old venue', () => {
    const f = forum((input) => ((input.status = 'moved-online'), delete input.attendanceMode, (input.onlineUrl = 'https://stream.example.org/')));
    const present = presentForum(f);
    expect(present.place()).toEqual({ attendanceMode: 'online', onlineUrl: 'https://stream.example.org/' });
    expect(present.sessionPlace(session(f, 'talk-1'))).toEqual({ attendanceMode: 'online', onlineUrl: 'https://stream.example.org/' });
  });

  it('give a session its own online link and mode', () => {
    const f = forum((input) => Object.assign(input.sessions[5], { attendanceMode: 'mixed', onlineUrl: 'https://stream.example.org/panel' }));
    expect(presentForum(f).sessionPlace(session(f, 'panel'))).toMatchObject({
      attendanceMode: 'mixed',
      venue: f.venue,
      onlineUrl: 'https://stream.example.org/panel',
    });
  });
});

describe('rooms and tracks', () => {
  it('come in the order the forum lists them', () => {
    const f = forum((input) => {
      input.rooms = [{ id: 'z-hall', name: 'Z' }, ...input.rooms, { id: 'a-room', name: 'A' }];
      input.tracks = [
        { id: 'policy', name: 'Policy' },
        { id: 'data', name: 'Data', color: '#0a7' },
      ];
    });
    expect(
      presentForum(f)
        .rooms()
        .map((room) => room.id),
    ).toEqual(['z-hall', 'hall-a', 'a-room']);
    expect(
      presentForum(f)
        .tracks()
        .map((track) => track.id),
    ).toEqual(['policy', 'data']);
  });
});

describe('participants', () => {
  it('group by role in order of appearance, holding places for people to be announced', () => {
    const f = forum((input) => input.sessions[5].participants.push({ role: 'panelist', toBeAnnounced: true }, { role: 'moderator', person: 'choi-yuna' }));
    const groups = presentForum(f).participants(session(f, 'panel'));
    expect(groups.map((group) => [group.role, group.participants.map((p) => ('person' in p ? p.person.id : 'TBA'))])).toEqual([
      ['moderator', ['choi-yuna']],
      ['panelist', ['kim-minji', 'park-soyeon', 'jung-hoon', 'TBA']],
    ]);
  });

  it('list every organisation of a person, the main one first', () => {
    const f = forum((input) => (input.people[0].affiliations = ['kist', 'seoul-city']));
    expect(
      presentForum(f)
        .affiliations(f.people![0]!)
        .map((o) => o.id),
    ).toEqual(['kist', 'seoul-city']);
  });
});

describe('quotes', () => {
  it('find the words as said by the quote’s language, whatever its region or letter case', () => {
    const f = forum((input) => (input.quotes[0] = { ...input.quotes[0], language: 'en-GB', text: { ko: '안녕하세요', en: 'Hello' } }));
    const quote = f.quotes![0]!;
    expect(presentForum(f, { language: 'ko' }).quote(quote)).toEqual({
      original: { text: 'Hello', language: 'en-GB' },
      translation: { text: '안녕하세요', language: 'ko' },
      translations: [{ text: '안녕하세요', language: 'ko' }],
    });
    expect(presentForum(f, { language: 'en' }).quote(quote).translation).toBeUndefined();
  });
});

describe('the forum’s time', () => {
  it('reads as a range of days, in the style of the day headings, for a conference of several', () => {
    const f = forum((input) => ((input.start = '2024-10-28'), (input.end = '2024-10-30')));
    expect(presentForum(f, { language: 'en' }).when()?.text.replace(/\s/g, ' ')).toBe('Monday, October 28 – Wednesday, October 30, 2024');
    const timed = forum((input) => ((input.start = '2024-10-28T09:00'), (input.end = '2024-10-30T17:00')));
    expect(presentForum(timed, { language: 'en' }).when()?.text.replace(/\s/g, ' ')).toBe('Monday, October 28 – Wednesday, October 30, 2024');
  });

  it('reads as its day, as the day heading writes it, for a one-day forum', () => {
    const f = forum((input) => ((input.start = '2024-10-28T09:00'), (input.end = '2024-10-28T17:30'), (input.sessions = input.sessions.slice(0, 5))));
    const present = presentForum(f, { language: 'en' });
    expect(present.when()?.text.replace(/\s/g, ' ')).toBe(`${present.day('2024-10-28')}, 9:00 AM – 5:30 PM`);
    expect(presentForum(f, { language: 'de' }).when()?.text.replace(/\s/g, ' ')).toBe('Montag, 28. Oktober 2024, 09:00–17:30 Uhr');
    const dateOnly = forum((input) => ((input.start = '2024-10-28'), delete input.end, (input.sessions = input.sessions.slice(0, 5))));
    for (const language of ['en', 'ko', 'de'])
      expect(presentForum(dateOnly, { language }).when()?.text).toBe(presentForum(dateOnly, { language }).day('2024-10-28'));
  });
});

describe('found in review', () => {
  it('reads a page language the platform cannot (en_US) as the forum’s', () => {
    const f = forum();
    expect(presentForum(f, { language: 'en_US' }).language).toBe('ko');
    expect(() => presentForum(f, { language: 'en_US' }).languageList(['ko'])).not.toThrow();
  });

  it('matches languages within their script: zh-TW reads zh-Hant, never zh-Hans', () => {
    const f = forum((input) => (input.sessions[2].title = { 'zh-Hans': '城市与人工智能', 'zh-Hant': '城市與人工智慧' }));
    expect(presentForum(f, { language: 'zh-TW' }).sessionName(session(f, 'keynote'))).toEqual({ text: '城市與人工智慧', language: 'zh-Hant' });
    expect(presentForum(f, { language: 'zh-CN' }).sessionName(session(f, 'keynote'))).toEqual({ text: '城市与人工智能', language: 'zh-Hans' });
    // No Traditional Chinese translation is built in: the interface falls back to English, not to Simplified.
    expect(translationFor('zh-Hant').language).toBe('en');
  });

  it('takes plural forms by the rules of the language the forms are in', () => {
    const f = forum();
    expect(presentForum(f, { language: 'ru' }).roleLabel('panelist', 21)).toBe('Panellists');
  });

  it('uses a translation registered after the forum was first shown', () => {
    const f = forum();
    expect(presentForum(f, { language: 'pt' }).sessionName(session(f, 'break-1')).text).toBe('Break');
    registerTranslation({ ...en, language: 'pt', sessionKinds: { ...en.sessionKinds, break: 'Intervalo' } });
    expect(presentForum(f, { language: 'pt' }).sessionName(session(f, 'break-1')).text).toBe('Intervalo');
  });

  it('puts an undated session of a one-day forum on the forum’s day as another zone sees it', () => {
    const f = forum((input) => {
      input.end = '2024-10-28T18:00';
      input.sessions = [...input.sessions.slice(0, 5), { id: 'lunch', kind: 'break' }];
    });
    const days = presentForum(f, { timeZone: 'America/Los_Angeles' }).agenda().days;
    expect(days.map((day) => day.date)).toEqual(['2024-10-27']);
    expect(days[0]!.sessions.map((s) => s.id)).toContain('lunch');
  });

  it('dates the forum header of a one-day forum across a clock change, naming each zone', () => {
    const f = forum((input) => {
      input.timeZone = 'Europe/Berlin';
      input.start = '2025-10-26T01:00';
      input.end = '2025-10-26T04:00';
      input.sessions = [];
      input.quotes = [];
      input.photos = [];
      input.images = [];
      input.coverage = [];
    });
    expect(presentForum(f, { language: 'en' }).when()?.text.replace(/\s/g, ' ')).toBe('Sunday, October 26, 2025 at 1:00 AM CEST – 4:00 AM CET');
  });

  it('gives a forum of several days the dates it has where it is shown', () => {
    const f = forum((input) => ((input.start = '2024-10-28T09:00'), (input.end = '2024-10-29T18:00')));
    expect(presentForum(f, { language: 'en', timeZone: 'America/Los_Angeles' }).when()?.text.replace(/\s/g, ' ')).toBe(
      'Sunday, October 27 – Tuesday, October 29, 2024',
    );
  });
});

describe('session spans and zone names, without formatting', () => {
  // The instants and zone names the agenda's grid, "now" mark and zone note read over a whole
  // programme are those of each session's shown time, in every zone it is shown in.
  for (const { name, data } of testForums) {
    it(`are those of each session's time in ${name}`, () => {
      const forum = validated(structuredClone(data));
      for (const timeZone of [forum.timeZone, 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
        const present = presentForum(forum, { language: 'en', timeZone });
        for (const session of forum.sessions) {
          const time = present.sessionTime(session);
          const span = present.sessionSpan(session);
          const timed = time?.start.zoneName !== undefined;
          expect(span === undefined, `${session.id} in ${timeZone}`).toBe(!timed);
          if (!span || !time) continue;
          expect(span.start).toBe(Date.parse(time.start.iso));
          expect(span.end).toBe(time.end && Date.parse(time.end.iso));
          expect(present.zoneName(span.start)).toBe(time.start.zoneName);
          if (span.end !== undefined) expect(present.zoneName(span.end)).toBe(time.end!.zoneName);
        }
      }
    });
  }

  it('name both zones of a day the clocks change on', () => {
    const forum = validated(structuredClone(berlinThreeDays));
    const present = presentForum(forum, { language: 'en-GB' });
    const names = new Set(
      forum.sessions.flatMap((session) => {
        const span = present.sessionSpan(session);
        return span ? [present.zoneName(span.start)] : [];
      }),
    );
    expect([...names].sort()).toEqual(['CEST', 'CET']);
  });

  it('leave out an end that is not after the start, as the shown time does', () => {
    const backwards = forum((input) => (input.sessions[1].end = input.sessions[1].start));
    const present = presentForum(backwards);
    const session = backwards.sessions[1]!;
    expect(present.sessionTime(session)?.end).toBeUndefined();
    expect(present.sessionSpan(session)).toEqual({ start: Date.parse(present.sessionTime(session)!.start.iso) });
  });
});

describe('the index', () => {
  it('lists a session once for a person who has two roles in it', () => {
    const twice = forum((input) => input.sessions[5].participants.push({ person: input.sessions[5].participants[0].person, role: 'moderator' }));
    const person = twice.sessions[5]!.participants![0]!.person!;
    const theirs = presentForum(twice).index.sessionsByPerson.get(person)!;
    expect(theirs.filter((session) => session === twice.sessions[5])).toHaveLength(1);
  });
});
