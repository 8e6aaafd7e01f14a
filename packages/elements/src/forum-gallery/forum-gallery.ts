import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { gridListStyles } from '../internal/grid-list.styles.js';
import { placeholder, placeholderStyles } from '../internal/placeholder.js';
import { themeStyles } from '../internal/theme.js';
import { galleryStyles } from './forum-gallery.styles.js';
import { galleryView } from './gallery-view.js';

/**
 * The forum's photos as a responsive grid of captioned figures, cropped to one aspect ratio.
 * Placeholder images are marked as such; a photo whose URL is not http(s), or not on an allowed
 * origin, keeps only its caption (or its alt text, when it has no caption).
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
 * @fires forum-error - Forum data could not be loaded or is invalid; `detail` says why (URL, HTTP status, invalid paths).
 */
export class ForumGallery extends LitElement {
  static override styles = [themeStyles, placeholderStyles, gridListStyles, galleryStyles];
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    allowedOrigins: { attribute: 'allowed-origins' },
    photos: { reflect: true },
  };

  // Room for the photos named in `photos`, else for a few.
  #data = new ForumDataController(this, { content: 'photos', placeholder: () => placeholder('photo', this.#photos()?.length || 6, true), view: galleryView });
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
  /** Ids of the photos to show, space-separated, in this order; all photos when absent. */
  photos?: string;

  #photos = (): string[] | undefined => this.photos?.trim().split(/\s+/).filter(Boolean);

  override render(): TemplateResult {
    return this.#data.render((present, view) => view.renderGallery(present, this.photos));
  }
}

defineElement('forum-gallery', ForumGallery);

declare global {
  interface HTMLElementTagNameMap {
    'forum-gallery': ForumGallery;
  }
}
