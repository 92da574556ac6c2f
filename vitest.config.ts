import { availableParallelism } from 'node:os';
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
          // Vitest's default is one worker fewer than the cores, for the main process; here it
          // mostly waits, so on a 2-core machine the default left a core idle. The test files
          // share one module graph per worker instead of loading zod, the domain and the
          // geometry again for each of ~100 files: none changes a module's state for
          // another (they restore TZ, mocks and their scratch folders). Measured on 2 cores
          // 2026-12-02: 68 s → 33 s, and the same 1,183 passes in three shuffled orders.
          maxWorkers: availableParallelism(),
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/scratch-setup.ts', 'tests/build/setup.ts'],
          // One worker per core, as for the unit project: with vitest's default (one fewer) the
          // files ran one at a time on 2 cores, so the fixture sites were built one after
          // another, each leaving a core idle while Astro renders pages on one thread.
          maxWorkers: availableParallelism(),
          // A test file may wait for a site another worker is building (minutes on a busy 2-core machine).
          hookTimeout: 600_000,
          testTimeout: 600_000,
        },
      },
    ],
  },
});
