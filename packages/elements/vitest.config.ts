import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { minifyCss, minifyCssTemplates } from './scripts/minify-css-templates.mjs';

// Sized for a 2-core machine that is busy with other builds: waits that are short on a quiet
// laptop are not what a test is about.
const expectOnABusyMachine = { poll: { timeout: 10_000 } };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'elements:node', environment: 'node', include: ['src/**/*.node.test.ts'], expect: expectOnABusyMachine, testTimeout: 60_000 } },
      {
        // Pre-bundled up front: optimising them mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'axe-core', '@lit-labs/ssr-client/lit-element-hydrate-support.js', 'ical.js'],
        },
        test: {
          name: 'elements:browser',
          include: ['src/**/*.test.ts'],
          expect: expectOnABusyMachine,
          testTimeout: 60_000,
          exclude: ['src/**/*.node.test.ts'],
          // Server-renders the pages the hydration tests start from (Node, before the browser starts).
          globalSetup: ['src/page/hydration.global-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            // Starting Chromium and connecting to it takes a while when the machine is busy: the node
            // project's own Chromium tests run meanwhile, and on 2 cores under another build's load
            // (load average 20-26) the session took over 180 s, once over 420 s, to connect. The root
            // `npm test` runs one package's tasks at a time, so that the rest of the repository's
            // tests are not what this session waits for.
            connectTimeout: 600_000,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
            // The build's CSS minifier runs in Node (esbuild); src/internal/minify-css.test.ts calls it here.
            commands: {
              minifyCss: (_context, css: string) => minifyCss(css),
              minifyCssTemplates: (_context, source: string) => minifyCssTemplates(source),
            },
          },
        },
      },
    ],
  },
});
