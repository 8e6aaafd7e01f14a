import { html, nothing, type TemplateResult } from 'lit';
import type { Session } from '@forumkit/core';
import { isDateOnly } from '@forumkit/core/time';
import type { ParticipantGroup, Presentation, ShownMoment, TimeEntry } from '@forumkit/core/present';
import { dataText, localized } from '../internal/data-text.js';
import { heading } from '../internal/heading.js';
import { personName, separated } from '../internal/person.js';
import { trackColorClass } from '../internal/track-colors.js';

/** How the sessions of one day are shown. */
export interface SessionOptions {
  readonly present: Presentation;
  readonly titleLevel: number;
  /** Some session of the forum has a time, so every session gets a time column. */
  readonly timed: boolean;
  /** The day's times are in more than one zone name (a clock change): name the zone at each time. */
  readonly zonePerSession: boolean;
  /** The day the session is listed under (`YYYY-MM-DD`), to tell whether a former start needs its date. */
  readonly listedOn?: string;
  /** The classes that place the session in the day's grid (`rs4 re7 c3`), when the day can be one. */
  readonly placement?: (session: Session) => string | undefined;
  /** The description, languages and links start open (a list), or behind "Details" (a grid's cells). */
  readonly detailsOpen: boolean;
  /** Whether the filters let the session through. */
  readonly shown: (session: Session) => boolean;
  /** Whether the visitor saved the session to their schedule. */
  readonly saved: (session: Session) => boolean;
  /** The visitor pressed the session's save toggle. */
  readonly onSave: (session: Session) => void;
  /** The visitor asked for the session's calendar file. */
  readonly onCalendar: (session: Session) => void;
}

// A cancelled or postponed session keeps its place, but its time no longer holds.
const STRUCK = new Set(['cancelled', 'postponed']);

/** One agenda item: its time, labels, title, save toggle, place and people, then its details. */
export function renderSession(session: Session, options: SessionOptions): TemplateResult {
  const { present } = options;
  const status = session.status && session.status !== 'scheduled' ? session.status : undefined;
  const kind = present.translation.sessionKinds[session.kind];
  const placement = options.placement?.(session);
  const classes = ['session', status && `status-${status}`, status && STRUCK.has(status) && 'struck', placement].filter(Boolean).join(' ');
  const titleId = `title-${session.id}`;
  const saved = options.saved(session);
  return html`<li part="session" class=${classes} id=${`session-${session.id}`} ?hidden=${!options.shown(session)}>
    ${options.timed ? renderWhen(shownTime(present.sessionTime(session)), options) : nothing}
    <div class="body">
      <div class="head">
        <div class="heading">
          ${
            session.title || status
              ? html`<p class="labels">
                ${session.title ? html`<span part="kind" class="kind">${kind}</span>` : nothing}
                ${status ? html`<span part="status-badge" class="badge">${present.translation.statuses[status]}</span>` : nothing}
              </p>`
              : nothing
          }
          ${heading(options.titleLevel, 'title', 'title', dataText(present.sessionName(session), present), titleId)}
        </div>
        <button
          type="button"
          part="save-button"
          class="save"
          aria-pressed=${saved ? 'true' : 'false'}
          aria-describedby=${titleId}
          title=${present.term('saveSession')}
          @click=${() => options.onSave(session)}
        >
          <span aria-hidden="true">${saved ? '★' : '☆'}</span><span class="visually-hidden">${present.term('saveSession')}</span>
        </button>
      </div>
      ${renderPrevious(session, options)} ${renderPlace(session, present)}
      ${renderParticipants(present.participants(session), present)} ${renderDetails(session, options)}
    </div>
  </li>`;
}

/** The description, languages, links and the calendar file, in a disclosure that works without JavaScript. */
function renderDetails(session: Session, options: SessionOptions): TemplateResult | typeof nothing {
  const { present } = options;
  // A session without a day cannot be in a calendar yet.
  const calendar = options.listedOn !== undefined;
  const languages = renderLanguages(session, present);
  const links = renderLinks(session, present);
  if (!calendar && !session.description && languages === nothing && links === nothing) return nothing;
  return html`<details part="details" class="more" ?open=${options.detailsOpen}>
    <summary part="details-summary">${present.term('details')}</summary>
    ${languages}
    ${session.description ? html`<p part="description" class="description">${localized(session.description, present)}</p>` : nothing}
    ${links}
    ${
      calendar
        ? html`<p class="actions">
          <button type="button" part="calendar-button" class="link-button" aria-describedby=${`title-${session.id}`} @click=${() => options.onCalendar(session)}>
            ${present.term('addToCalendar')}
          </button>
        </p>`
        : nothing
    }
  </details>`;
}

// A single date says no more than the day heading above it: such a session's time is still to come.
// A range of dates (a session over several days) is shown.
const shownTime = (time: TimeEntry | undefined) => (time && (time.start.zoneName !== undefined || time.end) ? time : undefined);

function renderMoment(moment: ShownMoment, withZone: boolean): TemplateResult {
  return html`<time datetime=${moment.iso}><bdi>${moment.text}</bdi></time>${
    withZone && moment.zoneName ? html` <span class="zone">${moment.zoneName}</span>` : nothing
  }`;
}

function renderWhen(time: TimeEntry | undefined, options: SessionOptions): TemplateResult {
  if (!time) return html`<p part="time" class="when tba">${options.present.term('timeToBeAnnounced')}</p>`;
  // Each end names its own zone when the clocks change between them.
  const perEnd = time.zoneChanges || options.zonePerSession;
  return html`<p part="time" class="when">
    <span class="start">${renderMoment(time.start, perEnd && time.zoneChanges)}</span>${
      time.end ? html`<span class="end"><span class="dash"> – </span>${renderMoment(time.end, perEnd)}</span>` : nothing
    }${!time.end && perEnd && time.start.zoneName ? html` <span class="zone">${time.start.zoneName}</span>` : nothing}
  </p>`;
}

// A rescheduled session's old start: the time alone when it was on the day the session is listed under.
function renderPrevious(session: Session, { present, listedOn }: SessionOptions): TemplateResult | typeof nothing {
  const previous = session.previousStart === undefined ? undefined : present.moment(session.previousStart)?.start;
  if (!previous) return nothing;
  const text = previous.zoneName && previous.date === listedOn && session.start && !isDateOnly(session.start) ? previous.text : previous.fullText;
  return html`<p part="previous-time" class="previous"><time datetime=${previous.iso}>${present.term('previously', { time: text })}</time></p>`;
}

function renderPlace(session: Session, present: Presentation): TemplateResult | typeof nothing {
  const place = present.sessionPlace(session);
  // The forum's own venue goes without saying; another one is named.
  const venue = place.venue && place.venue !== present.forum.venue ? place.venue : undefined;
  // The forum's own stream is in the page's header; a session names a link of its own, or the
  // forum's when the session happens online only.
  const online = session.onlineUrl !== undefined || place.attendanceMode === 'online' ? present.url(place.onlineUrl) : undefined;
  const track = place.track;
  if (!place.room && !venue && !online && !track) return nothing;
  // The colour's rule is the agenda's forum styles (track-colors.ts): no style attribute.
  const color = trackColorClass(track?.color);
  return html`<p class="place">
    ${
      place.room
        ? html`<span part="room" class="room"><span class="place-label">${present.term('room')}</span> ${localized(place.room.name, present)}</span>`
        : nothing
    }
    ${venue ? html`<span part="venue" class="venue"><span class="place-label">${present.term('venue')}</span> ${localized(venue.name, present)}</span>` : nothing}
    ${online ? html`<a part="online-link" class="online" href=${online}>${present.term('joinOnline')}</a>` : nothing}
    ${
      track
        ? html`<span part="track" class=${color ? `track ${color}` : 'track'}
          ><span class="place-label">${present.term('track')}</span> ${localized(track.name, present)}</span
        >`
        : nothing
    }
  </p>`;
}

function renderLanguages(session: Session, present: Presentation): TemplateResult | typeof nothing {
  const held = session.languages ?? [];
  const interpreted = session.interpretedInto ?? [];
  if (held.length === 0 && interpreted.length === 0) return nothing;
  return html`<p part="languages" class="languages">
    ${held.length ? html`<span>${present.term('heldIn', { languages: present.languageList(held) })}</span>` : nothing}
    ${interpreted.length ? html`<span>${present.term('interpretedInto', { languages: present.languageList(interpreted) })}</span>` : nothing}
  </p>`;
}

function renderLinks(session: Session, present: Presentation): TemplateResult | typeof nothing {
  // A link whose address may not be shown keeps its title, as plain text; one named only by what
  // it leads to ("Slides") says nothing without its address and is left out.
  const links = (session.links ?? []).flatMap((link) => {
    const href = present.url(link.url);
    return href || link.title ? [{ link, href }] : [];
  });
  const page = present.url(session.url);
  if (links.length === 0 && !page) return nothing;
  return html`<ul part="links" class="links">
    ${page ? html`<li><a href=${page}>${present.translation.linkKinds.website}</a></li>` : nothing}
    ${links.map(({ link, href }) => {
      const name = dataText(present.linkName(link), present);
      return html`<li>${href ? html`<a href=${href} hreflang=${link.language ?? nothing}>${name}</a>` : name}</li>`;
    })}
  </ul>`;
}

function renderParticipants(groups: readonly ParticipantGroup[], present: Presentation): TemplateResult | typeof nothing {
  if (groups.length === 0) return nothing;
  return html`<dl part="participants" class="participants">
    ${groups.map(
      (group) => html`<div class="group">
        <dt part="role" class="role">${present.roleLabel(group.role, group.participants.length)}</dt>
        ${group.participants.map((participant) =>
          'person' in participant
            ? html`<dd part="participant" class="participant">
                <span part="speaker-name" class="name"><a href=${`#speaker-${participant.person.id}`}>${localized(participant.person.name, present)}</a></span>${renderPersonDetails(
                  participant.person,
                  present,
                )}
              </dd>`
            : html`<dd part="participant" class="participant tba"><span part="speaker-name" class="name">${present.term('toBeAnnounced')}</span></dd>`,
        )}
      </div>`,
    )}
  </dl>`;
}

function renderPersonDetails(person: Parameters<typeof personName>[0], present: Presentation): TemplateResult | typeof nothing {
  // The job title and each organisation, with the language's separator ("·" sets them off the name).
  const parts = [
    ...(person.jobTitle ? [html`<span part="job-title" class="job-title">${localized(person.jobTitle, present)}</span>`] : []),
    ...present
      .affiliations(person)
      .map((organization) => html`<span part="affiliation" class="affiliation">${dataText(present.organizationName(organization), present)}</span>`),
  ];
  return parts.length === 0 ? nothing : html` <span class="details">${separated(parts, present)}</span>`;
}
