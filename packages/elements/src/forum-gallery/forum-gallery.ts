import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Photo } from '@forumkit/core';
import { sameLanguage, type Presentation } from '@forumkit/core/present';
import { localized } from '../internal/data-text.js';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { safeUrl } from '../internal/safe-url.js';
import { gridListStyles } from '../internal/grid-list.styles.js';
import { themeStyles } from '../internal/theme.js';
import { galleryStyles } from './forum-gallery.styles.js';

/**
 * The forum's photos as a responsive grid of captioned figures, cropped to one aspect ratio.
 * Placeholder images are marked as such; a photo whose URL is not http(s) keeps only its caption.
 *
 * @csspart gallery - The list of photos (a grid).
 * @csspart figure - One photo with its caption.
 * @csspart image - The image.
 * @csspart placeholder - The "placeholder image" mark.
 * @csspart caption - The caption under a photo.
 * @csspart credit - Who took or owns the photo.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message.
 * @cssprop --forum-gallery-columns-min - Narrowest a column may get before the grid wraps.
 * @cssprop --forum-gallery-gap - Space between photos.
 * @cssprop --forum-gallery-aspect-ratio - The crop of every image (default 3 / 2).
 * @cssprop --forum-gallery-background - Figure background.
 * @cssprop --forum-gallery-border-color - Figure border.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid.
 */
export class ForumGallery extends LitElement {
  static override styles = [themeStyles, gridListStyles, galleryStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    photos: { reflect: true },
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
  /** Ids of the photos to show, space-separated, in this order; all photos when absent. */
  photos?: string;

  #renderPhoto(present: Presentation, photo: Photo): TemplateResult {
    const src = safeUrl(photo.url);
    // Alt text describes the image; with neither alt nor caption nothing is known, so it is decorative.
    const alt = present.text(photo.alt ?? photo.caption);
    const altLanguage = alt?.language !== undefined && !sameLanguage(alt.language, present.language) ? alt.language : undefined;
    const holder = photo.copyrightHolder === undefined ? undefined : present.index.organizations.get(photo.copyrightHolder);
    const credit = photo.credit ?? holder?.name;
    const creditText = present.text(credit)?.text;
    const placeholder = present.term('placeholder');
    return html`<figure part="figure" class="figure">
      ${
        src
          ? html`<div class="frame">
            <img
              part="image"
              class="image"
              src=${src}
              alt=${alt?.text ?? ''}
              lang=${ifDefined(altLanguage)}
              width=${ifDefined(photo.width)}
              height=${ifDefined(photo.height)}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
            />
            ${photo.placeholder ? html`<span part="placeholder" class="badge">${placeholder}</span>` : nothing}
          </div>`
          : nothing
      }
      ${
        photo.caption || creditText || (photo.placeholder && !src)
          ? html`<figcaption part="caption" class="caption">
            ${photo.placeholder && !src ? html`<span part="placeholder">${placeholder}</span>` : nothing}
            ${photo.caption ? html`<span>${localized(photo.caption, present)}</span>` : nothing}
            ${
              creditText
                ? html`<small part="credit" class="credit">${/^\s*(©|ⓒ|\(c\))/iu.test(creditText) ? nothing : 'ⓒ '}${localized(credit, present)}</small>`
                : nothing
            }
          </figcaption>`
          : nothing
      }
    </figure>`;
  }

  #renderGallery(present: Presentation): TemplateResult {
    const { forum, index } = present;
    const ids = this.photos?.trim().split(/\s+/).filter(Boolean);
    const photos = ids?.length ? ids.map((id) => index.photos.get(id)).filter((photo): photo is Photo => photo !== undefined) : (forum.photos ?? []);
    return html`<ul part="gallery" class="gallery grid" dir=${present.dir} aria-label=${present.term('photos')}>
      ${photos.map((photo) => html`<li class="item">${this.#renderPhoto(present, photo)}</li>`)}
    </ul>`;
  }

  override render(): TemplateResult {
    return this.#data.render((present) => this.#renderGallery(present));
  }
}

defineElement('forum-gallery', ForumGallery);

declare global {
  interface HTMLElementTagNameMap {
    'forum-gallery': ForumGallery;
  }
}
