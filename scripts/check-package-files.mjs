// Checks what `npm pack` would publish for the package in the working directory: its LICENSE and
// README, the repository fields npm links to, and every page its README links to, which must
// be in the tarball or an absolute URL (npm shows the README away from the repository).
// Run by each published package's `lint` script: `node ../../scripts/check-package-files.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const REPOSITORY = 'git+https://github.com/forumkit/forumkit.git';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Scripts off: `npm pack` would otherwise run a prepack that builds.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const files = new Set(packed.files.map((file) => file.path));
const problems = [];

for (const required of ['LICENSE', 'README.md', 'package.json']) if (!files.has(required)) problems.push(`${required} is not in the tarball`);
if (files.has('LICENSE') && !/^MIT License\n\nCopyright \(c\) \d{4} forumkit contributors\n/.test(readFileSync('LICENSE', 'utf8')))
  problems.push('LICENSE is not the MIT licence of forumkit contributors');
if (pkg.license !== 'MIT') problems.push('"license" is not MIT');
if (pkg.repository?.url !== REPOSITORY) problems.push(`"repository.url" is not ${REPOSITORY}`);
if (typeof pkg.repository?.directory !== 'string' || !process.cwd().endsWith(`/${pkg.repository.directory}`))
  problems.push('"repository.directory" is not where the package is');
if (!pkg.homepage?.startsWith('https://')) problems.push('"homepage" is not an https URL');
if (!pkg.bugs?.url?.startsWith('https://')) problems.push('"bugs.url" is not an https URL');

// Markdown links and images: [text](target) and ![alt](target), and <a href> / <img src>.
const readme = readFileSync('README.md', 'utf8')
  .replace(/```[\s\S]*?```/g, '')
  .replace(/`[^`\n]*`/g, ''); // code is not a link
const targets = [...readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...readme.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]);
for (const target of targets) {
  if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('#')) continue; // absolute, or within the README
  const path = posix.normalize(decodeURI(target.split('#')[0]));
  const inTarball = files.has(path) || [...files].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  if (!inTarball) problems.push(`README.md links to ${target}, which is not in the tarball: ship it (files) or link it by absolute URL`);
}

if (problems.length) {
  console.error(`${pkg.name}: ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${pkg.name}: ${files.size} files to publish, LICENSE and README with them; ${targets.length} README link(s) checked`);
