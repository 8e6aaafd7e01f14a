// The in-page half of the bench. `prepare(kind)` makes the data, clears the stage, collects
// garbage and waits for a quiet frame; the measured function that follows renders that one
// thing and returns its times in ms, taken with performance.now() around the work and a forced
// layout (offsetHeight), so the element and the baseline both pay for style and layout.
import { validateForum } from '@forumkit/core';
import { renderAgendaBaseline } from './baseline.mjs';

const stage = document.getElementById('stage');
// A hidden element that validates (and indexes) a forum before the timed element sees it.
const primerStage = document.getElementById('primer');
let input;
let forum;
let options;
let sheets;
let shown; // the forum input the update benches show now
let revision = 0;
let pending; // what the next measured function renders

const layout = (element) => element.offsetHeight;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
// Lit's marker comments carry no content: `<!--?lit$…$-->` for a part, `<!--?-->` after a
// template that ends in a binding, `<!---->` around the items of a list.
const strip = (markup) => markup.replace(/<!--\?(?:lit\$\d+\$)?-->|<!---->/g, '');
const normalize = (markup) => strip(markup).replace(/\s+/g, ' ').trim();

// The whole time, and the part before the forced layout (script and DOM building).
function split(start, built) {
  const end = performance.now();
  return { total: end - start, dom: built - start, layout: end - built };
}

function validated(data) {
  const result = validateForum(data);
  if (!result.ok) throw new Error(`invalid forum: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return result.forum;
}

/** Takes the forum JSON and the display language; validates it with core. */
export async function load(json, language) {
  await customElements.whenDefined('forum-agenda');
  document.documentElement.lang = language;
  input = JSON.parse(json);
  forum = validated(input);
  shown = input;
  options = { language, headingLevel: 2 };
  // The very style sheets the element adopts, so both sides pay for the same CSS.
  sheets = customElements.get('forum-agenda').elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
}

// A copy of the shown input with one more session's title changed (new objects along the
// changed path only, as an immutable update makes them).
function nextChange() {
  revision += 1;
  const sessions = shown.sessions;
  let at = (revision * 389) % sessions.length;
  while (!sessions[at].title) at = (at + 1) % sessions.length;
  const { title } = sessions[at];
  const changed = [...sessions];
  changed[at] = {
    ...sessions[at],
    title: { ko: `${title.ko.replace(/ \(개정 \d+\)$/, '')} (개정 ${revision})`, en: `${title.en.replace(/ \(rev\. \d+\)$/, '')} (rev. ${revision})` },
  };
  return { ...shown, sessions: changed };
}

/** Makes what the next measured function renders, outside its timing. */
export async function prepare(kind) {
  if (kind.startsWith('first')) {
    stage.replaceChildren();
    primerStage.replaceChildren();
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
  }
  layout(document.body);
  globalThis.gc?.();
  await frame();
}

function baselineHost() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  stage.append(host);
  return host;
}

async function mountElement(data, parent = stage) {
  const element = document.createElement('forum-agenda');
  element.forum = data;
  parent.append(element);
  await element.updateComplete;
  return element;
}

/** First render of a fresh element (prepare 'first' or 'first-new'). */
export async function elementFirstRender() {
  const start = performance.now();
  const element = await mountElement(pending);
  const built = performance.now();
  layout(element);
  return split(start, built);
}

/** First render of a fresh baseline host from the validated forum (prepare 'first'). */
export async function baselineFirstRender() {
  const start = performance.now();
  const host = baselineHost();
  host.shadowRoot.innerHTML = renderAgendaBaseline(forum, options);
  const built = performance.now();
  layout(host);
  return split(start, built);
}

/** Both markups, normalised, for the equality check: a first render, or the updated element. */
export async function markups(which) {
  const element = which === 'updated' ? stage.querySelector('forum-agenda') : await mountElement(input);
  const host = baselineHost();
  host.shadowRoot.innerHTML = renderAgendaBaseline(which === 'updated' ? validated(shown) : forum, options);
  const markup = {
    element: normalize(element.shadowRoot.innerHTML),
    baseline: normalize(host.shadowRoot.innerHTML),
    raw: strip(element.shadowRoot.innerHTML).length,
  };
  stage.replaceChildren(...(which === 'updated' ? [element] : []));
  return markup;
}

/** Renders the shown forum in an element, and in the hidden primer, for the update benches. */
export async function elementUpdateSetup() {
  stage.replaceChildren();
  await mountElement(shown);
  await mountElement(shown, primerStage);
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
  baselineHost().shadowRoot.innerHTML = renderAgendaBaseline(validated(shown), options);
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
