// Every test forum gives a graph that an independent JSON-LD processor expands against the
// schema.org context, that uses the vocabulary correctly, that leaves no reference dangling, and
// whose Events all have a start date, in each of the forum's languages and in Arabic.
import { beforeAll, describe, expect, it } from 'vitest';
import { toJsonLd } from '../src/jsonld/to-json-ld.js';
import { validated } from './fixtures/validated.js';
import { allNodes, allReferences, topLevel } from './graph-helpers.js';
import { expandOffline } from './schemaorg-loader.js';
import { checkVocabulary, formatProblems, loadVocabulary, type Vocabulary } from './schemaorg-vocabulary.js';
import { testForums } from './fixtures/forums/index.js';

let vocabulary: Vocabulary;
beforeAll(() => {
  vocabulary = loadVocabulary();
});

describe.each(testForums.map(({ name, data }) => [name, data] as const))('%s', (name, data) => {
  const forum = validated(structuredClone(data));
  const languages = [...new Set([...forum.languages, 'ar'])];

  it.each(languages)('in %s: valid schema.org, every Event dated, every reference resolved', async (language) => {
    const graph = toJsonLd(forum, { baseUrl: `https://${name}.example.org/`, language });
    expect(formatProblems(checkVocabulary(await expandOffline(graph), vocabulary))).toEqual([]);
    const ids = new Set(allNodes(graph).map((node) => node['@id']));
    expect(allReferences(graph).filter((id) => !ids.has(id))).toEqual([]);
    for (const event of topLevel(graph).filter((node) => node['@type'] === 'Event')) expect(event.startDate, event['@id']).toBeDefined();
  });
});
