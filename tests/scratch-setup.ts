/**
 * Global setup of both suites: every temporary folder a test makes (`mkdtempSync(os.tmpdir())`,
 * a mini fixture, a built site, a browser profile) goes into one scratch folder for the run,
 * removed at the end, so runs do not leave thousands of folders in the machine's /tmp.
 * os.tmpdir() reads TMPDIR (POSIX) or TEMP/TMP (Windows) at each call, and the test workers
 * start after this setup with its environment.
 *
 * The unit suite's PNGs and workbooks go into a build cache in that folder too
 * (BUILD_CACHE_DIR, src/config.ts), never into the project's `.cache/`: the build suite
 * records whether that cache was empty when it began (its embedded build then counts as
 * cold for `npm run check:determinism -- --test-build`), and a unit test's picture in it
 * made that record false in CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lang-son-tests-'));
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = scratch;
  if (project.name === 'unit') process.env['BUILD_CACHE_DIR'] = path.join(scratch, 'build-cache');
  return () => rmSync(scratch, { recursive: true, force: true });
}
