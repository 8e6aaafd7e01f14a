import { describe, expect, it } from 'vitest';
import { minimalForum, seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { allNodes, allReferences, asArray, graphLookup, topLevel } from '../../test/graph-helpers.js';
import { toJsonLd } from './to-json-ld.js';

const BASE = 'https://quantum.example.org/2024/';
const forum = validated(seoulForum);
const graph = toJsonLd(forum, { baseUrl: BASE });
const { node, follow, ids } = graphLookup(graph);
const at = (fragment: string) => `${BASE}#${fragment}`;

describe('toJsonLd: the graph as a whole', () => {
  it('is a schema.org @graph document', () => {
    expect(graph['@context']).toBe('https://schema.org');
    expect(topLevel(graph)[0]).toMatchObject({ '@type': 'Event', '@id': at('forum') });
  });

  it('gives every node an @id under baseUrl, each once', () => {
    const nodes = allNodes(graph);
    const nodeIds = nodes.map((n) => n['@id']);
    expect(nodeIds.every((id) => typeof id === 'string' && id.startsWith(BASE))).toBe(true);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
  });

  it('resolves every reference to a node of the graph', () => {
    const known = new Set(allNodes(graph).map((n) => n['@id']));
    const references = allReferences(graph);
    expect(references.length).toBeGreaterThan(50);
    expect(references.filter((id) => !known.has(id))).toEqual([]);
  });

  it('carries no undefined values and no empty lists (plain JSON, nothing invented)', () => {
    expect(JSON.parse(JSON.stringify(graph))).toStrictEqual(graph);
    const empty = allNodes(graph).flatMap((n) =>
      Object.entries(n).filter(([, value]) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0)),
    );
    expect(empty).toEqual([]);
  });

  it('gives every entity of the forum a node', () => {
    const types = topLevel(graph).map((n) => n['@type']);
    const count = (type: string) => types.filter((t) => t === type).length;
    expect(count('Person')).toBe(forum.people!.length);
    expect(count('Organization')).toBe(forum.organizations!.length);
    expect(count('NewsArticle')).toBe(forum.coverage!.length);
    expect(count('Event')).toBe(forum.sessions.length + 1);
    expect(count('Quotation')).toBe(5); // 3 quotes, 2 of them with a translation
  });

  it('refuses a baseUrl that is not an absolute http(s) URL', () => {
    for (const baseUrl of ['', '/2024/', 'quantum.example.org', 'ftp://example.org/', 'javascript:alert(1)', 'https://']) {
      expect(() => toJsonLd(forum, { baseUrl })).toThrow(TypeError);
    }
    expect(() => toJsonLd(forum, { baseUrl: 'nope' })).toThrow(/baseUrl must be an absolute http\(s\) URL, got "nope"/);
  });

  it('drops a fragment of baseUrl rather than stacking ours on it', () => {
    const ids = allNodes(toJsonLd(forum, { baseUrl: `${BASE}#top` })).map((n) => n['@id']);
    expect(ids).toContain(at('forum'));
  });
});

describe('toJsonLd: the forum Event', () => {
  const event = node(at('forum'));

  it('links the series, the venue and the stream', () => {
    expect(follow(event, 'superEvent')[0]).toMatchObject({ '@type': 'EventSeries', name: '서울 양자 포럼', alternateName: 'Seoul Quantum Forum' });
    expect(ids(event, 'location')).toEqual([at('venue'), at('online')]);
    expect(node(at('online'))).toEqual({ '@type': 'VirtualLocation', '@id': at('online'), url: 'https://stream.example.org/sqf-2024' });
    expect(event.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  });

  it('lists the sessions in programme order, each pointing back at the forum', () => {
    expect(ids(event, 'subEvent')).toEqual(['opening', 'welcome', 'keynote', 'lunch', 'panel', 'workshop', 'closing'].map((id) => at(`session-${id}`)));
    for (const session of follow(event, 'subEvent')) expect(session.superEvent).toEqual({ '@id': at('forum') });
  });

  it('names organisers, sponsors and partners by reference, people and organisations alike', () => {
    expect(ids(event, 'organizer')).toEqual([at('org-qia'), at('person-lee-seoyeon')]);
    expect(ids(event, 'sponsor')).toEqual([at('org-quantech')]);
    expect(ids(event, 'contributor')).toEqual([at('org-uni-seoul')]);
  });

  it('names everyone taking part in a session as a performer', () => {
    expect(new Set(ids(event, 'performer'))).toEqual(
      new Set(['lee-seoyeon', 'kang-yuna', 'anna-weber', 'choi-minjun', 'park-jiho'].map((id) => at(`person-${id}`))),
    );
  });

  it('maps offers with absolute URLs, availability and zoned validFrom', () => {
    expect(follow(event, 'offers')).toEqual([
      {
        '@type': 'Offer',
        '@id': at('offer-1'),
        name: '일반',
        price: 50000,
        priceCurrency: 'KRW',
        url: 'https://quantum.example.org/tickets',
        availability: 'https://schema.org/InStock',
        validFrom: '2024-09-01T10:00:00+09:00',
      },
      { '@type': 'Offer', '@id': at('offer-2'), name: '학생', price: 0, priceCurrency: 'KRW', availability: 'https://schema.org/SoldOut' },
    ]);
  });

  it('leaves placeholder photos out of the images and the graph', () => {
    expect(ids(event, 'image')).toEqual([at('photo-hall'), at('photo-poster')]);
    expect(allNodes(graph).some((n) => n['@id'] === at('photo-coming-soon'))).toBe(false);
  });
});

describe('toJsonLd: sessions', () => {
  it('names untitled sessions by their kind, in every forum language', () => {
    expect(node(at('session-opening'))).toMatchObject({ name: '개회사', alternateName: 'Opening address' });
    expect(node(at('session-workshop')).name).toBe('Hands-on QKD');
    expect(node(at('session-workshop')).alternateName).toBeUndefined();
  });

  it('states a rescheduled session with its previous start, a cancelled one with its status', () => {
    expect(node(at('session-panel'))).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      startDate: '2024-10-28T14:00:00+09:00',
      previousStartDate: '2024-10-28T11:00:00+09:00',
    });
    expect(node(at('session-welcome')).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(node(at('session-keynote')).eventStatus).toBeUndefined();
  });

  it('holds each participant in a PerformanceRole with the role name', () => {
    const roles = follow(node(at('session-panel')), 'performer');
    expect(roles.map((role) => [role['@type'], role.roleName, (role.performer as { '@id': string })['@id']])).toEqual([
      ['PerformanceRole', 'moderator', at('person-choi-minjun')],
      ['PerformanceRole', 'panelist', at('person-park-jiho')],
      ['PerformanceRole', 'panelist', at('person-anna-weber')],
    ]);
    expect(node(at('session-lunch')).performer).toBeUndefined();
  });

  it('puts sessions in their room, one Place per room inside the venue, else at the venue', () => {
    const [panelRoom] = follow(node(at('session-panel')), 'location');
    const [workshopRoom] = follow(node(at('session-workshop')), 'location');
    expect(panelRoom).toBe(workshopRoom);
    expect(panelRoom).toMatchObject({ '@type': 'Place', name: '그랜드볼룸', alternateName: 'Grand Ballroom', containedInPlace: { '@id': at('venue') } });
    expect(ids(node(at('session-keynote')), 'location')).toEqual([at('venue')]);
    expect(topLevel(graph).filter((n) => String(n['@id']).startsWith(at('venue-room-')))).toHaveLength(2);
  });

  it('keeps room @ids when the graph language changes', () => {
    const english = toJsonLd(forum, { baseUrl: BASE, language: 'en' });
    expect(graphLookup(english).ids(graphLookup(english).node(at('session-panel')), 'location')).toEqual(ids(node(at('session-panel')), 'location'));
  });
});

describe('toJsonLd: people, organisations, places', () => {
  it('maps a person with absolute image, affiliation and links', () => {
    expect(node(at('person-park-jiho'))).toEqual({
      '@type': 'Person',
      '@id': at('person-park-jiho'),
      name: '박지호',
      alternateName: 'Park Ji-ho',
      jobTitle: '교수',
      affiliation: { '@id': at('org-uni-seoul') },
      worksFor: { '@id': at('org-uni-seoul') },
      image: 'https://quantum.example.org/2024/people/park.jpg',
      url: 'https://sfu.example.ac.kr/park',
      sameAs: 'https://orcid.example.org/0000-0000-0000-0001',
    });
  });

  it('gives organisations their short names as alternate names, and their url and logo', () => {
    expect(node(at('org-uni-seoul')).alternateName).toEqual(['Seoul Future University', '서미대', 'SFU']);
    expect(node(at('org-qia'))).toMatchObject({ url: 'https://qia.example.org/', logo: 'https://quantum.example.org/logos/qia.svg' });
  });

  it('maps the venue with its address and position', () => {
    expect(node(at('venue'))).toMatchObject({
      name: '코엑스 컨퍼런스룸',
      address: { '@type': 'PostalAddress', '@id': at('venue-address'), streetAddress: '영동대로 513', addressLocality: '서울', addressRegion: '강남구', postalCode: '06164', addressCountry: 'KR' },
      geo: { '@type': 'GeoCoordinates', '@id': at('venue-geo'), latitude: 37.5119, longitude: 127.0592 },
    });
  });
});

describe('toJsonLd: quotes, photos, coverage', () => {
  it('keeps a quote in the words that were said, each translation its own Quotation', () => {
    const original = node(at('quote-q-park'));
    expect(original).toMatchObject({ text: '인재가 곧 양자 산업입니다.', inLanguage: 'ko', spokenByCharacter: { '@id': at('person-park-jiho') } });
    expect(original.recordedAt).toEqual({ '@id': at('session-panel') });
    const [translation] = follow(original, 'workTranslation');
    expect(translation).toMatchObject({ '@id': at('quote-q-park/en'), text: 'Talent is the quantum industry.', inLanguage: 'en', translationOfWork: { '@id': at('quote-q-park') } });
    expect(node(at('quote-q-lee'))).toMatchObject({ recordedAt: { '@id': at('forum') } });
    expect(node(at('quote-q-lee')).workTranslation).toBeUndefined();
  });

  it('does not translate quotes into the graph language', () => {
    const english = graphLookup(toJsonLd(forum, { baseUrl: BASE, language: 'en' }));
    expect(english.node(at('quote-q-park')).text).toBe('인재가 곧 양자 산업입니다.');
  });

  it('maps a photo with absolute URLs, credit, what it shows and its size in pixels', () => {
    const photo = node(at('photo-hall'));
    expect(photo).toMatchObject({
      contentUrl: 'https://quantum.example.org/2024/photos/hall.jpg',
      url: 'https://quantum.example.org/2024/photos/hall.jpg',
      caption: '개회식',
      creditText: 'Photo: QIA',
      copyrightHolder: { '@id': at('org-qia') },
      width: { '@type': 'QuantitativeValue', value: 1600, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: 900, unitCode: 'E37' },
    });
    expect(ids(photo, 'about')).toEqual([at('person-lee-seoyeon'), at('session-opening')]);
    expect(node(at('photo-poster'))).toEqual({
      '@type': 'ImageObject',
      '@id': at('photo-poster'),
      contentUrl: 'https://cdn.example.org/sqf-2024/poster.png',
      url: 'https://cdn.example.org/sqf-2024/poster.png',
      caption: 'SQF 2024',
    });
  });

  it('maps coverage as NewsArticles about the forum', () => {
    const article = node(at('article-daily-1'));
    expect(article).toMatchObject({
      headline: '서울 양자 포럼 개막',
      url: 'https://news.example.com/2024/10/28/sqf',
      publisher: { '@id': at('org-daily-news') },
      author: { '@id': at('person-reporter-han') },
      datePublished: '2024-10-28T18:30:00+09:00',
      inLanguage: 'ko',
      about: { '@id': at('forum') },
    });
    expect(ids(article, 'mentions')).toEqual(ids(node(at('forum')), 'performer'));
    expect(node(at('article-blog'))).not.toHaveProperty('inLanguage');
    expect(node(at('article-blog')).datePublished).toBe('2024-11-02');
  });
});

describe('toJsonLd: the graph language', () => {
  const english = graphLookup(toJsonLd(forum, { baseUrl: BASE, language: 'en' }));

  it('writes names in English with the Korean as alternates', () => {
    expect(english.node(at('forum'))).toMatchObject({ name: 'Seoul Quantum Forum 2024', alternateName: '서울 양자 포럼 2024' });
    expect(english.node(at('person-park-jiho'))).toMatchObject({ name: 'Park Ji-ho', alternateName: '박지호', jobTitle: 'Professor' });
    expect(english.node(at('venue'))).toMatchObject({ name: 'COEX Conference Room', alternateName: '코엑스 컨퍼런스룸' });
    expect(english.node(at('session-opening'))).toMatchObject({ name: 'Opening address', alternateName: '개회사' });
    expect(english.node(at('org-qia'))).toMatchObject({ name: 'Quantum Industry Association', alternateName: ['양자산업협회', 'QIA'] });
    expect(english.node(at('forum')).description).toBe('The present and future of quantum technology.');
    expect(english.node(at('forum')).keywords).toEqual(['quantum computing', 'QKD']);
  });

  it('still says the forum is held in Korean', () => {
    expect(english.node(at('forum')).inLanguage).toBe('ko');
  });

  it('falls back to the forum languages for a language the data lacks', () => {
    const french = graphLookup(toJsonLd(forum, { baseUrl: BASE, language: 'fr' }));
    expect(french.node(at('forum')).name).toBe('서울 양자 포럼 2024');
    expect(asArray(french.node(at('forum')).alternateName)).toEqual(['Seoul Quantum Forum 2024']);
  });

  it('matches a regional tag to the primary language', () => {
    const british = graphLookup(toJsonLd(forum, { baseUrl: BASE, language: 'en-GB' }));
    expect(british.node(at('forum')).name).toBe('Seoul Quantum Forum 2024');
  });
});

describe('toJsonLd: a minimal forum', () => {
  it('invents nothing', () => {
    const minimal = toJsonLd(validated(minimalForum), { baseUrl: 'https://meetup.example/tiny' });
    expect(minimal['@graph']).toEqual([
      {
        '@type': 'Event',
        '@id': 'https://meetup.example/tiny#forum',
        name: 'Tiny Meetup',
        inLanguage: 'en',
        startDate: '2024-05-01',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@id': 'https://meetup.example/tiny#venue' },
      },
      { '@type': 'Place', '@id': 'https://meetup.example/tiny#venue', name: 'Back room' },
    ]);
  });
});
