/**
 * @forumkit/elements/page: what a server renderer of forumkit's pages takes from the elements
 * (@forumkit/ssr uses it): the markup of a whole forum page, the hook by which an element hands
 * the server the CSS of its own forum (the agenda's track colours), and the line-breaking rules
 * the page around the elements shares with them.
 */
export { forumPageBody, type ForumPageBodyOptions } from './forum-page-body.js';
export { FORUM_STYLES, type WithForumStyles } from '../internal/forum-styles.js';
export { lineBreakingStyles } from '../internal/theme.js';
