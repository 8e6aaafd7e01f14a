import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { LinkingRenderer, type LinkingRenderInfo } from './linking-renderer.js';
import type { ForumStylesheetLinks } from './stylesheets.js';

export interface RenderToStringOptions {
  /**
   * Link each forumkit element's stylesheet file (see `forumStylesheets()`) from its shadow
   * root instead of writing the element's CSS there in a `<style>`.
   */
  readonly stylesheets?: ForumStylesheetLinks;
}

/** Renders a Lit template, custom elements included (declarative shadow DOM), to an HTML string. */
export async function renderToString(template: TemplateResult, options: RenderToStringOptions = {}): Promise<string> {
  return (await renderLinkingStylesheets(template, options.stylesheets)).html;
}

/** Renders like renderToString, and says which stylesheet files the markup links, in the order it first links them. */
export async function renderLinkingStylesheets(
  template: TemplateResult,
  stylesheets: ForumStylesheetLinks | undefined,
): Promise<{ html: string; linked: readonly string[] }> {
  if (stylesheets === undefined) return { html: await collectResult(render(template)), linked: [] };
  const linked = new Set<string>();
  const renderInfo: Partial<LinkingRenderInfo> = { elementRenderers: [LinkingRenderer], stylesheets: { links: stylesheets, linked } };
  const html = await collectResult(render(template, renderInfo));
  return { html, linked: [...linked] };
}
