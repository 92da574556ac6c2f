/**
 * Global setup of `npm run test:build`: one folder for the sites built during the run
 * (tests/build/lib/sites.ts), removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'test-build-'));
  project.provide('sitesRoot', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
