/**
 * @forumkit/core: typed forum data, validation with precise errors and schema.org JSON-LD.
 * Side-effect free: import only what you use and the rest is shaken out.
 */
export type {
  Forum,
  ForumInput,
  Series,
  Offer,
  Venue,
  PostalAddress,
  Organization,
  Person,
  Session,
  Participant,
  Quote,
  Photo,
  Coverage,
} from './model/types.js';
export * from './model/vocabularies.js';
export { resolveText, resolveTextLanguage, matchLanguage, textLanguages, type LocalizedText } from './model/text.js';
export { isSafeUrl, isAbsoluteHttpUrl, resolveUrl } from './model/url.js';
export { indexForum, defaultLanguage, speakers, type ForumIndex } from './model/forum-index.js';
export { forumSchema } from './model/schema/forum.js';
export { forumSchemaDefinitions } from './model/schema/definitions.js';

export { validateForum, parseForum, ForumValidationError, type ValidationResult } from './validate/validate-forum.js';
export { formatIssue, type ForumIssue } from './validate/issue.js';

export { agendaDays, sessionsInOrder, type AgendaDay } from './agenda/agenda-days.js';
export { vocabularyLabels, sessionKindLabel, type VocabularyLabels } from './labels/labels.js';

export { parseLocalDateTime, isDateOnly, datePart, type LocalDateTime } from './time/local-date-time.js';
export { isTimeZone, toIsoDateTime, zonedToEpochMs, timeZoneOffsetMinutes } from './time/time-zone.js';
export { formatTimeRange, formatDay, formatDateTime, zonedDate, type TimeRange } from './time/zoned-format.js';

export { toJsonLd, type JsonLdOptions } from './jsonld/to-json-ld.js';
export { jsonLdScript, serializeJsonLd } from './jsonld/script.js';
