import { css } from 'lit';

/** A responsive grid of list items; the element sets `--_columns-min` and `--_gap`. */
export const gridListStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > .item {
    display: grid;
  }
`;
