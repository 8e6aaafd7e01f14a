// The browser tests run in real headless Chromium. Find it, or install Debian's when we can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const found = () => existsSync(chromiumPath());

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error('forumkit: the browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and try again.');
    process.exit(1);
  }
  console.log("forumkit: Chromium not found; installing Debian's chromium with apt-get (once)…");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
    stdio: 'inherit',
  });
  if (!found()) {
    console.error('forumkit: apt-get finished but no Chromium was found at /usr/bin/chromium; set CHROMIUM_PATH.');
    process.exit(1);
  }
}
