import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { FORUM_STYLES, type WithForumStyles } from '@forumkit/elements/page';
import { escapeHtml } from './escape-html.js';
import { elementStylesheet, type ForumStylesheetLinks } from './stylesheets.js';

/** How the shadow roots of a render carry their CSS. */
export interface ShadowStyles {
  /** Link each forumkit element's stylesheet file in place of its CSS; the files linked are added to `linked`, in the order first linked. */
  readonly stylesheets?: { readonly links: ForumStylesheetLinks; readonly linked: Set<string> };
  /** The Content-Security-Policy nonce every `<style>` carries. */
  readonly nonce?: string;
}

/** A render's context with what ForumElementRenderer needs (Lit hands the same object to every element of the render). */
export interface ForumRenderInfo extends RenderInfo {
  readonly shadowStyles: ShadowStyles;
}

/**
 * A Lit element renderer for forumkit's pages: in each shadow root, where Lit writes a `<style>`
 * with the element's CSS, it writes that `<style>` with the page's nonce, or a link to the
 * element's stylesheet file; and the CSS of the element's forum (the agenda's track colours)
 * after it, in a `<style>` of its own when the CSS is linked. Without a nonce that `<style>` is
 * left out of a page whose CSS is linked (a `style-src 'self'` policy would refuse it): the
 * element's file of `forumStylesheets(forum)` holds the same CSS, and the hydrating script adopts
 * it. One class serves every render; what differs between renders comes in the render's context.
 */
export class ForumElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: ForumRenderInfo): ThunkedRenderResult | undefined {
    const shadow = super.renderShadow(renderInfo);
    // Lit starts a shadow root with '<style>', each of the class's cssText, '</style>'; the node
    // tests fail if that changes (the page would then keep its plain inline styles).
    const end = shadow?.[0] === '<style>' ? shadow.indexOf('</style>') : -1;
    if (shadow === undefined || end < 0) return shadow;
    const { stylesheets, nonce } = renderInfo.shadowStyles;
    const style = nonce === undefined ? '<style>' : `<style nonce="${escapeHtml(nonce)}">`;
    const forumCss = FORUM_STYLES in this.element ? (this.element as unknown as WithForumStyles)[FORUM_STYLES]() : '';
    const rest = shadow.slice(end + 1);
    const file = stylesheets && elementStylesheet(this.tagName);
    if (!stylesheets || file === undefined) return [style, ...shadow.slice(1, end), forumCss, '</style>', ...rest];
    stylesheets.linked.add(file);
    const link = `<link rel="stylesheet" href="${escapeHtml(stylesheets.links.href(file))}">`;
    return forumCss && nonce !== undefined ? [link, style, forumCss, '</style>', ...rest] : [link, ...rest];
  }
}
