// The yardstick for <forum-agenda>: the same agenda markup written by hand as one string, for
// `shadowRoot.innerHTML`. It asks core's presentation layer (presentForum) for every text, time,
// place and label, call for call as the element does (src/forum-agenda/forum-agenda.ts and
// render-session.ts, src/internal/data-text.ts and person.ts), so it pays for the same work; only
// the templating differs. The bench checks that its markup equals the element's before timing
// anything, so it cannot drift unnoticed. Whitespace is written where the element's templates
// have it: the check collapses runs of whitespace, so one space stands for a template's newline.
import { presentForum, sameLanguage } from '@forumkit/core/present';
import { formatDay, isDateOnly } from '@forumkit/core/time';
import { isSafeUrl } from '@forumkit/core/schema';

// A cancelled or postponed session keeps its place, but its time no longer holds.
const STRUCK = new Set(['cancelled', 'postponed']);
// Checked again as the element does, because a track's colour becomes a style.
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ESCAPES[c]);
const safeUrl = (url) => (url !== undefined && isSafeUrl(url) ? url : undefined);
const hasTime = (session) => session.start !== undefined && !isDateOnly(session.start);
// Items that the templates separate by whitespace: an absent one leaves a single space.
const spaced = (items) => items.filter(Boolean).join(' ');
const subLevel = (level) => (level >= 2 && level <= 6 ? Math.min(level + 1, 6) : 0);

/** The agenda's shadow-root markup for a validated forum, as `<forum-agenda>` renders it. */
export function renderAgendaBaseline(forum, { language = 'en', headingLevel = 2, timeZone } = {}) {
  const present = presentForum(forum, { language, ...(timeZone && { timeZone }) });
  const { days, unscheduled } = present.agenda();
  if (days.length === 0 && unscheduled.length === 0) {
    return `<div part="status" class="status" dir="${present.dir}">${escape(present.term('noSessions'))}</div>`;
  }
  const timed = present.forum.sessions.some(hasTime);
  let out = `<div class="${timed ? 'agenda timed' : 'agenda'}" dir="${present.dir}"> `;
  for (const day of days) out += renderDay(present, day, day.sessions, timed, headingLevel);
  if (unscheduled.length) out += ` ${renderDay(present, undefined, unscheduled, timed, headingLevel)}`;
  return `${out} </div>`;
}

function heading(level, part, content) {
  const tag = level >= 2 && level <= 6 ? `h${level}` : 'p';
  return `<${tag} part="${part}" class="${part}">${content}</${tag}>`;
}

// A text from the data: isolated in <bdi>, marked with its language when it is not the page's.
function dataText(shown, present) {
  if (shown === undefined) return '';
  const marked = shown.language !== undefined && !sameLanguage(shown.language, present.language);
  return marked ? `<bdi lang="${escape(shown.language)}">${escape(shown.text)}</bdi>` : `<bdi>${escape(shown.text)}</bdi>`;
}

const localized = (value, present) => dataText(present.text(value), present);

function renderDay(present, day, sessions, timed, headingLevel) {
  // One note per day names the zone; a day with a clock change names it at every time instead.
  const zoneNames = new Set(
    sessions.flatMap((session) => {
      const time = present.sessionTime(session);
      return [time?.start.zoneName, time?.end?.zoneName].filter((name) => name !== undefined);
    }),
  );
  const options = { present, titleLevel: subLevel(headingLevel), timed, zonePerSession: zoneNames.size > 1, listedOn: day?.date };
  const title = day
    ? `<time datetime="${escape(day.date)}">${escape(formatDay(day.date, present.language))}</time>`
    : escape(present.term('timeToBeAnnounced'));
  const zone = zoneNames.size === 1 ? `<p part="time-zone" class="time-zone">${escape(present.term('timeZone', { zone: [...zoneNames][0] }))}</p>` : '';
  let out = `<section part="day" class="${day ? 'day' : 'day unscheduled'}"> <div class="day-header"> ${spaced([heading(headingLevel, 'day-heading', title), zone])} </div>`;
  out += ' <ol class="sessions"> ';
  for (const session of sessions) out += renderSession(session, options);
  return `${out} </ol> </section>`;
}

function renderSession(session, options) {
  const { present } = options;
  const status = session.status && session.status !== 'scheduled' ? session.status : undefined;
  const kind = escape(present.translation.sessionKinds[session.kind]);
  const classes = status ? `session status-${status}${STRUCK.has(status) ? ' struck' : ''}` : 'session';
  let out = `<li part="session" class="${classes}" id="session-${escape(session.id)}"> `;
  if (options.timed) out += `${renderWhen(hasTime(session) ? present.sessionTime(session) : undefined, options)} `;
  const labels =
    session.title || status
      ? `<p class="labels"> ${spaced([
          session.title && `<span part="kind" class="kind">${kind}</span>`,
          status && `<span part="status-badge" class="badge">${escape(present.translation.statuses[status])}</span>`,
        ])} </p>`
      : '';
  const body = spaced([
    labels,
    heading(options.titleLevel, 'title', dataText(present.sessionName(session), present)),
    renderPrevious(session, options),
    renderPlace(session, present),
    renderLanguages(session, present),
    session.description && `<p part="description" class="description">${localized(session.description, present)}</p>`,
    renderParticipants(present.participants(session), present),
    renderLinks(session, present),
  ]);
  return `${out}<div class="body"> ${body} </div> </li>`;
}

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
  const color = track?.color && HEX_COLOR.test(track.color) ? track.color : undefined;
  const items = spaced([
    place.room && `<span part="room" class="room">${label('room')} ${localized(place.room.name, present)}</span>`,
    venue && `<span part="venue" class="venue">${label('venue')} ${localized(venue.name, present)}</span>`,
    online && `<a part="online-link" class="online" href="${escape(online)}">${escape(present.term('joinOnline'))}</a>`,
    track && `<span part="track" class="track"${color ? ` style="--_track-color:${color}"` : ''}>${label('track')} ${localized(track.name, present)}</span>`,
  ]);
  return `<p class="place"> ${items} </p>`;
}

function renderLanguages(session, present) {
  const held = session.languages ?? [];
  const interpreted = session.interpretedInto ?? [];
  if (held.length === 0 && interpreted.length === 0) return '';
  const items = spaced([
    held.length && `<span>${escape(present.term('heldIn', { languages: present.languageList(held) }))}</span>`,
    interpreted.length && `<span>${escape(present.term('interpretedInto', { languages: present.languageList(interpreted) }))}</span>`,
  ]);
  return `<p part="languages" class="languages"> ${items} </p>`;
}

function renderLinks(session, present) {
  const links = (session.links ?? []).flatMap((link) => {
    const href = safeUrl(link.url);
    return href ? [{ link, href }] : [];
  });
  const page = safeUrl(session.url);
  if (links.length === 0 && !page) return '';
  const items = links.map(({ link, href }) => {
    const lang = link.language === undefined ? '' : ` hreflang="${escape(link.language)}"`;
    const text = link.title ? localized(link.title, present) : escape(present.translation.linkKinds[link.kind]);
    return `<li><a href="${escape(href)}"${lang}>${text}</a></li>`;
  });
  const website = page && `<li><a href="${escape(page)}">${escape(present.translation.linkKinds.website)}</a></li>`;
  return `<ul part="links" class="links"> ${spaced([website, items.join('')])} </ul>`;
}

function renderParticipants(groups, present) {
  if (groups.length === 0) return '';
  let out = '<dl part="participants" class="participants"> ';
  for (const group of groups) {
    out += `<div class="group"> <dt part="role" class="role">${escape(present.roleLabel(group.role, group.participants.length))}</dt> `;
    for (const participant of group.participants) {
      out +=
        'person' in participant
          ? `<dd part="participant" class="participant"> <span part="speaker-name" class="name">${personName(participant.person, present)}</span>${renderDetails(participant.person, present)} </dd>`
          : `<dd part="participant" class="participant tba"><span part="speaker-name" class="name">${escape(present.term('toBeAnnounced'))}</span></dd>`;
    }
    out += ' </div>';
  }
  return `${out} </dl>`;
}

function personName(person, present) {
  const link = safeUrl(person.url);
  const name = localized(person.name, present);
  return link ? `<a href="${escape(link)}">${name}</a>` : name;
}

// The job title and each organisation, with the language's separator between them.
function renderDetails(person, present) {
  const parts = [
    ...(person.jobTitle ? [`<span part="job-title" class="job-title">${localized(person.jobTitle, present)}</span>`] : []),
    ...present.affiliations(person).map((organization) => `<span part="affiliation" class="affiliation">${localized(organization.name, present)}</span>`),
  ];
  if (parts.length === 0) return '';
  return ` <span class="details">${parts.map((part, i) => (i === 0 ? part : `${escape(present.term('separator'))}${part}`)).join('')}</span>`;
}
