// `npm run dev` (after `turbo run build`): runs each workspace's own `dev` script, one after the
// other: @forumkit/core, @forumkit/elements and @forumkit/ssr rebuild with `tsup --watch`, then
// the Seoul example rebuilds and reloads the browser (examples/seoul-quantum-forum/scripts/dev.mjs).
// Each starts once the one before has built, so no build reads files that another is still
// writing. Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const WATCHERS = [
  // `builds`: how many "Build success" lines tsup prints for its first build (one per config).
  { name: 'core', workspace: '@forumkit/core', builds: 1 },
  { name: 'elements', workspace: '@forumkit/elements', builds: 2 },
  { name: 'ssr', workspace: '@forumkit/ssr', builds: 1 },
  { name: 'example', workspace: '@forumkit/example-seoul-quantum-forum', builds: 0 },
];
// Start the next watcher after this long even if the first build was not seen (a failed build).
const READY_TIMEOUT_MS = 60_000;

const running = new Set();
let stopping = false;

/** Runs a workspace's `dev` script with its output prefixed; resolves once its first build is done. */
function start({ name, workspace, builds }) {
  return new Promise((resolve) => {
    // Its own process group, so stopping it stops everything under it (npm, sh, tsup, esbuild).
    const child = spawn('npm', ['run', 'dev', '--silent', `--workspace=${workspace}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let seen = 0;
    const timer = setTimeout(resolve, builds === 0 ? 0 : READY_TIMEOUT_MS);
    const print = (stream, output) =>
      createInterface({ input: stream }).on('line', (line) => {
        output.write(`${name.padEnd(8)} | ${line}\n`);
        if (/^ESM .*Build success/.test(line) && ++seen === builds) {
          clearTimeout(timer);
          resolve();
        }
      });
    print(child.stdout, process.stdout);
    print(child.stderr, process.stderr);
    child.on('exit', (code, killedBy) => {
      running.delete(child);
      clearTimeout(timer);
      resolve();
      if (!stopping) {
        console.error(`dev: ${workspace} stopped (${killedBy ?? `exit code ${code}`}); stopping the rest.`);
        stop(1);
      }
    });
  });
}

/** Sends a signal to a watcher's whole process group. */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    // already gone
  }
}

function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of running) signal(child, 'SIGTERM');
  const done = () => running.size === 0 && process.exit(exitCode);
  for (const child of running) child.once('exit', done);
  done();
  // A watcher that has not stopped within 5 s is ended.
  setTimeout(() => {
    for (const child of running) signal(child, 'SIGKILL');
    process.exit(exitCode);
  }, 5_000).unref();
}
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

for (const watcher of WATCHERS) {
  if (stopping) break;
  await start(watcher);
}
