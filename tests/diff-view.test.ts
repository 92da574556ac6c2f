import { describe, expect, it } from 'vitest';
import { groupRows } from '../src/site/data/diff-view.ts';

/**
 * The change table of a release page is never cut (issue 16): up to 200 rows it is one
 * table, as before; past that, every row is kept, in sections by year and vintage.
 */
const rows = (n: number, year = 2024, vintage = '2020-01') => Array.from({ length: n }, (_, i) => ({ id: `${vintage}/${year}/${i}`, year, vintage }));

describe('groupRows', () => {
  it('keeps a table of up to 200 rows whole and untitled', () => {
    expect(groupRows(rows(200))).toEqual({ groups: [{ rows: rows(200) }] });
    expect(groupRows([])).toEqual({ groups: [] });
  });

  it('past 200 rows, keeps every row in sections by year then vintage, each titled with its count', () => {
    const list = [...rows(120, 2025, '2025-07'), ...rows(50, 2023), ...rows(31, 2024), ...rows(2, 2025, '2020-01')];
    const { groups } = groupRows(list);
    expect(groups.map((g) => g.heading)).toEqual([
      'Năm 2023, thời kỳ địa giới 2020-01: 50 dòng',
      'Năm 2024, thời kỳ địa giới 2020-01: 31 dòng',
      'Năm 2025, thời kỳ địa giới 2020-01: 2 dòng',
      'Năm 2025, thời kỳ địa giới 2025-07: 120 dòng',
    ]);
    expect(groups.flatMap((g) => g.rows).map((r) => r.id).sort()).toEqual(list.map((r) => r.id).sort());
    expect(groups[3]!.rows).toEqual(rows(120, 2025, '2025-07'));
  });

  it('writes large counts the Vietnamese way', () => {
    expect(groupRows(rows(1500)).groups[0]!.heading).toBe('Năm 2024, thời kỳ địa giới 2020-01: 1.500 dòng');
  });
});
