import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkInFlight, mapInFlight } from './pool.ts';
import { Report } from './report.ts';

/** Everything the reports print, one entry per console.log call. */
function capture(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  return lines;
}

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mapInFlight', () => {
  it('runs at most `limit` tasks at once and returns the results in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapInFlight([30, 5, 20, 1, 10], 3, async (ms) => {
      running++;
      most = Math.max(most, running);
      await tick(ms);
      running--;
      return ms * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(3);
  });
});

describe('Report, buffered', () => {
  it('prints nothing until merged, then its lines, counts and skips in the parent', () => {
    const lines = capture();
    const parent = new Report();
    const child = new Report({ buffered: true });
    child.check('a', true);
    child.check('b', false, 'why');
    child.skip('c', 'not built');
    child.info('note');
    expect(lines).toEqual([]);
    parent.merge(child);
    expect(lines).toEqual(['PASS  a', 'FAIL  b  (why)', 'SKIP  c  — not built', '      note']);
    expect([parent.passed, parent.failed, parent.skipped]).toEqual([1, 1, 1]);
    expect(parent.summary()).toBe(1);
    expect(lines.slice(4)).toEqual(['\n1 check(s) SKIPPED — not run, not counted as passed:', '  SKIP  c: not built', '1 passed, 1 failed']);
  });
});

describe('checkInFlight', () => {
  it('prints each item’s lines together, in the items’ order, whatever order they finish in', async () => {
    const lines = capture();
    const report = new Report();
    // The first item finishes last: nothing may be printed before it is done.
    const delays = { first: 40, second: 1, third: 15, fourth: 5 };
    const failures = await checkInFlight(report, Object.keys(delays) as (keyof typeof delays)[], 3, (k) => `${k} ran`, async (k, r) => {
      r.check(`${k} 1`, true);
      await tick(delays[k]);
      r.check(`${k} 2`, k !== 'third');
    });
    expect(lines).toEqual(['PASS  first 1', 'PASS  first 2', 'PASS  second 1', 'PASS  second 2', 'PASS  third 1', 'FAIL  third 2', 'PASS  fourth 1', 'PASS  fourth 2']);
    expect(failures).toEqual([0, 0, 1, 0]);
    expect([report.passed, report.failed]).toEqual([7, 1]);
  });

  it('turns a task that throws into a failed check of its item and goes on with the others', async () => {
    const lines = capture();
    const report = new Report();
    const failures = await checkInFlight(report, ['/a/', '/b/'], 2, (p) => `${p}  page loaded and checked`, async (p, r) => {
      r.check(`${p}  opened`, true);
      if (p === '/a/') throw new Error('timeout');
    });
    expect(lines).toEqual(['PASS  /a/  opened', 'FAIL  /a/  page loaded and checked  (Error: timeout)', 'PASS  /b/  opened']);
    expect(failures).toEqual([1, 0]);
    expect([report.passed, report.failed]).toEqual([2, 1]);
  });
});
