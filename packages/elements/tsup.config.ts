import { defineConfig } from 'tsup';
import { cssMinifyPlugin } from './scripts/minify-css-templates.mjs';

const elements = ['forum-agenda', 'forum-speaker-card', 'forum-speaker-list', 'forum-quote', 'forum-gallery'];

export default defineConfig([
  {
    // The package: one module per element, lit and core left as dependencies.
    entry: {
      index: 'src/index.ts',
      ssr: 'src/ssr/index.ts',
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
    // The bundles: self-contained, minified modules that register every element. forumkit.js is
    // the drop-in (rendered in the browser); forumkit-hydrate.js adds hydration for server-rendered pages.
    // No code splitting: each file must work on its own.
    entry: { forumkit: 'src/bundle.ts', 'forumkit-hydrate': 'src/bundle-hydrate.ts' },
    format: ['esm'],
    target: 'es2022',
    minify: true,
    // Text in eight scripts ships as UTF-8, not as \u escapes.
    esbuildOptions: (options) => void (options.charset = 'utf8'),
    noExternal: [/.*/],
    platform: 'browser',
    sourcemap: true,
    treeshake: true,
    splitting: false,
    esbuildPlugins: [cssMinifyPlugin()],
    dts: false,
    clean: false,
  },
]);
