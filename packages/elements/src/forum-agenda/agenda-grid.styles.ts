import { unsafeCSS } from 'lit';

// Here rather than in agenda-grid.ts, which lays a day out: the element's styles load with it, its
// layout with the data (the drop-in's on-demand view).
/** Beyond these the day reads better as a list (and the generated placement classes stop). */
export const MAX_GRID_ROWS = 200;
export const MAX_GRID_ROOMS = 24;

// The grid places sessions by class (`rs4 re7 c3`), not by style attributes, so a page under a
// Content-Security-Policy without 'unsafe-inline' styles still lays out. The classes are made here.
const placements = [
  ...Array.from({ length: MAX_GRID_ROWS + 2 }, (_, i) => `.rs${i + 1}{grid-row-start:${i + 1}}.re${i + 1}{grid-row-end:${i + 1}}`),
  ...Array.from({ length: MAX_GRID_ROOMS + 1 }, (_, i) => `.c${i + 1}{grid-column:${i + 1}}`),
  ...Array.from({ length: MAX_GRID_ROOMS - 1 }, (_, i) => `.rooms-${i + 2}{--_grid-rooms:${i + 2}}`),
  '.call{grid-column:2/-1}',
].join('');

/**
 * The grid's rules, for the days that can be one, under `scope` (the agenda's layout class). A
 * cell is laid out with its day, not on its own as a list's session is: its row's height needs it.
 */
const gridRules = (scope: string) => `
${scope} .grid-capable .sessions{display:grid;grid-template-columns:var(--_grid-time-width) repeat(var(--_grid-rooms),minmax(var(--_grid-room-width),1fr));grid-auto-rows:minmax(1.5rem,auto);gap:.5rem;min-inline-size:min-content}
${scope} .grid-capable .scroller{overflow-x:auto;padding-block-end:.5rem}
${scope} .grid-capable .grid-only{display:block}
${scope} .grid-capable .list-only{display:none}
${scope} .grid-capable .room-head{align-self:end;padding:.25rem .5rem;font-weight:650;font-size:.875rem;border-block-end:2px solid var(--_agenda-line)}
${scope} .grid-capable .time-mark{font-size:.8125rem;font-variant-numeric:tabular-nums;color:var(--_agenda-muted);text-align:end;padding-inline-end:.25rem}
${scope} .grid-capable .now-line{z-index:1;align-self:start;border-block-start:2px solid var(--_agenda-danger);margin-block-start:-.25rem;pointer-events:none}
${scope} .grid-capable .now-line span{display:inline-block;padding:0 .375rem;font-size:.75rem;font-weight:650;color:var(--_surface);background:var(--_agenda-danger);border-radius:0 0 .25rem .25rem}
${scope} .grid-capable .session{content-visibility:visible;position:relative;align-content:start;padding:.625rem .75rem;border:1px solid var(--_agenda-line);border-radius:calc(var(--_radius) * .67);background:var(--_surface);grid-template-columns:minmax(0,1fr);overflow-wrap:break-word;hyphens:auto}
${scope} .grid-capable .session .head{display:block}
${scope} .grid-capable .session .save{position:absolute;inset-block-start:.25rem;inset-inline-end:.25rem;inline-size:2rem;block-size:2rem}
${scope} .grid-capable .session .when{padding-inline-end:1.75rem}
${scope} .grid-capable .session::before,${scope} .grid-capable .session::after{display:none}
${scope} .grid-capable .session .body{padding:0}
${scope} .grid-capable .session .when{text-align:start;font-size:.8125rem}
${scope} .grid-capable .session .when .end,${scope} .grid-capable .session .when .zone{display:inline}
${scope} .grid-capable .session .title{font-size:.9375rem}
${scope} .grid-capable .session.call{background:var(--_surface-alt)}
${scope} .grid-capable .session .room{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
${scope} .grid-capable .session .place:not(:has(> :not(.room))){display:none}
${scope} .grid-capable .session .participants{margin-block-start:.375rem;gap:.25rem}
`;

export const agendaGridStyles = unsafeCSS(
  `.grid-only{display:none}` + placements + gridRules('.layout-grid') + `@container (min-width: 46rem){${gridRules('.layout-auto')}}`,
);
