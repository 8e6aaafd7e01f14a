import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { cssMinifyPlugin } from './scripts/minify-css-templates.mjs';

const elements = ['forum-agenda', 'forum-speaker-card', 'forum-speaker-list', 'forum-quote', 'forum-gallery'];

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const coreDist = dirname(realpathSync(createRequire(import.meta.url).resolve('@forumkit/core')));

const core = (path: string) => join(coreDist, path);

// What the drop-in builds in place of a module wherever it is imported statically.
const DROP_IN_SUBSTITUTES: ReadonlyMap<string, string> = new Map([
  // What a page needs only once it has data, or may never need, loads when first needed: each twin
  // loads what it stands for as a chunk. The validator (valibot and the schema) and the elements'
  // views (what renders a ready forum) load together, as internal/on-data.ts, with the first data
  // an element asks for. Core's registry starts with English, and loadTranslation brings the other
  // languages. (The iCalendar writer needs none: internal/add-to-calendar.ts imports it on a click.)
  [source('src/internal/forum-validator.ts'), source('src/internal/forum-validator.lazy.ts')],
  ...['forum-agenda/agenda-view.ts', 'forum-gallery/gallery-view.ts', 'forum-quote/quote-view.ts', 'forum-speaker-card/speaker-card-view.ts'].map(
    (view) => [source(`src/${view}`), source('src/internal/forum-views.lazy.ts')] as const,
  ),
  [source('src/internal/forum-translation.ts'), source('src/internal/forum-translation.lazy.ts')],
  [core('i18n/built-in-translations.js'), core('i18n/built-in-english.js')],
  // esbuild puts a module in the first load of every entry that reaches it through any import,
  // used or not (evanw/esbuild#2922, #3704), so a core barrel that also re-exports the validator
  // or the translations would load them at once. The barrels the elements import are read as the
  // modules that hold what the elements take from them (a name they lack fails the build).
  [core('index.js'), core('validate/format-issue.js')], // formatIssue
  [core('i18n.js'), core('i18n/registry.js')], // registerTranslation, translationFor, fillTemplate
  [core('schema.js'), core('model/url.js')], // isSafeUrl, isAbsoluteHttpUrl
]);

// Modules the drop-in only loads through import(), whose imports are the modules themselves.
const DROP_IN_CHUNKS: ReadonlySet<string> = new Set([source('src/internal/on-data.ts')]);

/**
 * Resolves a static import of one of `substitutes`' keys to its substitute. A module that has a
 * substitute is only built in through import(), and keeps its own imports as written, as do `chunks`.
 */
function substitutesPlugin(substitutes: ReadonlyMap<string, string>, chunks: ReadonlySet<string>): Plugin {
  return {
    name: 'forumkit-drop-in-substitutes',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
        if (kind !== 'import-statement' || pluginData === 'substitutes' || substitutes.has(importer) || chunks.has(importer)) return undefined;
        const resolved = await build.resolve(path, { kind, importer, resolveDir, pluginData: 'substitutes' });
        const substitute = substitutes.get(resolved.path);
        return substitute ? { path: substitute } : undefined;
      });
    },
  };
}

// Both bundles: minified modules that register every element, Lit and core included.
const bundle: Options = {
  format: ['esm'],
  target: 'es2022',
  minify: true,
  noExternal: [/.*/],
  platform: 'browser',
  sourcemap: true,
  treeshake: true,
  dts: false,
  clean: false,
};

export default defineConfig([
  {
    // The package: one module per element, lit and core left as dependencies.
    entry: {
      index: 'src/index.ts',
      page: 'src/page/index.ts',
      ...Object.fromEntries(elements.map((tag) => [`${tag}/${tag}`, `src/${tag}/${tag}.ts`])),
    },
    format: ['esm'],
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    esbuildPlugins: [cssMinifyPlugin()],
  },
  {
    // The drop-in (rendered in the browser): forumkit.js, and the chunks it loads when they are
    // needed from forumkit-chunks/ beside it. The folder is deployed with the file.
    ...bundle,
    entry: { forumkit: 'src/bundle.ts' },
    splitting: true,
    esbuildOptions(options) {
      // Text in eight scripts ships as UTF-8, not as \u escapes.
      options.charset = 'utf8';
      options.chunkNames = 'forumkit-chunks/[name]-[hash]';
    },
    // It never hydrates, so its html`` templates lose their indentation (the others keep their text).
    esbuildPlugins: [cssMinifyPlugin({ htmlIndentation: true }), substitutesPlugin(DROP_IN_SUBSTITUTES, DROP_IN_CHUNKS)],
  },
  {
    // For server-rendered pages: forumkit-hydrate.js adds hydration to the drop-in's elements. One
    // file with everything in it, so elements hydrate with their data and words on the first
    // render (and `forumkit build` copies one file).
    ...bundle,
    entry: { 'forumkit-hydrate': 'src/bundle-hydrate.ts' },
    splitting: false,
    esbuildOptions: (options) => void (options.charset = 'utf8'),
    esbuildPlugins: [cssMinifyPlugin()],
  },
]);
