// The yardstick for <forum-agenda>: the same agenda markup written by hand as one string, for
// `shadowRoot.innerHTML`. It calls the same core helpers for texts, times and labels, so it
// pays for the same work the element must do; only the templating differs. The bench checks
// that its markup equals the element's before timing anything, so it cannot drift unnoticed.
import {
  agendaDays,
  defaultLanguage,
  formatDateTime,
  formatDay,
  formatTimeRange,
  indexForum,
  isDateOnly,
  isSafeUrl,
  matchLanguage,
  resolveText,
  resolveTextLanguage,
  toIsoDateTime,
  vocabularyLabels,
  zonedDate,
  zonedToEpochMs,
} from '@forumkit/core';

// The interface words the agenda shows, as in src/internal/strings.ts.
const UI = {
  en: {
    noSessions: 'No sessions have been announced yet.',
    timeZone: (zone) => `Times in ${zone}`,
    timeToBeAnnounced: 'Time to be announced',
    previously: (time) => `Previously ${time}`,
    room: 'Room',
    track: 'Track',
  },
  ko: {
    noSessions: '아직 공개된 세션이 없습니다.',
    timeZone: (zone) => `시간대: ${zone}`,
    timeToBeAnnounced: '시간 미정',
    previously: (time) => `변경 전: ${time}`,
    room: '장소',
    track: '트랙',
  },
};
const STRUCK = new Set(['cancelled', 'postponed']);
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => ESCAPES[c]);
const primary = (tag) => tag.toLowerCase().split('-')[0];
const hasTime = (session) => session.start !== undefined && !isDateOnly(session.start);

/** The agenda's shadow-root markup for a validated forum, as `<forum-agenda>` renders it. */
export function renderAgendaBaseline(forum, { language = 'en', headingLevel = 2 } = {}) {
  const fallbacks = forum.languages;
  const base = defaultLanguage(forum);
  const ctx = {
    forum,
    language,
    zone: forum.timeZone,
    labels: vocabularyLabels(language),
    ui: UI[matchLanguage(language, Object.keys(UI)) ?? 'en'],
    index: indexForum(forum),
    headingLevel,
    titleLevel: headingLevel >= 2 && headingLevel <= 6 ? Math.min(headingLevel + 1, 6) : 0,
    timed: forum.sessions.some(hasTime),
    text(value) {
      const resolved = escape(resolveText(value, language, fallbacks) ?? '');
      const tag = resolveTextLanguage(value, language, fallbacks, base);
      return tag === undefined || primary(tag) === primary(language) ? resolved : `<span lang="${escape(tag)}">${resolved}</span>`;
    },
  };
  const days = agendaDays(forum, ctx.zone);
  if (days.length === 0) return `<div part="status" class="status">${escape(ctx.ui.noSessions)}</div>`;
  let out = `<div class="${ctx.timed ? 'agenda timed' : 'agenda'}"> `;
  for (const day of days) out += renderDay(day, ctx);
  return `${out} </div>`;
}

function heading(level, part, content) {
  const tag = level >= 2 && level <= 6 ? `h${level}` : 'p';
  return `<${tag} part="${part}" class="${part}">${content}</${tag}>`;
}

function renderDay(day, ctx) {
  const entries = day.sessions.map((session) => ({
    session,
    time: sessionTime(session, ctx),
    previous: previousStart(session, day.date, ctx),
  }));
  const zones = new Set(entries.flatMap((entry) => entry.time?.zoneName ?? []));
  const dayZone = zones.size === 1 ? [...zones][0] : undefined;
  const zonePerSession = zones.size > 1;
  let out = `<section part="day" class="day"> <div class="day-header"> `;
  out += heading(ctx.headingLevel, 'day-heading', `<time datetime="${escape(day.date)}">${escape(formatDay(day.date, ctx.language))}</time>`);
  if (dayZone) out += ` <p part="time-zone" class="time-zone">${escape(ctx.ui.timeZone(dayZone))}</p>`;
  out += ` </div> <ol class="sessions"> `;
  for (const entry of entries) out += renderSession(entry, zonePerSession, ctx);
  return `${out} </ol> </section>`;
}

function sessionTime(session, { forum, language, zone }) {
  if (!hasTime(session)) return undefined;
  const range = formatTimeRange(session.start, session.end, language, forum.timeZone, zone);
  if (!range) return undefined;
  const endAlone =
    session.end && range.endIso && range.text !== range.startText
      ? formatTimeRange(session.end, undefined, language, forum.timeZone, zone)
      : undefined;
  return { start: { iso: range.startIso, text: range.startText }, end: endAlone && { iso: endAlone.startIso, text: endAlone.startText }, zoneName: range.zoneName };
}

function previousStart(session, listedOn, { forum, language, zone }) {
  const value = session.previousStart;
  if (value === undefined) return undefined;
  const iso = toIsoDateTime(value, forum.timeZone);
  if (iso === undefined) return undefined;
  const at = isDateOnly(value) ? undefined : zonedToEpochMs(value, forum.timeZone);
  const sameDay = at !== undefined && hasTime(session) && zonedDate(at, zone) === listedOn;
  const text = sameDay
    ? formatTimeRange(value, undefined, language, forum.timeZone, zone)?.startText
    : formatDateTime(value, language, forum.timeZone, zone);
  return text === undefined ? undefined : { iso, text };
}

function renderSession({ session, time, previous }, zonePerSession, ctx) {
  const { labels, ui } = ctx;
  const status = session.status && session.status !== 'scheduled' ? session.status : undefined;
  const kind = escape(labels.sessionKinds[session.kind]);
  const classes = status ? `session status-${status}${STRUCK.has(status) ? ' struck' : ''}` : 'session';
  let out = `<li part="session" class="${classes}"> `;
  if (ctx.timed) out += renderWhen(time, zonePerSession, ui);
  out += ` <div class="body"> `;
  if (session.title || status) {
    out += `<p class="labels"> ${session.title ? `<span part="kind" class="kind">${kind}</span>` : ''} `;
    out += `${status ? `<span part="status-badge" class="badge">${escape(labels.statuses[status])}</span>` : ''} </p>`;
  }
  out += ` ${heading(ctx.titleLevel, 'title', session.title ? ctx.text(session.title) : kind)} `;
  if (previous) {
    out += `<p part="previous-time" class="previous"><time datetime="${escape(previous.iso)}">${escape(ui.previously(previous.text))}</time></p>`;
  }
  if (session.room || session.track) {
    out += ` <p class="place"> `;
    if (session.room) out += `<span part="room" class="room"><span class="place-label">${escape(ui.room)}</span> ${ctx.text(session.room)}</span>`;
    out += ' ';
    if (session.track) out += `<span part="track" class="track"><span class="place-label">${escape(ui.track)}</span> ${ctx.text(session.track)}</span>`;
    out += ' </p>';
  }
  if (session.description) out += ` <p part="description" class="description">${ctx.text(session.description)}</p>`;
  out += ` ${renderParticipants(session.participants ?? [], ctx)} </div> </li>`;
  return out;
}

function renderWhen(time, zonePerSession, ui) {
  if (!time) return `<p part="time" class="when tba">${escape(ui.timeToBeAnnounced)}</p>`;
  let out = `<p part="time" class="when"> <time class="start" datetime="${escape(time.start.iso)}">${escape(time.start.text)}</time>`;
  if (time.end) out += `<span class="end"><span class="dash"> – </span><time datetime="${escape(time.end.iso)}">${escape(time.end.text)}</time></span>`;
  if (zonePerSession && time.zoneName) out += ` <span class="zone">${escape(time.zoneName)}</span>`;
  return `${out} </p>`;
}

function renderParticipants(participants, ctx) {
  if (participants.length === 0) return '';
  const groups = new Map();
  for (const participant of participants) {
    const group = groups.get(participant.role);
    if (group) group.push(participant);
    else groups.set(participant.role, [participant]);
  }
  let out = '<dl part="participants" class="participants"> ';
  for (const [role, group] of groups) {
    const name = group.length > 1 ? ctx.labels.rolesPlural[role] : ctx.labels.roles[role];
    out += `<div class="group"> <dt part="role" class="role">${escape(name)}</dt> `;
    for (const participant of group) out += renderParticipant(participant, ctx);
    out += ' </div>';
  }
  return `${out} </dl>`;
}

function renderParticipant({ person: id }, ctx) {
  const person = ctx.index.people.get(id);
  if (!person) return `<dd part="participant" class="participant"><span part="speaker-name" class="name">${escape(id)}</span></dd>`;
  const organization = person.affiliation === undefined ? undefined : ctx.index.organizations.get(person.affiliation);
  const link = person.url !== undefined && isSafeUrl(person.url) ? person.url : undefined;
  const name = ctx.text(person.name);
  let out = `<dd part="participant" class="participant"> <span part="speaker-name" class="name">${link ? `<a href="${escape(link)}">${name}</a>` : name}</span> `;
  if (person.jobTitle || organization) {
    out += '<span class="details">';
    if (person.jobTitle) out += `<span part="job-title" class="job-title">${ctx.text(person.jobTitle)}</span>`;
    if (person.jobTitle && organization) out += ', ';
    if (organization) out += `<span part="affiliation" class="affiliation">${ctx.text(organization.name)}</span>`;
    out += '</span>';
  }
  return `${out} </dd>`;
}
