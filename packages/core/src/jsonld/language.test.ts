import { describe, expect, it } from 'vitest';
import { seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { asArray, graphLookup } from '../../test/graph-helpers.js';
import { toJsonLd } from './to-json-ld.js';

const BASE = 'https://quantum.example.org/2024/';
const forum = validated(seoulForum);
const at = (fragment: string) => `${BASE}#${fragment}`;

describe('toJsonLd: the graph language', () => {
  const english = graphLookup(toJsonLd(forum, { baseUrl: BASE, language: 'en' }));

  it('writes names in English with the Korean as alternates', () => {
    expect(english.node(at('forum'))).toMatchObject({ name: 'Seoul Quantum Forum 2024', alternateName: '서울 양자 포럼 2024' });
    expect(english.node(at('person-park-jiho'))).toMatchObject({ name: 'Park Ji-ho', alternateName: '박지호', jobTitle: 'Professor' });
    expect(english.node(at('venue'))).toMatchObject({ name: 'COEX Conference Room', alternateName: '코엑스 컨퍼런스룸' });
    expect(english.node(at('session-opening'))).toMatchObject({ name: 'Opening remarks', alternateName: '개회사' });
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
