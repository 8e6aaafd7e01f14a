// Validates forum.json and writes dist/: JSON-LD in each language, a static page, the photos.
// BASE_URL (env) is the URL the page will be published at; every JSON-LD @id hangs off it.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, speakers, toJsonLd, validateForum } from '@forumkit/core';
import { renderPage } from './render-page.mjs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const baseUrl = process.env.BASE_URL || 'https://forumkit.dev/examples/seoul-quantum-forum/';
const PHOTO_FILE = /\.(svg|jpe?g|png|webp|avif)$/i;

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

rmSync(dist, { recursive: true, force: true });
mkdirSync(new URL('photos/', dist), { recursive: true });
const written = [];
const write = (name, content) => {
  const file = new URL(name, dist);
  writeFileSync(file, content);
  written.push(fileURLToPath(file));
};

for (const [language, doc] of Object.entries(docs)) write(`forum.${language}.jsonld`, `${JSON.stringify(doc, null, 2)}\n`);
const pageLanguage = forum.languages[0];
write('index.html', renderPage(forum, docs[pageLanguage], pageLanguage));

const photoDir = new URL('photos/', root);
for (const name of readdirSync(photoDir).filter((file) => PHOTO_FILE.test(file)).sort()) {
  const target = new URL(`photos/${name}`, dist);
  copyFileSync(new URL(name, photoDir), target);
  written.push(fileURLToPath(target));
}

const graph = docs[pageLanguage]?.['@graph'];
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
console.log(Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', '));
