import { css } from 'lit';

export const agendaStyles = css`
  :host {
    --_agenda-accent: var(--forum-agenda-accent, var(--_accent));
    --_agenda-accent-soft: var(--forum-agenda-accent-soft, var(--_accent-soft));
    --_agenda-line: var(--forum-agenda-line-color, var(--_border));
    --_agenda-muted: var(--forum-agenda-muted-color, var(--_muted));
    --_agenda-danger: var(--forum-agenda-danger-color, var(--_danger));
    --_time-width: var(--forum-agenda-time-width, 7.5rem);
    --_grid-time-width: 4.5rem;
    --_grid-room-width: var(--forum-agenda-room-width, 11rem);
    --_gap: var(--forum-agenda-gap, 1.75rem);
    --_dot: 0.75rem;
    --_indent: 1.75rem;
    container-type: inline-size;
  }
  [hidden] {
    display: none !important;
  }
  .agenda {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2rem;
  }
  .forum-notice {
    margin: 0;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_agenda-line);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .forum-notice.status-cancelled .forum-status,
  .forum-notice.status-postponed .forum-status {
    color: var(--_agenda-danger);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .filters {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: 0.8125rem;
    color: var(--_agenda-muted);
  }
  .field.search {
    flex: 1 1 14rem;
  }
  input,
  select,
  button {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--_text);
  }
  input[type='search'],
  select {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_agenda-line);
    border-radius: 0.5rem;
    background: var(--_surface);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    font-size: 0.9375rem;
  }
  .chip {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_agenda-line);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_agenda-accent);
    background: var(--_agenda-accent-soft);
    font-weight: 650;
  }
  .chip:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .count {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_agenda-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .zones {
    display: inline-flex;
    gap: 0.25rem;
  }
  .day-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day-nav a {
    display: inline-block;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_agenda-line);
    border-radius: 999px;
    text-decoration: none;
  }
  .day-header:focus {
    outline: none;
  }
  .day-header:focus-visible {
    outline: var(--_focus);
  }
  .now-line {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_gap);
    font-size: 0.75rem;
    font-weight: 650;
    color: var(--_agenda-danger);
  }
  .now-line::after {
    content: '';
    flex: 1;
    border-block-start: 2px solid currentColor;
  }
  .head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .heading {
    min-inline-size: 0;
  }
  .save {
    flex: none;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: transparent;
    font-size: 1.125rem;
    line-height: 1;
    color: var(--_agenda-muted);
    cursor: pointer;
  }
  .save:hover {
    border-color: var(--_agenda-line);
  }
  .save[aria-pressed='true'] {
    color: var(--_agenda-accent);
  }
  .more {
    margin-block-start: 0.5rem;
  }
  .more > summary {
    inline-size: fit-content;
    font-size: 0.875rem;
    color: var(--_agenda-accent);
    cursor: pointer;
  }
  .more[open] > summary {
    margin-block-end: 0.25rem;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_agenda-accent);
    font-size: 0.875rem;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chip,
    .save {
      transition: background-color 0.15s, border-color 0.15s;
    }
  }
  .day-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-end: 1.25rem;
    padding-block-end: 0.625rem;
    border-block-end: 1px solid var(--_agenda-line);
  }
  .day-heading {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: -0.01em;
  }
  .time-zone {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_agenda-muted);
  }
  .sessions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* In a long programme, days and sessions off screen are laid out only once they come near:
     thousands lay out as quickly as a screenful. They stay in the page for find-in-page and
     screen readers; focus rings still show beyond their edges. */
  .long .day,
  .long .session {
    content-visibility: auto;
    overflow-clip-margin: 0.5rem;
  }
  .long .day {
    contain-intrinsic-size: auto 60rem;
  }
  .long .session {
    contain-intrinsic-size: auto 9rem;
  }

  /* The timeline: a line through a dot per session, right of the times when there are any. */
  .session {
    --_rail: 0px;
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    padding-block-end: var(--_gap);
  }
  .timed .session {
    --_rail: calc(var(--_time-width) + 1rem);
    grid-template-columns: var(--_time-width) minmax(0, 1fr);
    column-gap: 1rem;
  }
  .session::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_rail) + var(--_dot) / 2 - 1px);
    width: 2px;
    background: var(--_agenda-line);
  }
  .session:first-child::before {
    inset-block-start: 0.5rem;
  }
  .session:last-child::before {
    inset-block-end: auto;
    height: 0.5rem;
  }
  .session:only-child::before {
    display: none;
  }
  .session::after {
    content: '';
    position: absolute;
    inset-block-start: 0.4rem;
    inset-inline-start: var(--_rail);
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    background: var(--_agenda-accent);
    box-shadow: 0 0 0 3px var(--_agenda-accent-soft);
  }
  .session.struck::after {
    background: var(--_agenda-muted);
    box-shadow: none;
  }
  .body {
    padding-inline-start: var(--_indent);
  }

  .when {
    margin: 0;
    font-weight: 650;
    line-height: 1.4;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .when .end {
    display: block;
    font-weight: 400;
    color: var(--_agenda-muted);
  }
  .when .zone {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--_agenda-muted);
  }
  .when.tba {
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--_agenda-muted);
  }
  .struck .when time,
  .struck .title {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .struck .title {
    color: var(--_agenda-muted);
  }

  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0 0 0.375rem;
    line-height: 1;
  }
  .kind,
  .badge {
    display: inline-block;
    padding: 0.3em 0.6em;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 650;
    letter-spacing: 0.03em;
    line-height: 1.2;
  }
  .kind {
    color: var(--_agenda-accent);
    background: var(--_agenda-accent-soft);
  }
  .badge {
    color: var(--_agenda-accent);
    border: 1px solid currentColor;
  }
  .status-cancelled .badge {
    color: var(--_agenda-danger);
  }
  .title {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.4;
    text-wrap: pretty;
  }
  .previous,
  .place {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_agenda-muted);
  }
  .place {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1rem;
  }
  .place-label {
    font-weight: 600;
  }
  /* A dot where the track has a colour: its content and colour come from the forum's rules (track-colors.ts). */
  .track::before {
    display: inline-block;
    inline-size: 0.625em;
    block-size: 0.625em;
    margin-inline-end: 0.35em;
    border-radius: 50%;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1rem;
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_agenda-muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.625rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .tba .name {
    font-weight: 400;
    font-style: italic;
    color: var(--_agenda-muted);
  }
  .description {
    margin: 0.5rem 0 0;
    max-width: 68ch;
    white-space: pre-line;
  }
  .participants {
    display: grid;
    gap: 0.625rem;
    margin: 0.75rem 0 0;
  }
  .role {
    margin-block-end: 0.125rem;
    font-size: 0.75rem;
    font-weight: 650;
    letter-spacing: 0.03em;
    color: var(--_agenda-muted);
  }
  .participant {
    margin: 0;
  }
  .participant + .participant {
    margin-block-start: 0.125rem;
  }
  .name {
    font-weight: 600;
  }
  .name a {
    color: inherit;
    text-decoration-color: var(--_agenda-accent);
  }
  .details {
    color: var(--_agenda-muted);
  }
  .details::before {
    content: '·' / '';
    margin-inline: 0.1em 0.4em;
  }

  /* Narrow: the filters two by two, the search across; the time moves above the session, both beside the line. */
  @container (max-width: 34rem) {
    .filters {
      display: grid;
      grid-template-columns: 1fr 1fr;
      align-items: end;
    }
    .field.search {
      grid-column: 1 / -1;
    }
    .field select {
      inline-size: 100%;
    }
    .toolbar .chip {
      min-block-size: 2rem;
      padding-inline: 0.625rem;
      font-size: 0.875rem;
    }
    .timed .session {
      --_rail: 0px;
      grid-template-columns: minmax(0, 1fr);
    }
    .when {
      padding-inline-start: var(--_indent);
      margin-block-end: 0.25rem;
      text-align: start;
    }
    .when .end,
    .when .zone {
      display: inline;
    }
  }
`;
