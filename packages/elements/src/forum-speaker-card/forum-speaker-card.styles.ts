import { css } from 'lit';

export const speakerCardStyles = css`
  :host {
    --_card-bg: var(--forum-speaker-card-background, var(--_surface));
    --_card-border: var(--forum-speaker-card-border-color, var(--_border));
    --_portrait-size: var(--forum-speaker-card-portrait-size, 4.5rem);
  }
  .card {
    display: grid;
    grid-template-columns: var(--_portrait-size) 1fr;
    gap: 0.75rem 1rem;
    align-items: center;
    /* In a grid of cards the tallest sets the height: extra space goes below, not between rows. */
    align-content: start;
    height: 100%;
    padding: var(--_space);
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
  }
  .portrait {
    width: var(--_portrait-size);
    height: var(--_portrait-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_accent-soft);
    color: var(--_accent);
    display: grid;
    place-items: center;
    font-weight: 650;
    font-size: calc(var(--_portrait-size) / 2.6);
  }
  .name {
    margin: 0;
    font-size: 1.05rem;
    font-weight: 650;
    line-height: 1.3;
  }
  .name a {
    color: inherit;
  }
  .title,
  .affiliation {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .bio {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.9rem;
    white-space: pre-line;
  }
  .quote {
    grid-column: 1 / -1;
  }
  .sessions {
    grid-column: 1 / -1;
    margin: 0;
    padding-inline-start: 1.1rem;
    font-size: 0.875rem;
  }
`;
