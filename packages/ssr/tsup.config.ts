import { defineConfig } from 'tsup';

export default defineConfig({
  // Node only: Lit's server renderer, core and the elements stay dependencies.
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
});
