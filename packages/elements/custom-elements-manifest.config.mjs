// `cem analyze` reads this file: the manifest (custom-elements.json) documents the shipped elements.
import { defineElementPlugin } from './scripts/cem-define-element.mjs';
import { publishedPathsPlugin } from './scripts/cem-published-paths.mjs';
import { staticPropertiesPlugin } from './scripts/cem-static-properties.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-*.ts', 'src/**/*.fixtures.ts', 'src/page/**', 'src/bundle.ts', 'src/bundle-hydrate.ts'],
  litelement: true,
  plugins: [defineElementPlugin(), staticPropertiesPlugin(), publishedPathsPlugin()],
};
