// `cem analyze` reads this file: the manifest (custom-elements.json) documents the shipped elements.
import { defineElementPlugin } from './scripts/cem-define-element.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-*.ts', 'src/**/*.fixtures.ts', 'src/ssr/**', 'src/bundle.ts'],
  litelement: true,
  plugins: [defineElementPlugin()],
};
