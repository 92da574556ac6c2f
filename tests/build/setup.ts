/**
 * Global setup of `npm run test:build`: one folder for the sites built during the run
 * (tests/build/lib/sites.ts), removed at the end, and whether the build cache was empty
 * when the run began (so the embedded site's build, kept for the determinism check, is
 * known to be cold).
 *
 * Inside the project, not in the system's temporary folder: Astro writes its prerender
 * bundle into `<outDir>/.prerender/` only when the output is under the working directory,
 * else into the project's shared `.astro/.prerender/`, which it deletes when it finishes.
 * Two fixture sites built at once outside the project then lose each other's bundle
 * ("Cannot find module …/.astro/.prerender/chunks/…"; docs/known-traps.md).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { isEmptyFolder } from '../../scripts/determinism/kept-build.ts';
import { buildCacheDir } from '../../src/config.ts';

export default function setup(project: TestProject): () => void {
  mkdirSync('.cache', { recursive: true });
  const dir = mkdtempSync(path.resolve('.cache', 'test-build-'));
  project.provide('sitesRoot', dir);
  project.provide('buildCacheWasEmpty', isEmptyFolder(buildCacheDir('png')) && isEmptyFolder(buildCacheDir('xlsx')));
  return () => rmSync(dir, { recursive: true, force: true });
}
