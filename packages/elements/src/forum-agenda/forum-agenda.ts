import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { agendaDays, formatDay, indexForum, isTimeZone, type AgendaDay, type Forum } from '@forumkit/core';
import { defineElement } from '../internal/define.js';
import { ForumElement } from '../internal/forum-element.js';
import type { Localizer } from '../internal/localizer.js';
import { themeStyles } from '../internal/theme.js';
import { heading, subLevel } from '../internal/heading.js';
import { agendaStyles } from './forum-agenda.styles.js';
import { renderSession, type SessionEntry } from './render-session.js';
import { hasTime, previousStart, sessionTime } from './session-time.js';

/**
 * The programme: sessions in order, a heading per day, each session with its time (in the
 * forum's time zone unless `time-zone` names another), kind, title, people, room and status.
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
 * @csspart track - The track.
 * @csspart description - The session's description.
 * @csspart participants - The people taking part, grouped by role.
 * @csspart role - A role's name ("Panelists").
 * @csspart participant - One person.
 * @csspart speaker-name - A person's name.
 * @csspart job-title - A person's job title.
 * @csspart affiliation - A person's organisation.
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
export class ForumAgenda extends ForumElement {
  static override styles = [themeStyles, agendaStyles];
  static override properties: PropertyDeclarations = {
    timeZone: { reflect: true, attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The IANA time zone to show times in (`Asia/Seoul`); the forum's own zone when absent or
   * not a zone this browser knows.
   */
  timeZone?: string;

  /** Heading level of the day headings (2–6), session titles one below; 0 renders no headings. */
  headingLevel = 2;

  /** The zone times are shown in: `time-zone` when valid, else the forum's. */
  #displayZone(forum: Forum): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : forum.timeZone;
  }

  #renderDay(forum: Forum, day: AgendaDay, zone: string, timed: boolean, text: Localizer): TemplateResult {
    const entries: SessionEntry[] = day.sessions.map((session) => {
      const time = sessionTime(session, forum, text.language, zone);
      const previous = previousStart(session, forum, text.language, zone, day.date);
      return { session, ...(time && { time }), ...(previous && { previous }) };
    });
    // One note per day names the zone; a day with a clock change names it at every time instead.
    const zoneNames = new Set(entries.flatMap((entry) => entry.time?.zoneName ?? []));
    const dayZone = zoneNames.size === 1 ? [...zoneNames][0] : undefined;
    const options = {
      index: indexForum(forum),
      text,
      titleLevel: subLevel(this.headingLevel),
      timed,
      zonePerSession: zoneNames.size > 1,
    };
    return html`<section part="day" class="day">
      <div class="day-header">
        ${heading(this.headingLevel, 'day-heading', 'day-heading', html`<time datetime=${day.date}>${formatDay(day.date, text.language)}</time>`)}
        ${dayZone ? html`<p part="time-zone" class="time-zone">${text.ui.timeZone(dayZone)}</p>` : nothing}
      </div>
      <ol class="sessions">
        ${entries.map((entry) => renderSession(entry, options))}
      </ol>
    </section>`;
  }

  protected override renderForum(forum: Forum, text: Localizer): TemplateResult {
    const zone = this.#displayZone(forum);
    const days = agendaDays(forum, zone);
    if (days.length === 0) return html`<div part="status" class="status">${text.ui.noSessions}</div>`;
    const timed = forum.sessions.some(hasTime);
    return html`<div class=${timed ? 'agenda timed' : 'agenda'}>
      ${days.map((day) => this.#renderDay(forum, day, zone, timed, text))}
    </div>`;
  }
}

defineElement('forum-agenda', ForumAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'forum-agenda': ForumAgenda;
  }
}
