import { defineConfig } from 'tsup';

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
  },
  {
    // The drop-in bundle: one self-contained, minified module that registers every element.
    entry: { forumkit: 'src/bundle.ts' },
    format: ['esm'],
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
    platform: 'browser',
    sourcemap: true,
    treeshake: true,
    dts: false,
    clean: false,
  },
]);
