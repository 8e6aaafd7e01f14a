import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/** Renders a Lit template, custom elements included (declarative shadow DOM), to an HTML string. */
export function renderToString(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}
