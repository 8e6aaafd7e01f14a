import { expect, it } from 'vitest';
import { validated } from '../../test/fixtures/validated.js';
import { toJsonLd } from './to-json-ld.js';

// A picture of the whole mapping for a small forum; the behaviour itself is asserted elsewhere.
it('maps a small bilingual forum', () => {
  const forum = validated({
    id: 'mini',
    name: { ko: '미니 포럼', en: 'Mini Forum' },
    start: '2024-10-28T09:00',
    end: '2024-10-28T12:00',
    timeZone: 'Asia/Seoul',
    venue: { name: '강당', address: { locality: { ko: '서울', en: 'Seoul' }, country: 'KR' } },
    organizers: ['host-org'],
    languages: ['ko', 'en'],
    organizations: [{ id: 'host-org', name: { ko: '주최 기관', en: 'Host Org' }, url: 'https://host.example' }],
    people: [{ id: 'kim', name: { ko: '김하늘', en: 'Kim Ha-neul' } }],
    sessions: [{ id: 'talk', kind: 'talk', start: '2024-10-28T09:00', participants: [{ person: 'kim', role: 'speaker' }] }],
    quotes: [{ id: 'q1', text: { ko: '안녕하세요', en: 'Hello' }, language: 'ko', person: 'kim', session: 'talk' }],
  });
  expect(toJsonLd(forum, { baseUrl: 'https://mini.example/' })).toMatchInlineSnapshot(`
    {
      "@context": "https://schema.org",
      "@graph": [
        {
          "@id": "https://mini.example/#forum",
          "@type": "Event",
          "alternateName": "Mini Forum",
          "endDate": "2024-10-28T12:00:00+09:00",
          "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
          "eventStatus": "https://schema.org/EventScheduled",
          "inLanguage": "ko",
          "location": {
            "@id": "https://mini.example/#venue",
          },
          "name": "미니 포럼",
          "organizer": {
            "@id": "https://mini.example/#org-host-org",
          },
          "performer": {
            "@id": "https://mini.example/#person-kim",
          },
          "startDate": "2024-10-28T09:00:00+09:00",
          "subEvent": {
            "@id": "https://mini.example/#session-talk",
          },
        },
        {
          "@id": "https://mini.example/#venue",
          "@type": "Place",
          "address": {
            "@id": "https://mini.example/#venue/address",
            "@type": "PostalAddress",
            "addressCountry": "KR",
            "addressLocality": "서울",
          },
          "name": "강당",
        },
        {
          "@id": "https://mini.example/#session-talk",
          "@type": "Event",
          "alternateName": "Talk",
          "location": {
            "@id": "https://mini.example/#venue",
          },
          "name": "강연",
          "performer": {
            "@id": "https://mini.example/#session-talk/speaker-kim",
            "@type": "PerformanceRole",
            "performer": {
              "@id": "https://mini.example/#person-kim",
            },
            "roleName": "speaker",
          },
          "startDate": "2024-10-28T09:00:00+09:00",
          "superEvent": {
            "@id": "https://mini.example/#forum",
          },
        },
        {
          "@id": "https://mini.example/#person-kim",
          "@type": "Person",
          "alternateName": "Kim Ha-neul",
          "name": "김하늘",
        },
        {
          "@id": "https://mini.example/#org-host-org",
          "@type": "Organization",
          "alternateName": "Host Org",
          "name": "주최 기관",
          "url": "https://host.example/",
        },
        {
          "@id": "https://mini.example/#quote-q1",
          "@type": "Quotation",
          "creator": {
            "@id": "https://mini.example/#person-kim",
          },
          "inLanguage": "ko",
          "recordedAt": {
            "@id": "https://mini.example/#session-talk",
          },
          "spokenByCharacter": {
            "@id": "https://mini.example/#person-kim",
          },
          "text": "안녕하세요",
          "workTranslation": {
            "@id": "https://mini.example/#quote-q1/en",
          },
        },
        {
          "@id": "https://mini.example/#quote-q1/en",
          "@type": "Quotation",
          "inLanguage": "en",
          "spokenByCharacter": {
            "@id": "https://mini.example/#person-kim",
          },
          "text": "Hello",
          "translationOfWork": {
            "@id": "https://mini.example/#quote-q1",
          },
        },
      ],
    }
  `);
});
