import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at `level` (2–6) with a part, a class and an optional id; 0 (or anything else) gives a paragraph.
 * Tags are written out because Lit cannot bind a tag name without unsafe static HTML.
 */
export function heading(level: number, part: string, className: string, content: unknown, id?: string): TemplateResult {
  const idValue = id ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${className} id=${idValue}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} id=${idValue}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} id=${idValue}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} id=${idValue}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${className} id=${idValue}>${content}</h6>`;
    default:
      return html`<p part=${part} class=${className} id=${idValue}>${content}</p>`;
  }
}

/** The level under `level`: 2 -> 3, capped at 6; 0 (no headings) stays 0. */
export function subLevel(level: number): number {
  return level >= 2 && level <= 6 ? Math.min(level + 1, 6) : 0;
}
