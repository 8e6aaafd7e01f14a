import { html, nothing, type TemplateResult } from 'lit';
import { formatTimeRange, indexForum, resolveText, type Forum, type LocalizedText } from '@forumkit/core';
import '../index.js';
import { uiStrings } from '../internal/strings.js';
import { safeUrl } from '../internal/safe-url.js';
import { pageStrings } from './page-strings.js';

/**
 * The body of a forum page: a header, then every element, each given the forum for the server
 * render and `src` pointing at the page's data script for the browser.
 */
export function pageBody(forum: Forum, language: string, src: string): TemplateResult {
  const text = (value: LocalizedText | undefined) => resolveText(value, language, forum.languages) ?? '';
  const index = indexForum(forum);
  const organizers = (forum.organizers ?? []).map((id) => text(index.organizations.get(id)?.name)).filter(Boolean);
  const when = formatTimeRange(forum.start, forum.end, language, forum.timeZone);
  const locality = forum.venue?.address?.locality;
  const ui = uiStrings(language);
  const words = pageStrings(language);

  return html`<header class="forum-header">
      <h1>${text(forum.name)}</h1>
      ${when ? html`<p class="forum-when"><time datetime=${when.startIso}>${when.text}</time></p>` : nothing}
      ${forum.venue
        ? html`<p class="forum-venue">${text(forum.venue.name)}${locality ? `, ${text(locality)}` : ''}</p>`
        : nothing}
      ${organizers.length ? html`<p class="forum-organizers">${words.organizers}: ${organizers.join(', ')}</p>` : nothing}
      ${forum.description ? html`<p class="forum-description">${text(forum.description)}</p>` : nothing}
    </header>
    <main>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">${words.agenda}</h2>
        <forum-agenda .forum=${forum} src=${src} lang=${language}></forum-agenda>
      </section>
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">${ui.speakers}</h2>
        <forum-speaker-list .forum=${forum} src=${src} lang=${language}></forum-speaker-list>
      </section>
      ${forum.quotes?.length
        ? html`<section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">${words.quotes}</h2>
            <div class="quotes">
              ${forum.quotes.map(
                (quote) => html`<forum-quote .forum=${forum} src=${src} lang=${language} quote=${quote.id}></forum-quote>`,
              )}
            </div>
          </section>`
        : nothing}
      ${forum.photos?.length
        ? html`<section aria-labelledby="photos-heading">
            <h2 id="photos-heading">${ui.photos}</h2>
            <forum-gallery .forum=${forum} src=${src} lang=${language}></forum-gallery>
          </section>`
        : nothing}
      ${forum.coverage?.length
        ? html`<section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">${words.coverage}</h2>
            <ul class="coverage">
              ${forum.coverage.map((article) => {
                const headline = resolveText(article.headline, article.language ?? language, forum.languages) ?? '';
                const by = [article.publisher, ...(article.authors ?? [])]
                  .map((id) => id && text((index.organizations.get(id) ?? index.people.get(id))?.name))
                  .filter(Boolean)
                  .join(', ');
                const url = safeUrl(article.url);
                const cite = html`<cite lang=${article.language ?? language}>${headline}</cite>`;
                return html`<li>${url ? html`<a href=${url}>${cite}</a>` : cite}${by ? ` — ${by}` : ''}</li>`;
              })}
            </ul>
          </section>`
        : nothing}
    </main>`;
}
