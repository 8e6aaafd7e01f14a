// The in-page half of the render bench. `prepare(kind)` makes the data, clears the stage, collects
// garbage and waits for a quiet frame; the measured function that follows renders that one thing
// and returns its times in ms, taken with performance.now() around the work and a forced layout
// (offsetHeight), so the element and the baseline both pay for style and layout.
//
// An element's first render counts until it settles: in the browser the element renders once as
// a server would (so hydration matches), then at once again with what only the browser knows (the
// visitor's zone and schedule, the URL's filters, the time now). Both come before the first paint,
// so both are timed, and the baseline writes the settled markup.
import { renderAgendaBaseline } from './baseline.mjs';
import { normalize, strip } from './markup-check.mjs';
import { baselineHost, clearUrl, frame, layout, mountElement, primerStage, split, stage, validated } from './harness-page.mjs';

let input;
let forum;
let layoutName;
let options;
let sheets;
let shown; // the forum input the update benches show now
let revision = 0;
let pending; // what the next measured function renders
let trackTurn = 0;

/** Takes the forum JSON, the display language and the agenda's layout; validates the forum with core. */
export async function load(json, language, layoutValue) {
  const defined = customElements.whenDefined('forum-agenda').then(() => true);
  if (!(await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 15_000, false))]))) {
    throw new Error('<forum-agenda> was not defined within 15 s: the bundle did not load (is dist being rebuilt?)');
  }
  document.documentElement.lang = language;
  input = JSON.parse(json);
  forum = validated(input);
  shown = input;
  layoutName = layoutValue;
  options = { language, headingLevel: 2, layout: layoutName, client: true };
  // The very style sheets the element adopts, so both sides pay for the same CSS.
  sheets = customElements.get('forum-agenda').elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
}

/** The element's CSS as text, for the hand-written drop-in page. */
export function agendaCss() {
  return sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
}

// A copy of the shown input with one more session's title changed (new objects along the
// changed path only, as an immutable update makes them).
function nextChange() {
  revision += 1;
  const sessions = shown.sessions;
  let at = (revision * 389) % sessions.length;
  while (!sessions[at].title) at = (at + 1) % sessions.length;
  const changed = [...sessions];
  const retitle = (text) => `${text.replace(/ \(rev\. \d+\)$/, '')} (rev. ${revision})`;
  const { title } = sessions[at];
  changed[at] = {
    ...sessions[at],
    title: typeof title === 'string' ? retitle(title) : Object.fromEntries(Object.entries(title).map(([tag, text]) => [tag, retitle(text)])),
  };
  return { ...shown, sessions: changed };
}

const trackSelect = () => stage.querySelector('forum-agenda').shadowRoot.querySelector('select[name="track"]');

// What a visitor does: picks a value in the track filter.
function pickTrack(value) {
  const select = trackSelect();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Makes what the next measured function renders, outside its timing. */
export async function prepare(kind) {
  if (kind.startsWith('first')) {
    stage.replaceChildren();
    primerStage.replaceChildren();
    clearUrl();
  }
  if (kind === 'first')
    pending = input; // validated already: the element's memo answers
  else if (kind === 'first-new')
    pending = structuredClone(input); // a new object: validated again
  else if (kind === 'update' || kind === 'validate') pending = nextChange();
  else if (kind === 'update-prevalidated') {
    pending = nextChange();
    const primer = primerStage.querySelector('forum-agenda');
    primer.forum = pending;
    await primer.updateComplete;
  } else if (kind === 'baseline-update') {
    const next = nextChange();
    pending = { input: next, forum: validated(next) };
  } else if (kind === 'filter') {
    // Back to every session, then the next track in turn.
    const element = stage.querySelector('forum-agenda');
    if (trackSelect().value !== '') {
      pickTrack('');
      await element.updateComplete;
    }
    const tracks = [...trackSelect().options].map((option) => option.value).filter(Boolean);
    pending = tracks[trackTurn++ % tracks.length];
  }
  layout(document.body);
  globalThis.gc?.();
  await frame();
}

/** First render of a fresh element, until it settles (prepare 'first' or 'first-new'). */
export async function elementFirstRender() {
  const start = performance.now();
  const { element, firstRendered } = await mountElement(pending, layoutName);
  const built = performance.now();
  layout(element);
  return split(start, built, firstRendered);
}

/** First render of a fresh baseline host from the validated forum (prepare 'first'). */
export async function baselineFirstRender() {
  const start = performance.now();
  const host = baselineHost(sheets);
  host.shadowRoot.innerHTML = renderAgendaBaseline(forum, options);
  const built = performance.now();
  layout(host);
  return split(start, built);
}

/** Both markups, normalised, for the equality check: a first render, or the updated element. */
export async function markups(which) {
  if (which === 'first') clearUrl();
  const element = which === 'updated' ? stage.querySelector('forum-agenda') : (await mountElement(input, layoutName)).element;
  const host = baselineHost(sheets);
  host.shadowRoot.innerHTML = renderAgendaBaseline(which === 'updated' ? validated(shown) : forum, options);
  const markup = {
    element: normalize(element.shadowRoot.innerHTML),
    baseline: normalize(host.shadowRoot.innerHTML),
    raw: strip(element.shadowRoot.innerHTML).length,
  };
  stage.replaceChildren(...(which === 'updated' ? [element] : []));
  return markup;
}

/** A settled element on the stage for the filter bench. */
export async function filterSetup() {
  stage.replaceChildren();
  primerStage.replaceChildren();
  clearUrl();
  await mountElement(input, layoutName);
}

/** The visitor picks a track (prepare 'filter'): the change event, the update, a layout. */
export async function elementFilter() {
  const element = stage.querySelector('forum-agenda');
  const start = performance.now();
  pickTrack(pending);
  await element.updateComplete;
  const built = performance.now();
  layout(element);
  return split(start, built);
}

/** After a filter: the sessions left visible and the sessions of that track, which should agree. */
export function filterCheck() {
  const root = stage.querySelector('forum-agenda').shadowRoot;
  const visible = [...root.querySelectorAll('li.session')].filter((item) => !item.hidden && item.checkVisibility()).length;
  return { track: pending, visible, expected: forum.sessions.filter((session) => session.track === pending).length };
}

/** Renders the shown forum in an element, and in the hidden primer, for the update benches. */
export async function elementUpdateSetup() {
  stage.replaceChildren();
  primerStage.replaceChildren();
  clearUrl();
  await mountElement(shown, layoutName);
  await mountElement(shown, layoutName, primerStage);
}

/** Shows a forum with one title changed (prepare 'update' or 'update-prevalidated'). */
export async function elementUpdate() {
  const element = stage.querySelector('forum-agenda');
  const start = performance.now();
  element.forum = pending;
  await element.updateComplete;
  const built = performance.now();
  layout(element);
  shown = pending;
  return split(start, built);
}

/** validateForum alone on a forum with one title changed (prepare 'validate'). */
export function validateOnly() {
  const start = performance.now();
  validated(pending);
  return split(start, performance.now());
}

/** Renders the shown forum in a baseline host for the update benches. */
export async function baselineUpdateSetup() {
  stage.replaceChildren();
  primerStage.replaceChildren();
  baselineHost(sheets).shadowRoot.innerHTML = renderAgendaBaseline(validated(shown), options);
}

/** The baseline's update: the whole markup again, into the same shadow root (prepare 'baseline-update'). */
export async function baselineUpdate() {
  const host = stage.firstElementChild;
  const start = performance.now();
  host.shadowRoot.innerHTML = renderAgendaBaseline(pending.forum, options);
  const built = performance.now();
  layout(host);
  shown = pending.input;
  return split(start, built);
}
