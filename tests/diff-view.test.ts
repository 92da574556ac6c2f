import { describe, expect, it } from 'vitest';
import { diffReleases } from '../src/domain/diff/diff.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { diffView, groupRows } from '../src/site/data/diff-view.ts';

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

describe('diffView of the embedded releases (2026.1 → 2026.2)', () => {
  const before = loadSnapshot('data', '2026.1');
  const after = loadSnapshot('data', '2026.2');
  const view = diffView(diffReleases(before, after), before, after);

  it('says a unit\'s classifications in the words of its page, not the data\'s codes', () => {
    const items = view.units.flatMap((u) => u.items);
    expect(items).toContain('Thay đổi: Bình Gia (181): phân loại huyện nghèo từ 2021 → huyện nghèo từ 2022');
    expect(items).toContain(
      'Thay đổi: Kim Đồng (06031): phân loại xã khu vực III 2021–2023; xã khu vực I từ 2024; xã đặc biệt khó khăn 2021–2023 → xã khu vực III từ 2021; xã đặc biệt khó khăn từ 2021',
    );
    expect(items.join('\n')).not.toMatch(/poor-district|especially-difficult|zone /);
  });

  it('says first that the figures did not change (2026.2 corrects classifications, awards and labels only)', () => {
    expect(view.corrected.groups).toEqual([]);
    expect(view.summary[0]).toBe('số liệu hộ nghèo, hộ cận nghèo không thay đổi');
    expect(view.summary).toContain('4 khen thưởng được sửa');
  });

  it('names the corrected fields of a recognition and a source in words', () => {
    expect(view.recognitions.map((r) => r.before)).toContain('Sửa (người, tập thể được khen): ');
    expect(view.sources.map((s) => s.before)).toContain('Sửa (ghi chú, địa chỉ): s-353-qd-ttg');
  });
});
