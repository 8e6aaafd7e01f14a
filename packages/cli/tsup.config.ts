import { defineConfig } from 'tsup';

export default defineConfig({
  // One file: the `forumkit` command's code (bin/forumkit.js runs it). Core and elements stay dependencies.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
  dts: false,
});
