import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { ForumElementRenderer, type ForumRenderInfo } from './element-renderer.js';
import { checkNonce } from './nonce.js';
import type { ForumStylesheetLinks } from './stylesheets.js';

export interface RenderToStringOptions {
  /**
   * Link each forumkit element's stylesheet file (see `forumStylesheets()`) from its shadow
   * root instead of writing the element's CSS there in a `<style>`.
   */
  readonly stylesheets?: ForumStylesheetLinks;
  /**
   * A Content-Security-Policy nonce (`style-src 'nonce-…'`) for every `<style>` the shadow roots
   * carry: new for every response. Throws a TypeError unless it is base64 (`A-Z a-z 0-9 + / - _`, `=` at the end).
   */
  readonly nonce?: string;
}

/** Renders a Lit template, custom elements included (declarative shadow DOM), to an HTML string. */
export async function renderToString(template: TemplateResult, options: RenderToStringOptions = {}): Promise<string> {
  return (await renderPageTemplate(template, options)).html;
}

/** Renders like renderToString, and says which stylesheet files the markup links, in the order it first links them. */
export async function renderPageTemplate(template: TemplateResult, options: RenderToStringOptions): Promise<{ html: string; linked: readonly string[] }> {
  const nonce = checkNonce(options.nonce);
  const linked = new Set<string>();
  const renderInfo: Partial<ForumRenderInfo> = {
    elementRenderers: [ForumElementRenderer],
    shadowStyles: {
      ...(options.stylesheets && { stylesheets: { links: options.stylesheets, linked } }),
      ...(nonce !== undefined && { nonce }),
    },
  };
  const html = await collectResult(render(template, renderInfo));
  return { html, linked: [...linked] };
}
