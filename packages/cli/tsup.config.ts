import { defineConfig } from 'tsup';

export default defineConfig({
  // One file with a shebang: the `forumkit` command. Core and elements stay dependencies.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  clean: true,
  dts: false,
});
