/**
 * @forumkit/core/present: what every output says about a forum, computed once. `presentForum`
 * gives it in one language and zone; the pieces are exported for outputs of your own.
 */
export { presentForum, type Presentation, type PresentationOptions } from './present/presentation.js';
export { agenda, sessionsInOrder, sessionDate, isOneDay, type Agenda, type AgendaDay } from './present/agenda.js';
export { timeEntry, forumTimeEntry, timeSpan, type TimeEntry, type TimeSpan, type ShownMoment } from './present/time-entry.js';
export { zoneName } from './present/zone-name.js';
export { displayLanguage } from './present/display-language.js';
export { forumPlace, sessionPlace, roomVenue, type Place, type SessionPlace } from './present/place.js';
export { participantGroups, affiliationsOf, speakers, type ParticipantGroup, type ShownParticipant } from './present/participants.js';
export { quotePassages, type QuotePassages, type Passage } from './present/quote.js';
export { sessionName } from './present/session-name.js';
export { showText, textDirection, type ShownText } from './present/shown-text.js';
export type { UrlRules } from './present/shown-url.js';
export { originalWords, originalTextKey } from './model/quote-text.js';
export { resolveText, resolveTextLanguage, matchLanguage, sameLanguage, type LocalizedText } from './model/text.js';
export { indexForum, defaultLanguage, type ForumIndex } from './model/forum-index.js';
