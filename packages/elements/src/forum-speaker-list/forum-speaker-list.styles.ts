import { css } from 'lit';

export const speakerListStyles = css`
  :host {
    --_columns-min: var(--forum-speaker-list-columns-min, 17rem);
    --_gap: var(--forum-speaker-list-gap, var(--_space));
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
  }
`;
