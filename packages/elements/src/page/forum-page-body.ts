/** @forumkit/elements/page: the markup of a whole forum page, which @forumkit/ssr renders on the server. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Presentation } from '@forumkit/core/present';
import '../index.js';
import { localized, phrase } from '../internal/data-text.js';
import { joinList, separated } from '../internal/person.js';
import { renderForumNotice } from '../internal/forum-notice.js';
import { safeUrl } from '../internal/safe-url.js';

/** The page's header: the forum's name, status and online link, dates, place, organisers and description. */
function pageHeader(present: Presentation): TemplateResult {
  const { forum, index } = present;
  const when = present.when();
  const place = present.place();
  const organizers = (forum.organizers ?? []).flatMap((id) => {
    const name = (index.organizations.get(id) ?? index.people.get(id))?.name;
    return name === undefined ? [] : [localized(name, present)];
  });
  const locality = place.venue?.address?.locality;
  return html`<header class="forum-header">
    <h1>${localized(forum.name, present)}</h1>
    ${renderForumNotice(present, 'forum-notice')}
    ${when ? html`<p class="forum-when"><time datetime=${when.start.iso}>${when.text}</time></p>` : nothing}
    ${
      place.venue
        ? html`<p class="forum-venue">${separated([localized(place.venue.name, present), ...(locality ? [localized(locality, present)] : [])], present)}</p>`
        : nothing
    }
    ${
      organizers.length ? html`<p class="forum-organizers">${phrase(present.term('organizers'), 'names', joinList(organizers, present.language))}</p>` : nothing
    }
    ${forum.description ? html`<p class="forum-description">${localized(forum.description, present)}</p>` : nothing}
  </header>`;
}

export interface ForumPageBodyOptions {
  /** Where the elements find the forum in the browser: `#id` of the page's data script, or a URL. */
  readonly src: string;
  /** The URL the page is requested at: the agenda shows the view its query string filters to. */
  readonly url?: string;
}

/**
 * The body of a forum page as a Lit template: a header (name, status, dates, place, organisers,
 * description), then the agenda, the speakers, the quotes, the photos and the coverage, each
 * element given the forum for a server render and `src` for the browser. `@forumkit/ssr`'s
 * renderForumPage renders it; any Lit server renderer can.
 */
export function forumPageBody(present: Presentation, { src, url }: ForumPageBodyOptions): TemplateResult {
  const { forum, index, language } = present;
  return html`${pageHeader(present)}
    <main>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">${present.term('programme')}</h2>
        <forum-agenda .forum=${forum} .url=${url} src=${src} lang=${language} hide-forum-status></forum-agenda>
      </section>
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">${present.term('speakers')}</h2>
        <forum-speaker-list .forum=${forum} src=${src} lang=${language}></forum-speaker-list>
      </section>
      ${
        forum.quotes?.length
          ? html`<section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">${present.term('quotes')}</h2>
            <div class="quotes">
              ${forum.quotes.map((quote) => html`<forum-quote .forum=${forum} src=${src} lang=${language} quote=${quote.id}></forum-quote>`)}
            </div>
          </section>`
          : nothing
      }
      ${
        forum.photos?.length
          ? html`<section aria-labelledby="photos-heading">
            <h2 id="photos-heading">${present.term('photos')}</h2>
            <forum-gallery .forum=${forum} src=${src} lang=${language}></forum-gallery>
          </section>`
          : nothing
      }
      ${
        forum.coverage?.length
          ? html`<section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">${present.term('coverage')}</h2>
            <ul class="coverage">
              ${forum.coverage.map((article) => {
                // The headline in the page's language when the data has it, else as published.
                const headline = present.text(article.headline);
                const by = [article.publisher, ...(article.authors ?? [])].flatMap((id) => {
                  const name = id === undefined ? undefined : (index.organizations.get(id) ?? index.people.get(id))?.name;
                  return name === undefined ? [] : [localized(name, present)];
                });
                const url = safeUrl(article.url);
                const lang = headline?.language ?? article.language;
                const cite = html`<cite lang=${lang ?? nothing} dir="auto">${headline?.text}</cite>`;
                return html`<li>${url ? html`<a href=${url}>${cite}</a>` : cite}${by.length ? html` — ${separated(by, present)}` : nothing}</li>`;
              })}
            </ul>
          </section>`
          : nothing
      }
    </main>`;
}
