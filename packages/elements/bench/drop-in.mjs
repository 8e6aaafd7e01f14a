// Time to the first agenda on a drop-in page, at a first visit: forumkit.js and
// `<forum-agenda src="forum.json">` against a hand-written page (drop-in-by-hand.mjs, bundled here
// as forumkit.js is bundled: core's validation and presentation, the baseline's templates, the
// element's CSS) that fetches the same JSON and sets the same markup as innerHTML. Each visit is
// a new browser context, so nothing is cached; times run from navigation start (performance.now()
// in the page) to the frame that shows the agenda. The whole dist folder is served, so the
// chunks forumkit.js loads on demand resolve.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { normalize, sameMarkup } from './markup-check.mjs';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const TIMEOUT = 30_000;

// The drop-in starts with English alone when core can (core/i18n/built-in-english.js, the module
// forumkit.js builds in place of every built-in translation); so does the page by hand.
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /\/built-in-translations\.js$/ }, (args) => {
      const english = path.join(args.resolveDir, path.dirname(args.path), 'built-in-english.js');
      return existsSync(english) ? { path: english } : undefined;
    });
  },
};

async function bundleByHand(css, options) {
  const contents = `import { showAgenda } from './drop-in-by-hand.mjs';
showAgenda(document.getElementById('agenda'), '/forum.json', ${JSON.stringify(css)}, ${JSON.stringify(options)});`;
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'js', sourcefile: 'by-hand-page.mjs' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    plugins: options.language === 'en' ? [englishOnly] : [],
  });
  return result.outputFiles[0].text;
}

/**
 * Visits both pages `warmup + runs` times, alternating; the first visit of each also checks that
 * both show the same markup and counts the script bytes they load. Resolves to the samples
 * ({ shown, painted } in ms) and those findings.
 */
export async function measureDropIn({ browser, bundle, json, css, language, layout, viewport, runs, warmup }) {
  // The element's page marks the agenda once its data is rendered (forum-load) and no update is
  // pending, as the harness waits for it; the page by hand marks it after innerHTML.
  const mark = `<script>document.addEventListener('forum-load', async ({ target }) => {
  do { await target.updateComplete; await null; } while (target.isUpdatePending);
  window.agendaShown = performance.now();
  requestAnimationFrame(() => setTimeout(() => (window.agendaPainted = performance.now())));
}, { once: true });</script>`;
  const page = (head, body) =>
    `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"><title>drop-in bench</title>${head}</head><body>${body}</body></html>`;
  const pages = {
    '/element.html': page(
      `${mark}<script type="module" src="/dist/${path.basename(bundle)}"></script>`,
      `<forum-agenda src="/forum.json" layout="${layout}"></forum-agenda>`,
    ),
    '/by-hand.html': page('<script type="module" src="/by-hand.js"></script>', '<div id="agenda"></div>'),
    '/by-hand.js': await bundleByHand(css, { language, layout }),
    '/forum.json': json,
    '/favicon.ico': '',
  };
  const { server, origin } = await serve({ '/dist/': path.dirname(bundle) }, pages);
  const sides = { element: { url: `${origin}/element.html`, host: 'forum-agenda' }, byHand: { url: `${origin}/by-hand.html`, host: '#agenda' } };

  async function visit({ url, host }, inspect) {
    const context = await browser.newContext({ viewport });
    try {
      const tab = await context.newPage();
      const errors = [];
      const scripts = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      if (inspect) tab.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));
      await tab.goto(url);
      await tab
        .waitForFunction(() => window.agendaPainted !== undefined, undefined, { timeout: TIMEOUT, polling: 100 })
        .catch(() => {
          throw new Error(`${url}: no agenda within ${TIMEOUT / 1000} s${errors.length ? `: ${errors.join('; ')}` : ''}`);
        });
      const times = await tab.evaluate(() => ({ shown: window.agendaShown, painted: window.agendaPainted }));
      if (!inspect) return times;
      const markup = normalize(await tab.evaluate((selector) => document.querySelector(selector).shadowRoot.innerHTML, host));
      const bytes = (await Promise.all(scripts.map(async (response) => (await response.body()).length))).reduce((sum, n) => sum + n, 0);
      return { ...times, markup, scripts: scripts.length, bytes };
    } finally {
      await context.close();
    }
  }

  try {
    const samples = { element: [], byHand: [] };
    const first = {};
    for (let round = 0; round < warmup + runs; round++) {
      for (const side of round % 2 ? ['byHand', 'element'] : ['element', 'byHand']) {
        const result = await visit(sides[side], round === 0);
        if (round === 0) first[side] = result;
        if (round >= warmup) samples[side].push({ shown: result.shown, painted: result.painted });
      }
    }
    const check = sameMarkup(first.element.markup, first.byHand.markup, 'drop-in page');
    const scripts = Object.fromEntries(Object.entries(first).map(([side, { scripts: count, bytes }]) => [side, { count, bytes }]));
    return { samples, check, scripts };
  } finally {
    server.close();
  }
}
