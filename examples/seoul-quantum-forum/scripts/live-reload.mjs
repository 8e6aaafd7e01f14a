// Live reload for `npm run dev`: the server sends each page with a small script that listens for
// server-sent events, and tells every open page to reload when dist/ was built again.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const EVENTS_PATH = '/__live-reload';
const CLIENT = `<script type="module">new EventSource('${EVENTS_PATH}').addEventListener('reload', () => location.reload());</script>`;

/** The page with the live-reload script added to its <head> (or its end, without one). */
export function withLiveReload(html) {
  const head = html.search(/<\/head>/i);
  return head === -1 ? `${html}\n${CLIENT}\n` : `${html.slice(0, head)}${CLIENT}\n${html.slice(head)}`;
}

/**
 * Live reload for the pages in `dir`: `handle` answers the event stream and the HTML pages (false
 * for any other request, which the static server answers); `reload` tells every open page.
 */
export function liveReload(dir) {
  const root = resolve(dir);
  const pages = new Set();

  async function sendPage(pathname, response) {
    if (!pathname.endsWith('/') && !pathname.endsWith('.html')) return false;
    let file;
    try {
      file = resolve(root, `.${decodeURIComponent(pathname)}${pathname.endsWith('/') ? 'index.html' : ''}`);
    } catch {
      return false; // a malformed escape: the static server answers it
    }
    if (!file.startsWith(root + sep)) return false;
    let html;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      return false;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(withLiveReload(html));
    return true;
  }

  return {
    /** Answers the event stream or an HTML page; resolves to false for any other request. */
    async handle(request, response) {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname !== EVENTS_PATH) return sendPage(pathname, response);
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': forumkit live reload\n\n');
      pages.add(response);
      request.on('close', () => pages.delete(response));
      return true;
    },
    /** Reloads every open page; returns how many there are. */
    reload() {
      for (const page of pages) page.write('event: reload\ndata: \n\n');
      return pages.size;
    },
    /** Ends every event stream (an open page reconnects to the next server). */
    close() {
      for (const page of pages) page.end();
      pages.clear();
    },
  };
}
