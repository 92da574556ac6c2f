import { defaultExclude, defineConfig } from 'vitest/config';

/**
 * Two suites. `npm test` (project "unit") checks the code and the data in seconds, without
 * building the site. `npm run test:build` (project "build") builds fixture sites with
 * Astro, each once, and reads the pages they produce; CI runs it right after `npm test`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...defaultExclude, 'tests/build/**'],
          globalSetup: ['tests/scratch-setup.ts'],
          // Realistic on a busy 2-core machine: a few tests run a CLI or draw PNGs, and 5 s is
          // the default; a test that hangs still fails, it just takes 30 s to say so.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/scratch-setup.ts', 'tests/build/setup.ts'],
          // A test file may wait for a site another worker is building (minutes on a busy 2-core machine).
          hookTimeout: 600_000,
          testTimeout: 600_000,
        },
      },
    ],
  },
});
