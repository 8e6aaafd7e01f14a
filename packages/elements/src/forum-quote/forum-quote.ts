import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Presentation } from '@forumkit/core/present';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { placeholder, placeholderStyles } from '../internal/placeholder.js';
import { themeStyles } from '../internal/theme.js';
import { forumQuoteStyles, quoteStyles } from './forum-quote.styles.js';
import { quoteView, type QuoteView } from './quote-view.js';

/**
 * Something a speaker said: the words in the display language, the original beneath when that
 * is a translation, who said it and in which session.
 *
 * @csspart quote - The figure around the quote.
 * @csspart quote-text - The blockquote.
 * @csspart quote-original - The original words under a translation.
 * @csspart quote-caption - Who said it and where.
 * @csspart speaker-name - The speaker's name.
 * @csspart speaker-role - The speaker's job title and organisation.
 * @csspart session - The session it was said in.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message.
 * @cssprop --forum-quote-background - Card background.
 * @cssprop --forum-quote-border-color - Card border.
 * @cssprop --forum-quote-accent-color - The quotation mark (and the bar in a speaker card).
 * @cssprop --forum-quote-font-size - Size of the quoted words.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid; `detail` says why (URL, HTTP status, invalid paths).
 */
export class ForumQuote extends LitElement {
  static override styles = [themeStyles, placeholderStyles, quoteStyles, forumQuoteStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    allowedOrigins: { attribute: 'allowed-origins' },
    quote: { reflect: true },
    hideSpeaker: { type: Boolean, reflect: true, attribute: 'hide-speaker' },
  };

  #data = new ForumDataController(this, { content: 'quote', placeholder: () => placeholder('quote'), view: quoteView });

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

  /** The id of the quote to show. */
  quote?: string;

  /** Leaves out who said it, for a quote placed next to its speaker. */
  hideSpeaker = false;

  #renderQuote(present: Presentation, view: QuoteView): TemplateResult {
    const quote = this.quote === undefined ? undefined : present.index.quotes.get(this.quote);
    if (!quote) return html`<div part="status" class="status">${this.quote ?? ''}</div>`;
    return view.renderQuote(quote, present, { showSpeaker: !this.hideSpeaker });
  }

  override render(): TemplateResult {
    return this.#data.render((present, view) => this.#renderQuote(present, view));
  }
}

defineElement('forum-quote', ForumQuote);

declare global {
  interface HTMLElementTagNameMap {
    'forum-quote': ForumQuote;
  }
}
