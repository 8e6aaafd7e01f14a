import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'import',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Sized for a 2-core machine busy with the other packages' tests (turbo runs them together):
    // a test is about what the code does, not how fast a loaded machine gets there.
    testTimeout: 60_000,
  },
});
