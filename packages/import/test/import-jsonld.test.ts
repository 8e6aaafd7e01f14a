// schema.org Event JSON-LD into forumkit: a forumkit graph read back (what JSON-LD cannot carry is
// the only loss), an event page as a CMS publishes it, and HTML with its JSON-LD scripts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonLd, validateForum, type Forum } from '@forumkit/core';
import { serializeJsonLd } from '@forumkit/core';
import { importJsonLd, JsonLdImportError } from '../src/jsonld/import-jsonld.js';
import { jsonLdFromHtml } from '../src/jsonld/graph.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const validated = (data: unknown): Forum => {
  const result = validateForum(data);
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.forum;
};

describe('a forumkit graph read back', () => {
  const berlin = validated(read('../../core/test/fixtures/forums/berlin-three-days.json'));
  const graph = toJsonLd(berlin, { baseUrl: 'https://spree.example.org/2025/', language: 'en' });
  const { forum, warnings } = importJsonLd(graph, { timeZone: 'Europe/Berlin' });
  const back = validated(forum);

  it('takes the zone in any letter case, and names it canonically', () => {
    expect(importJsonLd(graph, { timeZone: 'europe/berlin' }).forum.timeZone).toBe('Europe/Berlin');
  });

  it('gives a valid forum with the same sessions, ids, wall-clock times and rooms', () => {
    // In programme order, as the graph lists them.
    expect(back.sessions.map((session) => session.id).sort()).toEqual(berlin.sessions.map((session) => session.id).sort());
    for (const session of back.sessions) {
      const original = berlin.sessions.find((entry) => entry.id === session.id)!;
      expect(session.start, session.id).toBe(original.start);
      expect(session.room, session.id).toBe(original.room);
    }
    expect(back.sessions).toHaveLength(berlin.sessions.length);
    expect(back.timeZone).toBe('Europe/Berlin');
  });

  it('keeps the people with their organisations and the roles they take', () => {
    expect(back.people?.map((person) => person.id).sort()).toEqual(berlin.people?.map((person) => person.id).sort());
    const chaired = berlin.sessions.find((session) => session.participants?.some((p) => p.role === 'chair'))!;
    expect(back.sessions.find((session) => session.id === chaired.id)?.participants).toEqual(chaired.participants?.filter((p) => p.person));
  });

  it('reads the repeated hour back with its offset', () => {
    const second = berlin.sessions.find((session) => session.start?.endsWith('+01:00'))!;
    expect(back.sessions.find((session) => session.id === second.id)?.start).toBe(second.start);
    expect(warnings.join('\n')).not.toMatch(/offsets, not a time zone/);
  });
});

describe('an event page as a CMS publishes it', () => {
  const page = `<!doctype html><html><head><title>Open Data Day</title>
<script type="application/ld+json">
{ "@context": "https://schema.org", "@type": "Event", "name": "Open Data Day 2025",
  "startDate": "2025-03-01T10:00:00+09:00", "endDate": "2025-03-01T17:00:00+09:00",
  "eventStatus": "https://schema.org/EventRescheduled", "previousStartDate": "2025-02-22T10:00:00+09:00",
  "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
  "location": [{ "@type": "Place", "name": "City Hall", "address": { "@type": "PostalAddress", "addressLocality": "Seoul", "addressCountry": "KR" } },
               { "@type": "VirtualLocation", "url": "https://stream.example.org/odd" }],
  "organizer": { "@type": "Organization", "name": "Open Data Seoul", "url": "https://odd.example.org" },
  "performer": [{ "@type": "Person", "name": "Kim Min-ji" }],
  "offers": { "@type": "Offer", "price": "0", "priceCurrency": "KRW", "availability": "https://schema.org/InStock" },
  "inLanguage": "ko" }
</script>
<script type="application/ld+json">{ not json </script>
</head><body></body></html>`;

  it('finds the JSON-LD in the page, and says what it could not read', () => {
    const { documents, broken } = jsonLdFromHtml(page);
    expect(documents).toHaveLength(1);
    expect(broken).toBe(1);
    const { forum, warnings } = importJsonLd(documents);
    const result = validated(forum);
    expect(result).toMatchObject({
      name: 'Open Data Day 2025',
      start: '2025-03-01T10:00',
      end: '2025-03-01T17:00',
      timeZone: 'Etc/GMT-9',
      status: 'rescheduled',
      previousStart: '2025-02-22T10:00',
      attendanceMode: 'mixed',
      venue: { name: 'City Hall', address: { locality: 'Seoul', country: 'KR' } },
      onlineUrl: 'https://stream.example.org/odd',
      languages: ['ko'],
      offers: [{ price: 0, currency: 'KRW', availability: 'in-stock' }],
    });
    expect(result.organizers).toEqual([result.organizations![0]!.id]);
    expect(warnings.join('\n')).toMatch(/offsets, not a time zone: times are kept in Etc\/GMT-9/);
  });

  it('refuses input without an Event', () => {
    expect(() => importJsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Nobody' })).toThrow(JsonLdImportError);
  });

  it('reads a page whose JSON-LD holds markup as text, never as markup', () => {
    const hostile = '</script><script>alert(1)</script>';
    const doc = { '@context': 'https://schema.org', '@type': 'Event', name: hostile, startDate: '2025-03-01', location: { '@type': 'Place', name: 'Hall' } };
    const { documents } = jsonLdFromHtml(`<script type="application/ld+json">${serializeJsonLd(doc)}</script>`);
    expect(validated(importJsonLd(documents).forum).name).toBe(hostile);
  });
});
