import { describe, expect, it } from 'vitest';
import { seoulForum } from '../../test/fixtures/seoul-forum.js';
import { validated } from '../../test/fixtures/validated.js';
import { graphLookup } from '../../test/graph-helpers.js';
import { toJsonLd } from './to-json-ld.js';

const BASE = 'https://quantum.example.org/2024/';
const forum = validated(seoulForum);
const graph = toJsonLd(forum, { baseUrl: BASE });
const { node, follow, ids } = graphLookup(graph);
const at = (fragment: string) => `${BASE}#${fragment}`;

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
      address: {
        '@type': 'PostalAddress',
        '@id': `${at('venue')}/address`,
        streetAddress: '영동대로 513',
        addressLocality: '서울',
        addressRegion: '강남구',
        postalCode: '06164',
        addressCountry: 'KR',
      },
      geo: { '@type': 'GeoCoordinates', '@id': `${at('venue')}/geo`, latitude: 37.5119, longitude: 127.0592 },
    });
  });
});

describe('toJsonLd: quotes, photos, coverage', () => {
  it('keeps a quote in the words that were said, each translation its own Quotation', () => {
    const original = node(at('quote-q-park'));
    expect(original).toMatchObject({ text: '인재가 곧 양자 산업입니다.', inLanguage: 'ko', spokenByCharacter: { '@id': at('person-park-jiho') } });
    expect(original.recordedAt).toEqual({ '@id': at('session-panel') });
    const [translation] = follow(original, 'workTranslation');
    expect(translation).toMatchObject({
      '@id': at('quote-q-park/en'),
      text: 'Talent is the quantum industry.',
      inLanguage: 'en',
      translationOfWork: { '@id': at('quote-q-park') },
    });
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
      description: '무대 위의 연사',
      width: '1600 px',
      height: '900 px',
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
    // Only whom the data says the article mentions; nothing is inferred.
    expect(ids(article, 'mentions')).toEqual([at('person-lee-seoyeon'), at('org-daily-news')]);
    expect(node(at('article-blog'))).not.toHaveProperty('mentions');
    expect(node(at('article-blog'))).not.toHaveProperty('inLanguage');
    expect(node(at('article-blog')).datePublished).toBe('2024-11-02');
  });
});
