import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { indexForum, type Forum, type Photo } from '@forumkit/core';
import { defineElement } from '../internal/define.js';
import { ForumElement } from '../internal/forum-element.js';
import type { Localizer } from '../internal/localizer.js';
import { localizedText } from '../internal/localized-text.js';
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
export class ForumGallery extends ForumElement {
  static override styles = [themeStyles, gridListStyles, galleryStyles];
  static override properties: PropertyDeclarations = {
    photos: { reflect: true },
  };

  /** Ids of the photos to show, space-separated, in this order; all photos when absent. */
  photos?: string;

  #renderPhoto(forum: Forum, photo: Photo, text: Localizer): TemplateResult {
    const src = safeUrl(photo.url);
    // Alt text describes the image; with neither alt nor caption nothing is known, so it is decorative.
    const description = photo.alt ?? photo.caption;
    const alt = text.text(description) ?? '';
    const altLanguage = text.textLanguage(description);
    const holder = photo.copyrightHolder === undefined ? undefined : indexForum(forum).organizations.get(photo.copyrightHolder);
    const credit = photo.credit ?? holder?.name;
    const creditText = text.text(credit);
    return html`<figure part="figure" class="figure">
      ${src
        ? html`<div class="frame">
            <img
              part="image"
              class="image"
              src=${src}
              alt=${alt}
              lang=${ifDefined(altLanguage === text.language ? undefined : altLanguage)}
              width=${ifDefined(photo.width)}
              height=${ifDefined(photo.height)}
              loading="lazy"
              decoding="async"
            />
            ${photo.placeholder ? html`<span part="placeholder" class="badge">${text.ui.placeholder}</span>` : nothing}
          </div>`
        : nothing}
      ${photo.caption || creditText || (photo.placeholder && !src)
        ? html`<figcaption part="caption" class="caption">
            ${photo.placeholder && !src ? html`<span part="placeholder">${text.ui.placeholder}</span>` : nothing}
            ${photo.caption ? html`<span>${localizedText(photo.caption, text)}</span>` : nothing}
            ${creditText
              ? html`<small part="credit" class="credit"
                  >${/^\s*(©|ⓒ|\(c\))/iu.test(creditText) ? nothing : 'ⓒ '}${localizedText(credit, text)}</small
                >`
              : nothing}
          </figcaption>`
        : nothing}
    </figure>`;
  }

  protected override renderForum(forum: Forum, text: Localizer): TemplateResult {
    const index = indexForum(forum);
    const ids = this.photos?.trim().split(/\s+/).filter(Boolean);
    const photos = ids?.length
      ? ids.map((id) => index.photos.get(id)).filter((photo): photo is Photo => photo !== undefined)
      : (forum.photos ?? []);
    return html`<ul part="gallery" class="gallery grid" aria-label=${text.ui.photos}>
      ${photos.map((photo) => html`<li class="item">${this.#renderPhoto(forum, photo, text)}</li>`)}
    </ul>`;
  }
}

defineElement('forum-gallery', ForumGallery);

declare global {
  interface HTMLElementTagNameMap {
    'forum-gallery': ForumGallery;
  }
}
