// Builds dist/ the way an organiser publishes a forum: `forumkit build` makes the site (a
// server-rendered page per language with its JSON-LD, forum.json, forum.jsonld, calendars,
// schedule.json, the photos and forumkit-hydrate.js); then this example adds its drop-in page,
// drop-in.html, and the drop-in bundle it loads, forumkit.js with its forumkit-chunks/ folder.
// BASE_URL (env) is the URL the site will be published at; every JSON-LD @id hangs off it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DROP_IN_PAGE } from './pages.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here('../dist/');
const baseUrl = process.env.BASE_URL || 'https://forumkit.dev/examples/seoul-quantum-forum/';

function fail(message) {
  console.error(message);
  process.exit(1);
}

const cliPackage = fileURLToPath(import.meta.resolve('@forumkit/cli/package.json'));
const cli = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin.forumkit);
const dropIn = fileURLToPath(import.meta.resolve('@forumkit/elements/bundle'));
for (const file of [cli, dropIn]) if (!existsSync(file)) fail(`${file} is missing: build the packages first (npm run build at the repository root).`);

rmSync(dist, { recursive: true, force: true });
const args = ['build', here('../forum.json'), '--out', dist, '--base-url', baseUrl];
console.log(`forumkit ${args.join(' ')}`);
const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
if (status !== 0) process.exit(status ?? 1);

copyFileSync(here(`../${DROP_IN_PAGE}`), join(dist, DROP_IN_PAGE));
copyFileSync(dropIn, join(dist, 'forumkit.js'));
if (existsSync(`${dropIn}.map`)) copyFileSync(`${dropIn}.map`, join(dist, 'forumkit.js.map'));
// What forumkit.js loads when it needs it (the validator, the other languages, the calendar writer) sits beside it.
cpSync(join(dirname(dropIn), 'forumkit-chunks'), join(dist, 'forumkit-chunks'), { recursive: true });
console.log(`${join(dist, DROP_IN_PAGE)}\n${join(dist, 'forumkit.js')}`);
