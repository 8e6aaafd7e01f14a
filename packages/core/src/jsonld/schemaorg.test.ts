import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from 'schema-dts';
import { minimalForum, seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { expandOffline, offlineDocumentLoader } from '../../test/schemaorg-loader.js';
import { checkVocabulary, formatProblems, loadVocabulary, type Vocabulary } from '../../test/schemaorg-vocabulary.js';
import { readFileSync } from 'node:fs';
import { ATTENDANCE_MODES, EVENT_STATUSES, OFFER_AVAILABILITIES } from '../model/vocabularies.js';
import { attendanceModeMember, eventStatus, itemAvailability } from './nodes/enumerations.js';
import { toJsonLd } from './to-json-ld.js';

const seoulDataset: unknown = JSON.parse(readFileSync(new URL('../../../../examples/seoul-quantum-forum/forum.json', import.meta.url), 'utf8'));

const BASE = 'https://quantum.example.org/2024/';
let vocabulary: Vocabulary;
beforeAll(() => {
  vocabulary = loadVocabulary();
});

const problemsOf = async (doc: object) => formatProblems(checkVocabulary(await expandOffline(doc), vocabulary));

describe('the offline JSON-LD processor', () => {
  it('serves schema.org context variants from disk and refuses anything else', async () => {
    for (const url of ['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']) {
      await expect(offlineDocumentLoader(url)).resolves.toMatchObject({ documentUrl: url });
    }
    await expect(offlineDocumentLoader('https://example.com/context.jsonld')).rejects.toThrow(/refusing/);
    await expect(expandOffline({ '@context': 'https://example.com/ctx', name: 'x' })).rejects.toThrow();
  });

  it('expands the whole graph, keeping every node and its @id', async () => {
    const graph = toJsonLd(validated(seoulForum), { baseUrl: BASE });
    const expanded = (await expandOffline(graph)) as Array<Record<string, unknown>>;
    expect(expanded).toHaveLength(graph['@graph'].length);
    expect(expanded.map((node) => node['@id'])).toEqual(graph['@graph'].map((node) => (node as { '@id': string })['@id']));
    const forum = expanded[0]!;
    expect(forum['@type']).toEqual(['http://schema.org/Event']);
    expect(forum['http://schema.org/startDate']).toEqual([{ '@type': 'http://schema.org/Date', '@value': '2024-10-28T09:00:00+09:00' }]);
    expect(forum['http://schema.org/location']).toEqual([{ '@id': `${BASE}#venue` }, { '@id': `${BASE}#online` }]);
  });
});

describe('the graph against the schema.org 30.0 vocabulary', () => {
  const graphs: Array<[string, () => Graph]> = [
    ['the rich forum in Korean', () => toJsonLd(validated(seoulForum), { baseUrl: BASE })],
    ['the rich forum in English', () => toJsonLd(validated(seoulForum), { baseUrl: BASE, language: 'en' })],
    ['the minimal forum', () => toJsonLd(validated(minimalForum), { baseUrl: BASE })],
    ['the Seoul example dataset', () => toJsonLd(validated(seoulDataset), { baseUrl: BASE })],
  ];
  it.each(graphs)('%s uses only existing types and properties, on their domains, with their ranges', async (_, make) => {
    expect(await problemsOf(make())).toEqual([]);
  });
});

describe('enumeration values', () => {
  const memberOf = (iri: string | undefined) => vocabulary.members.get(iri!.replace('https://schema.org/', ''));
  it('maps every model token to a member of the right schema.org enumeration', () => {
    for (const status of EVENT_STATUSES) expect(memberOf(eventStatus(status) as string), status).toEqual(['EventStatusType']);
    for (const availability of OFFER_AVAILABILITIES) expect(memberOf(itemAvailability(availability) as string), availability).toEqual(['ItemAvailability']);
    for (const mode of ATTENDANCE_MODES) {
      expect(memberOf(attendanceModeMember(mode) as string), mode).toEqual(['EventAttendanceModeEnumeration']);
    }
    expect(itemAvailability('limited')).toBe('https://schema.org/LimitedAvailability');
    expect(eventStatus('moved-online')).toBe('https://schema.org/EventMovedOnline');
  });
});

describe('the vocabulary checker', () => {
  const doc = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });
  const event = { '@type': 'Event', '@id': 'https://x.example/#e', name: 'E', startDate: '2024-01-01' };

  it('accepts a small correct graph', async () => {
    expect(await problemsOf(doc(event))).toEqual([]);
  });

  it('reports a made-up property and a made-up type', async () => {
    expect(await problemsOf(doc({ ...event, speakerCount: 3 }, { '@type': 'Conference', '@id': 'https://x.example/#c' }))).toEqual([
      'Event https://x.example/#e .speakerCount: http://schema.org/speakerCount is not a schema.org property',
      'Conference https://x.example/#c: type Conference does not exist in schema.org',
    ]);
  });

  it('reports a property on a type outside its domain, naming the pair', async () => {
    expect(await problemsOf(doc({ ...event, jobTitle: 'Host' }))).toEqual([
      'Event https://x.example/#e .jobTitle: jobTitle is not a property of Event (domain: Person)',
    ]);
  });

  it('accepts a property on a subclass of its domain', async () => {
    // startDate's domain includes Event; EventSeries is a subclass of Event.
    expect(await problemsOf(doc({ '@type': 'EventSeries', '@id': 'https://x.example/#s', startDate: '2024' }))).toEqual([]);
  });

  it('reports enumeration values that are not members of the enumeration', async () => {
    expect(
      await problemsOf(
        doc(
          { ...event, eventStatus: 'scheduled' },
          { '@type': 'Event', '@id': 'https://x.example/#f', eventStatus: 'https://schema.org/InStock' },
          { '@type': 'Event', '@id': 'https://x.example/#g', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode' },
        ),
      ),
    ).toEqual([
      'Event https://x.example/#e .eventStatus: "scheduled" is not a member of EventStatusType',
      'Event https://x.example/#f .eventStatus: "https://schema.org/InStock" is not a member of EventStatusType',
    ]);
  });

  it('reports references to nodes outside the range and literals where a thing is expected', async () => {
    const place = { '@type': 'Place', '@id': 'https://x.example/#p', name: 'P' };
    expect(await problemsOf(doc({ ...event, organizer: { '@id': 'https://x.example/#p' }, performer: 'Somebody' }, place))).toEqual([
      'Event https://x.example/#e .organizer: points at a Place, outside its range (Organization, Person)',
      'Event https://x.example/#e .performer: takes Organization or Person, not the literal "Somebody"',
    ]);
  });

  it('checks a Role against the node that refers to it', async () => {
    const person = { '@type': 'Person', '@id': 'https://x.example/#anna', name: 'Anna' };
    const role = (property: string) => ({
      '@type': 'PerformanceRole',
      '@id': 'https://x.example/#r',
      roleName: 'speaker',
      [property]: { '@id': 'https://x.example/#anna' },
    });
    expect(await problemsOf(doc({ ...event, performer: role('performer') }, person))).toEqual([]);
    expect(await problemsOf(doc({ ...event, performer: role('attendee') }, person))).toEqual([
      'PerformanceRole https://x.example/#r .attendee: a Role reached through performer must carry performer, not attendee',
    ]);
    expect(await problemsOf(doc({ '@type': 'Person', '@id': 'https://x.example/#p', performer: role('performer') }, person))).toEqual([
      'Person https://x.example/#p .performer: performer is not a property of Person (domain: Event)',
      'PerformanceRole https://x.example/#r .performer: performer (through a Role) is not a property of Person (domain: Event)',
    ]);
    expect(
      await problemsOf(doc({ '@type': 'PerformanceRole', '@id': 'https://x.example/#lonely', performer: { '@id': 'https://x.example/#anna' } }, person)),
    ).toEqual(['PerformanceRole https://x.example/#lonely .performer: performer is not a property of PerformanceRole (domain: Event)']);
  });

  it('reports superseded terms', async () => {
    const [problem] = await problemsOf(doc({ '@type': 'PerformanceRole', '@id': 'https://x.example/#r', namedPosition: 'x' }));
    expect(problem).toMatch(/namedPosition is superseded/);
  });
});
