import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per source module, not one bundle: with "sideEffects": false, bundlers then
  // drop whole modules an app never uses. In a single file the valibot schema definitions are
  // top-level calls that esbuild cannot prove pure, so importing toJsonLd alone pulled in valibot.
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  dts: {
    entry: {
      index: 'src/index.ts',
      present: 'src/present.ts',
      i18n: 'src/i18n.ts',
      'i18n/load-translation': 'src/i18n/load-translation.ts',
      time: 'src/time.ts',
      ical: 'src/ical.ts',
      schema: 'src/schema.ts',
    },
  },
  sourcemap: true,
  clean: true,
});
