import { describe, expect, it } from 'vitest';
import { minimalForum, seoulForum } from '../../test/fixtures/seoul-forum.js';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { allNodes, allReferences, graphLookup, topLevel } from '../../test/graph-helpers.js';
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
    expect(node(at('session-opening'))).toMatchObject({ name: '개회사', alternateName: 'Opening remarks' });
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

  it('puts sessions in their room, one Place per room inside the venue, else at the venue, and online too in a mixed forum', () => {
    const [panelRoom] = follow(node(at('session-panel')), 'location');
    const [workshopRoom] = follow(node(at('session-workshop')), 'location');
    expect(panelRoom).toBe(workshopRoom);
    expect(panelRoom).toMatchObject({ '@type': 'Place', name: '그랜드볼룸', alternateName: 'Grand Ballroom', containedInPlace: { '@id': at('venue') } });
    expect(ids(node(at('session-keynote')), 'location')).toEqual([at('venue'), at('online')]);
    expect(topLevel(graph).filter((n) => String(n['@id']).startsWith(at('room-')))).toHaveLength(2);
  });

  it('keeps room @ids when the graph language changes', () => {
    const english = toJsonLd(forum, { baseUrl: BASE, language: 'en' });
    expect(graphLookup(english).ids(graphLookup(english).node(at('session-panel')), 'location')).toEqual(ids(node(at('session-panel')), 'location'));
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

describe('toJsonLd: text validation would refuse', () => {
  it('makes @ids from a hand-built forum whose ids hold a lone surrogate, without throwing', () => {
    // Validation refuses lone surrogates; a Forum built in code skips it, and must not make toJsonLd throw.
    const small = validated(smallForum());
    const room = { ...small.rooms![0]!, id: 'hall-\ud800' };
    const handBuilt = { ...small, rooms: [room], sessions: small.sessions.map((session) => (session.room ? { ...session, room: room.id } : session)) };
    const { node: handBuiltNode } = graphLookup(toJsonLd(handBuilt, { baseUrl: BASE }));
    expect(handBuiltNode(at('room-hall-%EF%BF%BD'))).toMatchObject({ '@type': 'Place', name: 'A홀' });
  });
});
