import { afterEach, describe, expect, it, vi } from 'vitest';
import { readXlsx } from '../src/domain/import/xlsx.ts';
import { xlsx } from './fixtures/import/xlsx.ts';

/**
 * read-excel-file parses a sheet's XML in chunks, halving a chunk that took over 7 ms and
 * recursing once per chunk. On a busy or slow machine the chunks shrank towards nothing:
 * an export with 200,000 blank rows took 50 s and then failed with "Maximum call stack
 * size exceeded" (seen in CI, and with both cores of the machine busy). patches/ keeps the
 * chunk at 64 KB at least and loops instead of recursing; this test makes every chunk look
 * slow, so it fails without that patch on any machine.
 */
describe('an Excel export read on a slow machine', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads 2 data rows under 200,000 blank rows though every chunk of XML seems to take 10 ms', async () => {
    const rows: (string | number | null)[][] = [['Mã đơn vị', 'Năm'], [10001, 2024], [10002, 2024]];
    for (let i = 0; i < 200_000; i++) rows.push([]);
    rows.push(['Người lập biểu']);
    const bytes = xlsx({ rows });
    let clock = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 10));
    const grid = await readXlsx(bytes);
    expect(grid.rows).toHaveLength(200_004);
    expect(grid.rows.filter((r) => r.some((c) => c !== null))).toEqual([['Mã đơn vị', 'Năm'], [10001, 2024], [10002, 2024], ['Người lập biểu', null]]);
  });
});
