// A tiny static server for the bench page: 127.0.0.1 on a random port, GET only, a fixed set of
// roots (no directory listing, no path outside a root), so Chromium loads real ES modules.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json' };

/**
 * Serves `roots` (URL prefix -> directory) and `pages` (URL path -> text); resolves to the
 * server and its origin once it listens.
 */
export function serve(roots, pages = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, type = 'text/plain') => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (request.method !== 'GET') return send(405, 'GET only');
    if (url.pathname in pages) return send(200, pages[url.pathname], TYPES[path.extname(url.pathname)] ?? 'text/html');
    const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
    if (prefix === undefined) return send(404, 'not found');
    const root = path.resolve(roots[prefix]);
    const file = path.resolve(root, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'outside the served roots');
    try {
      send(200, await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
