/**
 * @forumkit/core: typed forum data, validation with precise errors and schema.org JSON-LD.
 * Side-effect free: import only what you use and the rest is shaken out. More lives in subpaths:
 * `@forumkit/core/present` (what outputs show), `/i18n` (translations), `/time` (zones and dates)
 * and `/schema` (the schema, vocabularies and URL rules).
 */
export type {
  Forum,
  ForumInput,
  DeepReadonly,
  Series,
  Offer,
  Venue,
  PostalAddress,
  Room,
  Track,
  Organization,
  Person,
  Session,
  Participant,
  Link,
  Quote,
  Photo,
  Coverage,
} from './model/types.js';
export type { LocalizedText } from './model/text.js';
export type { SessionKind, ParticipantRole, EventStatus, AttendanceMode, OfferAvailability, LinkKind } from './model/vocabularies.js';
export type { LocalDateTime } from './time/local-date-time.js';

export { validateForum, parseForum, ForumValidationError, type ValidationResult } from './validate/validate-forum.js';
export { validateForumInSlices, type SliceOptions } from './validate/validate-forum-in-slices.js';
export { formatIssue } from './validate/format-issue.js';
export type { ForumIssue } from './validate/issue.js';

export { toJsonLd, type JsonLdOptions } from './jsonld/to-json-ld.js';
export { jsonLdScript, serializeJsonLd } from './jsonld/script.js';
