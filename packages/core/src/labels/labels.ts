import type { AttendanceMode, EventStatus, ParticipantRole, SessionKind } from '../model/vocabularies.js';
import { matchLanguage } from '../model/text.js';
import { SESSION_KIND_LABELS } from './session-kind-labels.js';

export { sessionKindLabel } from './session-kind-labels.js';

/** What forumkit calls its vocabulary values in one language. */
export interface VocabularyLabels {
  readonly sessionKinds: Readonly<Record<SessionKind, string>>;
  readonly roles: Readonly<Record<ParticipantRole, string>>;
  /** Plural role names, for headings such as "Panelists". */
  readonly rolesPlural: Readonly<Record<ParticipantRole, string>>;
  readonly statuses: Readonly<Record<EventStatus, string>>;
  readonly attendanceModes: Readonly<Record<AttendanceMode, string>>;
}

export const en: VocabularyLabels = {
  sessionKinds: SESSION_KIND_LABELS.en!,
  roles: { speaker: 'Speaker', moderator: 'Moderator', panelist: 'Panelist', host: 'Host' },
  rolesPlural: { speaker: 'Speakers', moderator: 'Moderators', panelist: 'Panelists', host: 'Hosts' },
  statuses: {
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    'moved-online': 'Moved online',
  },
  attendanceModes: { offline: 'In person', online: 'Online', mixed: 'In person and online' },
};

export const ko: VocabularyLabels = {
  sessionKinds: SESSION_KIND_LABELS.ko!,
  roles: { speaker: '연사', moderator: '좌장', panelist: '패널', host: '사회' },
  rolesPlural: { speaker: '연사', moderator: '좌장', panelist: '패널', host: '사회' },
  statuses: { scheduled: '예정', cancelled: '취소', postponed: '연기', rescheduled: '일정 변경', 'moved-online': '온라인 전환' },
  attendanceModes: { offline: '현장 참석', online: '온라인', mixed: '현장 및 온라인' },
};

const BUILT_IN: Readonly<Record<string, VocabularyLabels>> = { en, ko };

/** Labels for a language: the best built-in match, else English. */
export function vocabularyLabels(language: string): VocabularyLabels {
  const tag = matchLanguage(language, Object.keys(BUILT_IN));
  return (tag && BUILT_IN[tag]) || en;
}
