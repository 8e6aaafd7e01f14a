import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Chromium runs without network: these flags stop it stalling on background connections.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'elements:node', environment: 'node', include: ['src/**/*.node.test.ts'] } },
      {
        // Pre-bundled up front: optimising them mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'axe-core', '@lit-labs/ssr-client/lit-element-hydrate-support.js'],
        },
        test: {
          name: 'elements:browser',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.node.test.ts'],
          // Server-renders the pages the hydration tests start from (Node, before the browser starts).
          globalSetup: ['src/ssr/hydration.global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
