/**
 * Slow (spawns about 120 processes; run with the build tests, not in `npm test`): the
 * races of issue 10, in separate processes as staff would cause them, many times over.
 * - Two imports into the same draft at once: both changes are kept.
 * - An import and a publish of the same draft at once: either the import goes first and
 *   is published, or the publish goes first and the import is refused; the published
 *   release always checks against its hashes.
 * - Two publishes at once: every publish reported done is in the manifest.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/domain/validation/validate.ts';
import { MINI_RELEASE, writeMini } from '../fixtures/mini.ts';

const TRIALS = 20;
const scratch = mkdtempSync(path.join(tmpdir(), 'concurrency-'));
const HEADER = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n';
/** Two corrections that touch different units: one near-poor household more in a commune and its district. */
const A = path.join(scratch, 'a.csv');
const B = path.join(scratch, 'b.csv');
writeFileSync(A, HEADER + '10001,2024,1000,100,101\n101,2024,2000,200,201\n');
writeFileSync(B, HEADER + '10003,2024,2000,150,201\n102,2024,3000,220,251\n');

/**
 * The command as `npm run import` / `npm run release` start it (package.json): with the
 * compile cache preloaded, which staff's two windows share too. 120 starts cost about a
 * minute of CPU less than without it.
 */
function command(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', './scripts/cli/compile-cache.mjs', script, ...args], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The mini release and drafts copied from it. */
function fixture(drafts: string[]) {
  const { root, dataRoot } = writeMini((f) => {
    for (const id of drafts) f.manifest.releases.push({ id, title: `Bản nháp ${id}`, publishedAt: null, status: 'draft' });
  });
  for (const id of drafts) cpSync(path.join(dataRoot, 'releases', MINI_RELEASE), path.join(dataRoot, 'releases', id), { recursive: true });
  const content = path.join(root, 'content');
  const common = ['--data', dataRoot, '--content', content];
  const importing = (csv: string, release = '2026.1') => command('scripts/import.ts', ['--release', release, '--vintage', '2020-01', csv, '--source', 'Quyết định số 7/QĐ-UBND ngày 10/01/2025', ...common]);
  const publishing = (release = '2026.1') => command('scripts/release.ts', ['publish', release, ...common]);
  const observation = (release: string, unit: string) =>
    JSON.parse(readFileSync(path.join(dataRoot, 'releases', release, 'observations.json'), 'utf8')).observations.find((o: any) => o.unit === unit && o.year === 2024);
  const manifest = () => JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
  return { dataRoot, content, importing, publishing, observation, manifest };
}

describe('one writer at a time, in separate processes', () => {
  it(`two imports into the same draft at once keep both changes (${TRIALS} times)`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const f = fixture(['2026.1']);
      const [a, b] = await Promise.all([f.importing(A), f.importing(B)]);
      expect([a.code, b.code], a.output + b.output).toEqual([0, 0]);
      expect(f.observation('2026.1', '10001').nearPoor, `trial ${trial}`).toBe(101);
      expect(f.observation('2026.1', '10003').nearPoor, `trial ${trial}`).toBe(201);
      expect(validate({ dataRoot: f.dataRoot, releaseId: '2026.1', contentRoot: f.content }).report.errors).toEqual([]);
    }
  }, 600_000);

  it(`an import and a publish of the same draft at once: never a changed published file (${TRIALS} times)`, async () => {
    const outcomes = new Set<string>();
    for (let trial = 0; trial < TRIALS; trial++) {
      const f = fixture(['2026.1']);
      const [imported, published] = await Promise.all([f.importing(A), f.publishing()]);
      expect(published.code, published.output).toBe(0);
      expect([0, 1], imported.output).toContain(imported.code);
      // Imported first: the publish hashed the import's files. Published first: the import was refused.
      expect(f.observation('2026.1', '10001').nearPoor, `trial ${trial}`).toBe(imported.code === 0 ? 101 : 100);
      if (imported.code === 1) expect(imported.output).toContain('trạng thái "đã công bố" và không được sửa');
      const { report } = validate({ dataRoot: f.dataRoot, contentRoot: f.content });
      expect(report.errors, `trial ${trial}`).toEqual([]);
      expect(report.release).toBe('2026.1');
      outcomes.add(imported.code === 0 ? 'import first' : 'publish first');
    }
    // Both orders are legitimate; which happen depends on the machine's load.
    expect(outcomes.size).toBeGreaterThan(0);
  }, 600_000);

  it(`two publishes at once lose neither (${TRIALS / 2} times)`, async () => {
    for (let trial = 0; trial < TRIALS / 2; trial++) {
      const f = fixture(['2026.1', '2026.2']);
      const results = await Promise.all([f.publishing('2026.1'), f.publishing('2026.2')]);
      const manifest = f.manifest();
      ['2026.1', '2026.2'].forEach((id, i) => {
        expect(manifest.releases.find((r: any) => r.id === id).status, results[i]!.output).toBe(results[i]!.code === 0 ? 'published' : 'draft');
      });
      // 2026.2 always gets published: before 2026.1, or after it.
      expect(results[1]!.code).toBe(0);
      expect(manifest.current).toBe('2026.2');
      expect(validate({ dataRoot: f.dataRoot, contentRoot: f.content }).report.errors).toEqual([]);
    }
  }, 600_000);
});
