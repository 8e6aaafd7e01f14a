import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { escapeHtml } from './escape-html.js';
import { elementStylesheet, type ForumStylesheetLinks } from './stylesheets.js';

/** A render's context with what LinkingRenderer needs (Lit hands the same object to every element of the render). */
export interface LinkingRenderInfo extends RenderInfo {
  readonly stylesheets: {
    readonly links: ForumStylesheetLinks;
    /** The files linked so far, in the order the page first needs them. */
    readonly linked: Set<string>;
  };
}

/**
 * A Lit element renderer that writes, in each forumkit element's shadow root, a link to the
 * element's stylesheet file where Lit writes a `<style>` with the same CSS. One class serves
 * every render; what differs between renders comes in the render's context.
 */
export class LinkingRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: LinkingRenderInfo): ThunkedRenderResult | undefined {
    const shadow = super.renderShadow(renderInfo);
    const file = elementStylesheet(this.tagName);
    // Lit starts a shadow root with '<style>', each of the class's cssText, '</style>'; the
    // node tests fail if that changes (the page would then keep its inline styles).
    const end = shadow?.[0] === '<style>' ? shadow.indexOf('</style>') : -1;
    if (shadow === undefined || file === undefined || end < 0) return shadow;
    const { links, linked } = renderInfo.stylesheets;
    linked.add(file);
    return [`<link rel="stylesheet" href="${escapeHtml(links.href(file))}">`, ...shadow.slice(end + 1)];
  }
}
