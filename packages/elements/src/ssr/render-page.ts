import { html } from 'lit';
import {
  defaultLanguage,
  formatTimeRange,
  jsonLdScript,
  resolveText,
  serializeJsonLd,
  toJsonLd,
  validateForum,
  formatIssue,
  type Forum,
} from '@forumkit/core';
import '../index.js';
import { uiStrings } from '../internal/strings.js';
import { escapeHtml } from './escape-html.js';
import { renderToString } from './render-template.js';

export interface ForumPageOptions {
  /** Absolute URL the page is published at; the JSON-LD @ids live under it. */
  readonly baseUrl: string;
  /** Display language (default: the forum's first language). */
  readonly language?: string;
  /** URL of the forumkit bundle (`forumkit.js`) to hydrate the page; omit for a page without JavaScript. */
  readonly scriptUrl?: string;
  /** Extra HTML for the end of `<head>` (trusted: your own stylesheet links, analytics…). */
  readonly head?: string;
  /** Extra HTML for the start of `<body>` (trusted: a site header, a language switch…). */
  readonly bodyStart?: string;
}

const DATA_ID = 'forum-data';

/**
 * A complete static HTML page for a forum: the agenda, speakers, quotes and photos rendered
 * with declarative shadow DOM (readable without JavaScript), the forum's JSON-LD in the head,
 * and the data the elements hydrate from.
 */
export async function renderForumPage(input: Forum | unknown, options: ForumPageOptions): Promise<string> {
  const result = validateForum(input);
  if (!result.ok) throw new TypeError(`renderForumPage: invalid forum data\n${result.issues.map(formatIssue).join('\n')}`);
  const forum = result.forum;
  const language = options.language ?? defaultLanguage(forum);
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, language, forum.languages) ?? '';
  const name = text(forum.name);
  const when = formatTimeRange(forum.start, forum.end, language, forum.timeZone);
  const jsonLd = jsonLdScript(toJsonLd(forum, { baseUrl: options.baseUrl, language }));
  const src = `#${DATA_ID}`;
  const ui = uiStrings(language);

  const body = await renderToString(html`
    <header class="forum-header">
      <h1>${name}</h1>
      ${when ? html`<p class="forum-when"><time datetime=${when.startIso}>${when.text}</time></p>` : ''}
      ${forum.venue ? html`<p class="forum-venue">${text(forum.venue.name)}</p>` : ''}
      ${forum.description ? html`<p class="forum-description">${text(forum.description)}</p>` : ''}
    </header>
    <main>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">${ui.agenda}</h2>
        <forum-agenda .forum=${forum} src=${src} lang=${language}></forum-agenda>
      </section>
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">${ui.speakers}</h2>
        <forum-speaker-list .forum=${forum} src=${src} lang=${language}></forum-speaker-list>
      </section>
      ${forum.quotes?.length
        ? html`<section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">${ui.quotes}</h2>
            <div class="quotes">
              ${forum.quotes.map((quote) => html`<forum-quote .forum=${forum} src=${src} lang=${language} quote=${quote.id}></forum-quote>`)}
            </div>
          </section>`
        : ''}
      ${forum.photos?.length
        ? html`<section aria-labelledby="photos-heading">
            <h2 id="photos-heading">${ui.photos}</h2>
            <forum-gallery .forum=${forum} src=${src} lang=${language}></forum-gallery>
          </section>`
        : ''}
    </main>
  `);

  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(name)}</title>
${forum.description ? `<meta name="description" content="${escapeHtml(text(forum.description))}">\n` : ''}${jsonLd}
<style>${PAGE_STYLES}</style>
${options.head ?? ''}
</head>
<body>
${options.bodyStart ?? ''}${body}
<script type="application/json" id="${DATA_ID}">${serializeJsonLd(forum)}</script>
${options.scriptUrl ? `<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>\n` : ''}</body>
</html>
`;
}

const PAGE_STYLES = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,'Segoe UI','Apple SD Gothic Neo','Noto Sans KR',sans-serif;background:light-dark(#f7f8fb,#111318);color:light-dark(#1b1d24,#eceef3)}
body{margin:0 auto;max-width:72rem;padding:1.5rem clamp(0.75rem,3vw,2rem) 3rem;line-height:1.5}
.forum-header h1{font-size:clamp(1.6rem,4vw,2.4rem);line-height:1.2;margin:0 0 .5rem}
.forum-when,.forum-venue{margin:.15rem 0;color:light-dark(#555b6a,#a9afbd)}
.forum-description{max-width:48rem}
main{display:grid;gap:2.5rem;margin-top:2rem}
main h2{font-size:1.4rem;margin:0 0 1rem}
.quotes{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr))}
`;
