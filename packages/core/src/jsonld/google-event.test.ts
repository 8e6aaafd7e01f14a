import { describe, expect, it } from 'vitest';
import type { Graph } from 'schema-dts';
import { minimalForum, seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { graphLookup, type JsonNode } from '../../test/graph-helpers.js';
import { toJsonLd } from './to-json-ld.js';

// Google's Event rich result: name, startDate and location (a Place with an address, or a
// VirtualLocation with a url) are required; the rest is recommended and must come from the data.
const RECOMMENDED = ['description', 'endDate', 'eventStatus', 'eventAttendanceMode', 'image', 'organizer', 'performer', 'offers'] as const;

function forumEvent(graph: Graph) {
  const lookup = graphLookup(graph);
  const event = graph['@graph'][0] as JsonNode;
  return { ...lookup, event };
}

const absoluteUrl = expect.stringMatching(/^https:\/\//);

describe('Google Event rich result', () => {
  const { event, follow } = forumEvent(toJsonLd(validated(seoulForum), { baseUrl: 'https://quantum.example.org/2024/' }));

  it('has the required name, startDate and a location with an address', () => {
    expect(event).toMatchObject({ '@type': 'Event', name: expect.any(String), startDate: '2024-10-28T09:00:00+09:00' });
    const [place, online] = follow(event, 'location');
    expect(place).toMatchObject({ '@type': 'Place', name: expect.any(String) });
    expect(follow(place!, 'address')[0]).toMatchObject({
      '@type': 'PostalAddress',
      streetAddress: expect.any(String),
      addressLocality: expect.any(String),
      addressCountry: 'KR',
    });
    expect(online).toMatchObject({ '@type': 'VirtualLocation', url: absoluteUrl });
  });

  it('has every recommended property the data supports', () => {
    for (const property of RECOMMENDED) expect(event, property).toHaveProperty(property);
    expect(event.endDate).toBe('2024-10-29T17:30:00+09:00');
  });

  it('gives images as ImageObjects with absolute URLs', () => {
    for (const image of follow(event, 'image')) expect(image).toMatchObject({ '@type': 'ImageObject', url: absoluteUrl, contentUrl: absoluteUrl });
  });

  it('gives organisers a url whenever the data has one', () => {
    const organizers = follow(event, 'organizer');
    expect(organizers.map((o) => [o['@type'], o.url])).toEqual([
      ['Organization', 'https://qia.example.org/'],
      ['Person', undefined], // the data has no url for this person: none is made up
    ]);
  });

  it('names performers as people', () => {
    for (const performer of follow(event, 'performer')) expect(performer).toMatchObject({ '@type': 'Person', name: expect.any(String) });
  });

  it('gives offers a price, currency, availability and, when known, url and validFrom', () => {
    const [general, student] = follow(event, 'offers');
    expect(general).toMatchObject({
      price: 50000,
      priceCurrency: 'KRW',
      availability: 'https://schema.org/InStock',
      url: absoluteUrl,
      validFrom: '2024-09-01T10:00:00+09:00',
    });
    expect(student).not.toHaveProperty('url');
    expect(student).not.toHaveProperty('validFrom');
  });
});

describe('Google Event rich result: a forum with little data', () => {
  const { event, follow } = forumEvent(toJsonLd(validated(minimalForum), { baseUrl: 'https://meetup.example/' }));

  it('still has the required name, startDate and location', () => {
    expect(event).toMatchObject({ name: 'Tiny Meetup', startDate: '2024-05-01' });
    expect(follow(event, 'location')[0]).toMatchObject({ '@type': 'Place', name: 'Back room' });
  });

  it('invents no address, description, end, image, organiser, performer or offer', () => {
    expect(follow(event, 'location')[0]).not.toHaveProperty('address');
    for (const property of ['description', 'endDate', 'image', 'organizer', 'performer', 'offers', 'url', 'keywords', 'subEvent', 'superEvent']) {
      expect(event, property).not.toHaveProperty(property);
    }
  });

  it('states the attendance mode the venue implies and the scheduled status an absent status means', () => {
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
  });
});

describe('Google Event rich result: online and changed events', () => {
  const base = { ...minimalForum, venue: undefined, onlineUrl: 'https://stream.example/live' };

  it('locates an online forum at a VirtualLocation', () => {
    const { event, follow } = forumEvent(toJsonLd(validated(base), { baseUrl: 'https://meetup.example/' }));
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(follow(event, 'location')).toEqual([{ '@type': 'VirtualLocation', '@id': 'https://meetup.example/#online', url: 'https://stream.example/live' }]);
  });

  it('maps every status, with the previous start of a rescheduled forum', () => {
    const statuses = {
      cancelled: 'EventCancelled',
      postponed: 'EventPostponed',
      'moved-online': 'EventMovedOnline',
      scheduled: 'EventScheduled',
    } as const;
    for (const [status, iri] of Object.entries(statuses)) {
      const { event } = forumEvent(toJsonLd(validated({ ...base, status }), { baseUrl: 'https://meetup.example/' }));
      expect(event.eventStatus).toBe(`https://schema.org/${iri}`);
      expect(event).not.toHaveProperty('previousStartDate');
    }
    const moved = { ...base, start: '2024-06-01', status: 'rescheduled', previousStart: '2024-05-01' };
    const { event } = forumEvent(toJsonLd(validated(moved), { baseUrl: 'https://meetup.example/' }));
    expect(event).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', startDate: '2024-06-01', previousStartDate: '2024-05-01' });
  });
});
