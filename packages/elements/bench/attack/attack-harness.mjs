// Loads forums carrying attack payloads into Chromium through every way forumkit shows data, and
// counts what must stay zero: script that ran (a payload's canary, a dialog), URLs that run script
// in the final DOM (shadow roots and same-origin frames included, as the browser parsed them),
// event-handler attributes, script elements and frames that came from data. For valid forums it
// also checks that the data comes back exact: the JSON-LD parsed back is toJsonLd's object, the
// page's forum data is the forum, the session titles read as the presentation layer wrote them.
//
// The six surfaces: the JSON-LD block in a page (core's jsonLdScript), the server page without and
// with hydration (renderForumPage, forumkit-hydrate.js), and the drop-in (forumkit.js) given the
// data by `src`, by the `forum` property and by an inline `<script type="application/json">`.
// Invalid forums: renderForumPage must refuse them, its message shown on a page must stay text,
// and the elements must say the data could not be loaded.
//
// The bundles come from dist/ (build first); renderForumPage comes from the caller, so the test
// checks the sources and the bench the package.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { jsonLdScript, toJsonLd, validateForum } from '@forumkit/core';
import { presentForum } from '@forumkit/core/present';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/chromium.mjs';

export const SURFACES = ['json-ld page', 'server page', 'hydrated page', 'drop-in src', 'forum property', 'inline script'];
const ELEMENT_SURFACES = new Set(['drop-in src', 'forum property', 'inline script']);
const SERVER_SURFACES = new Set(['server page', 'hydrated page']);
const BASE_URL = 'https://forum.example.org/2024/';
const dist = new URL('../../dist/', import.meta.url);
const TYPES = { html: 'text/html', js: 'text/javascript', json: 'application/json' };

/** A static site on 127.0.0.1: the bundles, and the pages and data each attack adds. */
async function serveFiles(files) {
  const server = createServer((request, response) => {
    const body = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (body === undefined) return void response.writeHead(404).end();
    const type = TYPES[new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('.').pop()] ?? 'text/plain';
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'max-age=600' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

function bundleFiles() {
  const read = (path) => readFileSync(new URL(path, dist));
  return new Map([
    ['/forumkit.js', read('forumkit.js')],
    ['/forumkit-hydrate.js', read('forumkit-hydrate.js')],
    ...readdirSync(new URL('forumkit-chunks/', dist))
      .filter((file) => file.endsWith('.js'))
      .map((file) => [`/forumkit-chunks/${file}`, read(`forumkit-chunks/${file}`)]),
  ]);
}

/** The drop-in page: every element, given the data by `src` (a file or the page's own script) or not at all. */
function dropInPage(input, language, src, inline) {
  const attribute = src ? ` src="${src}"` : '';
  const person = typeof input?.people?.[0]?.id === 'string' ? input.people[0].id : 'x';
  const quote = typeof input?.quotes?.[0]?.id === 'string' ? input.quotes[0].id : 'x';
  // The page's author escapes `<` in the JSON, as a script element's content needs.
  const script = inline ? `<script type="application/json" id="forum-data">${JSON.stringify(input).replace(/</g, '\\u003c')}</script>\n` : '';
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Drop-in</title>
<script type="module" src="/forumkit.js"></script></head><body>
${script}<forum-agenda${attribute} layout="list"></forum-agenda>
<forum-speaker-list${attribute}></forum-speaker-list>
<forum-speaker-card${attribute} person="${person}"></forum-speaker-card>
<forum-quote${attribute} quote="${quote}"></forum-quote>
<forum-gallery${attribute}></forum-gallery>
</body></html>`;
}

/** A page whose head has the forum's JSON-LD (core's jsonLdScript), as a site's page about the forum has. */
const jsonLdPage = (forum, options) =>
  `<!doctype html><html lang="${options.language}"><head><meta charset="utf-8"><title>JSON-LD</title>\n${jsonLdScript(toJsonLd(forum, options))}\n</head><body><p>JSON-LD</p></body></html>`;

const TAGS = ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery'];

/** In the page: every forumkit element has rendered its data or its error, none is loading. */
function settled(tags) {
  // The server page has its speaker cards inside the speaker list: the elements of the page's own tree.
  const present = tags.filter((tag) => document.querySelector(tag));
  return (
    present.length > 0 &&
    present.every((tag) => {
      const element = document.querySelector(tag);
      const root = element?.shadowRoot;
      return element?.hasUpdated === true && root && !root.querySelector('.loading') && root.querySelector('[part]');
    })
  );
}

/**
 * In the page: what the final DOM holds, shadow roots and same-origin frames included. URL
 * attributes are read as the browser parses them (tabs and newlines dropped, spaces and control
 * characters trimmed, relative to the document).
 */
function inspect(foreignTags) {
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'to', 'from', 'values'];
  const out = {
    urlAttributes: 0,
    unsafeUrls: [],
    handlers: [],
    scripts: [],
    elements: [],
    titles: [],
    ldJson: [],
    forumData: [],
    title: '',
    alerts: 0,
    text: '',
  };
  const unsafe = (value, base) => {
    let url;
    try {
      url = new URL(value, base);
    } catch {
      return false;
    }
    if (url.protocol === 'javascript:' || url.protocol === 'vbscript:') return true;
    if (url.protocol !== 'data:') return false;
    let type = url.pathname;
    try {
      type = decodeURIComponent(type);
    } catch {
      // Not percent-encoding: read as written.
    }
    return /^\s*(text\/html|application\/xhtml|image\/svg)/i.test(type);
  };
  const visit = (root, top) => {
    for (const element of root.querySelectorAll('*')) {
      const tag = element.localName;
      // Elements forumkit never writes (a <meta> that could act, a form other than the agenda's filters).
      const foreign =
        tag === 'meta' ? element.hasAttribute('http-equiv') : tag === 'form' ? !element.hasAttribute('part') : foreignTags.includes(tag.toLowerCase());
      if (foreign) out.elements.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) out.handlers.push(`<${tag} ${name}>`);
        if (name === 'srcdoc') out.unsafeUrls.push(`<${tag} srcdoc>`);
        if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
          out.urlAttributes++;
          if (unsafe(value, element.ownerDocument.baseURI)) out.unsafeUrls.push(`<${tag} ${name}="${value.slice(0, 80)}">`);
        }
      }
      if (tag === 'script') {
        const own = top && (element.parentNode === document.head || element.parentNode === document.body);
        const type = element.getAttribute('type');
        if (!own || !['application/ld+json', 'application/json', 'module'].includes(type)) out.scripts.push(element.outerHTML.slice(0, 120));
      }
      if (element.shadowRoot) visit(element.shadowRoot, false);
      if (tag === 'iframe' || tag === 'frame' || tag === 'object' || tag === 'embed') {
        try {
          const inner = element.contentDocument;
          if (inner) visit(inner, false);
        } catch {
          // Another origin: nothing of ours.
        }
      }
    }
  };
  visit(document, true);
  out.ldJson = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent);
  out.forumData = [...document.querySelectorAll('script#forum-data')].map((script) => script.textContent);
  // The title element's text, not document.title (which strips and collapses as the browser likes).
  out.title = document.querySelector('title')?.textContent ?? '';
  const agenda = document.querySelector('forum-agenda')?.shadowRoot;
  out.titles = [...(agenda?.querySelectorAll('[part~="session"] [part~="title"]') ?? [])].map((title) => title.textContent);
  const texts = [];
  for (const tag of ['forum-agenda', 'forum-speaker-list', 'forum-speaker-card', 'forum-quote', 'forum-gallery']) {
    const root = document.querySelector(tag)?.shadowRoot;
    out.alerts += root?.querySelectorAll('[role="alert"]').length ?? 0;
    texts.push(root?.textContent ?? '');
  }
  out.text = texts.join(' ');
  return out;
}

// Text as compared: the HTML parser drops a NUL in body text and makes it U+FFFD in a title, and
// turns CR into LF; whitespace is collapsed.
const normalize = (text) =>
  text
    .replace(/[\u0000\ufffd]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
// Elements forumkit never writes: one in the page came from data.
const FOREIGN_TAGS = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'math',
  'noscript',
  'marquee',
  'video',
  'audio',
  'textarea',
  'image',
  'foreignobject',
];

/**
 * Starts Chromium and the site. `ssr` is `@forumkit/ssr` (or its sources): its
 * renderForumPage and escapeHtml.
 */
export async function startAttackHarness(ssr, { settleTimeout = 20_000 } = {}) {
  const files = bundleFiles();
  const [browser, site] = await Promise.all([chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] }), serveFiles(files)]);
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__executions = [];
    window.__pwn = (n) => {
      try {
        top.__executions.push(n);
      } catch {
        window.__executions.push(n);
      }
    };
  });
  let pages = 0;

  /** Loads one page and reports what it holds. */
  async function load(path, surface, { property, language } = {}) {
    const page = await context.newPage();
    const dialogs = [];
    const errors = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => void errors.push(error.message));
    try {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      if (property !== undefined) {
        await page.evaluate(
          async ([json, tags]) => {
            await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
            for (const tag of tags) document.querySelector(tag).forum = JSON.parse(json);
          },
          [property, TAGS],
        );
      }
      let stuck = false;
      if (ELEMENT_SURFACES.has(surface) || surface === 'hydrated page') {
        await page.waitForFunction(settled, TAGS, { timeout: settleTimeout }).catch(() => (stuck = true));
      }
      // Time for what a payload would do late: an image's error, a frame's load, an animation.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      const found = await page.evaluate(inspect, FOREIGN_TAGS);
      const executions = await page.evaluate(() => window.__executions);
      pages++;
      return { surface, language, stuck, dialogs, errors, executions, ...found };
    } finally {
      await page.close();
    }
  }

  let variants = 0;
  /**
   * `input` (forum JSON) through each of `surfaces`, in `language`: one report per page, with the
   * problems found (`problems`, empty when all is well) and the round trips checked.
   */
  async function attack(input, { language = 'en', surfaces = SURFACES } = {}) {
    const id = ++variants;
    const json = JSON.stringify(input);
    const result = validateForum(input);
    const reports = [];
    const add = (report, checks = []) => {
      const problems = [
        ...report.executions.map((n) => `ran payload ${n}`),
        ...report.dialogs.map((message) => `opened a dialog: ${message}`),
        ...report.errors.filter((message) => /__pwn|__executions/.test(message)).map((message) => `ran script: ${message}`),
        ...report.unsafeUrls.map((url) => `unsafe URL ${url}`),
        ...report.handlers.map((handler) => `event handler ${handler}`),
        ...report.scripts.map((script) => `script from data ${script}`),
        ...report.elements.map((element) => `element from data ${element}`),
        ...(report.stuck ? ['an element never rendered'] : []),
      ];
      const failed = checks.filter(([, ok]) => !ok).map(([name]) => `not exact: ${name}`);
      reports.push({
        ...report,
        valid: result.ok,
        problems: [...problems, ...failed],
        roundTrips: checks.length,
        exactRoundTrips: checks.length - failed.length,
      });
    };
    const options = { baseUrl: BASE_URL, language };
    if (result.ok) {
      const doc = JSON.parse(JSON.stringify(toJsonLd(result.forum, options)));
      const forum = JSON.parse(JSON.stringify(result.forum));
      const present = presentForum(result.forum, { language });
      const titles = result.forum.sessions.map((session) => normalize(present.sessionName(session).text));
      const name = normalize(present.text(result.forum.name)?.text ?? '');
      const ld = (report) => [['JSON-LD', report.ldJson.length === 1 && isDeepStrictEqual(JSON.parse(report.ldJson[0]), doc)]];
      const shown = (report) => [['session titles', titles.every((title) => report.titles.map(normalize).includes(title))]];
      for (const surface of surfaces) {
        const path = `/v${id}/${surface.replaceAll(' ', '-')}.html`;
        if (surface === 'json-ld page') {
          files.set(path, jsonLdPage(result.forum, options));
          const report = await load(path, surface);
          add(report, ld(report));
        } else if (SERVER_SURFACES.has(surface)) {
          const hydrate = surface === 'hydrated page' ? { scriptUrl: '/forumkit-hydrate.js' } : {};
          files.set(path, await ssr.renderForumPage(input, { ...options, ...hydrate }));
          const report = await load(path, surface);
          add(report, [
            ...ld(report),
            ['forum data', report.forumData.length === 1 && isDeepStrictEqual(JSON.parse(report.forumData[0]), forum)],
            ['page title', normalize(report.title) === name],
            ...shown(report),
          ]);
        } else {
          const report = await loadElements(id, surface, input, json, language);
          add(report, shown(report));
        }
        files.delete(path);
      }
    } else {
      // The server refuses it; its message, shown on a page as a site would, stays text.
      const serverSurfaces = surfaces.filter((surface) => SERVER_SURFACES.has(surface));
      if (serverSurfaces.length > 0) {
        const path = `/v${id}/refused.html`;
        let message;
        try {
          await ssr.renderForumPage(input, options);
        } catch (error) {
          message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        }
        files.set(
          path,
          `<!doctype html><html><head><meta charset="utf-8"><title>Refused</title></head><body><pre>${ssr.escapeHtml(message ?? '')}</pre></body></html>`,
        );
        const report = await load(path, serverSurfaces.join(' + '));
        add(report, []);
        if (message === undefined) reports.at(-1).problems.push('renderForumPage took invalid data');
        files.delete(path);
      }
      for (const surface of surfaces.filter((surface) => ELEMENT_SURFACES.has(surface))) {
        add(await loadElements(id, surface, input, json, language), []);
        const report = reports.at(-1);
        if (report.alerts === 0) report.problems.push('no element says the data could not be loaded');
      }
    }
    return reports;
  }

  async function loadElements(id, surface, input, json, language) {
    const path = `/v${id}/${surface.replaceAll(' ', '-')}.html`;
    const data = `/v${id}/forum.json`;
    if (surface === 'drop-in src') files.set(data, json);
    files.set(
      path,
      dropInPage(input, language, surface === 'drop-in src' ? data : surface === 'inline script' ? '#forum-data' : '', surface === 'inline script'),
    );
    try {
      return await load(path, surface, surface === 'forum property' ? { property: json, language } : { language });
    } finally {
      files.delete(path);
      files.delete(data);
    }
  }

  return {
    attack,
    get pages() {
      return pages;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
