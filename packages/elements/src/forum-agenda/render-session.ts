import { html, nothing, type TemplateResult } from 'lit';
import type { ForumIndex, Participant, ParticipantRole, Session } from '@forumkit/core';
import { localizedText } from '../internal/localized-text.js';
import type { Localizer } from '../internal/localizer.js';
import { affiliationOf, personName } from '../internal/person.js';
import { heading } from '../internal/heading.js';
import type { SessionTime, ShownTime } from './session-time.js';

/** A session with what the agenda shows around it. */
export interface SessionEntry {
  readonly session: Session;
  readonly time?: SessionTime;
  readonly previous?: ShownTime;
}

/** How the sessions of one day are shown. */
export interface SessionOptions {
  readonly index: ForumIndex;
  readonly text: Localizer;
  readonly titleLevel: number;
  /** Some session of the forum has a time, so every session gets a time column. */
  readonly timed: boolean;
  /** The day's sessions are in more than one zone name (a clock change): name it at each time. */
  readonly zonePerSession: boolean;
}

// A cancelled or postponed session keeps its place, but its time no longer holds.
const STRUCK = new Set(['cancelled', 'postponed']);

/** One agenda item. */
export function renderSession(entry: SessionEntry, options: SessionOptions): TemplateResult {
  const { session, time, previous } = entry;
  const { text } = options;
  const status = session.status && session.status !== 'scheduled' ? session.status : undefined;
  const kind = text.labels.sessionKinds[session.kind];
  const classes = status ? `session status-${status}${STRUCK.has(status) ? ' struck' : ''}` : 'session';
  return html`<li part="session" class=${classes}>
    ${options.timed ? renderWhen(time, options) : nothing}
    <div class="body">
      ${session.title || status
        ? html`<p class="labels">
            ${session.title ? html`<span part="kind" class="kind">${kind}</span>` : nothing}
            ${status ? html`<span part="status-badge" class="badge">${text.labels.statuses[status]}</span>` : nothing}
          </p>`
        : nothing}
      ${heading(options.titleLevel, 'title', 'title', session.title ? localizedText(session.title, text) : kind)}
      ${previous
        ? html`<p part="previous-time" class="previous"><time datetime=${previous.iso}>${text.ui.previously(previous.text)}</time></p>`
        : nothing}
      ${renderPlace(session, text)}
      ${session.description ? html`<p part="description" class="description">${localizedText(session.description, text)}</p>` : nothing}
      ${renderParticipants(session.participants ?? [], options)}
    </div>
  </li>`;
}

function renderWhen(time: SessionTime | undefined, options: SessionOptions): TemplateResult {
  if (!time) return html`<p part="time" class="when tba">${options.text.ui.timeToBeAnnounced}</p>`;
  return html`<p part="time" class="when">
    <time class="start" datetime=${time.start.iso}>${time.start.text}</time>${time.end
      ? html`<span class="end"><span class="dash"> – </span><time datetime=${time.end.iso}>${time.end.text}</time></span>`
      : nothing}${options.zonePerSession && time.zoneName ? html` <span class="zone">${time.zoneName}</span>` : nothing}
  </p>`;
}

function renderPlace(session: Session, text: Localizer): TemplateResult | typeof nothing {
  if (!session.room && !session.track) return nothing;
  return html`<p class="place">
    ${session.room
      ? html`<span part="room" class="room"><span class="place-label">${text.ui.room}</span> ${localizedText(session.room, text)}</span>`
      : nothing}
    ${session.track
      ? html`<span part="track" class="track"><span class="place-label">${text.ui.track}</span> ${localizedText(session.track, text)}</span>`
      : nothing}
  </p>`;
}

function renderParticipants(participants: readonly Participant[], options: SessionOptions): TemplateResult | typeof nothing {
  if (participants.length === 0) return nothing;
  const { labels } = options.text;
  return html`<dl part="participants" class="participants">
    ${groupByRole(participants).map(
      ([role, group]) => html`<div class="group">
        <dt part="role" class="role">${group.length > 1 ? labels.rolesPlural[role] : labels.roles[role]}</dt>
        ${group.map((participant) => renderParticipant(participant, options))}
      </div>`,
    )}
  </dl>`;
}

function renderParticipant(participant: Participant, { index, text }: SessionOptions): TemplateResult {
  const person = index.people.get(participant.person);
  if (!person) return html`<dd part="participant" class="participant"><span part="speaker-name" class="name">${participant.person}</span></dd>`;
  const organization = affiliationOf(person, index);
  return html`<dd part="participant" class="participant">
    <span part="speaker-name" class="name">${personName(person, text)}</span>
    ${person.jobTitle || organization
      ? html`<span class="details">${person.jobTitle
          ? html`<span part="job-title" class="job-title">${localizedText(person.jobTitle, text)}</span>`
          : nothing}${person.jobTitle && organization ? ', ' : nothing}${organization
          ? html`<span part="affiliation" class="affiliation">${localizedText(organization.name, text)}</span>`
          : nothing}</span>`
      : nothing}
  </dd>`;
}

/** Participants grouped by role, roles in order of first appearance. */
function groupByRole(participants: readonly Participant[]): Array<[ParticipantRole, Participant[]]> {
  const groups = new Map<ParticipantRole, Participant[]>();
  for (const participant of participants) {
    const group = groups.get(participant.role);
    if (group) group.push(participant);
    else groups.set(participant.role, [participant]);
  }
  return [...groups];
}
