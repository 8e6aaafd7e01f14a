import { html, nothing, type TemplateResult } from 'lit';
import type { Presentation } from '@forumkit/core/present';
import { filterChoices, isFiltered, NO_FILTERS, type AgendaFilters } from './agenda-filter.js';
import type { ZoneChoice } from './visitor-schedule.js';

/** What the toolbar shows and whom it tells about the visitor's choices. */
export interface ToolbarState {
  /** The programme is long enough for search and filters. */
  readonly withFilters: boolean;
  readonly filters: AgendaFilters;
  readonly shownCount: number;
  readonly savedCount: number;
  /** Running in the browser past hydration: the controls that need it (schedule, zones, now) show. */
  readonly clientReady: boolean;
  /** The two zones to choose from, when the visitor's differs from the forum's and `time-zone` is not set. */
  readonly zoneChoice: ZoneChoice | undefined;
  /** The current time falls within the programme. */
  readonly nowShown: boolean;
  /** Some session has a day, so the forum has a calendar file. */
  readonly withCalendar: boolean;
  readonly onFilters: (filters: AgendaFilters) => void;
  readonly onZone: (zone: 'forum' | 'visitor') => void;
  readonly onCalendar: () => void;
  readonly onDownloadSaved: () => void;
  readonly onJumpToNow: () => void;
}

/** Search, filters and the count of what they let through; then the schedule, calendar, zone and "now" controls. */
export function renderToolbar(present: Presentation, state: ToolbarState): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    ${state.withFilters ? renderFilters(present, state) : nothing}
    <div class="actions">
      ${state.withCalendar ? html`<button type="button" class="chip" @click=${state.onCalendar}>${present.term('addToCalendar')}</button>` : nothing}
      ${
        state.clientReady && state.savedCount > 0
          ? html`<button type="button" class="chip" @click=${state.onDownloadSaved}>${present.term('downloadSaved')} (${state.savedCount})</button>`
          : nothing
      }
      ${state.clientReady && state.nowShown ? html`<button type="button" class="chip" @click=${state.onJumpToNow}>${present.term('jumpToNow')}</button>` : nothing}
      ${state.clientReady && state.zoneChoice ? renderZoneSwitch(present, state.zoneChoice, state.onZone) : nothing}
    </div>
  </div>`;
}

function renderFilters(present: Presentation, state: ToolbarState): TemplateResult {
  const { filters, onFilters } = state;
  const choices = filterChoices(present);
  const set = (change: Partial<AgendaFilters>) => onFilters({ ...filters, ...change });
  const select = (name: 'track' | 'room' | 'language' | 'kind', label: string, options: ReadonlyArray<{ value: string; label: string }>) =>
    options.length < 2
      ? nothing
      : html`<label class="field"
          ><span class="field-label">${label}</span>
          <select name=${name} @change=${(event: Event) => set({ [name]: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${filters[name] === ''}>${present.term('any')}</option>
            ${options.map((option) => html`<option value=${option.value} ?selected=${filters[name] === option.value}>${option.label}</option>`)}
          </select></label
        >`;
  const named = (options: ReadonlyArray<{ value: string; label: Parameters<Presentation['text']>[0] }>) =>
    options.map((option) => ({ value: option.value, label: present.text(option.label)?.text ?? option.value }));
  return html`<form part="filters" class="filters" role="search" aria-label=${present.term('filters')} @submit=${(event: Event) => event.preventDefault()}>
      <label class="field search"
        ><span class="field-label">${present.term('search')}</span>
        <input type="search" name="q" value=${filters.q} maxlength="200" autocomplete="off" @input=${(event: Event) => set({ q: (event.target as HTMLInputElement).value })}
      /></label>
      ${select('track', present.term('track'), named(choices.tracks))} ${select('room', present.term('room'), named(choices.rooms))}
      ${select('language', present.term('language'), choices.languages)} ${select('kind', present.term('kind'), choices.kinds)}
      <label class="check"
        ><input type="checkbox" name="saved" ?checked=${filters.saved} @change=${(event: Event) => set({ saved: (event.target as HTMLInputElement).checked })} />
        ${present.term('savedOnly')}</label
      >
      <button
        type="reset"
        class="chip"
        ?disabled=${!isFiltered(filters)}
        @click=${(event: Event) => {
          // The form's fields go back to their defaults, then the filters follow.
          event.preventDefault();
          (event.target as HTMLButtonElement).form?.reset();
          onFilters(NO_FILTERS);
        }}
      >
        ${present.term('clearFilters')}
      </button>
    </form>
    <p part="count" class="count" role="status">${present.term('shownSessions', { count: String(state.shownCount), total: String(present.forum.sessions.length) })}</p>`;
}

function renderZoneSwitch(present: Presentation, choice: ZoneChoice, onZone: ToolbarState['onZone']): TemplateResult {
  const option = (zone: 'forum' | 'visitor', label: string) =>
    html`<button type="button" class="chip" aria-pressed=${choice.current === zone ? 'true' : 'false'} @click=${() => onZone(zone)}>${label}</button>`;
  return html`<div class="zones" role="group" aria-label=${present.term('timeZone', { zone: '' }).trim()}>
    ${option('forum', present.term('forumTime', { zone: choice.forumZoneName }))} ${option('visitor', present.term('yourTime', { zone: choice.visitorZoneName }))}
  </div>`;
}
