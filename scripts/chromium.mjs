// Where forumkit's tests, benchmarks and screenshots find Chromium, and how they start it.
import { existsSync } from 'node:fs';

/** Chromium runs without network here: these flags stop it stalling on background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** CHROMIUM_PATH when set, else the first Chromium found, else Debian's path. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES[0];
}
