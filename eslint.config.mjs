// ESLint for the whole repository (`npm run lint:code`). Correctness only: layout is Prettier's
// (eslint-config-prettier, last, turns off every rule it would fight). Not type-aware, to stay fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '**/dist/',
      '**/coverage/',
      '**/.turbo/',
      '**/__screenshots__/',
      '**/.vitest-attachments/',
      'packages/elements/custom-elements.json',
      'packages/elements/vscode.html-custom-data.json',
      'packages/elements/web-types.json',
      'packages/core/forum.schema.json',
      // Vendored schema.org vocabulary.
      'packages/core/test/schemaorg/',
      '**/*.tmp.mjs',
      '.size-probe*',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // Scripts, benches and examples run in Node; some hand functions to a browser page.
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // URL and text sanitizing matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Lit elements: lit-html template checks and the custom-element basics. Reactive properties
    // are declared with `static properties`, not decorators, and private state in `#fields`.
    files: ['packages/elements/src/**/*.ts', 'packages/ssr/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    // Test data is typed loosely so tests can break it on purpose; the .d.mts files are
    // hand-written declarations of .mjs modules (a JSON Schema document is any JSON).
    files: ['**/*.test.ts', 'packages/*/test/**', 'packages/elements/src/internal/test-*.ts', '**/*.d.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
