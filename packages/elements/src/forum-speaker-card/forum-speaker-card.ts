import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { placeholder, placeholderStyles } from '../internal/placeholder.js';
import { themeStyles } from '../internal/theme.js';
import { quoteStyles } from '../forum-quote/forum-quote.styles.js';
import { speakerCardStyles } from './forum-speaker-card.styles.js';
import { speakerCardView } from './speaker-card-view.js';

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
 * @fires forum-error - Forum data could not be loaded or is invalid; `detail` says why (URL, HTTP status, invalid paths).
 */
export class ForumSpeakerCard extends LitElement {
  static override styles = [themeStyles, placeholderStyles, quoteStyles, speakerCardStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    allowedOrigins: { attribute: 'allowed-origins' },
    person: { reflect: true },
    withQuote: { type: Boolean, reflect: true, attribute: 'with-quote' },
    withBio: { type: Boolean, reflect: true, attribute: 'with-bio' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  #data = new ForumDataController(this, { content: 'speakers', placeholder: () => placeholder('card'), view: speakerCardView });
  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;
  /** Where to load the forum from: a URL of forum JSON, or `#id` of a `<script type="application/json">`. */
  src?: string;
  /**
   * The origins images and links from the data may come from, space-separated
   * (`https://cdn.example https://example.org`); any when absent. The forum file's own origin
   * (that of every relative URL) is always allowed. A link elsewhere is shown as plain text, an
   * image elsewhere not at all.
   */
  allowedOrigins?: string;

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

  override render(): TemplateResult {
    return this.#data.render((present, view) => view.renderCard(present, this));
  }
}

defineElement('forum-speaker-card', ForumSpeakerCard);

declare global {
  interface HTMLElementTagNameMap {
    'forum-speaker-card': ForumSpeakerCard;
  }
}
