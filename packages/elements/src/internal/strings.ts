import { matchLanguage } from '@forumkit/core';

/** Words the elements show around the data. */
export interface UiStrings {
  readonly loading: string;
  readonly loadFailed: string;
  readonly invalidData: string;
  readonly noData: string;
  readonly noSessions: string;
  readonly speakers: string;
  readonly photos: string;
  readonly timeZone: (zone: string) => string;
  readonly timeToBeAnnounced: string;
  readonly previously: (time: string) => string;
  readonly room: string;
  readonly track: string;
  readonly saidAt: (session: string) => string;
  readonly translation: string;
  readonly original: string;
  readonly placeholder: string;
  readonly portraitOf: (name: string) => string;
}

const en: UiStrings = {
  loading: 'Loading the programme…',
  loadFailed: 'The forum could not be loaded.',
  invalidData: 'The forum data is not valid.',
  noData: 'No forum data was given.',
  noSessions: 'No sessions have been announced yet.',
  speakers: 'Speakers',
  photos: 'Photos',
  timeZone: (zone) => `Times in ${zone}`,
  timeToBeAnnounced: 'Time to be announced',
  previously: (time) => `Previously ${time}`,
  room: 'Room',
  track: 'Track',
  saidAt: (session) => `at the ${session}`,
  translation: 'Translation',
  original: 'Original',
  placeholder: 'Placeholder image',
  portraitOf: (name) => `Portrait of ${name}`,
};

const ko: UiStrings = {
  loading: '프로그램을 불러오는 중…',
  loadFailed: '포럼 정보를 불러오지 못했습니다.',
  invalidData: '포럼 데이터가 올바르지 않습니다.',
  noData: '포럼 데이터가 없습니다.',
  noSessions: '아직 공개된 세션이 없습니다.',
  speakers: '연사',
  photos: '사진',
  timeZone: (zone) => `시간대: ${zone}`,
  timeToBeAnnounced: '시간 미정',
  previously: (time) => `변경 전: ${time}`,
  room: '장소',
  track: '트랙',
  saidAt: (session) => `${session}에서`,
  translation: '번역',
  original: '원문',
  placeholder: '임시 이미지',
  portraitOf: (name) => `${name} 사진`,
};

const BUILT_IN: Readonly<Record<string, UiStrings>> = { en, ko };

/** The interface words for a language: the best built-in match, else English. */
export function uiStrings(language: string): UiStrings {
  const tag = matchLanguage(language, Object.keys(BUILT_IN));
  return (tag && BUILT_IN[tag]) || en;
}
