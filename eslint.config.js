// @ts-check
// `npm run lint`: ESLint's and typescript-eslint's recommended rules on every .ts/.js file,
// eslint-plugin-astro's recommended rules on the .astro pages and components (their
// frontmatter and <script> tags included). Types are checked by `npm run typecheck`, so the
// rules here need no type information and the whole repository lints in seconds.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    '.cache/',
    'bench-out/',
    'screenshots/',
    'test-results/',
    // Decap CMS as published by its authors, copied in by `npm run vendor:decap`.
    'vendor/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build-time code, scripts and tests run on Node; astro.config.mjs is plain JavaScript.
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/client/**', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // `const { field: _dropped, ...rest } = record` is how the code copies a record without
      // one field (a body, an API origin, synthetic classifications); the named binding is the
      // price of the rest syntax, not a forgotten variable.
      // A text function of one language may leave out an argument the other needs ("12 đơn vị"
      // against "12 communes"): both keep one signature, the unused one named with a leading "_".
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Validator, importer and export tests take a valid fixture and break one field of it
    // (a wrong type, a missing key) to check the exact error: the fixtures are typed `any`
    // on purpose, since a precise type would refuse the very violations being tested.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Strips synthetic records from demo files that are already schema-checked, walking
    // them as generic JSON so that every key it does not know stays as it was.
    files: ['src/domain/import/demo-base.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
