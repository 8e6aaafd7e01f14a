import { css } from 'lit';

export const speakerListStyles = css`
  :host {
    --_columns-min: var(--forum-speaker-list-columns-min, 17rem);
    --_gap: var(--forum-speaker-list-gap, var(--_space));
  }
`;
