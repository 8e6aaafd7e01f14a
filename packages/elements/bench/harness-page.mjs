// The bench page's plumbing for harness.mjs: its stages, quiet frames, forced layouts, the split
// of a measured time, and mounting an element until it settles.
import { validateForum } from '@forumkit/core';

export const stage = document.getElementById('stage');
// A hidden element that validates (and indexes) a forum before the timed element sees it.
export const primerStage = document.getElementById('primer');

export const layout = (element) => element.offsetHeight;
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
// The filters the visitor picks go to the URL, and a new element reads them from there.
export const clearUrl = () => history.replaceState(null, '', location.pathname);

/**
 * The whole time, the part before the forced layout (script and DOM building), and, for a first
 * render, the part of it before the client-only second render.
 */
export function split(start, built, firstRendered) {
  const end = performance.now();
  return { total: end - start, dom: built - start, layout: end - built, ...(firstRendered && { first: firstRendered - start }) };
}

export function validated(data) {
  const result = validateForum(data);
  if (!result.ok) throw new Error(`invalid forum: ${JSON.stringify(result.issues.slice(0, 5))}`);
  return result.forum;
}

/** A shadow host on the stage with `sheets` adopted, for the baseline's markup. */
export function baselineHost(sheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  stage.append(host);
  return host;
}

/** Until the element has no update pending, the client-only one it requests after its first included. */
export async function settled(element) {
  do {
    await element.updateComplete;
    await null; // a callback of the finished update may request the next one
  } while (element.isUpdatePending);
}

/** Mounts an element showing `data`; resolves once it settled, with the time its data was first rendered. */
export async function mountElement(data, layoutName, parent = stage) {
  const element = document.createElement('forum-agenda');
  element.setAttribute('layout', layoutName);
  element.forum = data;
  const shownData = new Promise((resolve, reject) => {
    element.addEventListener('forum-load', () => resolve(performance.now()), { once: true });
    element.addEventListener('forum-error', (event) => reject(new Error(`forum-error: ${event.failure?.message ?? event.type}`)), { once: true });
  });
  parent.append(element);
  const firstRendered = await shownData;
  await settled(element);
  return { element, firstRendered };
}
