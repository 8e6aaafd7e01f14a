import { css } from 'lit';

/** The quote figure itself; shared by every element that shows quotes. */
export const quoteStyles = css`
  .quote {
    --_quote-accent: var(--forum-quote-accent-color, var(--_accent));
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .quote-text {
    margin: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--_quote-accent);
  }
  .quote-words {
    margin: 0;
    font-size: var(--forum-quote-font-size, 1.0625rem);
    font-weight: 500;
    line-height: 1.55;
    text-wrap: pretty;
  }
  .quote-original {
    margin: 0.6rem 0 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .quote-label {
    display: inline-block;
    margin-inline-end: 0.4rem;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    vertical-align: 0.1em;
  }
  .quote-caption {
    padding-inline-start: calc(1rem + 3px);
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .quote-caption p {
    margin: 0;
  }
  .quote-speaker {
    color: var(--_text);
    font-weight: 650;
  }
`;

/** `<forum-quote>` standing alone: a card with a large quotation mark. */
export const forumQuoteStyles = css`
  :host {
    --_quote-bg: var(--forum-quote-background, var(--_surface));
    --_quote-border: var(--forum-quote-border-color, var(--_border));
  }
  .quote {
    position: relative;
    height: 100%;
    padding: calc(var(--_space) * 1.25) var(--_space) var(--_space);
    background: var(--_quote-bg);
    border: 1px solid var(--_quote-border);
    border-radius: var(--_radius);
    grid-template-rows: 1fr auto;
  }
  .quote-text {
    padding-inline-start: 0;
    border: 0;
  }
  .quote-text::before {
    content: '\\201C' / '';
    display: block;
    height: 1.6rem;
    margin-block-end: 0.25rem;
    color: var(--_quote-accent);
    font: 700 3.25rem/1 Georgia, 'Times New Roman', serif;
  }
  .quote-caption {
    padding-inline-start: 0;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_quote-border);
  }
`;
