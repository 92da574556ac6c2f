/**
 * Slow (runs Astro; with the build tests, not in `npm test`): `npm run build` never leaves
 * a partial site (issue 10, docs/budgets-and-quality.md). A build killed midway, or one that fails, leaves
 * the previous site exactly as it was; a complete build replaces it whole, with its search
 * index, and clears what killed builds left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, inject, it } from 'vitest';
import { writeMini } from '../fixtures/mini.ts';

// In the run's sites folder, inside the project: tests/build/setup.ts says why.
const scratch = mkdtempSync(path.join(inject('sitesRoot'), 'atomic-build-'));
const site = path.join(scratch, 'site');
const { root, dataRoot } = writeMini();
// The content folder is the one beside the data folder (src/config.ts).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const args = ['scripts/build.ts', '--data', dataRoot, '--out', site];

/** The previous site: a page and a marker only it has. */
mkdirSync(site);
writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>trang cũ</title>');
writeFileSync(path.join(site, 'chi-trang-cu-co.txt'), 'cũ');

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const p = path.join(e.parentPath, e.name);
      out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  }
  return out;
}
const leftovers = () => readdirSync(scratch).filter((n) => n.startsWith('.site.'));

/** Whether the build has written a page yet. Astro deletes its own scratch folders inside
 *  the build folder while we walk it, so a folder vanishing mid-walk means "look again". */
function hasPages(dir: string): boolean {
  try {
    return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.html'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
const previous = hashTree(site);

describe('atomic build', () => {
  it('a build killed midway leaves the previous site untouched', async () => {
    const child = spawn(process.execPath, args, { env, detached: true, stdio: 'ignore' });
    // Wait until the new site is half written: pages in the temporary folder, no search index yet.
    const deadline = Date.now() + 240_000;
    let building: string | undefined;
    for (;;) {
      building = leftovers().find((n) => n.endsWith('.building'));
      if (building && hasPages(path.join(scratch, building))) break;
      if (Date.now() > deadline) throw new Error('the build never started writing pages');
      await sleep(100);
    }
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    await sleep(500);
    expect(hashTree(site)).toEqual(previous);
    // what the killed build left is beside the site, never in it
    expect(leftovers()).toContain(building);
  }, 300_000);

  it('a failed build (invalid data) leaves the previous site untouched and says so', () => {
    const broken = writeMini((f) => { f.observations.observations[0].poor = 5000; });
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--data', broken.dataRoot, '--out', site], { env, encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Dữ liệu không hợp lệ: không dựng trang; .*site giữ nguyên như trước\.\n$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(site)).toEqual(previous);
  }, 120_000);

  it('an .mdx update that reads the build machine is refused before anything is built', () => {
    const content = path.join(root, 'content');
    mkdirSync(path.join(content, 'updates'), { recursive: true });
    const mdx = path.join(content, 'updates', 'doc-may.mdx');
    writeFileSync(mdx, "---\ntitle: T\nsummary: S\npublishedAt: 2026-01-01\n---\nimport { readFileSync } from 'node:fs';\n\n{process.env.HOME} {readFileSync('/etc/hostname', 'utf8')}\n");
    try {
      const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/updates\/doc-may\.mdx:1 {2}mdx-not-allowed {2}tệp \.mdx không được nhận/);
      expect(hashTree(site)).toEqual(previous);
    } finally {
      rmSync(mdx, { force: true });
    }
  }, 120_000);

  it('a complete build replaces the site whole, search index included, and clears killed builds\' folders', () => {
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 600_000 });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(path.join(site, 'chi-trang-cu-co.txt'))).toBe(false);
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('Lạng Sơn');
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(leftovers()).toEqual([]);
  }, 600_000);
});
