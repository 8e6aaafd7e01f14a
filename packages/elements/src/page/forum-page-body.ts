/** The markup of a whole forum page, which @forumkit/ssr renders on the server (exported as @forumkit/elements/page). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Presentation } from '@forumkit/core/present';
import '../index.js';
import { dataText, localized, phrase } from '../internal/data-text.js';
import { joinList, separated } from '../internal/person.js';
import { renderForumNotice } from '../internal/forum-notice.js';

/** The name of an organisation (as every output names one) or of a person, by id; nothing for an unknown id. */
function organizationOrPerson(id: string | undefined, present: Presentation): Array<ReturnType<typeof dataText>> {
  const organization = id === undefined ? undefined : present.index.organizations.get(id);
  if (organization) return [dataText(present.organizationName(organization), present)];
  const person = id === undefined ? undefined : present.index.people.get(id);
  return person ? [localized(person.name, present)] : [];
}

/** The page's header: the forum's name, status and online link, dates, place, organisers and description. */
function pageHeader(present: Presentation): TemplateResult {
  const { forum } = present;
  const when = present.when();
  const place = present.place();
  const organizers = (forum.organizers ?? []).flatMap((id) => organizationOrPerson(id, present));
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

/** What the elements of a page are given besides the forum. */
export interface ForumPageBodyOptions {
  /** Where the elements find the forum in the browser: `#id` of the page's data script, or a URL. */
  readonly src: string;
  /** The URL the page is requested at: the agenda shows the view its query string filters to. */
  readonly url?: string;
  /** The elements' `allowed-origins`: the origins images and links from the data may come from. */
  readonly allowedOrigins?: readonly string[];
}

/**
 * The body of a forum page as a Lit template: a header (name, status, dates, place, organisers,
 * description), then the agenda, the speakers, the quotes, the photos and the coverage, each
 * element given the forum for a server render and `src` for the browser. `@forumkit/ssr`'s
 * renderForumPage renders it; any Lit server renderer can.
 */
export function forumPageBody(present: Presentation, { src, url, allowedOrigins }: ForumPageBodyOptions): TemplateResult {
  const { forum, language } = present;
  const allowed = allowedOrigins?.join(' ') ?? nothing;
  return html`${pageHeader(present)}
    <main>
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">${present.term('programme')}</h2>
        <forum-agenda .forum=${forum} .url=${url} src=${src} allowed-origins=${allowed} lang=${language} hide-forum-status></forum-agenda>
      </section>
      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">${present.term('speakers')}</h2>
        <forum-speaker-list .forum=${forum} src=${src} allowed-origins=${allowed} lang=${language}></forum-speaker-list>
      </section>
      ${
        forum.quotes?.length
          ? html`<section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">${present.term('quotes')}</h2>
            <div class="quotes">
              ${forum.quotes.map((quote) => html`<forum-quote .forum=${forum} src=${src} allowed-origins=${allowed} lang=${language} quote=${quote.id}></forum-quote>`)}
            </div>
          </section>`
          : nothing
      }
      ${
        forum.photos?.length
          ? html`<section aria-labelledby="photos-heading">
            <h2 id="photos-heading">${present.term('photos')}</h2>
            <forum-gallery .forum=${forum} src=${src} allowed-origins=${allowed} lang=${language}></forum-gallery>
          </section>`
          : nothing
      }
      ${
        forum.coverage?.length
          ? html`<section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">${present.term('coverage')}</h2>
            <ul class="coverage">
              ${forum.coverage.map((article) => {
                // The headline in the page's language when the data has it, else as published
                // (a plain string is in the article's language), picked like every other text.
                const headline = present.text(article.headline);
                const by = [article.publisher, ...(article.authors ?? [])].flatMap((id) => organizationOrPerson(id, present));
                const url = present.url(article.url);
                const language = headline?.language ?? article.language;
                const cite = html`<cite dir="auto">${dataText(headline && (language === undefined ? headline : { ...headline, language }), present)}</cite>`;
                return html`<li>${url ? html`<a href=${url}>${cite}</a>` : cite}${by.length ? html` — ${separated(by, present)}` : nothing}</li>`;
              })}
            </ul>
          </section>`
          : nothing
      }
    </main>`;
}
