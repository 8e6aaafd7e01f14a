/**
 * @forumkit/elements: importing this module registers every element
 * (<forum-agenda>, <forum-speaker-card>, <forum-speaker-list>, <forum-quote>, <forum-gallery>).
 */
export { ForumAgenda } from './forum-agenda/forum-agenda.js';
export { ForumSpeakerCard } from './forum-speaker-card/forum-speaker-card.js';
export { ForumSpeakerList } from './forum-speaker-list/forum-speaker-list.js';
export { ForumQuote } from './forum-quote/forum-quote.js';
export { ForumGallery } from './forum-gallery/forum-gallery.js';
export { ForumDataController, type ForumDataHost, type ForumDataOptions, type ForumSettled, type ForumView } from './internal/forum-data.js';
export { ForumLoadEvent, ForumErrorEvent, type ForumLoadFailure } from './internal/events.js';
export { ForumFavoriteChangeEvent, type FavoriteChangeDetail } from './internal/favorites.js';
export { configureForumLoading, type ForumLoadingLimits } from './internal/forum-source.js';
export { registerTranslation, type Translation } from '@forumkit/core/i18n';
