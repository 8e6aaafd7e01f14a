// Validates forum.json and writes dist/: the JSON-LD in each language, a server-rendered page in
// each language (renderForumPage from @forumkit/elements/ssr), the drop-in page (index.html),
// and what they load: forum.json, forumkit.js (drop-in), forumkit-hydrate.js (server-rendered) and the photos.
// BASE_URL (env) is the URL the pages will be published at; every JSON-LD @id hangs off it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, toJsonLd, validateForum } from '@forumkit/core';
import { speakers } from '@forumkit/core/present';
import { escapeHtml, renderForumPage } from '@forumkit/elements/ssr';
import { serverRenderedPage } from './pages.mjs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const baseUrl = process.env.BASE_URL || 'https://forumkit.dev/examples/seoul-quantum-forum/';
const PHOTO_FILE = /\.(svg|jpe?g|png|webp|avif)$/i;
const LANGUAGE_NAMES = { ko: '한국어', en: 'English' };

function fail(message) {
  console.error(message);
  process.exit(1);
}

let input;
try {
  input = JSON.parse(readFileSync(new URL('forum.json', root), 'utf8'));
} catch (error) {
  fail(`forum.json could not be read: ${error.message}`);
}

const result = validateForum(input);
if (!result.ok) {
  console.error(`forum.json has ${result.issues.length} issue(s):`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
const { forum } = result;

const docs = {};
for (const language of forum.languages) {
  try {
    docs[language] = toJsonLd(forum, { baseUrl, language });
  } catch (error) {
    fail(`toJsonLd(forum, { baseUrl: ${JSON.stringify(baseUrl)}, language: "${language}" }) failed: ${error.message}`);
  }
}

// The drop-in page renders in the browser (forumkit.js); the server-rendered pages hydrate (forumkit-hydrate.js).
const bundles = {
  'forumkit.js': fileURLToPath(import.meta.resolve('@forumkit/elements/bundle')),
  'forumkit-hydrate.js': fileURLToPath(import.meta.resolve('@forumkit/elements/bundle/hydrate')),
};
for (const bundle of Object.values(bundles)) {
  if (!existsSync(bundle)) fail(`${bundle} is missing: build @forumkit/elements first (npm run build at the repository root).`);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(new URL('photos/', dist), { recursive: true });
const written = [];
const write = (name, content) => {
  const file = new URL(name, dist);
  writeFileSync(file, content);
  written.push(fileURLToPath(file));
};
const copy = (from, name) => {
  const file = new URL(name, dist);
  copyFileSync(from, file);
  written.push(fileURLToPath(file));
};

for (const [language, doc] of Object.entries(docs)) write(`forum.${language}.jsonld`, `${JSON.stringify(doc, null, 2)}\n`);

// The language versions link to each other (for readers and for search engines).
const alternates = forum.languages
  .map((language) => `<link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(serverRenderedPage(language))}">`)
  .join('\n');
const languageLinks = (current) =>
  `<nav class="page-languages" aria-label="Language / 언어">${forum.languages
    .map((language) => {
      const name = escapeHtml(LANGUAGE_NAMES[language] ?? language);
      return language === current
        ? `<span lang="${escapeHtml(language)}" aria-current="page">${name}</span>`
        : `<a href="${escapeHtml(serverRenderedPage(language))}" lang="${escapeHtml(language)}" hreflang="${escapeHtml(language)}">${name}</a>`;
    })
    .join(' · ')}</nav>\n`;
const navStyle = '<link rel="icon" href="data:,">\n<style>.page-languages{display:flex;gap:.5rem;justify-content:flex-end;font-size:.9rem}</style>';

for (const language of forum.languages) {
  const page = await renderForumPage(forum, {
    baseUrl,
    language,
    scriptUrl: './forumkit-hydrate.js',
    head: `${alternates}\n${navStyle}`,
    bodyStart: languageLinks(language),
  });
  write(serverRenderedPage(language), page);
}

copy(new URL('index.html', root), 'index.html');
copy(new URL('forum.json', root), 'forum.json');
for (const [name, bundle] of Object.entries(bundles)) {
  copy(bundle, name);
  if (existsSync(`${bundle}.map`)) copy(`${bundle}.map`, `${name}.map`);
}
const photoDir = new URL('photos/', root);
for (const name of readdirSync(photoDir)
  .filter((file) => PHOTO_FILE.test(file))
  .sort()) {
  copy(new URL(name, photoDir), `photos/${name}`);
}

const graph = docs[forum.languages[0]]?.['@graph'];
const counts = {
  sessions: forum.sessions.length,
  people: forum.people?.length ?? 0,
  speakers: speakers(forum).length,
  quotes: forum.quotes?.length ?? 0,
  photos: forum.photos?.length ?? 0,
  'graph nodes': Array.isArray(graph) ? graph.length : 0,
};
console.log(`Wrote ${written.length} files (baseUrl ${baseUrl}):`);
for (const file of written) console.log(`  ${file}`);
console.log(
  Object.entries(counts)
    .map(([name, count]) => `${count} ${name}`)
    .join(', '),
);
