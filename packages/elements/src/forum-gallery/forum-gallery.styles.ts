import { css } from 'lit';

export const galleryStyles = css`
  :host {
    --_columns-min: var(--forum-gallery-columns-min, 15rem);
    --_gap: var(--forum-gallery-gap, var(--_space));
    --_ratio: var(--forum-gallery-aspect-ratio, 3 / 2);
    --_figure-bg: var(--forum-gallery-background, var(--_surface));
    --_figure-border: var(--forum-gallery-border-color, var(--_border));
  }
  .figure {
    display: flex;
    flex-direction: column;
    margin: 0;
    overflow: hidden;
    background: var(--_figure-bg);
    border: 1px solid var(--_figure-border);
    border-radius: var(--_radius);
  }
  .frame {
    position: relative;
    aspect-ratio: var(--_ratio);
    background: var(--_surface-alt);
  }
  .image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .badge {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    padding: 0.1rem 0.55rem;
    border-radius: 999px;
    /* Fixed colours: the mark sits on the photo, not on the page background. */
    background: #16181e;
    color: #ffffff;
    box-shadow: 0 0 0 1px rgb(255 255 255 / 0.3);
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.5;
  }
  .caption {
    display: grid;
    gap: 0.3rem;
    padding: 0.75rem var(--_space) 0.9rem;
    font-size: 0.9rem;
    line-height: 1.45;
  }
  .credit {
    color: var(--_muted);
    font-size: 0.8rem;
  }
`;
