// The hand-written counterpart of the drop-in page (`<forum-agenda src>`): fetch the JSON, parse
// and validate it with core, and put the baseline's markup into a shadow root styled with the
// element's CSS. drop-in.mjs bundles it, as forumkit.js is bundled, and times both pages.
import { validateForum } from '@forumkit/core';
import { renderAgendaBaseline } from './baseline.mjs';

/** Shows the agenda at `url` in `host`; marks when it is in the DOM and when that frame is painted. */
export async function showAgenda(host, url, css, options) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const response = await fetch(url);
  const result = validateForum(JSON.parse(await response.text()));
  if (!result.ok) throw new Error(`invalid forum at ${url}`);
  root.innerHTML = renderAgendaBaseline(result.forum, { ...options, client: true });
  window.agendaShown = performance.now();
  // A task queued from the frame's callback runs once that frame is rendered.
  requestAnimationFrame(() => setTimeout(() => (window.agendaPainted = performance.now())));
}
