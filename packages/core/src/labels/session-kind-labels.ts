import type { SessionKind } from '../model/vocabularies.js';
import { matchLanguage } from '../model/text.js';

// Apart from the other labels so that JSON-LD output (which names untitled sessions) stays small.
export const SESSION_KIND_LABELS: Readonly<Record<string, Readonly<Record<SessionKind, string>>>> = {
  en: {
    'opening-remarks': 'Opening address',
    'welcome-address': 'Welcome address',
    'congratulatory-address': 'Congratulatory address',
    keynote: 'Keynote',
    presentation: 'Presentation',
    'panel-discussion': 'Panel discussion',
    talk: 'Talk',
    workshop: 'Workshop',
    break: 'Break',
    networking: 'Networking',
    ceremony: 'Ceremony',
    'closing-remarks': 'Closing remarks',
    other: 'Session',
  },
  ko: {
    'opening-remarks': '개회사',
    'welcome-address': '환영사',
    'congratulatory-address': '축사',
    keynote: '기조강연',
    presentation: '발표',
    'panel-discussion': '패널 토론',
    talk: '강연',
    workshop: '워크숍',
    break: '휴식',
    networking: '네트워킹',
    ceremony: '식순',
    'closing-remarks': '폐회사',
    other: '세션',
  },
};

/** The name of a session kind in a language, e.g. `keynote` -> "기조강연" for `ko` (English when unknown). */
export function sessionKindLabel(kind: SessionKind, language: string): string {
  const tag = matchLanguage(language, Object.keys(SESSION_KIND_LABELS)) ?? 'en';
  return SESSION_KIND_LABELS[tag]![kind];
}
