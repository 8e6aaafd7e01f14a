import { html, nothing, type TemplateResult } from 'lit';
import { indexForum, matchLanguage, type Forum, type Quote, type Session } from '@forumkit/core';
import type { Localizer } from '../internal/localizer.js';
import { localizedText } from '../internal/localized-text.js';
import { affiliationOf } from '../internal/person.js';

/** How a quote is shown. */
export interface QuoteOptions {
  /** Names who said it (off when the quote sits next to its speaker already). */
  readonly showSpeaker: boolean;
}

interface Passage {
  readonly text: string;
  readonly language: string;
}

/** The words as said and, when the display language is another one the quote has, their translation. */
function passages(quote: Quote, language: string): { original: Passage; translation?: Passage } {
  if (typeof quote.text === 'string') return { original: { text: quote.text, language: quote.language } };
  const tags = Object.keys(quote.text);
  const originalTag = matchLanguage(quote.language, tags) ?? tags[0]!;
  const original = { text: quote.text[originalTag]!, language: originalTag };
  const shownTag = matchLanguage(language, tags);
  if (shownTag === undefined || primary(shownTag) === primary(originalTag)) return { original };
  return { original, translation: { text: quote.text[shownTag]!, language: shownTag } };
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

/** A UI phrase around data: the data keeps its own `lang` inside the translated sentence. */
function phrase(template: (value: string) => string, value: TemplateResult | string): TemplateResult {
  const [before = '', after = ''] = template('\u0000').split('\u0000');
  return html`${before}${value}${after}`;
}

// "at the Keynote “Title”": the kind keeps the phrase grammatical whatever the title says.
function sessionName(session: Session, text: Localizer): TemplateResult {
  const kind = text.labels.sessionKinds[session.kind];
  return session.title === undefined ? html`${kind}` : html`${kind} “${localizedText(session.title, text)}”`;
}

/**
 * A quote as a `<figure>`: the words in the display language (the original beneath when that
 * is a translation), then who said it and in which session.
 */
export function renderQuote(forum: Forum, quote: Quote, text: Localizer, options: QuoteOptions): TemplateResult {
  const index = indexForum(forum);
  const { original, translation } = passages(quote, text.language);
  const person = options.showSpeaker ? index.people.get(quote.person) : undefined;
  const organization = person && affiliationOf(person, index);
  const role = [
    person?.jobTitle === undefined ? undefined : localizedText(person.jobTitle, text),
    organization === undefined ? undefined : localizedText(organization.shortName ?? organization.name, text),
  ].filter((part) => part !== undefined);
  const session = quote.session === undefined ? undefined : index.sessions.get(quote.session);
  const shown = translation ?? original;
  return html`<figure part="quote" class="quote">
    <blockquote part="quote-text" class="quote-text">
      ${translation ? html`<span class="visually-hidden">${text.ui.translation}:</span>` : nothing}
      <p class="quote-words" lang=${shown.language}>${shown.text}</p>
      ${translation
        ? html`<p part="quote-original" class="quote-original">
            <span class="quote-label">${text.ui.original}</span>
            <span lang=${original.language}>${original.text}</span>
          </p>`
        : nothing}
    </blockquote>
    ${person || session
      ? html`<figcaption part="quote-caption" class="quote-caption">
          ${person ? html`<p part="speaker-name" class="quote-speaker">${localizedText(person.name, text)}</p>` : nothing}
          ${role.length
            ? html`<p part="speaker-role" class="quote-role">${role.map((part, i) => (i ? html`, ${part}` : part))}</p>`
            : nothing}
          ${session ? html`<p part="session" class="quote-session">${phrase(text.ui.saidAt, sessionName(session, text))}</p>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}
