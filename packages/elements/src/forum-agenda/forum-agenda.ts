import { isServer, LitElement, noChange, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isTimeZone } from '@forumkit/core/time';
import type { Presentation } from '@forumkit/core/present';
import { defineElement } from '../internal/define.js';
import { ForumDataController, type ForumSettled } from '../internal/forum-data.js';
import { adoptForumStyles, FORUM_STYLES } from '../internal/forum-styles.js';
import { renderForumNotice } from '../internal/forum-notice.js';
import { PageFragmentController, revealTarget } from '../internal/page-fragment.js';
import { placeholder, placeholderStyles } from '../internal/placeholder.js';
import { themeStyles } from '../internal/theme.js';
import { trackColorCss } from '../internal/track-colors.js';
import { agendaGridStyles } from './agenda-grid.styles.js';
import { agendaStyles } from './forum-agenda.styles.js';
import type { AgendaFilters, AgendaState, IncrementalRender, VisitorSchedule } from './render-agenda.js';
import { agendaView, type AgendaView } from './agenda-view.js';

/** How the programme is laid out: `grid` (time down, rooms across), `list`, or `auto`: the grid where a day has several rooms and the element is wide enough. */
export type AgendaLayout = ForumAgenda['layout'];

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
 * @fires forum-error - Forum data could not be loaded or is invalid; `detail` says why (URL, HTTP status, invalid paths).
 * @fires forum-favorite-change - The visitor saved a session to their schedule or took it out.
 */
export class ForumAgenda extends LitElement {
  static override styles = [themeStyles, placeholderStyles, agendaStyles, agendaGridStyles];
  // Declared here, not with decorators: the bundles then carry no decorator runtime.
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    allowedOrigins: { attribute: 'allowed-origins' },
    timeZone: { reflect: true, attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
    hideForumStatus: { type: Boolean, attribute: 'hide-forum-status' },
    url: { attribute: false },
  };

  // The programme's markup and the visitor's schedule: render-agenda.ts, the element's view (which
  // the drop-in bundle loads with the data).
  #data = new ForumDataController(this, { content: 'programme', placeholder: () => placeholder('session', 4), view: agendaView });
  #schedule?: VisitorSchedule;
  // A fragment is looked for once the browser-only render is done and the forum is there, and
  // again as each later slice of a long programme is rendered.
  #fragment = new PageFragmentController(this, (hash) => this.#clientReady && this.#data.view.status === 'ready' && this.#goTo(hash));
  #incremental?: IncrementalRender;
  // A programme was rendered: while another presentation of it is prepared, it stays on screen.
  #programmeShown = false;

  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;

  /**
   * Where to load the forum from: a URL of forum JSON, or `#id` of a
   * `<script type="application/json">` on the page. Elements with the same `src` share one
   * request, and a loaded URL is kept for the page's lifetime (change the URL to load again).
   */
  src?: string;

  /**
   * The origins images and links from the data may come from, space-separated
   * (`https://cdn.example https://example.org`); any when absent. The forum file's own origin
   * (that of every relative URL) is always allowed. A link elsewhere is shown as plain text, an
   * image elsewhere not at all.
   */
  allowedOrigins?: string;

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

  // The visitor's filters (none until set); read from the page's URL once this element runs in the browser.
  #filters?: AgendaFilters;
  #clientReady = false;
  #clientStarted = false;

  /** Resolves once the element has rendered, a long programme's every session included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let updated = await super.getUpdateComplete();
    // A long programme is prepared, then rendered, a slice at a time, in updates of its own.
    while (this.#incremental?.busy) {
      await this.#incremental.complete;
      updated = await super.getUpdateComplete();
    }
    return updated && !this.isUpdatePending;
  }

  // The first render matches the server's markup (hydration); what only the browser knows (the
  // URL's filters, the saved sessions, the visitor's zone, the time now) comes in the next one.
  protected override firstUpdated(): void {
    // After this update has finished (not the rest of a long programme), so that the next one is
    // not a change made within it.
    void super.getUpdateComplete().then(() => {
      this.#clientReady = true;
      this.requestUpdate();
    });
  }

  /** The view once it is here (at once outside the drop-in), with the schedule and, in the browser, what the visitor kept. */
  #view(): AgendaView | undefined {
    const view = agendaView();
    if (view instanceof Promise) return undefined;
    this.#schedule ??= new view.VisitorSchedule(this);
    if (this.#clientReady && !this.#clientStarted) {
      this.#clientStarted = true;
      this.#filters = view.filtersFromUrl(location.href);
      this.#schedule.start();
    }
    return view;
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

  #setFilters(view: AgendaView, filters: AgendaFilters): void {
    this.#filters = filters;
    history.replaceState(history.state, '', view.urlWithFilters(location.href, filters));
    this.requestUpdate();
  }

  #jumpTo(event: Event, hash: string): void {
    event.preventDefault();
    history.pushState(history.state, '', hash);
    this.#fragment.show(hash);
  }

  #state(present: Presentation, view: AgendaView): AgendaState {
    return {
      headingLevel: this.headingLevel,
      layout: this.layout,
      // Drawn here rather than in the view: the notice brings the URL rule, which the view shares
      // with the validator. In the drop-in's first load, neither of their chunks waits for a third.
      notice: this.hideForumStatus ? nothing : renderForumNotice(present, 'forum-notice'),
      timeZone: this.timeZone,
      clientReady: this.#clientReady,
      filters: this.#filters ?? view.NO_FILTERS,
      schedule: (this.#schedule ??= new view.VisitorSchedule(this)),
      incremental: (this.#incremental ??= new view.IncrementalRender(this, () => this.#fragment.retry())),
      // What a long programme has not rendered yet is shown once it is.
      goTo: (hash) => this.#fragment.show(hash),
      jumpTo: (event, hash) => this.#jumpTo(event, hash),
      setFilters: (filters) => this.#setFilters(view, filters),
    };
  }

  /**
   * The forum's track colours: rules of their own, not `style` attributes (the server writes them into the shadow root).
   * @internal
   */
  [FORUM_STYLES](): string {
    this.#data.sync();
    const { view } = this.#data;
    return view.status === 'ready' ? trackColorCss(view.forum.tracks ?? []) : '';
  }

  protected override updated(): void {
    adoptForumStyles(this.renderRoot as ShadowRoot, this[FORUM_STYLES]());
  }

  override render(): TemplateResult | typeof noChange {
    const view = this.#view();
    // The zone to show: `time-zone` when this browser knows it, else the visitor's choice, else the forum's.
    const zone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : this.#clientReady ? this.#schedule?.chosenZone() : undefined;
    if (isServer && view && this.url !== undefined) this.#filters = view.filtersFromUrl(this.url);
    const shown = this.#programmeShown;
    this.#programmeShown = false;
    return this.#data.render((present, ready) => this.#programme(present, ready, shown), zone);
  }

  // A long programme's lookups (its days, each session's times, the filters' choices) are made a
  // slice at a time before it renders: meanwhile the element shows what it showed (the loading
  // state, or the programme in the zone or language it is leaving).
  #programme(present: Presentation, view: AgendaView, shown: boolean): TemplateResult | typeof noChange {
    const state = this.#state(present, view);
    const prepared = state.incremental.prepared(present, () => view.prepareAgenda(present));
    this.#programmeShown = prepared || shown;
    if (prepared) return view.renderAgenda(present, state);
    return shown ? noChange : this.#data.renderLoading();
  }
}

defineElement('forum-agenda', ForumAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'forum-agenda': ForumAgenda;
  }
}
