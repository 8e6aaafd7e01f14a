// Builds dist/berlin/ and dist/madrid/ with `forumkit build`, each with an English, an Arabic and
// its own language's page (index.html, index.ar.html, …), calendars and a frab schedule.json.
// BASE_URL (env) is where the sites will be published.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { berlinForum, dist, madridForum, SITES } from './forums.mjs';

const baseUrl = process.env.BASE_URL || 'https://forumkit.dev/examples/conference-schedule/';
const cliPackage = fileURLToPath(import.meta.resolve('@forumkit/cli/package.json'));
const cli = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin.forumkit);

rmSync(dist, { recursive: true, force: true });
const sources = join(dist, '.sources');
mkdirSync(sources, { recursive: true });
const forums = { berlin: berlinForum(), madrid: await madridForum(300, 8) };
for (const { name, languages } of SITES) {
  const file = join(sources, `${name}.json`);
  writeFileSync(file, JSON.stringify(forums[name], null, 2));
  const args = [
    'build',
    file,
    '--out',
    join(dist, name),
    '--base-url',
    new URL(`${name}/`, baseUrl).href,
    ...languages.flatMap((language) => ['--lang', language]),
  ];
  console.log(`forumkit ${args.join(' ')}`);
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
rmSync(sources, { recursive: true, force: true });
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>forumkit: conference schedules</title>
<h1>Conference schedules built by forumkit</h1>
<ul>
${SITES.map(({ name, title, languages }) => `<li>${title}: ${languages.map((language, i) => `<a href="${name}/${i === 0 ? '' : `index.${language}.html`}">${language}</a>`).join(' · ')}</li>`).join('\n')}
</ul>
`,
);
