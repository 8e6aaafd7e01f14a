import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Session } from '@forumkit/core';
import { formatDay, isDateOnly, isTimeZone } from '@forumkit/core/time';
import type { AgendaDay, Presentation } from '@forumkit/core/present';
import { defineElement } from '../internal/define.js';
import { ForumDataController } from '../internal/forum-data.js';
import { heading, subLevel } from '../internal/heading.js';
import { themeStyles } from '../internal/theme.js';
import { agendaStyles } from './forum-agenda.styles.js';
import { renderSession, type SessionOptions } from './render-session.js';

/**
 * The programme: sessions in order, a heading per day, each session with its time (in the
 * forum's time zone unless `time-zone` names another), kind, title, people, place, languages,
 * links and status; sessions whose day is not known yet come last, under "Time to be announced".
 *
 * @csspart day - One day: its heading and its sessions.
 * @csspart day-heading - The day's date.
 * @csspart time-zone - The note naming the time zone of the day's times.
 * @csspart session - One agenda item.
 * @csspart time - The session's start and end.
 * @csspart kind - The kind of session ("Keynote"), shown above a title.
 * @csspart status-badge - A status other than scheduled ("Cancelled", "Rescheduled").
 * @csspart title - The session's title (its kind when it has none).
 * @csspart previous-time - A rescheduled session's old time.
 * @csspart room - The room.
 * @csspart venue - The venue, when it is not the forum's own.
 * @csspart online-link - The link to attend online.
 * @csspart track - The track.
 * @csspart languages - The languages the session is held and interpreted in.
 * @csspart description - The session's description.
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
 * @cssprop --forum-agenda-line-color - The timeline's line and the day rules.
 * @cssprop --forum-agenda-muted-color - Secondary text: job titles, rooms, end times.
 * @cssprop --forum-agenda-danger-color - Cancelled sessions' badges.
 * @cssprop --forum-agenda-time-width - Width of the time column on wide layouts.
 * @cssprop --forum-agenda-gap - Space between sessions.
 * @fires forum-load - Forum data was loaded and is shown.
 * @fires forum-error - Forum data could not be loaded or is invalid.
 */
export class ForumAgenda extends LitElement {
  static override styles = [themeStyles, agendaStyles];
  // Declared here, not with decorators: the bundles then carry no decorator runtime.
  static override properties: PropertyDeclarations = {
    forum: { attribute: false },
    src: { reflect: true },
    timeZone: { reflect: true, attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  #data = new ForumDataController(this);

  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;

  /**
   * Where to load the forum from: a URL of forum JSON, or `#id` of a
   * `<script type="application/json">` on the page. Elements with the same `src` share one
   * request, and a loaded URL is kept for the page's lifetime (change the URL to load again).
   */
  src?: string;

  /**
   * The IANA time zone to show times in (`Asia/Seoul`); the forum's own zone when absent or
   * not a zone this browser knows.
   */
  timeZone?: string;

  /** Heading level of the day headings (2–6), session titles one below; 0 renders no headings. */
  headingLevel = 2;

  #renderDay(present: Presentation, day: AgendaDay | undefined, sessions: readonly Session[], timed: boolean): TemplateResult {
    // One note per day names the zone; a day with a clock change names it at every time instead.
    const zoneNames = new Set(
      sessions.flatMap((session) => {
        const time = present.sessionTime(session);
        return [time?.start.zoneName, time?.end?.zoneName].filter((name): name is string => name !== undefined);
      }),
    );
    const options: SessionOptions = {
      present,
      titleLevel: subLevel(this.headingLevel),
      timed,
      zonePerSession: zoneNames.size > 1,
      ...(day && { listedOn: day.date }),
    };
    const title = day ? html`<time datetime=${day.date}>${formatDay(day.date, present.language)}</time>` : present.term('timeToBeAnnounced');
    return html`<section part="day" class=${day ? 'day' : 'day unscheduled'}>
      <div class="day-header">
        ${heading(this.headingLevel, 'day-heading', 'day-heading', title)}
        ${zoneNames.size === 1 ? html`<p part="time-zone" class="time-zone">${present.term('timeZone', { zone: [...zoneNames][0]! })}</p>` : nothing}
      </div>
      <ol class="sessions">
        ${sessions.map((session) => renderSession(session, options))}
      </ol>
    </section>`;
  }

  #renderAgenda(present: Presentation): TemplateResult {
    const { days, unscheduled } = present.agenda();
    if (days.length === 0 && unscheduled.length === 0) {
      return html`<div part="status" class="status" dir=${present.dir}>${present.term('noSessions')}</div>`;
    }
    const timed = present.forum.sessions.some((session) => session.start !== undefined && !isDateOnly(session.start));
    return html`<div class=${timed ? 'agenda timed' : 'agenda'} dir=${present.dir}>
      ${days.map((day) => this.#renderDay(present, day, day.sessions, timed))}
      ${unscheduled.length ? this.#renderDay(present, undefined, unscheduled, timed) : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    // The zone to show: `time-zone` when this browser knows it, else the forum's.
    const zone = this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : undefined;
    return this.#data.render((present) => this.#renderAgenda(present), zone);
  }
}

defineElement('forum-agenda', ForumAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'forum-agenda': ForumAgenda;
  }
}
