// The baseline's toolbar, as src/forum-agenda/render-toolbar.ts renders it with no filter set:
// search and filters (with their choices, worked out as agenda-filter.ts does), the count, the
// calendar button, and the controls only the browser shows once the element runs there.
import { escape } from './baseline-markup.mjs';

/**
 * `state`: withFilters, withCalendar, shownCount, and `client` (undefined on the first render):
 * savedCount, nowShown, zoneChoice ({ current, forumZoneName, visitorZoneName } or undefined).
 */
export function renderToolbar(present, state) {
  const { client } = state;
  const chip = (label) => `<button type="button" class="chip">${escape(label)}</button>`;
  const actions = [
    state.withCalendar ? chip(present.term('addToCalendar')) : '',
    client?.savedCount > 0 ? `<button type="button" class="chip">${escape(present.term('downloadSaved'))} (${client.savedCount})</button>` : '',
    client?.nowShown ? chip(present.term('jumpToNow')) : '',
    client?.zoneChoice ? renderZoneSwitch(present, client.zoneChoice) : '',
  ];
  return `<div part="toolbar" class="toolbar"> ${state.withFilters ? renderFilters(present, state) : ''} <div class="actions"> ${actions.join(' ')} </div> </div>`;
}

function renderFilters(present, state) {
  const choices = filterChoices(present);
  const select = (name, label, options) =>
    options.length < 2
      ? ''
      : `<label class="field"><span class="field-label">${escape(label)}</span> <select name="${name}"> <option value="" selected>${escape(present.term('any'))}</option> ${options
          .map((option) => `<option value="${escape(option.value)}">${escape(option.label)}</option>`)
          .join('')} </select></label>`;
  const named = (options) => options.map((option) => ({ value: option.value, label: present.text(option.label)?.text ?? option.value }));
  const count = present.term('shownSessions', { count: String(state.shownCount), total: String(present.forum.sessions.length) });
  return (
    `<form part="filters" class="filters" role="search" aria-label="${escape(present.term('filters'))}">` +
    ` <label class="field search"><span class="field-label">${escape(present.term('search'))}</span> <input type="search" name="q" maxlength="200" autocomplete="off" value=""></label>` +
    ` ${select('track', present.term('track'), named(choices.tracks))} ${select('room', present.term('room'), named(choices.rooms))}` +
    ` ${select('language', present.term('language'), choices.languages)} ${select('kind', present.term('kind'), choices.kinds)}` +
    ` <label class="check"><input type="checkbox" name="saved"> ${escape(present.term('savedOnly'))}</label>` +
    ` <button type="reset" class="chip" disabled> ${escape(present.term('clearFilters'))} </button> </form>` +
    ` <p part="count" class="count" role="status">${escape(count)}</p>`
  );
}

// A filter's choices: the values some session has, tracks and rooms in the forum's order.
function filterChoices(present) {
  const { sessions } = present.forum;
  const tracks = new Set(sessions.map((session) => session.track));
  const rooms = new Set(sessions.map((session) => session.room));
  const kinds = new Set(sessions.map((session) => session.kind));
  const languages = new Set(sessions.flatMap((session) => [...(session.languages ?? []), ...(session.interpretedInto ?? [])]));
  return {
    tracks: present.tracks().flatMap((track) => (tracks.has(track.id) ? [{ value: track.id, label: track.name }] : [])),
    rooms: present.rooms().flatMap((room) => (rooms.has(room.id) ? [{ value: room.id, label: room.name }] : [])),
    languages: [...languages].map((tag) => ({ value: tag, label: present.languageList([tag]) })),
    kinds: [...kinds].map((kind) => ({ value: kind, label: present.translation.sessionKinds[kind] })),
  };
}

function renderZoneSwitch(present, choice) {
  const option = (zone, label) => `<button type="button" class="chip" aria-pressed="${choice.current === zone ? 'true' : 'false'}">${escape(label)}</button>`;
  const label = present.term('timeZone', { zone: '' }).trim();
  return (
    `<div class="zones" role="group" aria-label="${escape(label)}"> ${option('forum', present.term('forumTime', { zone: choice.forumZoneName }))}` +
    ` ${option('visitor', present.term('yourTime', { zone: choice.visitorZoneName }))} </div>`
  );
}
