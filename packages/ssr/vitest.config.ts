import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'ssr',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Sized for a 2-core machine that is busy with other builds: waits that are short on a quiet
    // laptop are not what a test is about. The Chromium tests start a browser.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 60_000,
  },
});
