import { matchLanguage } from '@forumkit/core';

/** Words the page around the elements shows (the elements bring their own). */
export interface PageStrings {
  readonly agenda: string;
  readonly quotes: string;
  readonly organizers: string;
  readonly coverage: string;
}

const BUILT_IN: Readonly<Record<string, PageStrings>> = {
  en: { agenda: 'Programme', quotes: 'What they said', organizers: 'Hosted by', coverage: 'Coverage' },
  ko: { agenda: '프로그램', quotes: '주요 발언', organizers: '주최', coverage: '보도' },
};

/** The page words for a language: the best built-in match, else English. */
export function pageStrings(language: string): PageStrings {
  const tag = matchLanguage(language, Object.keys(BUILT_IN));
  return (tag && BUILT_IN[tag]) || BUILT_IN.en!;
}
