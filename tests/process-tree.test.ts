import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childrenUsage, parseChildrenUsage, usageBetween } from '../scripts/bench/children-usage.ts';
import { programName, runMeasured } from '../scripts/bench/process-tree.ts';

/** The measures read /proc, which only Linux (the machines that run the bench: CI's, developers') has. */
const LINUX = process.platform === 'linux';
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

  it.skipIf(!LINUX)('reports the peak of the whole tree and of each program, a grandchild included', async () => {
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

describe('usage of the children waited for', () => {
  it('reads faults and CPU from a stat line whose command name holds spaces and brackets', () => {
    // Fields 3–17 of /proc/<pid>/stat: minflt 100, cminflt 49512, utime 5, stime 6, cutime 152, cstime 46.
    const line = '4242 (node (a) b) S 1 4242 4242 0 -1 4194560 100 49512 0 0 5 6 152 46 20 0 11 0 99 1000 500';
    expect(parseChildrenUsage(line)).toEqual({ minorFaults: 49512, userMs: 1520, systemMs: 460 });
  });

  it.skipIf(!LINUX)('counts the page faults of a command that touches 100 MB, and none of this process', () => {
    const before = childrenUsage();
    const own = Buffer.alloc(50 * 2 ** 20, 1);
    spawnSync(process.execPath, ['-e', 'Buffer.alloc(100 * 2 ** 20, 1)'], { stdio: 'ignore' });
    const usage = usageBetween(before, childrenUsage())!;
    expect(own[0]).toBe(1);
    // 100 MB is 25,600 pages of 4 KB; node's own start adds a few thousand.
    expect(usage.minorFaults).toBeGreaterThan(25_600);
    expect(usage.minorFaults).toBeLessThan(25_600 + 12_800);
    expect(usage.userMs + usage.systemMs).toBeGreaterThan(0);
  });
});
