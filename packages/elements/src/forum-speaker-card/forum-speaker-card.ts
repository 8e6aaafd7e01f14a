import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { fillTemplate } from '@forumkit/core/i18n';
import type { Session } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';
import { dataText, localized } from '../internal/data-text.js';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { heading } from '../internal/heading.js';
import { initials } from '../internal/initials.js';
import { affiliationNames, personName } from '../internal/person.js';
import { safeUrl } from '../internal/safe-url.js';
import { themeStyles } from '../internal/theme.js';
import { renderQuote } from '../forum-quote/render-quote.js';
import { quoteStyles } from '../forum-quote/forum-quote.styles.js';
import { speakerCardStyles } from './forum-speaker-card.styles.js';

/**
 * A speaker: portrait (initials when there is none), name, job title, affiliation, the sessions
 * they take part in (linked to the programme: `#session-ID`, which `<forum-agenda>` opens) and,
 * optionally, something they said.
 *
 * @csspart card - The card's box.
 * @csspart portrait - The photo or the initials.
 * @csspart speaker-name - The name.
 * @csspart job-title - The job title.
 * @csspart affiliation - The organisations.
 * @csspart bio - The short biography, when `with-bio` is set.
 * @csspart quote - The quote, when `with-quote` is set.
 * @csspart quote-text - The quoted words.
 * @csspart quote-original - The original words under a translation.
 * @csspart quote-caption - The session the quote was said in.
 * @csspart session - The session's name in that caption.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message.
 * @cssprop --forum-speaker-card-background - Card background.
 * @cssprop --forum-speaker-card-border-color - Card border.
 * @cssprop --forum-speaker-card-portrait-size - Portrait width and height.
 * @csspart sessions - The list of the person's sessions.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid.
 */
export class ForumSpeakerCard extends LitElement {
  static override styles = [themeStyles, quoteStyles, speakerCardStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    person: { reflect: true },
    withQuote: { type: Boolean, reflect: true, attribute: 'with-quote' },
    withBio: { type: Boolean, reflect: true, attribute: 'with-bio' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  #data = new ForumDataController(this);
  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;
  /** Where to load the forum from: a URL of forum JSON, or `#id` of a `<script type="application/json">`. */
  src?: string;

  /**
   * What the element settled on for its data: `{ status: 'ready', forum }` or
   * `{ status: 'error', failure }`, when `forum-load` or `forum-error` fires, or at once if they
   * fired already. For code that may start listening after the event, such as a framework's
   * effect. Never rejects.
   */
  get forumSettled(): Promise<ForumSettled> {
    return this.#data.settled;
  }
  /** The id of the person to show. */
  person?: string;

  /** Shows the person's short biography under the name. */
  withBio = false;
  /** Shows the person's first quote under the card. */
  withQuote = false;

  /** Heading level of the name (2–6); 0 renders it as a paragraph. */
  headingLevel = 3;

  #renderCard(present: Presentation): TemplateResult {
    const { index } = present;
    const person = this.person === undefined ? undefined : index.people.get(this.person);
    if (!person) return html`<div part="status" class="status">${this.person ?? ''}</div>`;
    const name = present.text(person.name)?.text ?? person.id;
    const organizations = affiliationNames(person, present);
    const image = safeUrl(person.image);
    const quote = this.withQuote ? index.quotesByPerson.get(person.id)?.[0] : undefined;
    return html`<article part="card" class="card" dir=${present.dir}>
      ${
        image
          ? html`<img part="portrait" class="portrait" src=${image} alt=${fillTemplate(present.term('portraitOf'), { name })} loading="lazy" referrerpolicy="no-referrer" />`
          : html`<span part="portrait" class="portrait" aria-hidden="true">${initials(name)}</span>`
      }
      <div>
        ${heading(this.headingLevel, 'speaker-name', 'name', personName(person, present))}
        ${person.jobTitle ? html`<p part="job-title" class="title">${localized(person.jobTitle, present)}</p>` : nothing}
        ${organizations !== nothing ? html`<p part="affiliation" class="affiliation">${organizations}</p>` : nothing}
      </div>
      ${this.withBio && person.bio ? html`<p part="bio" class="bio">${localized(person.bio, present)}</p>` : nothing}
      ${renderSessions(index.sessionsByPerson.get(person.id) ?? [], present)}
      ${quote ? renderQuote(quote, present, { showSpeaker: false }) : nothing}
    </article>`;
  }

  override render(): TemplateResult {
    return this.#data.render((present) => this.#renderCard(present));
  }
}

/** The sessions the person takes part in, each linked to its place in the programme (`<forum-agenda>` opens it). */
function renderSessions(sessions: readonly Session[], present: Presentation): TemplateResult | typeof nothing {
  if (sessions.length === 0) return nothing;
  return html`<ul part="sessions" class="sessions">
    ${sessions.map((session) => html`<li><a href=${`#session-${session.id}`}>${dataText(present.sessionName(session), present)}</a></li>`)}
  </ul>`;
}

defineElement('forum-speaker-card', ForumSpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'forum-speaker-card': ForumSpeakerCard;
  }
}
