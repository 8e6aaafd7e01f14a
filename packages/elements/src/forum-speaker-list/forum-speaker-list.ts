import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { speakers, type Presentation } from '@forumkit/core/present';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { PageFragmentController, revealTarget } from '../internal/page-fragment.js';
import { gridListStyles } from '../internal/grid-list.styles.js';
import { placeholder, placeholderStyles } from '../internal/placeholder.js';
import { themeStyles } from '../internal/theme.js';
import { ForumSpeakerCard } from '../forum-speaker-card/forum-speaker-card.js';
import { speakerListStyles } from './forum-speaker-list.styles.js';

/**
 * The forum's speakers as a responsive grid of `<forum-speaker-card>`s: everyone who takes part
 * in a session, in agenda order, or the people named in `people`.
 *
 * @csspart list - The list (a grid).
 * @csspart item - One list item around a card.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message.
 * @cssprop --forum-speaker-list-columns-min - Narrowest a column may get before the grid wraps.
 * @cssprop --forum-speaker-list-gap - Space between cards.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid; `detail` says why (URL, HTTP status, invalid paths).
 */
export class ForumSpeakerList extends LitElement {
  static override styles = [themeStyles, placeholderStyles, gridListStyles, speakerListStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    allowedOrigins: { attribute: 'allowed-origins' },
    people: { reflect: true },
    withQuotes: { type: Boolean, reflect: true, attribute: 'with-quotes' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  // The cards are given this element's forum: their own load events would only repeat ours.
  #keepInside = (event: Event): void => event.stopPropagation();

  // Room for the cards named in `people`, else for a few.
  #data = new ForumDataController(this, { content: 'speakers', placeholder: () => placeholder('card', this.#people()?.length || 6, true) });
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
  /** Ids of the people to show, space-separated, in this order; all speakers when absent. */
  people?: string;

  /** Shows each speaker's first quote on their card. */
  withQuotes = false;

  /** Heading level of each name (2–6); 0 renders names as paragraphs. */
  headingLevel = 3;

  #people = (): string[] | undefined => this.people?.trim().split(/\s+/).filter(Boolean);

  #renderList(present: Presentation): TemplateResult {
    const { forum } = present;
    const named = this.#people();
    const ids = named?.length ? named : speakers(forum).map((person) => person.id);
    return html`<ul part="list" class="list grid" dir=${present.dir} aria-label=${present.term('speakers')} @forum-load=${this.#keepInside} @forum-error=${this.#keepInside}>
      ${ids.map(
        (id) => html`<li part="item" class="item" id=${`speaker-${id}`} tabindex="-1">
          <forum-speaker-card
            .forum=${forum}
            allowed-origins=${this.allowedOrigins ?? nothing}
            lang=${present.language}
            person=${id}
            heading-level=${this.headingLevel}
            ?with-quote=${this.withQuotes}
          ></forum-speaker-card>
        </li>`,
      )}
    </ul>`;
  }

  override render(): TemplateResult {
    return this.#data.render((present) => this.#renderList(present));
  }

  constructor() {
    super();
    // `#speaker-ID` (a session's link to one of its people) scrolls to that person's card.
    new PageFragmentController(this, (hash) => {
      const item = hash.startsWith('#speaker-') ? this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(hash.slice(1))}"]`) : null;
      if (item) revealTarget(item, item, 'center');
      return item !== null;
    });
  }
}

// Registering the card by name keeps it even where bundlers drop imports made only for effect.
defineElement('forum-speaker-card', ForumSpeakerCard);
defineElement('forum-speaker-list', ForumSpeakerList);

declare global {
  interface HTMLElementTagNameMap {
    'forum-speaker-list': ForumSpeakerList;
  }
}
