import { html, nothing, type TemplateResult } from 'lit';
import type { Quote } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { dataText, localized, phrase } from '../internal/data-text.js';
import { separated } from '../internal/person.js';

/** How a quote is shown. */
export interface QuoteOptions {
  /** Names who said it (off when the quote sits next to its speaker already). */
  readonly showSpeaker: boolean;
}

/**
 * A quote as a `<figure>`: the words in the display language (the original beneath when that
 * is a translation), then who said it and in which session.
 */
export function renderQuote(quote: Quote, present: Presentation, options: QuoteOptions): TemplateResult {
  const { index } = present;
  const { original, translation } = present.quote(quote);
  const person = options.showSpeaker ? index.people.get(quote.person) : undefined;
  const role = person
    ? [
        ...(person.jobTitle === undefined ? [] : [localized(person.jobTitle, present)]),
        ...present.affiliations(person).map((organization) => dataText(present.organizationName(organization), present)),
      ]
    : [];
  const session = quote.session === undefined ? undefined : index.sessions.get(quote.session);
  const shown = translation ?? original;
  return html`<figure part="quote" class="quote" dir=${present.dir}>
    <blockquote part="quote-text" class="quote-text">
      ${translation ? html`<span class="visually-hidden">${present.term('translation')}:</span>` : nothing}
      <p class="quote-words" lang=${shown.language} dir="auto">${shown.text}</p>
      ${
        translation
          ? html`<p part="quote-original" class="quote-original">
            <span class="quote-label">${present.term('original')}</span>
            <span lang=${original.language} dir="auto">${original.text}</span>
          </p>`
          : nothing
      }
    </blockquote>
    ${
      person || session
        ? html`<figcaption part="quote-caption" class="quote-caption">
          ${person ? html`<p part="speaker-name" class="quote-speaker">${localized(person.name, present)}</p>` : nothing}
          ${role.length ? html`<p part="speaker-role" class="quote-role">${separated(role, present)}</p>` : nothing}
          ${
            session
              ? html`<p part="session" class="quote-session">${phrase(present.term('saidAt'), 'session', dataText(present.sessionName(session), present))}</p>`
              : nothing
          }
        </figcaption>`
        : nothing
    }
  </figure>`;
}
