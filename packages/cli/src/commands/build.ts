import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeJsonLd, toJsonLd, type Forum } from '@forumkit/core';
import { toICalendar } from '@forumkit/core/ical';
import { escapeHtml, forumStylesheets, renderForumPage } from '@forumkit/ssr';
import { exportFrabJson } from '@forumkit/import';
import { baseUrlOption, parse, required, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { localAssets, readAssets } from '../assets.js';
import { readForum, shown, writeFiles } from '../io.js';

/** The page of a language: the first language's is index.html, the others' index.<lang>.html. */
const pageName = (language: string, index: number) => (index === 0 ? 'index.html' : `index.${language}.html`);

/** Links to every language's page, each named in its own language, for the head and the body. */
function languageLinks(languages: readonly string[], current: string, baseUrl: string): { head: string; nav: string } {
  const head = languages
    .map((language, i) => `<link rel="alternate" hreflang="${escapeHtml(language)}" href="${escapeHtml(new URL(pageName(language, i), baseUrl).href)}">`)
    .join('\n');
  if (languages.length < 2) return { head, nav: '' };
  const items = languages.map((language, i) => {
    const name = new Intl.DisplayNames(language, { type: 'language' }).of(language) ?? language;
    const attributes = `href="${pageName(language, i)}" hreflang="${escapeHtml(language)}" lang="${escapeHtml(language)}"`;
    return language === current ? `<a ${attributes} aria-current="page">${escapeHtml(name)}</a>` : `<a ${attributes}>${escapeHtml(name)}</a>`;
  });
  return { head, nav: `<nav class="languages" aria-label="Languages">${items.join(' · ')}</nav>\n` };
}

/** The folder of forumkit's stylesheets, which the pages link: each is fetched once for every page and shadow root. */
const STYLES = 'styles/';

/** Every file of the site, by its path in the folder. */
async function siteFiles(forum: Forum, baseUrl: string, languages: readonly string[], log: (line: string) => void): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  for (const [i, language] of languages.entries()) {
    log(`  rendering the ${language} page (${i + 1}/${languages.length}, ${forum.sessions.length} sessions)`);
    const links = languageLinks(languages, language, baseUrl);
    // Every page's JSON-LD hangs off the site's URL, so an entity has one @id in every language.
    files.set(
      pageName(language, i),
      await renderForumPage(forum, {
        baseUrl,
        language,
        scriptUrl: './forumkit-hydrate.js',
        stylesheets: { href: (file) => STYLES + file },
        head: links.head,
        bodyStart: links.nav,
      }),
    );
  }
  // The agenda's file carries the forum's track colours: they show without JavaScript and without a <style>.
  for (const [file, css] of forumStylesheets(forum)) files.set(STYLES + file, css);
  files.set('forum.json', `${JSON.stringify(forum, null, 2)}\n`);
  // The JSON-LD of each page, named like the pages: forum.jsonld for the first language, forum.<lang>.jsonld for the others.
  for (const [i, language] of languages.entries())
    files.set(i === 0 ? 'forum.jsonld' : `forum.${language}.jsonld`, `${serializeJsonLd(toJsonLd(forum, { baseUrl, language }))}\n`);
  files.set('forum.ics', toICalendar(forum, { baseUrl, language: languages[0]!, includeForum: true }));
  for (const session of forum.sessions) {
    const calendar = toICalendar(forum, { baseUrl, language: languages[0]!, sessions: [session.id] });
    if (calendar.includes('BEGIN:VEVENT')) files.set(`sessions/${session.id}.ics`, calendar);
  }
  // Conference apps read frab's schedule.json; sessions without a time of day cannot be in it.
  let leftOut = 0;
  files.set('schedule.json', `${JSON.stringify(exportFrabJson(forum, { baseUrl, language: languages[0]!, onWarning: () => leftOut++ }), null, 2)}\n`);
  if (leftOut)
    log(`  schedule.json: ${leftOut} note(s) from the frab export (sessions without a time of day are not in it; forumkit export frab-json lists them)`);
  files.set('forumkit-hydrate.js', await readFile(fileURLToPath(import.meta.resolve('@forumkit/elements/bundle/hydrate'))));
  return files;
}

export const build: Command = {
  name: 'build',
  summary: 'build a static site for the forum',
  help: `Usage: forumkit build FILE --out DIR --base-url URL [--lang L]…

Builds a static site in DIR: a server-rendered page per language (index.html for the first,
index.<lang>.html for the others; JSON-LD in its head, lang and dir set, links between the
languages), forum.json, forum.jsonld (forum.<lang>.jsonld for the other languages), forum.ics, an
.ics file per session in sessions/, schedule.json (frab, for conference apps), the
stylesheets the pages link in styles/ (no inline <style>), and forumkit-hydrate.js, which makes
the pages live in the browser.
Files the forum names by a relative URL (photos/venue.jpg: photos, portraits, logos, session
links) are copied from beside FILE to the same path in DIR; one that is missing is a warning.
Nothing is written unless every file could be made.

Options:
  --out DIR       the folder to write (made when missing; other files in it are kept)
  --base-url URL  where the site is published; JSON-LD @ids and calendar links hang off it (required)
  --lang L        a language to make a page for (repeat; default: the forum's languages)
  -h, --help      this text`,
  async run(args) {
    const { values, positionals } = parse(args, {
      out: { type: 'string', short: 'o' },
      'base-url': { type: 'string' },
      lang: { type: 'string', multiple: true },
    });
    if (positionals.length !== 1) throw new UsageError('name one forum file');
    const out = resolve(required(values.out, '--out'));
    const baseUrl = required(baseUrlOption(values['base-url']), '--base-url');
    const forum = await readForum(positionals[0]!);
    const assets = await localAssets(forum, positionals[0]!);
    const languages = values.lang?.length ? [...new Set(values.lang)] : [...forum.languages];
    const log = (line: string) => process.stderr.write(`${line}\n`);
    log(`building ${shown(out)} from ${positionals[0]}`);
    const files = await siteFiles(forum, baseUrl, languages, log);
    for (const [name, bytes] of await readAssets(assets)) files.set(name, bytes);
    for (const url of assets.missing)
      log(`warning: ${url} is named in the forum but is not a file in ${shown(dirname(resolve(positionals[0]!)))}: the site links to it without it`);
    await writeFiles(out, files);
    const bytes = [...files.values()].reduce((sum, content) => sum + (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength), 0);
    // Files at the top are listed; a folder (sessions/, photos/) is one line with its count.
    const folders = new Map<string, number>();
    for (const name of files.keys()) {
      const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : undefined;
      if (folder === undefined) process.stdout.write(`${shown(resolve(out, name))}\n`);
      else folders.set(folder, (folders.get(folder) ?? 0) + 1);
    }
    for (const [folder, count] of folders) process.stdout.write(`${shown(resolve(out, folder))}/ (${count} file${count === 1 ? '' : 's'})\n`);
    log(`wrote ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB`);
    return 0;
  },
};
