// The graph for what real events say: several venues and rooms, online sessions, a forum moved
// online, undated sessions, languages, links, people to be announced.
import { beforeAll, describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { graphLookup, topLevel } from '../../test/graph-helpers.js';
import { expandOffline } from '../../test/schemaorg-loader.js';
import { checkVocabulary, formatProblems, loadVocabulary, type Vocabulary } from '../../test/schemaorg-vocabulary.js';
import { toJsonLd } from './to-json-ld.js';

const BASE = 'https://forum.example.org/2024/';
const at = (fragment: string) => `${BASE}#${fragment}`;

function graphOf(change: (input: ReturnType<typeof smallForum>) => void, language?: string) {
  const input = smallForum();
  change(input);
  const graph = toJsonLd(validated(input), { baseUrl: BASE, ...(language && { language }) });
  return { graph, ...graphLookup(graph) };
}

let vocabulary: Vocabulary;
beforeAll(() => {
  vocabulary = loadVocabulary();
});

describe('a forum moved online', () => {
  const moved = () =>
    graphOf((input) => {
      input.status = 'moved-online';
      input.attendanceMode = 'online';
      input.onlineUrl = 'https://stream.example.org/live';
    });

  it('and its sessions are at its VirtualLocation, not at the old venue', () => {
    const { graph, node, ids } = moved();
    const forum = node(at('forum'));
    expect(forum).toMatchObject({ eventStatus: 'https://schema.org/EventMovedOnline', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' });
    expect(ids(forum, 'location')).toEqual([at('online')]);
    expect(ids(node(at('session-talk-1')), 'location')).toEqual([at('online')]);
    expect(topLevel(graph).filter((n) => n['@type'] === 'Place')).toEqual([]);
  });

  it('is valid against the schema.org vocabulary', async () => {
    expect(formatProblems(checkVocabulary(await expandOffline(moved().graph), vocabulary))).toEqual([]);
  });
});

describe('sessions of real events', () => {
  const rich = () =>
    graphOf((input) => {
      input.onlineUrl = 'https://stream.example.org/live';
      input.venues = [{ id: 'annex', name: { ko: '별관', en: 'Annex' }, address: { locality: '서울', country: 'KR' } }];
      input.rooms.push({ id: 'annex-1', name: { ko: '별관 1층', en: 'Annex 1F' }, venue: 'annex', capacity: 80 });
      Object.assign(input.sessions[5], {
        room: 'annex-1',
        attendanceMode: 'mixed',
        onlineUrl: 'https://stream.example.org/panel',
        languages: ['ko'],
        url: 'https://forum.example.org/2024/panel',
        links: [
          { kind: 'slides', url: 'slides/panel.pdf', language: 'ko' },
          { kind: 'recording', url: 'https://video.example.org/panel', title: { ko: '다시 보기', en: 'Watch again' } },
        ],
        tags: [{ ko: '도시', en: 'Cities' }],
        offers: [{ price: 10000, currency: 'KRW' }],
      });
      input.sessions[5].participants.push({ role: 'panelist', toBeAnnounced: true });
      input.people[0].affiliations = ['kist', 'seoul-city'];
      input.people[0].bio = { ko: '도시 AI를 연구한다.', en: 'Works on urban AI.' };
    }, 'en');

  it('sit in their room, inside the room’s own venue, and online where they are streamed', () => {
    const { node, ids, follow } = rich();
    const panel = node(at('session-panel'));
    expect(ids(panel, 'location')).toEqual([at('room-annex-1'), `${at('session-panel')}/online`]);
    expect(follow(panel, 'location')[0]).toMatchObject({ name: 'Annex 1F', maximumAttendeeCapacity: 80, containedInPlace: { '@id': at('venue-annex') } });
    expect(node(`${at('session-panel')}/online`)).toMatchObject({ '@type': 'VirtualLocation', url: 'https://stream.example.org/panel' });
    expect(node(at('venue-annex'))).toMatchObject({ '@type': 'Place', name: 'Annex' });
  });

  it('carry their language, page, links, tags and offers', () => {
    const panel = rich().node(at('session-panel'));
    expect(panel).toMatchObject({
      inLanguage: 'ko',
      url: 'https://forum.example.org/2024/panel',
      keywords: 'Cities',
      recordedIn: { '@type': 'VideoObject', name: 'Watch again', url: 'https://video.example.org/panel' },
      subjectOf: { '@type': 'CreativeWork', name: 'Slides', url: 'https://forum.example.org/2024/slides/panel.pdf', inLanguage: 'ko' },
      offers: { '@type': 'Offer', price: 10000, priceCurrency: 'KRW' },
    });
  });

  it('name no one for a participant still to be announced', () => {
    const { node } = rich();
    const roles = node(at('session-panel')).performer as Array<{ performer: { '@id': string } }>;
    expect(roles.map((role) => role.performer['@id'])).toEqual([
      at('person-choi-yuna'),
      at('person-kim-minji'),
      at('person-park-soyeon'),
      at('person-jung-hoon'),
    ]);
  });

  it('list a person’s organisations and bio', () => {
    expect(rich().node(at('person-kim-minji'))).toMatchObject({
      affiliation: [{ '@id': at('org-kist') }, { '@id': at('org-seoul-city') }],
      worksFor: [{ '@id': at('org-kist') }, { '@id': at('org-seoul-city') }],
      description: 'Works on urban AI.',
    });
  });

  it('are valid against the schema.org vocabulary', async () => {
    expect(formatProblems(checkVocabulary(await expandOffline(rich().graph), vocabulary))).toEqual([]);
  });
});

describe('undated sessions', () => {
  it('of a forum of several days are left out: an Event needs a start date', () => {
    const { graph, node } = graphOf((input) => {
      delete input.sessions[5].start;
      delete input.sessions[5].end;
      input.photos[0].depicts = ['panel', 'kim-minji'];
    });
    expect(topLevel(graph).some((n) => n['@id'] === at('session-panel'))).toBe(false);
    expect(node(at('forum')).subEvent).not.toContainEqual({ '@id': at('session-panel') });
    expect(node(at('photo-photo-venue')).about).toEqual({ '@id': at('person-kim-minji') });
    for (const event of topLevel(graph).filter((n) => n['@type'] === 'Event')) expect(event.startDate, event['@id']).toBeDefined();
  });

  it('of a one-day forum are on its day', () => {
    const { node } = graphOf((input) => {
      input.start = '2024-10-28';
      delete input.end;
      input.sessions = input.sessions.slice(0, 5).map(({ start: _start, end: _end, ...rest }: Record<string, unknown>) => rest);
    });
    expect(node(at('session-keynote')).startDate).toBe('2024-10-28');
  });
});

describe('the top-level Event', () => {
  it('lists its speakers as Person references in performer, each once', () => {
    const { node } = graphOf(() => {});
    expect(node(at('forum')).performer).toEqual(
      ['lee-junho', 'choi-yuna', 'kim-minji', 'park-soyeon', 'jung-hoon'].map((id) => ({ '@id': at(`person-${id}`) })),
    );
  });

  it('names untitled sessions in the graph’s language, whichever it is', () => {
    for (const [language, name] of [
      ['ar', 'الكلمة الافتتاحية'],
      ['de', 'Eröffnung'],
      ['ja', '開会挨拶'],
    ] as const) {
      expect(graphOf(() => {}, language).node(at('session-opening')).name, language).toBe(name);
    }
  });
});

describe('a quote said in en-GB with texts keyed ko and en', () => {
  it('has the English words as its original, and the Korean as a translation', () => {
    const { node } = graphOf((input) => (input.quotes[0] = { ...input.quotes[0], language: 'en-GB', text: { ko: '안녕하세요', en: 'Hello' } }));
    expect(node(at('quote-quote-kim'))).toMatchObject({ text: 'Hello', inLanguage: 'en-GB', workTranslation: { '@id': `${at('quote-quote-kim')}/ko` } });
    expect(node(`${at('quote-quote-kim')}/ko`)).toMatchObject({ text: '안녕하세요', inLanguage: 'ko' });
  });
});

describe('a quote whose language is its text key in another letter case or region', () => {
  it.each(['KO', 'ko-KR', 'Ko-kr'])('keeps the Korean words as its original when said in %s, the English as its one translation', (language) => {
    const { graph, node } = graphOf((input) => (input.quotes[0] = { ...input.quotes[0], language, text: { ko: '안녕하세요', en: 'Hello' } }));
    expect(node(at('quote-quote-kim'))).toMatchObject({ text: '안녕하세요', inLanguage: language, workTranslation: { '@id': `${at('quote-quote-kim')}/en` } });
    expect(node(`${at('quote-quote-kim')}/en`)).toMatchObject({ text: 'Hello', inLanguage: 'en' });
    const quotations = topLevel(graph).filter((entry) => entry['@type'] === 'Quotation');
    expect(quotations.map((entry) => entry.text)).toEqual(['안녕하세요', 'Hello']);
  });
});

describe('found in review', () => {
  it('puts a room inside its own venue, whatever order its sessions come in', () => {
    for (const order of [
      [4, 5],
      [5, 4],
    ]) {
      const { node } = graphOf((input) => {
        input.venues = [{ id: 'annex', name: 'Annex' }];
        input.rooms[0].venue = 'annex';
        input.sessions[5].room = 'hall-a';
        input.sessions = order.map((i: number) => input.sessions[i]);
        input.quotes = [];
        input.photos[0].depicts = ['kim-minji'];
      });
      expect(node(at('room-hall-a')).containedInPlace).toEqual({ '@id': at('venue-annex') });
    }
  });

  it('gives a session the end the page shows, and none where the page shows none', () => {
    const { node } = graphOf((input) => (input.sessions[2].end = input.sessions[2].start));
    expect(node(at('session-keynote')).endDate).toBeUndefined();
    expect(node(at('session-panel')).endDate).toBe('2024-10-29T15:30:00+09:00');
  });
});
