// The baseline's agenda item, as src/forum-agenda/render-session.ts renders it: the same calls to
// the presentation, the markup written as a string. Where the element's templates put whitespace
// between tags this writes one space (the markup check collapses runs of whitespace); attributes
// the element binds follow the ones its templates write out, as Lit sets them in that order.
import { dataText, escape, hasTime, heading, localized, safeUrl } from './baseline-markup.mjs';

// A cancelled or postponed session keeps its place, but its time no longer holds.
const STRUCK = new Set(['cancelled', 'postponed']);
// Checked again as the element does, because a track's colour becomes CSS.
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/**
 * One session. `options`: present, titleLevel, timed, zonePerSession, listedOn (the day's date),
 * placement (the grid's classes, or undefined), detailsOpen, saved (the ids the visitor saved).
 */
export function renderSession(session, options) {
  const { present } = options;
  const status = session.status && session.status !== 'scheduled' ? session.status : undefined;
  const placement = options.placement?.(session);
  const classes = ['session', status && `status-${status}`, status && STRUCK.has(status) && 'struck', placement].filter(Boolean).join(' ');
  const titleId = `title-${session.id}`;
  const labels =
    session.title || status
      ? `<p class="labels"> ${session.title ? `<span part="kind" class="kind">${escape(present.translation.sessionKinds[session.kind])}</span>` : ''} ${
          status ? `<span part="status-badge" class="badge">${escape(present.translation.statuses[status])}</span>` : ''
        } </p>`
      : '';
  const save = escape(present.term('saveSession'));
  const saved = options.saved.has(session.id);
  return (
    `<li part="session" class="${escape(classes)}" id="session-${escape(session.id)}"> ` +
    (options.timed ? renderWhen(shownTime(present.sessionTime(session)), options) : '') +
    ` <div class="body"> <div class="head"> <div class="heading"> ${labels} ${heading(options.titleLevel, 'title', 'title', dataText(present.sessionName(session), present), titleId)} </div>` +
    ` <button type="button" part="save-button" class="save" aria-pressed="${saved ? 'true' : 'false'}" aria-describedby="${escape(titleId)}" title="${save}">` +
    ` <span aria-hidden="true">${saved ? '★' : '☆'}</span><span class="visually-hidden">${save}</span> </button> </div>` +
    ` ${renderPrevious(session, options)} ${renderPlace(session, present)} ${renderParticipants(present.participants(session), present)} ${renderDetails(session, options)} </div> </li>`
  );
}

// The description, languages, links and calendar file, behind "Details" (open in a list).
function renderDetails(session, options) {
  const { present } = options;
  const calendar = options.listedOn !== undefined;
  const languages = renderLanguages(session, present);
  const links = renderLinks(session, present);
  if (!calendar && !session.description && !languages && !links) return '';
  const description = session.description ? `<p part="description" class="description">${localized(session.description, present)}</p>` : '';
  const button = calendar
    ? `<p class="actions"> <button type="button" part="calendar-button" class="link-button" aria-describedby="title-${escape(session.id)}"> ${escape(present.term('addToCalendar'))} </button> </p>`
    : '';
  return `<details part="details" class="more"${options.detailsOpen ? ' open' : ''}> <summary part="details-summary">${escape(present.term('details'))}</summary> ${languages} ${description} ${links} ${button} </details>`;
}

// A single date says no more than the day heading: such a session's time is still to come.
const shownTime = (time) => (time && (time.start.zoneName !== undefined || time.end) ? time : undefined);

function renderMoment(moment, withZone) {
  const zone = withZone && moment.zoneName ? ` <span class="zone">${escape(moment.zoneName)}</span>` : '';
  return `<time datetime="${escape(moment.iso)}"><bdi>${escape(moment.text)}</bdi></time>${zone}`;
}

function renderWhen(time, options) {
  if (!time) return `<p part="time" class="when tba">${escape(options.present.term('timeToBeAnnounced'))}</p>`;
  // Each end names its own zone when the clocks change between them.
  const perEnd = time.zoneChanges || options.zonePerSession;
  let out = `<p part="time" class="when"> <span class="start">${renderMoment(time.start, perEnd && time.zoneChanges)}</span>`;
  if (time.end) out += `<span class="end"><span class="dash"> – </span>${renderMoment(time.end, perEnd)}</span>`;
  if (!time.end && perEnd && time.start.zoneName) out += ` <span class="zone">${escape(time.start.zoneName)}</span>`;
  return `${out} </p>`;
}

// A rescheduled session's old start: the time alone when it was on the day the session is listed under.
function renderPrevious(session, { present, listedOn }) {
  const previous = session.previousStart === undefined ? undefined : present.moment(session.previousStart)?.start;
  if (!previous) return '';
  const text = previous.zoneName && previous.date === listedOn && hasTime(session) ? previous.text : previous.fullText;
  return `<p part="previous-time" class="previous"><time datetime="${escape(previous.iso)}">${escape(present.term('previously', { time: text }))}</time></p>`;
}

function renderPlace(session, present) {
  const place = present.sessionPlace(session);
  // The forum's own venue goes without saying; another one is named.
  const venue = place.venue && place.venue !== present.forum.venue ? place.venue : undefined;
  // The forum's own stream is in the page's header: a session's own link, or the forum's when online only.
  const online = session.onlineUrl !== undefined || place.attendanceMode === 'online' ? safeUrl(place.onlineUrl) : undefined;
  const track = place.track;
  if (!place.room && !venue && !online && !track) return '';
  const label = (key) => `<span class="place-label">${escape(present.term(key))}</span>`;
  // The colour as the agenda's class (its rule is in the agenda's own stylesheet, not a style attribute).
  const hex = track?.color && HEX_COLOR.test(track.color) ? track.color.slice(1).toLowerCase() : undefined;
  const color = hex && `track-color-${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
  const room = place.room ? `<span part="room" class="room">${label('room')} ${localized(place.room.name, present)}</span>` : '';
  const at = venue ? `<span part="venue" class="venue">${label('venue')} ${localized(venue.name, present)}</span>` : '';
  const link = online ? `<a part="online-link" class="online" href="${escape(online)}">${escape(present.term('joinOnline'))}</a>` : '';
  const topic = track ? `<span part="track" class="${color ? `track ${color}` : 'track'}">${label('track')} ${localized(track.name, present)}</span>` : '';
  return `<p class="place"> ${room} ${at} ${link} ${topic} </p>`;
}

function renderLanguages(session, present) {
  const held = session.languages ?? [];
  const interpreted = session.interpretedInto ?? [];
  if (held.length === 0 && interpreted.length === 0) return '';
  const heldIn = held.length ? `<span>${escape(present.term('heldIn', { languages: present.languageList(held) }))}</span>` : '';
  const into = interpreted.length ? `<span>${escape(present.term('interpretedInto', { languages: present.languageList(interpreted) }))}</span>` : '';
  return `<p part="languages" class="languages"> ${heldIn} ${into} </p>`;
}

function renderLinks(session, present) {
  // A link whose address may not be shown keeps its title, as plain text.
  const links = (session.links ?? []).flatMap((link) => {
    const href = safeUrl(link.url);
    return href || link.title ? [{ link, href }] : [];
  });
  const page = safeUrl(session.url);
  if (links.length === 0 && !page) return '';
  const website = page ? `<li><a href="${escape(page)}">${escape(present.translation.linkKinds.website)}</a></li>` : '';
  const items = links.map(({ link, href }) => {
    const name = dataText(present.linkName(link), present);
    const lang = link.language === undefined ? '' : ` hreflang="${escape(link.language)}"`;
    return `<li>${href ? `<a href="${escape(href)}"${lang}>${name}</a>` : name}</li>`;
  });
  return `<ul part="links" class="links"> ${website} ${items.join('')} </ul>`;
}

function renderParticipants(groups, present) {
  if (groups.length === 0) return '';
  let out = '<dl part="participants" class="participants"> ';
  for (const group of groups) {
    out += `<div class="group"> <dt part="role" class="role">${escape(present.roleLabel(group.role, group.participants.length))}</dt> `;
    for (const participant of group.participants) {
      out +=
        'person' in participant
          ? `<dd part="participant" class="participant"> <span part="speaker-name" class="name"><a href="#speaker-${escape(participant.person.id)}">${localized(participant.person.name, present)}</a></span>${renderPersonDetails(participant.person, present)} </dd>`
          : `<dd part="participant" class="participant tba"><span part="speaker-name" class="name">${escape(present.term('toBeAnnounced'))}</span></dd>`;
    }
    out += ' </div>';
  }
  return `${out} </dl>`;
}

// The job title and each organisation, with the language's separator between them.
function renderPersonDetails(person, present) {
  const parts = [
    ...(person.jobTitle ? [`<span part="job-title" class="job-title">${localized(person.jobTitle, present)}</span>`] : []),
    ...present.affiliations(person).map((organization) => `<span part="affiliation" class="affiliation">${localized(organization.name, present)}</span>`),
  ];
  if (parts.length === 0) return '';
  const separator = escape(present.term('separator'));
  return ` <span class="details">${parts.join(separator)}</span>`;
}
