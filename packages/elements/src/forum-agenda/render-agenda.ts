import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '@forumkit/core';
import { isDateOnly } from '@forumkit/core/time';
import type { AgendaDay, Presentation } from '@forumkit/core/present';
import { localized } from '../internal/data-text.js';
import { heading, subLevel } from '../internal/heading.js';
import type { IncrementalRender } from '../internal/incremental-render.js';
import { dayGrid, placementClasses, type DayGrid } from './agenda-grid.js';
import { perDay } from './per-day.js';
import { filterChoices, sessionFilter, type AgendaFilters } from './agenda-filter.js';
import { renderSession, type SessionOptions } from './render-session.js';
import { renderToolbar, type ToolbarState } from './render-toolbar.js';
import type { VisitorSchedule } from './visitor-schedule.js';

// What <forum-agenda> shows once its forum is there, and what it keeps for the visitor: the
// element's view. The drop-in bundle loads it with the forum data (internal/forum-views.ts).
export { filtersFromUrl, NO_FILTERS, urlWithFilters, type AgendaFilters } from './agenda-filter.js';
export { VisitorSchedule } from './visitor-schedule.js';
export { IncrementalRender } from '../internal/incremental-render.js';

/** The element's settings and state the programme is drawn from, and what the visitor's actions call. */
export interface AgendaState {
  readonly headingLevel: number;
  readonly layout: string;
  /** The forum's status and online link, drawn by the element (nothing when `hide-forum-status` leaves them to the page). */
  readonly notice: TemplateResult | typeof nothing;
  readonly timeZone: string | undefined;
  /** Running in the browser past hydration: the saved sessions, the visitor's zone and the time now count. */
  readonly clientReady: boolean;
  readonly filters: AgendaFilters;
  readonly schedule: VisitorSchedule;
  /** Renders the days' sessions: a screenful at once, the rest of a long programme a slice at a time. */
  readonly incremental: IncrementalRender;
  readonly goTo: (hash: string) => void;
  readonly jumpTo: (event: Event, hash: string) => void;
  readonly setFilters: (filters: AgendaFilters) => void;
}

const LAYOUTS: ReadonlySet<string> = new Set(['auto', 'list', 'grid']);
// From this many sessions the programme gets search and filters.
const FILTERS_FROM = 10;
// From this many, days and sessions off screen wait to be laid out (the styles' `.long`).
const LONG_FROM = 200;

function renderDay(
  agenda: AgendaState,
  present: Presentation,
  day: AgendaDay | undefined,
  sessions: readonly Session[],
  timed: boolean,
  base: BaseOptions,
): TemplateResult {
  // One note per day names the zone; a day with a clock change names it at every time instead.
  const zoneNames = dayZoneNames(sessions, present);
  const grid = day && agenda.layout !== 'list' ? dayGrid(sessions, present) : undefined;
  const options: SessionOptions = {
    ...base,
    present,
    titleLevel: subLevel(agenda.headingLevel),
    timed,
    zonePerSession: zoneNames.size > 1,
    detailsOpen: !grid,
    ...(day && { listedOn: day.date }),
    ...(grid && { placement: (session: Session) => placementClasses(grid.placements.get(session.id)!) }),
  };
  const visible = sessions.some(base.shown);
  // The "now" mark of the list (a grid-capable day shows it when it is laid out as a list).
  const nowIndex = day ? (base.nowIndexes?.get(day) ?? -1) : -1;
  const title = day ? html`<time datetime=${day.date}>${present.day(day.date)}</time>` : present.term('timeToBeAnnounced');
  return html`<section part="day" class=${grid ? `day grid-capable rooms-${grid.rooms.length}` : day ? 'day' : 'day unscheduled'} data-day=${day?.date ?? nothing} ?hidden=${!visible}>
    <div class="day-header" tabindex="-1">
      ${heading(agenda.headingLevel, 'day-heading', 'day-heading', title)}
      ${zoneNames.size === 1 ? html`<p part="time-zone" class="time-zone">${present.term('timeZone', { zone: [...zoneNames][0]! })}</p>` : nothing}
    </div>
    <div class="scroller">
      <ol class="sessions">
        ${grid ? renderGridFrame(grid, present, base.shown) : nothing} ${grid && base.now !== undefined ? renderGridNow(grid, base.now, present) : nothing}
        ${agenda.incremental.list(sessions, (session, i) => html`${i === nowIndex ? renderListNow(present, grid !== undefined) : nothing}${renderSession(session, options)}`)}
        ${nowIndex === sessions.length ? renderListNow(present, grid !== undefined) : nothing}
      </ol>
    </div>
  </section>`;
}

/**
 * Makes, a small step at a time, what the programme's first render looks up over every session:
 * each session's instants, the days, the filters' choices, each day's zone names and grid. The
 * element runs the steps in slices before it renders a long programme (IncrementalRender's
 * `prepared`), so no one task goes over them all.
 */
export function* prepareAgenda(present: Presentation): Generator<void, void, void> {
  const { sessions } = present.forum;
  for (let i = 0; i < sessions.length; i++) {
    present.sessionSpan(sessions[i]!);
    if (i % PREPARE_STEP === 0) yield;
  }
  const { days } = present.agenda();
  yield;
  filterChoices(present);
  yield;
  for (const day of days) {
    dayZoneNames(day.sessions, present);
    yield;
    dayGrid(day.sessions, present);
    yield;
  }
}

// Sessions looked at in one step of the preparation.
const PREPARE_STEP = 50;

/** The programme of a ready forum: the forum's notice, the toolbar, the day navigation and each day. */
export function renderAgenda(present: Presentation, agenda: AgendaState): TemplateResult {
  const { days, unscheduled } = present.agenda();
  if (days.length === 0 && unscheduled.length === 0) {
    return html`<div part="status" class="status" dir=${present.dir}>${present.term('noSessions')}</div>`;
  }
  const { forum } = present;
  const timed = forum.sessions.some((session) => session.start !== undefined && !isDateOnly(session.start));
  const saved = agenda.schedule.saved(forum);
  const shown = sessionFilter(agenda.filters, present, saved);
  // The time now is known in the browser only, after hydration.
  const now = agenda.clientReady ? Date.now() : undefined;
  const base: BaseOptions = {
    shown,
    saved: (session) => saved.has(session.id),
    onSave: (session) => agenda.schedule.toggle(forum, session.id),
    onCalendar: (session) => void agenda.schedule.downloadSession(present, session.id),
    ...(now !== undefined && { now, nowIndexes: new Map(days.map((day) => [day, listNowIndex(day.sessions, present, now)])) }),
  };
  const toolbar: ToolbarState = {
    withFilters: forum.sessions.length >= FILTERS_FROM,
    filters: agenda.filters,
    shownCount: forum.sessions.filter(shown).length,
    savedCount: saved.size,
    clientReady: agenda.clientReady,
    zoneChoice: agenda.timeZone || !timed ? undefined : agenda.schedule.zoneChoice(forum, present.language),
    nowShown: [...(base.nowIndexes?.values() ?? [])].some((index) => index >= 0),
    withCalendar: days.length > 0,
    onJumpToNow: () => agenda.goTo('#now'),
    onFilters: agenda.setFilters,
    onZone: (choice) => agenda.schedule.chooseZone(choice),
    onCalendar: () => void agenda.schedule.downloadForum(present),
    onDownloadSaved: () => void agenda.schedule.downloadSaved(present),
  };
  const layout = LAYOUTS.has(agenda.layout) ? agenda.layout : 'auto';
  const long = forum.sessions.length >= LONG_FROM;
  return html`<div class=${`agenda layout-${layout}${timed ? ' timed' : ''}${long ? ' long' : ''}`} dir=${present.dir}>
    ${agenda.notice} ${renderToolbar(present, toolbar)}
    ${
      days.length > 1
        ? html`<nav part="day-nav" class="day-nav" aria-label=${present.term('days')}>
          <ul>
            ${days.map(
              (day) =>
                html`<li><a href=${`#${day.date}`} @click=${(event: Event) => agenda.jumpTo(event, `#${day.date}`)}
                    ><time datetime=${day.date}>${present.shortDay(day.date)}</time></a
                  ></li>`,
            )}
          </ul>
        </nav>`
        : nothing
    }
    ${days.map((day) => renderDay(agenda, present, day, day.sessions, timed, base))}
    ${unscheduled.length ? renderDay(agenda, present, undefined, unscheduled, timed, base) : nothing}
    ${toolbar.withFilters && toolbar.shownCount === 0 ? html`<p part="status" class="status">${present.term('noMatches')}</p>` : nothing}
  </div>`;
}

type BaseOptions = Pick<SessionOptions, 'shown' | 'saved' | 'onSave' | 'onCalendar'> & {
  readonly now?: number;
  /** Where each day's list puts the "now" mark (-1: not on that day), worked out once per render. */
  readonly nowIndexes?: ReadonlyMap<AgendaDay, number>;
};

/** The grid's room names along the top and its times down the side: seen, not read (each session names its own). */
function renderGridFrame(grid: DayGrid, present: Presentation, shown: (session: Session) => boolean): TemplateResult {
  return html`${grid.rooms.map(
    (room, i) => html`<li part="room-heading" class=${`grid-only room-head rs1 re2 c${i + 2}`} aria-hidden="true">${localized(room.name, present)}</li>`,
  )}${grid.times.map(
    ({ line, moment, sessions }) =>
      html`<li class=${`grid-only time-mark rs${line} re${line + 1} c1`} aria-hidden="true" ?hidden=${!sessions.some(shown)}>
        <time datetime=${moment.iso}>${moment.text}</time>
      </li>`,
  )}`;
}

/** The names of the zone the day's times are in (two across a clock change), from each distinct instant once. */
const dayZoneNames = perDay(zoneNamesOf);

function zoneNamesOf(sessions: readonly Session[], present: Presentation): ReadonlySet<string> {
  const instants = new Set<number>();
  for (const session of sessions) {
    const span = present.sessionSpan(session);
    if (span) instants.add(span.start).add(span.end ?? span.start);
  }
  const names = new Set<string>();
  for (const instant of instants) {
    const name = present.zoneName(instant);
    if (name) names.add(name);
  }
  return names;
}

/**
 * Where the "now" mark goes in a day's list: before the first session still to start, or after
 * the last one while it runs (the list's length); -1 when `now` is outside the day's sessions.
 */
function listNowIndex(sessions: readonly Session[], present: Presentation, now: number): number {
  let [first, last, next] = [Infinity, -Infinity, -1];
  sessions.forEach((session, i) => {
    const span = present.sessionSpan(session);
    if (!span) return;
    first = Math.min(first, span.start);
    last = Math.max(last, span.end ?? span.start);
    if (next === -1 && span.start > now) next = i;
  });
  if (now < first || now > last) return -1;
  return next === -1 ? sessions.length : next;
}

function renderListNow(present: Presentation, besideGrid: boolean): TemplateResult {
  return html`<li part="now" class=${besideGrid ? 'now-line list-only' : 'now-line'} aria-hidden="true"><span>${present.term('now')}</span></li>`;
}

/** The line at the current time, when it falls within the day. */
function renderGridNow(grid: DayGrid, now: number, present: Presentation): TemplateResult | typeof nothing {
  const line = grid.lineAt(now);
  return line === undefined
    ? nothing
    : html`<li part="now" class=${`grid-only now-line rs${line} re${line + 1} call`} aria-hidden="true">
        <span>${present.term('now')}</span>
      </li>`;
}
