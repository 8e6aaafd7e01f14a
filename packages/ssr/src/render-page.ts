import { ForumValidationError, jsonLdScript, serializeJsonLd, toJsonLd, validateForum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import { forumPageBody } from '@forumkit/elements/page';
import { escapeHtml } from './escape-html.js';
import { PAGE_STYLES } from './page-styles.js';
import { checkNonce } from './nonce.js';
import { renderPageTemplate } from './render-template.js';
import { PAGE_STYLESHEET, type ForumStylesheetLinks } from './stylesheets.js';

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
  /**
   * Where the page finds forumkit's stylesheet files, which the site serves (their CSS comes
   * from `forumStylesheets()`). Each shadow root then links its element's file and the head
   * links the page's styles and preloads the elements' files, so the page has no `<style>`
   * element. Without it the page is one self-contained file, but every shadow root carries its
   * element's CSS, every speaker card and quote included: about a quarter of a large page's bytes.
   */
  readonly stylesheets?: ForumStylesheetLinks;
  /**
   * The URL the page is requested at, when rendering per request: the programme is rendered
   * filtered as its query string says (`?track=…&q=…`), as the browser will show it.
   */
  readonly url?: string;
  /**
   * The origins images and links from the data may come from (`https://cdn.example`); any when
   * absent. Relative URLs (the page's own) are always allowed. Given to every element as its
   * `allowed-origins`, so the hydrated page keeps to them too.
   */
  readonly allowedOrigins?: readonly string[];
  /**
   * A Content-Security-Policy nonce for the page's `<style>` elements (each shadow root's, the
   * page's own) and its `<script type="module">`: new for every response, the same as the
   * policy's `'nonce-…'`. Throws a TypeError unless it is base64. With `stylesheets` the only
   * `<style>` left is the agenda's track colours; a page without a nonce gets them from the
   * agenda's file of `forumStylesheets(forum)`, or from the hydrating script.
   */
  readonly nonce?: string;
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
 * and the data the elements hydrate from; `lang` and `dir` follow the language. The CSS is
 * inline unless `stylesheets` says where its files are (a smaller page with no `<style>`, as a
 * Content-Security-Policy `style-src 'self'` wants, but more files to serve).
 * Throws a `ForumValidationError`, with every issue in `issues`, for invalid data.
 */
export async function renderForumPage(input: unknown, options: ForumPageOptions): Promise<string> {
  const result = validateForum(input);
  if (!result.ok) throw new ForumValidationError(result.issues);
  const forum = result.forum;
  const { allowedOrigins, stylesheets } = options;
  const nonce = checkNonce(options.nonce);
  const present = presentForum(forum, {
    ...(options.language !== undefined && { language: options.language }),
    ...(allowedOrigins !== undefined && { allowedOrigins }),
  });
  const { language } = present;
  const text = (value: Parameters<typeof present.text>[0]) => present.text(value)?.text ?? '';
  const jsonLd = jsonLdScript(toJsonLd(forum, { baseUrl: options.baseUrl, language }));
  const elements = {
    src: `#${FORUM_DATA_ID}`,
    ...(options.url !== undefined && { url: options.url }),
    ...(allowedOrigins !== undefined && { allowedOrigins }),
  };
  const { html: body, linked } = await renderPageTemplate(forumPageBody(present, elements), {
    ...(stylesheets !== undefined && { stylesheets }),
    ...(nonce !== undefined && { nonce }),
  });
  const nonceAttribute = nonce === undefined ? '' : ` nonce="${escapeHtml(nonce)}"`;
  const description = forum.description ? `<meta name="description" content="${escapeHtml(text(forum.description))}">\n` : '';
  // The data goes through the same escaping as JSON-LD: no `</script>` can end the element early.
  const data = `<script type="application/json" id="${FORUM_DATA_ID}">${serializeJsonLd(forum)}</script>\n`;
  const styles = stylesheets ? stylesheetLinks(stylesheets, linked) : `<style${nonceAttribute}>${PAGE_STYLES}</style>\n`;
  const script = options.scriptUrl ? `<script type="module" src="${escapeHtml(options.scriptUrl)}"${nonceAttribute}></script>\n` : '';
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${present.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text(forum.name))}</title>
${description}${styles}${jsonLd}
${options.head ?? ''}
</head>
<body>
${options.bodyStart ?? ''}${body}
${data}${script}</body>
</html>
`;
}

/**
 * The head's links to forumkit's stylesheets: the page's own, and a preload of each element's,
 * so every file is fetched once and early (Chromium shows a shadow root once its stylesheet
 * has loaded, never unstyled). A preload, not a stylesheet: an element's CSS is written for
 * its shadow root and must not apply to the page.
 */
function stylesheetLinks(stylesheets: ForumStylesheetLinks, elementFiles: readonly string[]): string {
  const href = (file: string) => escapeHtml(stylesheets.href(file));
  const preloads = elementFiles.map((file) => `<link rel="preload" href="${href(file)}" as="style">\n`);
  return `<link rel="stylesheet" href="${href(PAGE_STYLESHEET)}">\n${preloads.join('')}`;
}
