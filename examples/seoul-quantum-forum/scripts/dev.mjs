// `npm run dev` (at the repository root) runs this beside the packages' watch builds: it builds
// dist/, serves it with live reload, and builds it again when forum.json, the drop-in page, the
// photos, the build script or a package's built code change. Runs until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portFromEnv, printAddresses, serveDist } from './serve.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const repository = here('../../../');
const builtFile = (specifier) => fileURLToPath(import.meta.resolve(specifier));
// What build.mjs loads from the packages; while a package rebuilds, some are briefly missing.
const needed = [
  '@forumkit/core',
  '@forumkit/elements/page',
  '@forumkit/elements/bundle',
  '@forumkit/elements/bundle/hydrate',
  '@forumkit/ssr',
  '@forumkit/import',
].map(builtFile);
const isCode = (name) => name.endsWith('.js');

const sources = [
  { dir: here('../'), accepts: (name) => name === 'forum.json' || name === 'drop-in.html' },
  { dir: here('../photos/'), accepts: () => true },
  { dir: here('./'), accepts: (name) => name === 'build.mjs' || name === 'pages.mjs' },
  { dir: dirname(builtFile('@forumkit/core')), recursive: true, accepts: isCode },
  { dir: dirname(builtFile('@forumkit/elements')), recursive: true, accepts: isCode },
  { dir: dirname(builtFile('@forumkit/ssr')), recursive: true, accepts: isCode },
  { dir: dirname(builtFile('@forumkit/import')), recursive: true, accepts: isCode },
  { dir: fileURLToPath(new URL('dist/', import.meta.resolve('@forumkit/cli/package.json'))), accepts: isCode },
];
const shortName = (file) => relative(repository, file);

let server; // serving dist/ with live reload
let build; // the running build.mjs
let again = false; // something changed while it ran
let timer;
const changed = new Set();

/** Builds dist/ (a fresh process, so the packages' new code is loaded); true when it succeeded. */
function runBuild() {
  return new Promise((resolve) => {
    const output = [];
    build = spawn(process.execPath, [here('build.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
    build.stdout.on('data', (chunk) => output.push(chunk));
    build.stderr.on('data', (chunk) => output.push(chunk));
    build.on('close', (code, signal) => {
      build = undefined;
      const text = Buffer.concat(output).toString().trim();
      if (code !== 0 && !signal) console.error(`dev: the build failed:\n${text}`);
      // On success forumkit build ends with what it wrote: "wrote 24 files, 616 KiB".
      else if (code === 0) console.log(`dev: built dist/ (${/wrote \d+ files, \d+ KiB/.exec(text)?.[0] ?? 'done'})`);
      resolve(code === 0);
    });
  });
}

async function rebuild() {
  if (build) {
    again = true;
    return;
  }
  const missing = needed.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.log(`dev: waiting for ${missing.map(shortName).join(', ')}`);
    return;
  }
  const names = [...changed];
  const what = names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more files` : names.join(', ');
  changed.clear();
  console.log(`dev: ${what} changed, building`);
  if (await runBuild()) console.log(`dev: reloading ${server.reload()} page(s)`);
  if (again) {
    again = false;
    rebuild();
  }
}

// A package rebuild writes many files over a second or two: build once they have settled.
function schedule(name) {
  changed.add(name);
  clearTimeout(timer);
  timer = setTimeout(rebuild, 300);
}

const watchers = [];
async function stop() {
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  build?.kill();
  await server?.close();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

for (const { dir } of sources) {
  if (!existsSync(dir)) {
    console.error(`dev: ${dir} is missing: run \`npm run build\` at the repository root first.`);
    process.exit(1);
  }
}
server = await serveDist({ port: portFromEnv(), live: true });
for (const { dir, recursive = false, accepts } of sources) {
  watchers.push(
    watch(dir, { recursive }, (_event, name) => {
      if (name && accepts(name)) schedule(shortName(`${dir}/${name}`));
    }),
  );
}
changed.add('start');
await rebuild();
printAddresses(server.origin);
console.log('Pages reload when dist/ is built again. Press Ctrl-C to stop.');
