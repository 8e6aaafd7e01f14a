// The yardstick for <forum-agenda>: the same agenda markup written by hand as one string, for
// `shadowRoot.innerHTML`. It asks core's presentation layer (presentForum) for every text, time,
// place and label, call for call as the element does (src/forum-agenda/: forum-agenda.ts,
// render-toolbar.ts, render-session.ts; src/internal/: forum-notice.ts, data-text.ts), and works
// out the grid and the "now" mark by the same rules (baseline-grid.mjs), so it pays for the same
// work; only the templating differs. The bench checks that its markup equals the element's before
// timing anything, so it cannot drift unnoticed.
//
// `client: true` gives what the element shows once it runs in the browser (its second render):
// the visitor's time-zone switch, the "now" marks, on a first visit (nothing saved, the forum's
// zone, no filter in the URL). Without it, the first render, as a server-rendered page shows it.
import { presentForum, zoneName } from '@forumkit/core/present';
import { zonedToEpochMs } from '@forumkit/core/time';
import { escape, hasTime, heading, localized, safeUrl, subLevel } from './baseline-markup.mjs';
import { gridOf, listNowIndex } from './baseline-grid.mjs';
import { renderSession } from './baseline-session.mjs';
import { renderToolbar } from './baseline-toolbar.mjs';

// From this many sessions the programme gets search and filters.
const FILTERS_FROM = 10;
const LAYOUTS = new Set(['auto', 'list', 'grid']);

/** The agenda's shadow-root markup for a validated forum, as `<forum-agenda>` renders it. */
export function renderAgendaBaseline(forum, { language = 'en', headingLevel = 2, layout = 'auto', timeZone, client = false } = {}) {
  const present = presentForum(forum, { language, ...(timeZone && { timeZone }) });
  const { days, unscheduled } = present.agenda();
  if (days.length === 0 && unscheduled.length === 0) {
    return `<div part="status" class="status" dir="${present.dir}">${escape(present.term('noSessions'))}</div>`;
  }
  const timed = forum.sessions.some(hasTime);
  const now = client ? Date.now() : undefined;
  const base = { headingLevel, layout: LAYOUTS.has(layout) ? layout : 'auto', timed, now, saved: new Set() };
  const toolbar = renderToolbar(present, {
    withFilters: forum.sessions.length >= FILTERS_FROM,
    withCalendar: days.length > 0,
    shownCount: forum.sessions.length,
    client: client && {
      savedCount: 0,
      nowShown: days.some((day) => listNowIndex(day.sessions, present, now) >= 0),
      zoneChoice: timeZone || !timed ? undefined : zoneChoice(forum, present.language),
    },
  });
  let out = `<div class="agenda layout-${base.layout}${timed ? ' timed' : ''}" dir="${present.dir}"> ${renderForumNotice(present)} ${toolbar} ${renderDayNav(present, days)} `;
  for (const day of days) out += renderDay(present, day, day.sessions, base);
  if (unscheduled.length) out += ` ${renderDay(present, undefined, unscheduled, base)}`;
  return `${out} </div>`;
}

// The forum's zone and the visitor's, named at the forum's start, when they differ.
function zoneChoice(forum, language) {
  const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!visitor || visitor === forum.timeZone) return undefined;
  const at = zonedToEpochMs(forum.start.length === 10 ? `${forum.start}T12:00` : forum.start, forum.timeZone) ?? Date.now();
  return {
    current: 'forum',
    forumZoneName: zoneName(at, language, forum.timeZone) ?? forum.timeZone,
    visitorZoneName: zoneName(at, language, visitor) ?? visitor,
  };
}

function renderForumNotice(present) {
  const { forum } = present;
  const status = forum.status && forum.status !== 'scheduled' ? forum.status : undefined;
  const online = safeUrl(present.place().onlineUrl);
  if (!status && !online) return '';
  const previous = forum.previousStart === undefined ? undefined : present.moment(forum.previousStart)?.start;
  let out = `<p part="forum-notice" class="forum-notice${status ? ` status-${status}` : ''}"> `;
  if (status) out += `<strong class="forum-status">${escape(present.translation.statuses[status])}</strong>`;
  if (status && previous) out += ` · <time datetime="${escape(previous.iso)}">${escape(present.term('previously', { time: previous.fullText }))}</time>`;
  if (status && online) out += ' · ';
  if (online) out += `<a class="forum-online" href="${escape(online)}">${escape(present.term('joinOnline'))}</a>`;
  return `${out} </p>`;
}

function renderDayNav(present, days) {
  if (days.length < 2) return '';
  const links = days.map(
    (day) => `<li><a href="#${escape(day.date)}"><time datetime="${escape(day.date)}">${escape(present.shortDay(day.date))}</time></a></li>`,
  );
  return `<nav part="day-nav" class="day-nav" aria-label="${escape(present.term('days'))}"> <ul> ${links.join('')} </ul> </nav>`;
}

function renderDay(present, day, sessions, base) {
  // One note per day names the zone; a day with a clock change names it at every time instead.
  const zoneNames = new Set(
    sessions.flatMap((session) => {
      const time = present.sessionTime(session);
      return [time?.start.zoneName, time?.end?.zoneName].filter((name) => name !== undefined);
    }),
  );
  const grid = day && base.layout !== 'list' ? gridOf(sessions, present) : undefined;
  const options = {
    present,
    titleLevel: subLevel(base.headingLevel),
    timed: base.timed,
    zonePerSession: zoneNames.size > 1,
    detailsOpen: !grid,
    listedOn: day?.date,
    placement: grid?.classes,
    saved: base.saved,
  };
  const nowIndex = base.now === undefined ? -1 : listNowIndex(sessions, present, base.now);
  const listNow = `<li part="now" aria-hidden="true" class="${grid ? 'now-line list-only' : 'now-line'}"><span>${escape(present.term('now'))}</span></li>`;
  const title = day ? `<time datetime="${escape(day.date)}">${escape(present.day(day.date))}</time>` : escape(present.term('timeToBeAnnounced'));
  const zone = zoneNames.size === 1 ? `<p part="time-zone" class="time-zone">${escape(present.term('timeZone', { zone: [...zoneNames][0] }))}</p>` : '';
  const classes = grid ? `day grid-capable rooms-${grid.rooms.length}` : day ? 'day' : 'day unscheduled';
  let out = `<section part="day" class="${classes}"${day ? ` data-day="${escape(day.date)}"` : ''}>`;
  out += ` <div class="day-header" tabindex="-1"> ${heading(base.headingLevel, 'day-heading', 'day-heading', title)} ${zone} </div>`;
  out += ` <div class="scroller"> <ol class="sessions"> ${grid ? renderGridFrame(grid, present) : ''} ${grid && base.now !== undefined ? renderGridNow(grid, base.now, present) : ''} `;
  sessions.forEach((session, i) => {
    if (i === nowIndex) out += listNow;
    out += renderSession(session, options);
  });
  if (nowIndex === sessions.length) out += ` ${listNow}`;
  return `${out} </ol> </div> </section>`;
}

// The room names along the top and the times down the side (each session names its own); with
// every session shown, no time is hidden.
function renderGridFrame(grid, present) {
  const rooms = grid.rooms.map(
    (room, i) => `<li part="room-heading" aria-hidden="true" class="grid-only room-head rs1 re2 c${i + 2}">${localized(room.name, present)}</li>`,
  );
  const times = grid.times.map(
    ({ line, moment }) =>
      `<li aria-hidden="true" class="grid-only time-mark rs${line} re${line + 1} c1"> <time datetime="${escape(moment.iso)}">${escape(moment.text)}</time> </li>`,
  );
  return rooms.join('') + times.join('');
}

function renderGridNow(grid, now, present) {
  const line = grid.lineAt(now);
  if (line === undefined) return '';
  return `<li part="now" aria-hidden="true" class="grid-only now-line rs${line} re${line + 1} call"> <span>${escape(present.term('now'))}</span> </li>`;
}
