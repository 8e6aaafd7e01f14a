/** @forumkit/ssr: render forumkit's elements and whole forum pages on the server (Node). */
export { renderForumPage, FORUM_DATA_ID, type ForumPageOptions } from './render-page.js';
export { renderToString, type RenderToStringOptions } from './render-template.js';
export { forumStylesheets, type ForumStylesheetLinks } from './stylesheets.js';
export { escapeHtml } from './escape-html.js';
