import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The tests run the built command as a user would, in child processes: a few seconds each
    // on a 2-core machine busy with other builds, and some tests start several.
    testTimeout: 120_000,
  },
});
