/**
 * The cold build of the embedded site that `npm run test:build` makes anyway, kept for
 * `npm run check:determinism -- --test-build` as its second build, so CI builds the site
 * cold once instead of twice. That build is made the way the determinism check makes its
 * own second one: in another time zone and locale (FOREIGN_ENV), and, on a fresh clone,
 * with an empty build cache. A record beside it says what it was built from; the check
 * takes it only when the inputs are still those and the cache was empty, and otherwise
 * builds as before.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A time zone 14 hours ahead of UTC and an English locale: output that depends on either shows up as a difference. */
export const FOREIGN_ENV = { TZ: 'Pacific/Kiritimati', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } as const;

const FOLDER = path.resolve('.cache', 'determinism');
export const KEPT_BUILD_DIR = path.join(FOLDER, 'embedded');
const RECORD_FILE = path.join(FOLDER, 'embedded.json');

export interface KeptBuildRecord {
  /** inputsDigest() when it was built. */
  inputs: string;
  /** Whether the build cache (src/config.ts buildCacheDir) was empty when the test run began. */
  cold: boolean;
  env: typeof FOREIGN_ENV;
}

/**
 * What the build reads that git knows of: the commit, and any change to it outside docs/
 * and tests/ (which the embedded build does not read; the browser tests rewrite
 * docs/images). Undefined outside a git checkout, where nothing can be vouched for.
 */
export function inputsDigest(cwd = process.cwd()): string | undefined {
  const git = (args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  const head = git(['rev-parse', 'HEAD']);
  if (head.status !== 0) return undefined;
  const paths = ['--', '.', ':(exclude)docs', ':(exclude)tests'];
  const status = git(['status', '--porcelain', '--untracked-files=all', ...paths]);
  const diff = git(['diff', 'HEAD', '--binary', ...paths]);
  if (status.status !== 0 || diff.status !== 0) return undefined;
  return createHash('sha256').update(head.stdout).update('\0').update(status.stdout).update('\0').update(diff.stdout).digest('hex');
}

/** True when the folder is missing or holds nothing. */
export function isEmptyFolder(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).length === 0;
}

/** Removes the kept build and its record, before a new one is made into KEPT_BUILD_DIR (whose parent it creates). */
export function forgetKeptBuild(): void {
  rmSync(RECORD_FILE, { force: true });
  rmSync(KEPT_BUILD_DIR, { recursive: true, force: true });
  mkdirSync(FOLDER, { recursive: true });
}

/** Writes the record of the build now in KEPT_BUILD_DIR (whole, then renamed). */
export function recordKeptBuild(record: KeptBuildRecord): void {
  mkdirSync(FOLDER, { recursive: true });
  const temp = `${RECORD_FILE}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temp, RECORD_FILE);
}

export function readKeptRecord(): KeptBuildRecord | undefined {
  return existsSync(RECORD_FILE) && existsSync(path.join(KEPT_BUILD_DIR, 'index.html')) ? (JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as KeptBuildRecord) : undefined;
}

/** Why the kept build cannot stand for a fresh cold build of these inputs, or undefined when it can. */
export function keptBuildProblem(record: KeptBuildRecord | undefined, inputs: string | undefined): string | undefined {
  if (!record) return 'npm run test:build has kept no build of the embedded site';
  if (inputs === undefined) return 'not a git checkout: what the kept build was made from cannot be checked';
  if (record.inputs !== inputs) return 'the kept build was made from other inputs (another commit, or files changed since)';
  if (!record.cold) return 'the kept build was made with a build cache that was not empty';
  if (JSON.stringify(record.env) !== JSON.stringify(FOREIGN_ENV)) return 'the kept build was made in another environment than the check uses';
  return undefined;
}
