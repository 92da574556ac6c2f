import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { programName, runMeasured } from '../scripts/bench/process-tree.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'process-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('programs of a measured process tree', () => {
  it('names node processes by their script, other processes by their executable', () => {
    expect(programName(['/n/bin/node', '--import', 'file:///r/scripts/cli/compile-cache.mjs', '/r/scripts/validate.ts', '--data', 'd'])).toBe('validate.ts');
    expect(programName(['/n/bin/node', '/r/astro/bin/astro.mjs', 'build', '--outDir', 'x'])).toBe('astro.mjs');
    expect(programName(['/opt/pagefind/bin/pagefind_extended', '--site', '/tmp/site'])).toBe('pagefind_extended');
    expect(programName(['node', '-e', 'setTimeout(() => {}, 10)'])).toBe('node');
    expect(programName([])).toBe('?');
  });

  it('reports the peak of the whole tree and of each program, a grandchild included', async () => {
    // A script that starts a child which holds 200 MB for a second: the child's memory is
    // only visible in /proc, not in the resource usage node reports.
    const holder = path.join(dir, 'hold-memory.mjs');
    writeFileSync(holder, "const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 1200);\n");
    const parent = path.join(dir, 'start-child.mjs');
    writeFileSync(parent, `import { spawnSync } from 'node:child_process'; spawnSync(process.execPath, [${JSON.stringify(holder)}], { stdio: 'inherit' });\n`);
    const run = await runMeasured(process.execPath, [parent]);
    expect(run.code).toBe(0);
    expect(run.output.trim()).toBe('1');
    const held = run.peakRssByProgram!.get('hold-memory.mjs')!;
    expect(held).toBeGreaterThan(200 * 2 ** 20);
    expect(run.peakRssByProgram!.get('start-child.mjs')).toBeLessThan(held);
    expect(run.peakRssBytes).toBeGreaterThanOrEqual(held);
  });
});
