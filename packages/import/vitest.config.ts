import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'import',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
