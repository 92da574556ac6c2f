// node scripts/check-determinism.ts [--reuse] [--test-build] [-- build args…]
//
// Builds the site twice with `npm run build`'s script (scripts/build.ts, so every
// step it runs is covered, pagefind included) and compares the sha256 of every
// file of dist/. The second build runs in another time zone and locale, so output
// that depends on the machine's clock zone or collation shows up as a difference,
// and with an empty build cache of its own (BUILD_CACHE_DIR, src/config.ts), so it
// draws every PNG and writes every workbook again: the first build's files may come
// from the cache, the second's are all made anew, and a stale or wrong cache entry
// shows up as a difference too.
// --reuse takes the dist/ already there as the first build (CI has just built it).
// --test-build takes as the second build the one `npm run test:build` kept
// (scripts/determinism/kept-build.ts: made in the same time zone and locale, from an
// empty cache, from these very inputs), and builds only when there is none such.
// Prints the differing, missing and extra files with the first differing line;
// exit 0 identical, 1 different, 2 a build failed. dist/ is left holding the second
// build when this check made it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FOREIGN_ENV, inputsDigest, KEPT_BUILD_DIR, keptBuildProblem, readKeptRecord } from './determinism/kept-build.ts';
import { copyFolder } from '../src/domain/copy-folder.ts';

export function hashTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, file).split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

export interface TreeDiff {
  changed: string[];
  missing: string[];
  extra: string[];
}

export function compareTrees(a: Map<string, string>, b: Map<string, string>): TreeDiff {
  const changed = [...a].filter(([f, h]) => b.has(f) && b.get(f) !== h).map(([f]) => f).sort();
  const missing = [...a.keys()].filter((f) => !b.has(f)).sort();
  const extra = [...b.keys()].filter((f) => !a.has(f)).sort();
  return { changed, missing, extra };
}

/** Where two text files first differ, with a little context. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 60));
  return `line ${line}, offset ${i}: ${show(a)} vs ${show(b)}`;
}

function build(label: string, env: NodeJS.ProcessEnv, extraArgs: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...extraArgs], { env, encoding: 'utf8' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`${label} failed (${seconds} s):\n${`${result.stdout}${result.stderr}`.split('\n').slice(-30).join('\n')}`);
    return 2;
  }
  console.log(`${label}: ${seconds} s`);
  return 0;
}

/** Why the build test:build kept cannot serve as the second build (undefined when it can). */
function keptProblem(useKept: boolean, extraArgs: string[]): string | undefined {
  if (!useKept) return 'not asked for';
  return extraArgs.length > 0 ? 'build arguments were given' : keptBuildProblem(readKeptRecord(), inputsDigest());
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { reuse: { type: 'boolean', default: false }, 'test-build': { type: 'boolean', default: false } }, allowPositionals: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (!values.reuse || !existsSync('dist/index.html')) {
    if (build('build 1 (TZ and locale as given)', env, positionals) !== 0) return 2;
  } else {
    console.log('build 1: the dist/ already there');
  }
  const first = hashTree('dist');
  const problem = keptProblem(values['test-build'], positionals);
  // Build 1 stays in dist/ when build 2 is the kept one; else it is copied aside, as build 2 goes into dist/.
  let firstDir = 'dist';
  let secondDir = KEPT_BUILD_DIR;
  const scratch: string[] = [];
  try {
    if (problem === undefined) {
      console.log(`build 2: the cold build npm run test:build kept (${path.relative(process.cwd(), KEPT_BUILD_DIR)}: TZ=${FOREIGN_ENV.TZ}, LC_ALL=${FOREIGN_ENV.LC_ALL}, empty build cache, the same inputs)`);
    } else {
      if (values['test-build']) console.log(`build 2: not the kept build (${problem}), so built here`);
      firstDir = mkdtempSync(path.join(tmpdir(), 'determinism-'));
      const emptyCache = mkdtempSync(path.join(tmpdir(), 'determinism-cache-'));
      scratch.push(firstDir, emptyCache);
      copyFolder('dist', firstDir);
      const other = { ...env, ...FOREIGN_ENV, BUILD_CACHE_DIR: emptyCache };
      if (build(`build 2 (TZ=${FOREIGN_ENV.TZ}, LC_ALL=${FOREIGN_ENV.LC_ALL}, empty build cache)`, other, positionals) !== 0) return 2;
      secondDir = 'dist';
    }
    const second = hashTree(secondDir);
    const diff = compareTrees(first, second);
    const differing = diff.changed.length + diff.missing.length + diff.extra.length;
    for (const f of diff.changed.slice(0, 20)) {
      const text = /\.(html|xml|json|css|js|txt|csv|svg|geojson)$/.test(f);
      console.log(`DIFFERS  ${f}${text ? `  ${firstDifference(readFileSync(path.join(firstDir, f), 'utf8'), readFileSync(path.join(secondDir, f), 'utf8'))}` : ''}`);
    }
    for (const f of diff.missing.slice(0, 20)) console.log(`ONLY IN BUILD 1  ${f}`);
    for (const f of diff.extra.slice(0, 20)) console.log(`ONLY IN BUILD 2  ${f}`);
    console.log(`${first.size} files compared by sha256: ${differing === 0 ? 'byte-identical' : `${diff.changed.length} differ, ${diff.missing.length} only in build 1, ${diff.extra.length} only in build 2`}`);
    return differing === 0 ? 0 : 1;
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main();
