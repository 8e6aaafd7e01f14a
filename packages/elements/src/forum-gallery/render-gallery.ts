// What <forum-gallery> shows once its forum is there: its view (the drop-in bundle loads it with
// the data, see internal/forum-views.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Photo } from '@forumkit/core';
import { sameLanguage, type Presentation } from '@forumkit/core/present';
import { dataText, localized } from '../internal/data-text.js';

function renderPhoto(present: Presentation, photo: Photo): TemplateResult {
  const src = present.url(photo.url);
  // Alt text describes the image; with neither alt nor caption nothing is known, so it is decorative.
  const alt = present.text(photo.alt ?? photo.caption);
  const altLanguage = alt?.language !== undefined && !sameLanguage(alt.language, present.language) ? alt.language : undefined;
  const holder = photo.copyrightHolder === undefined ? undefined : present.index.organizations.get(photo.copyrightHolder);
  const credit = photo.credit === undefined ? holder && present.organizationName(holder) : present.text(photo.credit);
  const creditText = credit?.text;
  const mark = present.term('placeholder');
  // A photo that is not shown (its URL not http(s), or not on an allowed origin) keeps its
  // caption, else the words that describe it.
  const words = photo.caption ?? (src ? undefined : photo.alt);
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
          ${photo.placeholder ? html`<span part="placeholder" class="badge">${mark}</span>` : nothing}
        </div>`
        : nothing
    }
    ${
      words || creditText || (photo.placeholder && !src)
        ? html`<figcaption part="caption" class="caption">
          ${photo.placeholder && !src ? html`<span part="placeholder">${mark}</span>` : nothing}
          ${words ? html`<span>${localized(words, present)}</span>` : nothing}
          ${
            creditText
              ? html`<small part="credit" class="credit">${/^\s*(©|ⓒ|\(c\))/iu.test(creditText) ? nothing : 'ⓒ '}${dataText(credit, present)}</small>`
              : nothing
          }
        </figcaption>`
        : nothing
    }
  </figure>`;
}

/** The photos `photos` names (ids, space-separated, in that order), else all of the forum's, each a captioned figure. */
export function renderGallery(present: Presentation, photos: string | undefined): TemplateResult {
  const { forum, index } = present;
  const ids = photos?.trim().split(/\s+/).filter(Boolean);
  const shown = ids?.length ? ids.map((id) => index.photos.get(id)).filter((photo): photo is Photo => photo !== undefined) : (forum.photos ?? []);
  return html`<ul part="gallery" class="gallery grid" dir=${present.dir} aria-label=${present.term('photos')}>
    ${shown.map((photo) => html`<li class="item">${renderPhoto(present, photo)}</li>`)}
  </ul>`;
}
