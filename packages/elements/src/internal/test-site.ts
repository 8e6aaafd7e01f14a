// A site for Node-side Chromium tests: pages and files over HTTP (a browser fetches stylesheets
// and scripts only from a real origin), each path's requests counted, and the responses of
// chosen paths held back until the test lets them go.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = { html: 'text/html', css: 'text/css', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml' };

export interface TestSite {
  readonly origin: string;
  /** Requests so far, by path. */
  readonly requests: Map<string, number>;
  /** Holds back the responses of paths that `matches`, until `release()`. */
  hold(matches: (path: string) => boolean): void;
  release(): void;
  close(): Promise<void>;
}

/** Serves `files` (path -> content) on 127.0.0.1; an unknown path is a 404. */
export async function serveTestSite(files: ReadonlyMap<string, string | Uint8Array>): Promise<TestSite> {
  const requests = new Map<string, number>();
  let held: ((path: string) => boolean) | undefined;
  let waiting: Array<() => void> = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const send = () => {
      const body = files.get(path);
      if (body === undefined) return void response.writeHead(404).end();
      // Cacheable, as a site's assets are: a page fetches each file once however often it links it.
      response.writeHead(200, { 'content-type': `${TYPES[path.split('.').pop()!] ?? 'text/plain'}; charset=utf-8`, 'cache-control': 'max-age=600' });
      response.end(body);
    };
    if (held?.(path)) waiting.push(send);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    hold: (matches) => void (held = matches),
    release() {
      held = undefined;
      for (const send of waiting) send();
      waiting = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
