import { html, isServer, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Session } from '@forumkit/core';
import { formatDay, formatShortDay, isDateOnly, isTimeZone } from '@forumkit/core/time';
import type { AgendaDay, Presentation } from '@forumkit/core/present';
import { localized } from '../internal/data-text.js';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { PageFragmentController, revealTarget } from '../internal/page-fragment.js';
import { renderForumNotice } from '../internal/forum-notice.js';
import { heading, subLevel } from '../internal/heading.js';
import { themeStyles } from '../internal/theme.js';
import { dayGrid, placementClasses, type DayGrid } from './agenda-grid.js';
import { agendaGridStyles } from './agenda-grid.styles.js';
import { filtersFromUrl, NO_FILTERS, sessionFilter, urlWithFilters, type AgendaFilters } from './agenda-filter.js';
import { agendaStyles } from './forum-agenda.styles.js';
import { renderSession, type SessionOptions } from './render-session.js';
import { renderToolbar, type ToolbarState } from './render-toolbar.js';
import { VisitorSchedule } from './visitor-schedule.js';

/** How the programme is laid out: `grid` (time down, rooms across), `list`, or `auto`: the grid where a day has several rooms and the element is wide enough. */
export type AgendaLayout = ForumAgenda['layout'];

const LAYOUTS: ReadonlySet<string> = new Set(['auto', 'list', 'grid']);
// From this many sessions the programme gets search and filters.
const FILTERS_FROM = 10;
const DAY_HASH = /^#(\d{4}-\d{2}-\d{2})$/;
const SESSION_HASH = /^#session-(.+)$/;

/**
 * The programme: a day navigation, search and filters, then each day as a grid (time down, rooms
 * across) or a list, each session with its time (in the forum's time zone, the visitor's, or
 * `time-zone`), kind, title, people, place, languages, links and status, a toggle that saves it to
 * the visitor's schedule, and its calendar file. Sessions whose day is not known yet come last.
 *
 * The grid keeps the sessions in time order in the document, each naming its time and room, so a
 * screen reader hears the programme in time order; the columns are a visual arrangement of it.
 *
 * Deep links: `#2025-10-26` scrolls to a day, `#session-ID` to a session (opening its details);
 * `?q=…&track=…&room=…&language=…&kind=…&saved=1` in the page's URL filters it, and the filters
 * the visitor picks are written back there, so a view can be shared.
 *
 * @csspart forum-notice - The forum's status and online link.
 * @csspart toolbar - Search, filters and the schedule and time-zone controls.
 * @csspart filters - The search box and the filters.
 * @csspart count - How many sessions the filters let through.
 * @csspart day-nav - The links to each day.
 * @csspart day - One day: its heading and its sessions.
 * @csspart day-heading - The day's date.
 * @csspart time-zone - The note naming the time zone of the day's times.
 * @csspart room-heading - A room's name above its column in the grid.
 * @csspart now - The line at the current time while the forum runs.
 * @csspart session - One agenda item.
 * @csspart time - The session's start and end.
 * @csspart kind - The kind of session ("Keynote"), shown above a title.
 * @csspart status-badge - A status other than scheduled ("Cancelled", "Rescheduled").
 * @csspart title - The session's title (its kind when it has none).
 * @csspart save-button - The toggle that saves the session to the visitor's schedule.
 * @csspart previous-time - A rescheduled session's old time.
 * @csspart room - The room.
 * @csspart venue - The venue, when it is not the forum's own.
 * @csspart online-link - The link to attend online.
 * @csspart track - The track.
 * @csspart details - The disclosure with the description, languages, links and calendar file.
 * @csspart details-summary - Its "Details" toggle.
 * @csspart languages - The languages the session is held and interpreted in.
 * @csspart description - The session's description.
 * @csspart calendar-button - Downloads the session's calendar file.
 * @csspart participants - The people taking part, grouped by role.
 * @csspart role - A role's name ("Panellists").
 * @csspart participant - One person.
 * @csspart speaker-name - A person's name.
 * @csspart job-title - A person's job title.
 * @csspart affiliation - A person's organisations.
 * @csspart links - The session's page, slides, recordings.
 * @csspart status - The loading or empty message.
 * @csspart error - The error message.
 * @cssprop --forum-agenda-accent - Kind labels, the timeline's dots and times.
 * @cssprop --forum-agenda-accent-soft - Background of the kind labels and badges.
 * @cssprop --forum-agenda-line-color - The timeline's line, the day rules and the grid's cells.
 * @cssprop --forum-agenda-muted-color - Secondary text: job titles, rooms, end times.
 * @cssprop --forum-agenda-danger-color - Cancelled sessions' badges.
 * @cssprop --forum-agenda-time-width - Width of the time column on wide layouts.
 * @cssprop --forum-agenda-room-width - Narrowest a room's column gets in the grid (it scrolls sideways below that).
 * @cssprop --forum-agenda-gap - Space between sessions.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid.
 * @fires forum-favorite-change - The visitor saved a session to their schedule or took it out.
 */
export class ForumAgenda extends LitElement {
  static override styles = [themeStyles, agendaStyles, agendaGridStyles];
  // Declared here, not with decorators: the bundles then carry no decorator runtime.
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    timeZone: { reflect: true, attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
    hideForumStatus: { type: Boolean, attribute: 'hide-forum-status' },
    url: { attribute: false },
  };

  #data = new ForumDataController(this);
  #schedule = new VisitorSchedule(this);

  constructor() {
    super();
    // A fragment is looked for once the browser-only render is done and the forum is there.
    new PageFragmentController(this, (hash) => this.#clientReady && this.#data.view.status === 'ready' && this.#goTo(hash));
  }

  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;

  /**
   * Where to load the forum from: a URL of forum JSON, or `#id` of a
   * `<script type="application/json">` on the page. Elements with the same `src` share one
   * request, and a loaded URL is kept for the page's lifetime (change the URL to load again).
   */
  src?: string;

  /**
   * What the element settled on for its data: `{ status: 'ready', forum }` or
   * `{ status: 'error', failure }`, when `forum-load` or `forum-error` fires, or at once if they
   * fired already. For code that may start listening after the event, such as a framework's
   * effect. Never rejects.
   */
  get forumSettled(): Promise<ForumSettled> {
    return this.#data.settled;
  }

  /**
   * The IANA time zone to show times in (`Asia/Seoul`). When set it wins; when absent, the
   * forum's own zone, or the visitor's when they choose it (remembered for the site).
   */
  timeZone?: string;

  /** Heading level of the day headings (2–6), session titles one below; 0 renders no headings. */
  headingLevel = 2;

  /** `auto` (default): the grid where a day has two rooms or more and the element is wide enough; `list`; `grid`. */
  layout: 'auto' | 'list' | 'grid' = 'auto';

  /** Leaves the forum's status and online link to the page (a server-rendered page shows them in its header). */
  hideForumStatus = false;

  /** The page's URL when rendering on the server, so the filters it names are applied there too. */
  url?: string;

  // The visitor's filters; read from the page's URL once this element runs in the browser.
  #filters: AgendaFilters = NO_FILTERS;
  #clientReady = false;

  // The first render matches the server's markup (hydration); what only the browser knows (the
  // URL's filters, the saved sessions, the visitor's zone, the time now) comes in the next one.
  protected override firstUpdated(): void {
    // After this update has finished, so that the next one is not a change made within it.
    void this.updateComplete.then(() => {
      this.#clientReady = true;
      this.#filters = filtersFromUrl(location.href);
      this.#schedule.start();
      this.requestUpdate();
    });
  }

  /** Scrolls to the day or session a fragment names (a session's details open); false when there is none. */
  #goTo(hash: string): boolean {
    const day = DAY_HASH.exec(hash)?.[1];
    const session = SESSION_HASH.exec(hash)?.[1];
    const target = day
      ? this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"]`)
      : session
        ? this.renderRoot.querySelector<HTMLElement>(`[id="session-${CSS.escape(session)}"]`)
        : hash === '#now'
          ? ([...this.renderRoot.querySelectorAll<HTMLElement>('.now-line')].find((line) => line.checkVisibility()) ?? null)
          : null;
    if (!target) return false;
    target.querySelector('details')?.setAttribute('open', '');
    revealTarget(target, target.querySelector<HTMLElement>('[tabindex="-1"]') ?? target);
    return true;
  }

  #setFilters(filters: AgendaFilters): void {
    this.#filters = filters;
    history.replaceState(history.state, '', urlWithFilters(location.href, filters));
    this.requestUpdate();
  }

  #jumpTo(event: Event, hash: string): void {
    event.preventDefault();
    history.pushState(history.state, '', hash);
    this.#goTo(hash);
  }

  #renderDay(present: Presentation, day: AgendaDay | undefined, sessions: readonly Session[], timed: boolean, base: BaseOptions): TemplateResult {
    // One note per day names the zone; a day with a clock change names it at every time instead.
    const zoneNames = new Set(
      sessions.flatMap((session) => {
        const time = present.sessionTime(session);
        return [time?.start.zoneName, time?.end?.zoneName].filter((name): name is string => name !== undefined);
      }),
    );
    const grid = day && this.layout !== 'list' ? dayGrid(sessions, present) : undefined;
    const options: SessionOptions = {
      ...base,
      present,
      titleLevel: subLevel(this.headingLevel),
      timed,
      zonePerSession: zoneNames.size > 1,
      detailsOpen: !grid,
      ...(day && { listedOn: day.date }),
      ...(grid && { placement: (session: Session) => placementClasses(grid.placements.get(session.id)!) }),
    };
    const visible = sessions.some(base.shown);
    // The "now" mark of the list (a grid-capable day shows it when it is laid out as a list).
    const nowIndex = day ? (base.nowIndexes?.get(day) ?? -1) : -1;
    const title = day ? html`<time datetime=${day.date}>${formatDay(day.date, present.language)}</time>` : present.term('timeToBeAnnounced');
    return html`<section part="day" class=${grid ? `day grid-capable rooms-${grid.rooms.length}` : day ? 'day' : 'day unscheduled'} data-day=${day?.date ?? nothing} ?hidden=${!visible}>
      <div class="day-header" tabindex="-1">
        ${heading(this.headingLevel, 'day-heading', 'day-heading', title)}
        ${zoneNames.size === 1 ? html`<p part="time-zone" class="time-zone">${present.term('timeZone', { zone: [...zoneNames][0]! })}</p>` : nothing}
      </div>
      <div class="scroller">
        <ol class="sessions">
          ${grid ? renderGridFrame(grid, present, base.shown) : nothing} ${grid && base.now !== undefined ? renderGridNow(grid, base.now, present) : nothing}
          ${sessions.map((session, i) => html`${i === nowIndex ? renderListNow(present, grid !== undefined) : nothing}${renderSession(session, options)}`)}
          ${nowIndex === sessions.length ? renderListNow(present, grid !== undefined) : nothing}
        </ol>
      </div>
    </section>`;
  }

  #renderAgenda(present: Presentation): TemplateResult {
    const { days, unscheduled } = present.agenda();
    if (days.length === 0 && unscheduled.length === 0) {
      return html`<div part="status" class="status" dir=${present.dir}>${present.term('noSessions')}</div>`;
    }
    const { forum } = present;
    const timed = forum.sessions.some((session) => session.start !== undefined && !isDateOnly(session.start));
    const saved = this.#schedule.saved(forum);
    const shown = sessionFilter(this.#filters, present, saved);
    // The time now is known in the browser only, after hydration.
    const now = this.#clientReady ? Date.now() : undefined;
    const base: BaseOptions = {
      shown,
      saved: (session) => saved.has(session.id),
      onSave: (session) => this.#schedule.toggle(forum, session.id),
      onCalendar: (session) => void this.#schedule.downloadSession(present, session.id),
      ...(now !== undefined && { now, nowIndexes: new Map(days.map((day) => [day, listNowIndex(day.sessions, present, now)])) }),
    };
    const toolbar: ToolbarState = {
      withFilters: forum.sessions.length >= FILTERS_FROM,
      filters: this.#filters,
      shownCount: forum.sessions.filter(shown).length,
      savedCount: saved.size,
      clientReady: this.#clientReady,
      zoneChoice: this.timeZone || !timed ? undefined : this.#schedule.zoneChoice(forum, present.language),
      nowShown: [...(base.nowIndexes?.values() ?? [])].some((index) => index >= 0),
      withCalendar: days.length > 0,
      onJumpToNow: () => this.#goTo('#now'),
      onFilters: (filters) => this.#setFilters(filters),
      onZone: (choice) => this.#schedule.chooseZone(choice),
      onCalendar: () => void this.#schedule.downloadForum(present),
      onDownloadSaved: () => void this.#schedule.downloadSaved(present),
    };
    const layout = LAYOUTS.has(this.layout) ? this.layout : 'auto';
    return html`<div class=${`agenda layout-${layout}${timed ? ' timed' : ''}`} dir=${present.dir}>
      ${this.hideForumStatus ? nothing : renderForumNotice(present, 'forum-notice')} ${renderToolbar(present, toolbar)}
      ${
        days.length > 1
          ? html`<nav part="day-nav" class="day-nav" aria-label=${present.term('days')}>
            <ul>
              ${days.map(
                (day) =>
                  html`<li><a href=${`#${day.date}`} @click=${(event: Event) => this.#jumpTo(event, `#${day.date}`)}
                      ><time datetime=${day.date}>${formatShortDay(day.date, present.language)}</time></a
                    ></li>`,
              )}
            </ul>
          </nav>`
          : nothing
      }
      ${days.map((day) => this.#renderDay(present, day, day.sessions, timed, base))}
      ${unscheduled.length ? this.#renderDay(present, undefined, unscheduled, timed, base) : nothing}
      ${toolbar.withFilters && toolbar.shownCount === 0 ? html`<p part="status" class="status">${present.term('noMatches')}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    // The zone to show: `time-zone` when this browser knows it, else the visitor's choice, else the forum's.
    const zone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : this.#clientReady ? this.#schedule.chosenZone() : undefined;
    if (isServer && this.url !== undefined) this.#filters = filtersFromUrl(this.url);
    return this.#data.render((present) => this.#renderAgenda(present), zone);
  }
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

/** The instants a session runs over, in epoch ms; undefined without a time of day. */
function span(session: Session, present: Presentation): [number, number] | undefined {
  const time = present.sessionTime(session);
  if (!time?.start.zoneName) return undefined;
  const start = Date.parse(time.start.iso);
  return [start, time.end?.zoneName ? Date.parse(time.end.iso) : start];
}

/**
 * Where the "now" mark goes in a day's list: before the first session still to start, or after
 * the last one while it runs (the list's length); -1 when `now` is outside the day's sessions.
 */
function listNowIndex(sessions: readonly Session[], present: Presentation, now: number): number {
  const spans = sessions.map((session) => span(session, present));
  const known = spans.filter((value) => value !== undefined);
  if (known.length === 0 || now < Math.min(...known.map(([start]) => start)) || now > Math.max(...known.map(([, end]) => end))) return -1;
  const next = spans.findIndex((value) => value !== undefined && value[0] > now);
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

defineElement('forum-agenda', ForumAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'forum-agenda': ForumAgenda;
  }
}
