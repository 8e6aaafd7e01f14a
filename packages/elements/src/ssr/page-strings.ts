import { matchLanguage } from '@forumkit/core';

/** Words the page around the elements shows (the elements bring their own). */
export interface PageStrings {
  readonly organizers: string;
  readonly coverage: string;
}

const BUILT_IN: Readonly<Record<string, PageStrings>> = {
  en: { organizers: 'Hosted by', coverage: 'Coverage' },
  ko: { organizers: '주최', coverage: '보도' },
};

/** The page words for a language: the best built-in match, else English. */
export function pageStrings(language: string): PageStrings {
  const tag = matchLanguage(language, Object.keys(BUILT_IN));
  return (tag && BUILT_IN[tag]) || BUILT_IN.en!;
}
