import { ForumValidationError, jsonLdScript, serializeJsonLd, toJsonLd, validateForum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import { escapeHtml } from './escape-html.js';
import { pageBody } from './page-body.js';
import { PAGE_STYLES } from './page-styles.js';
import { renderToString } from './render-template.js';

export interface ForumPageOptions {
  /** Absolute URL the page is published at; the JSON-LD @ids live under it. */
  readonly baseUrl: string;
  /** Display language (default: the forum's first language). */
  readonly language?: string;
  /**
   * URL of forumkit's hydrating bundle (`forumkit-hydrate.js`, `@forumkit/elements/bundle/hydrate`),
   * which takes over the server-rendered elements; omit for a page without JavaScript.
   */
  readonly scriptUrl?: string;
  /** Extra HTML for the end of `<head>` (trusted: your own stylesheet links, analytics…). */
  readonly head?: string;
  /** Extra HTML for the start of `<body>` (trusted: a site header, a language switch…). */
  readonly bodyStart?: string;
}

/** The id of the page's `<script type="application/json">` the elements read in the browser. */
export const FORUM_DATA_ID = 'forum-data';

/**
 * A complete static HTML page for a forum: the agenda, speakers, quotes and photos rendered
 * with declarative shadow DOM (readable without JavaScript), the forum's JSON-LD in the head,
 * and the data the elements hydrate from; `lang` and `dir` follow the language.
 * Throws a `ForumValidationError`, with every issue in `issues`, for invalid data.
 */
export async function renderForumPage(input: unknown, options: ForumPageOptions): Promise<string> {
  const result = validateForum(input);
  if (!result.ok) throw new ForumValidationError(result.issues);
  const forum = result.forum;
  const present = presentForum(forum, options.language === undefined ? {} : { language: options.language });
  const { language } = present;
  const text = (value: Parameters<typeof present.text>[0]) => present.text(value)?.text ?? '';
  const jsonLd = jsonLdScript(toJsonLd(forum, { baseUrl: options.baseUrl, language }));
  const body = await renderToString(pageBody(present, `#${FORUM_DATA_ID}`));
  const description = forum.description ? `<meta name="description" content="${escapeHtml(text(forum.description))}">\n` : '';
  // The data goes through the same escaping as JSON-LD: no `</script>` can end the element early.
  const data = `<script type="application/json" id="${FORUM_DATA_ID}">${serializeJsonLd(forum)}</script>\n`;
  const script = options.scriptUrl ? `<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>\n` : '';
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${present.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text(forum.name))}</title>
${description}${jsonLd}
<style>${PAGE_STYLES}</style>
${options.head ?? ''}
</head>
<body>
${options.bodyStart ?? ''}${body}
${data}${script}</body>
</html>
`;
}
