// Serves dist/ for the smoke test, the screenshots and `npm run dev` (with live reload): PORT
// (default 4173), or a free port when that one is taken. `npm start` serves with `forumkit serve`.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { liveReload } from './live-reload.mjs';
import { PAGES } from './pages.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Starts serving dist/ on 127.0.0.1; resolves to the server and its origin (http://localhost:port).
 * With `live`, pages reload when `reload()` is called, and dist/ may still be empty.
 */
export async function serveDist({ port = 4173, live = false } = {}) {
  if (!live && !existsSync(`${dist}index.html`)) throw new Error(`Nothing to serve in ${dist}: run \`npm run build\` first.`);
  // dev: files are read on each request, so a rebuild shows without restarting.
  const files = sirv(dist, { dev: true, etag: true });
  const reloader = live ? liveReload(dist) : undefined;
  const server = createServer(
    reloader
      ? async (request, response) => {
          if (!(await reloader.handle(request, response))) files(request, response);
        }
      : files,
  );
  let actual;
  try {
    actual = await listen(server, port);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    actual = await listen(server, 0);
    console.log(`Port ${port} is in use; using ${actual} instead.`);
  }
  return {
    server,
    origin: `http://localhost:${actual}`,
    reload: () => reloader?.reload() ?? 0,
    close: () => {
      reloader?.close();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Prints where each page and JSON-LD file is served. */
export function printAddresses(origin) {
  console.log(`\nThe 3rd Seoul Quantum Platform Forum, served from ${dist}\n`);
  for (const page of PAGES) console.log(`  ${page.label}\n    ${origin}/${page.path}\n`);
  console.log("  JSON-LD (schema.org @graph; the same graph is in each server-rendered page's <head>)");
  for (const file of ['forum.jsonld', 'forum.en.jsonld']) console.log(`    ${origin}/${file}  (${dist}${file})`);
  console.log('  Calendar and conference-app schedule');
  for (const file of ['forum.ics', 'schedule.json']) console.log(`    ${origin}/${file}`);
  console.log('');
}

/** PORT from the environment (default 4173); exits with a message when it is not a port number. */
export function portFromEnv() {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 4173 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), not ${JSON.stringify(process.env.PORT)}.`);
    process.exit(1);
  }
  return port;
}
