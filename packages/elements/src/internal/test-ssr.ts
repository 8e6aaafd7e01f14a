// Lit's server renderer for the elements' Node-side tests: the markup @forumkit/ssr writes for them
// (renderToString there is this render with forumkit's options).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/** Renders a Lit template, custom elements included (declarative shadow DOM), to an HTML string. */
export function renderOnServer(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}
