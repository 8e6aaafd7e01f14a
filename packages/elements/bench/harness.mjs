// The in-page half of the bench: each function renders one thing and returns its time in ms,
// measured with performance.now() around the work and a forced layout (offsetHeight), so the
// element and the baseline both pay for style and layout. Node calls these one at a time.
import { validateForum } from '@forumkit/core';
import { renderAgendaBaseline } from './baseline.mjs';

const stage = document.getElementById('stage');
// A hidden element that validates (and indexes) a forum before the timed element sees it.
const primerStage = document.getElementById('primer');
let input;
let forum;
let options;
let sheets;
let chain; // the forum shown by the update benches: { input, forum } after each change
let revision = 0;

const layout = (element) => element.offsetHeight;
// The whole time, and the part before the forced layout (script and DOM building).
const split = (start, built) => {
  const end = performance.now();
  return { total: end - start, dom: built - start, layout: end - built };
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const strip = (markup) => markup.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '');
const normalize = (markup) => strip(markup).replace(/\s+/g, ' ').trim();

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
  options = { language, headingLevel: 2 };
  // The very style sheets the element adopts, so both sides pay for the same CSS.
  sheets = customElements.get('forum-agenda').elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
  chain = { input, forum };
  return { sessions: forum.sessions.length, sheets: sheets.length };
}

/** Empties the stage, settles layout and garbage, and waits for a quiet frame. */
export async function reset() {
  stage.replaceChildren();
  primerStage.replaceChildren();
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

async function mountElement(data) {
  const element = document.createElement('forum-agenda');
  element.forum = data;
  stage.append(element);
  await element.updateComplete;
  return element;
}

/** First render of a fresh element. `fresh` data is a new object: the element validates it. */
export async function elementFirstRender(fresh) {
  const data = fresh ? structuredClone(input) : input;
  const start = performance.now();
  const element = await mountElement(data);
  const built = performance.now();
  layout(element);
  return split(start, built);
}

/** First render of a fresh baseline host from the validated forum. */
export async function baselineFirstRender() {
  const start = performance.now();
  const host = baselineHost();
  host.shadowRoot.innerHTML = renderAgendaBaseline(forum, options);
  const built = performance.now();
  layout(host);
  return split(start, built);
}

/** Both markups, normalised, for the equality check; `chain` compares the updated element. */
export async function markups(which = 'first') {
  const data = which === 'chain' ? chain : { input, forum };
  const element = which === 'chain' ? stage.querySelector('forum-agenda') : await mountElement(data.input);
  const host = baselineHost();
  host.shadowRoot.innerHTML = renderAgendaBaseline(data.forum, options);
  return { element: normalize(element.shadowRoot.innerHTML), baseline: normalize(host.shadowRoot.innerHTML), raw: strip(element.shadowRoot.innerHTML).length };
}

// A copy of the shown forum input with one more session's title changed (new objects along the
// changed path only, as an immutable update would make them).
function nextChange() {
  revision += 1;
  const sessions = chain.input.sessions;
  let at = (revision * 389) % sessions.length;
  while (!sessions[at].title) at = (at + 1) % sessions.length;
  const session = sessions[at];
  const title = { ko: `${session.title.ko} (개정 ${revision})`, en: `${session.title.en.replace(/ \(rev\. \d+\)$/, '')} (rev. ${revision})` };
  const changed = [...sessions];
  changed[at] = { ...session, title };
  return { ...chain.input, sessions: changed };
}

/** Renders the current forum in an element (and a hidden primer) for the update benches. */
export async function elementUpdateSetup() {
  await mountElement(chain.input);
  const primer = document.createElement('forum-agenda');
  primer.forum = chain.input;
  primerStage.append(primer);
  await primer.updateComplete;
}

/**
 * Shows a forum with one title changed. `prevalidated`: the hidden primer validates it first
 * (untimed), so the timed update is the render alone.
 */
export async function elementUpdate(prevalidated) {
  const element = stage.querySelector('forum-agenda');
  const next = nextChange();
  if (prevalidated) {
    const primer = primerStage.querySelector('forum-agenda');
    primer.forum = next;
    await primer.updateComplete;
  }
  globalThis.gc?.();
  await frame();
  const start = performance.now();
  element.forum = next;
  await element.updateComplete;
  const built = performance.now();
  layout(element);
  const time = split(start, built);
  chain = { input: next, forum: validated(next) };
  return time;
}

/** validateForum alone on a new forum with one title changed (core's code, as the element runs it). */
export function validateOnly() {
  const next = nextChange();
  revision -= 1; // the chain does not move
  const start = performance.now();
  validated(next);
  return split(start, performance.now());
}

/** Renders the current forum in a baseline host for the update benches. */
export async function baselineUpdateSetup() {
  const host = baselineHost();
  host.shadowRoot.innerHTML = renderAgendaBaseline(chain.forum, options);
  layout(host);
}

/** The baseline's update: the whole markup again, assigned to the same shadow root. */
export async function baselineUpdate() {
  const host = stage.firstElementChild;
  const next = nextChange();
  const nextForum = validated(next);
  globalThis.gc?.();
  await frame();
  const start = performance.now();
  host.shadowRoot.innerHTML = renderAgendaBaseline(nextForum, options);
  const built = performance.now();
  layout(host);
  const time = split(start, built);
  chain = { input: next, forum: nextForum };
  return time;
}
