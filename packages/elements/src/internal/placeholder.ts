import { css, html, type TemplateResult } from 'lit';

/** What a placeholder stands in for: a session of the programme, a speaker's card, a quote, a photo. */
export type PlaceholderShape = 'session' | 'card' | 'quote' | 'photo';

/**
 * Shapes with about the room `count` items of the element's content will take, shown under its
 * loading text so the page does not move when the data arrives. `grid` lays them out as the
 * element lays out its items (the `.grid` of grid-list.styles.ts, as many to a row as the element's
 * width holds). Seen, not read: assistive technology reads the loading text, then the content.
 */
export function placeholder(shape: PlaceholderShape, count = 1, grid = false): TemplateResult {
  return html`<div class=${`placeholder of-${shape}${grid ? ' grid' : ''}`} aria-hidden="true">${Array.from({ length: count }, () => html`<i></i>`)}</div>`;
}

/** The loading state: its text, then the shapes, each about the height of what it stands for. */
export const placeholderStyles = css`
  .loading {
    padding: 0;
    border: 0;
    background: none;
  }
  .loading > .placeholder {
    display: grid;
    gap: var(--_gap, var(--_space));
    margin-block-start: 0.75rem;
  }
  .placeholder > i {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .of-session > i {
    block-size: 12rem;
  }
  .of-card > i {
    block-size: 9rem;
  }
  .of-quote > i {
    block-size: 14rem;
  }
  /* The photo at the gallery's aspect ratio, and its caption. */
  .of-photo > i::before {
    content: '';
    display: block;
    aspect-ratio: var(--_ratio);
  }
  .of-photo > i {
    padding-block-end: 4.5rem;
  }
`;
