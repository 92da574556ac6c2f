/**
 * `npm run bench -- --national [--scales 1,5,20]`: a country's worth of units, built.
 *
 * At 20× the generated release has about as many units as Vietnam had in 34 provinces:
 * 10,600 communes under 700 districts on the 2020-01 boundaries (2021–2024) and 3,300
 * communes on 2025-07 (2025), every record five years long; 1× and 5× are a twentieth
 * and a quarter of that, with grid boundaries (grid-boundaries.ts) so every map is drawn.
 * Each scale is validated as a command (`scripts/validate.ts`) and built cold, share cards
 * included (`scripts/build.ts`, an empty build cache of its own), and the build's wall time,
 * CPU time and peak memory (the whole process tree) are reported.
 *
 * Astro bundles the site into the work tree's .astro/ folder: build nothing else in the
 * same work tree while this runs (a second build overwrites the bundle and both fail).
 *
 * Targets (issue 14): validation of the national release under 1 s; the national build
 * within 3 minutes and 4 GB on 2 cores; CPU time per unit growing no faster than
 * linearly (at most 15% more per unit at 20× than at 5×, for noise).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mib, seconds, table } from './format.ts';
import { writeLargeRelease } from './large-dataset.ts';
import { countPageKinds, pageKindsLine } from './page-kinds.ts';
import { discoverPages } from './page-weight.ts';
import { runMeasured, type TreeRun } from './process-tree.ts';
import { validateCommandArgs } from './validate-command.ts';

const NATIONAL = { communes: 10_600, districts: 700, laterCommunes: 3_300 } as const;
const FULL = 20;
const LIMITS = { buildMs: 180_000, rssBytes: 4 * 1024 ** 3, validateMs: 1_000, perUnitGrowth: 1.15 };

export interface ScaleResult {
  scale: number;
  units: number;
  pages: number;
  distBytes: number;
  /** Its public pages by kind (page-kinds.ts). */
  kinds: string;
  validate: TreeRun;
  build: TreeRun;
}

function count(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        if (e.name === 'index.html') pages++;
      }
    }
  };
  walk(dir);
  return { pages, bytes };
}

export async function runNational(scales: readonly number[], progress: (text: string) => void): Promise<{ lines: string[]; failures: string[]; results: ScaleResult[] }> {
  const scripts = path.resolve(import.meta.dirname, '..');
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    const root = mkdtempSync(path.join(tmpdir(), `bench-national-${scale}x-`));
    try {
      const share = scale / FULL;
      const written = writeLargeRelease(root, {
        communes: Math.round(NATIONAL.communes * share),
        districts: Math.max(1, Math.round(NATIONAL.districts * share)),
        later: { communes: Math.max(1, Math.round(NATIONAL.laterCommunes * share)) },
        seed: 20260101,
        boundaries: true,
      });
      progress(`${scale}×: ${written.units} units, ${written.observations} records — validating (command)…`);
      const validate = await runMeasured(process.execPath, validateCommandArgs(written.dataRoot, written.contentRoot));
      if (validate.code !== 0) throw new Error(`validation of the ${scale}× release failed:\n${validate.output.slice(-2000)}`);
      progress(`${scale}×: building cold (share cards on, empty build cache)…`);
      const out = path.join(root, 'dist');
      const build = await runMeasured(process.execPath, [path.join(scripts, 'build.ts'), '--data', written.dataRoot, '--content', written.contentRoot, '--out', out], {
        ...process.env,
        BUILD_CACHE_DIR: path.join(root, 'build-cache'),
      });
      if (build.code !== 0) throw new Error(`build of the ${scale}× release failed (exit ${build.code}):\n${build.output.slice(-3000)}`);
      const { pages, bytes } = count(out);
      const kinds = pageKindsLine(countPageKinds(discoverPages(out)));
      results.push({ scale, units: written.units, pages, distBytes: bytes, kinds, validate, build });
      progress(`${scale}×: built in ${seconds(build.wallMs)} (CPU ${build.cpuMs === null ? '?' : seconds(build.cpuMs)}, peak ${build.peakRssBytes === null ? '?' : mib(build.peakRssBytes)})`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  const lines: string[] = [];
  const failures: string[] = [];
  const perUnit = (r: ScaleResult) => (r.build.cpuMs ?? r.build.wallMs) / r.units;
  lines.push(`NATIONAL SCALE — 20× = ${NATIONAL.communes} communes + ${NATIONAL.districts} districts (2020-01) and ${NATIONAL.laterCommunes} communes (2025-07), 5 years; cold builds with share cards`);
  lines.push(
    table(
      ['scale', 'units', 'pages', 'validate (command)', 'build wall', 'build CPU', 'CPU ms / unit', 'peak RSS (tree)', 'dist/'],
      results.map((r) => [
        `${r.scale}×`, String(r.units), String(r.pages), seconds(r.validate.wallMs), seconds(r.build.wallMs),
        r.build.cpuMs === null ? '?' : seconds(r.build.cpuMs), perUnit(r).toFixed(0), r.build.peakRssBytes === null ? '?' : mib(r.build.peakRssBytes), mib(r.distBytes),
      ]),
      ['left'],
    ),
  );
  for (const r of results) lines.push(`  ${r.scale}×, pages: ${r.kinds}`);
  for (const r of results) {
    const programs = [...(r.build.peakRssByProgram ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 3);
    if (programs.length > 0) lines.push(`  ${r.scale}×, peak memory by program: ${programs.map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ')}`);
  }
  const full = results.find((r) => r.scale === FULL);
  if (full) {
    if (full.validate.wallMs > LIMITS.validateMs) failures.push(`national validation as a command took ${seconds(full.validate.wallMs)} (target < 1 s)`);
    if (full.build.wallMs > LIMITS.buildMs) failures.push(`national build took ${seconds(full.build.wallMs)} (target ≤ 180 s)`);
    if (full.build.peakRssBytes !== null && full.build.peakRssBytes > LIMITS.rssBytes) failures.push(`national build peaked at ${mib(full.build.peakRssBytes)} (target ≤ 4 GiB)`);
  }
  const sorted = [...results].sort((a, b) => a.scale - b.scale);
  for (let i = 1; i < sorted.length; i++) {
    const growth = perUnit(sorted[i]!) / perUnit(sorted[i - 1]!);
    lines.push(`  per-unit build cost ${sorted[i - 1]!.scale}× → ${sorted[i]!.scale}×: ×${growth.toFixed(2)}${growth > LIMITS.perUnitGrowth ? ' — faster than linear' : ''}`);
    if (sorted[i]!.scale >= 5 && growth > LIMITS.perUnitGrowth) failures.push(`build cost grows faster than linearly from ${sorted[i - 1]!.scale}× to ${sorted[i]!.scale}× (×${growth.toFixed(2)} per unit)`);
  }
  return { lines, failures, results };
}
