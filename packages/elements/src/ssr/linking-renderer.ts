import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { escapeHtml } from './escape-html.js';
import { elementStylesheet, type ForumStylesheetLinks } from './stylesheets.js';

/**
 * A Lit element renderer that writes, in each forumkit element's shadow root, a link to the
 * element's stylesheet file where Lit writes a `<style>` with the same CSS. `linked` collects
 * the files it linked, in the order the page first needs them.
 */
export function linkingRenderer(links: ForumStylesheetLinks, linked: Set<string>): typeof LitElementRenderer {
  return class LinkingRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      const shadow = super.renderShadow(renderInfo);
      const file = elementStylesheet(this.tagName);
      // Lit starts a shadow root with '<style>', each of the class's cssText, '</style>'; the
      // node tests fail if that changes (the page would then keep its inline styles).
      const end = shadow?.[0] === '<style>' ? shadow.indexOf('</style>') : -1;
      if (shadow === undefined || file === undefined || end < 0) return shadow;
      linked.add(file);
      return [`<link rel="stylesheet" href="${escapeHtml(links.href(file))}">`, ...shadow.slice(end + 1)];
    }
  };
}
