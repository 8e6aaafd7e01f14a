import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cli',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The tests run the built command as a user would, in child processes.
    testTimeout: 60_000,
  },
});
