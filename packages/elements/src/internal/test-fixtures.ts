import { parseForum, type Forum, type ForumInput } from '@forumkit/core';

/**
 * A tiny valid forum in Korean and English for tests: 2 people (one with Korean and English
 * data, one with English only), 1 organisation, 2 sessions, 1 quote and 1 photo.
 * `fixtures/forum.json` holds the same data for tests that fetch it from the test server.
 */
export const forumData = {
  id: 'test-forum-2025',
  name: { ko: '테스트 양자 포럼', en: 'Test Quantum Forum' },
  start: '2025-10-28T09:00',
  end: '2025-10-28T17:00',
  timeZone: 'Asia/Seoul',
  attendanceMode: 'offline',
  venue: { name: { ko: '코엑스 그랜드볼룸', en: 'COEX Grand Ballroom' } },
  languages: ['ko', 'en'],
  organizations: [{ id: 'kqa', name: { ko: '한국양자협회', en: 'Korea Quantum Association' } }],
  people: [
    {
      id: 'ju-yongtae',
      name: { ko: '주용태', en: 'Ju Yong-tae' },
      jobTitle: { ko: '회장', en: 'President' },
      affiliations: ['kqa'],
    },
    { id: 'jane-doe', name: { en: 'Jane Doe' }, jobTitle: { en: 'Research Scientist' } },
  ],
  sessions: [
    {
      id: 'opening',
      kind: 'opening-remarks',
      start: '2025-10-28T09:00',
      end: '2025-10-28T09:15',
      participants: [{ person: 'ju-yongtae', role: 'speaker' }],
    },
    {
      id: 'keynote',
      kind: 'keynote',
      title: { ko: '양자 컴퓨팅의 미래', en: 'The Future of Quantum Computing' },
      start: '2025-10-28T09:15',
      end: '2025-10-28T10:00',
      participants: [{ person: 'jane-doe', role: 'speaker' }],
    },
  ],
  quotes: [
    {
      id: 'ju-opening',
      text: { ko: '양자 기술은 협력에서 시작됩니다.', en: 'Quantum technology begins with cooperation.' },
      language: 'ko',
      person: 'ju-yongtae',
      session: 'opening',
    },
  ],
  photos: [
    {
      id: 'opening-photo',
      url: '/photos/opening.jpg',
      caption: { ko: '개회사', en: 'Opening remarks' },
      alt: { ko: '연단의 주용태 회장', en: 'Ju Yong-tae at the lectern' },
      depicts: ['ju-yongtae'],
      width: 1200,
      height: 800,
    },
  ],
} as const satisfies ForumInput;

/** `forumData` validated: pass it as `.forum`. */
export const testForum: Forum = parseForum(forumData);

/** A fresh, mutable copy of `forumData`, e.g. to break it for a test or give it new identity. */
export function forumDataCopy(): ForumInput {
  return structuredClone(forumData) as unknown as ForumInput;
}

/** Forum data with two problems whose paths a reader should see. */
export function invalidForumData(): unknown {
  const data = forumDataCopy() as unknown as Record<string, unknown> & { sessions: Array<Record<string, unknown>> };
  data.timeZone = 'Mars/Olympus';
  data.sessions[0]!.participants = [{ person: 'nobody', role: 'speaker' }];
  return data;
}
