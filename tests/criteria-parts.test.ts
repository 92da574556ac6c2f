import { describe, expect, it } from 'vitest';
import { criteriaPartOf, criteriaParts, PART_SIZE } from '../src/site/criteria-parts.ts';
import { splitEvenly } from '../src/domain/split.ts';
import { criteriaTables, partSummaries, tablePart } from '../src/site/criteria-view.ts';
import { progressDistricts } from '../src/site/progress-districts.ts';
import { siteData } from '../src/site/site-data.ts';

/** The criteria results and district progress split into pages (issue 14: every non-map page ≤ 50 KB at any scale). */
const site = siteData();
const vintage = (id: string) => site.dataset.vintage(id)!;

describe('splitEvenly', () => {
  it.each([
    [0, []],
    [1, [1]],
    [100, [100]],
    [101, [51, 50]],
    [130, [65, 65]],
    [201, [67, 67, 67]],
  ])('%i items in pages of at most 100: %j', (n, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const pages = splitEvenly(items, 100);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(items);
  });
});

describe('criteria parts of the embedded release', () => {
  it('puts every evaluated unit in exactly one part of its vintage', () => {
    for (const v of site.dataset.vintages) {
      const evaluated = new Set(site.evaluations.filter((e) => e.vintage === v.id).map((e) => e.unit));
      const parts = criteriaParts(site, v);
      const listed = parts.flatMap((p) => [...p.codes]);
      expect(listed.length, v.id).toBe(evaluated.size);
      expect(new Set(listed), v.id).toEqual(evaluated);
      expect(new Set(parts.map((p) => p.path)).size, v.id).toBe(parts.length);
    }
  });

  it('gives each district of 2020-01 a part with its own results and its communes, under /tieu-chi/2020-01/<code>-<slug>/', () => {
    const parts = criteriaParts(site, vintage('2020-01'));
    const districts = vintage('2020-01').units.filter((u) => u.level === 'district');
    expect(parts.map((p) => p.district?.code).sort()).toEqual(districts.map((d) => d.code).sort());
    const binhGia = parts.find((p) => p.district?.code === '181')!;
    expect(binhGia.path).toBe('/tieu-chi/2020-01/181-binh-gia/');
    expect(binhGia.label).toBe('Huyện Bình Gia');
    // the district itself is in its part, and each of its communes with results
    expect(binhGia.codes.has('181')).toBe(true);
    const evaluated = new Set(site.evaluations.filter((e) => e.vintage === '2020-01').map((e) => e.unit));
    const communes = vintage('2020-01').units.filter((u) => u.level === 'commune' && evaluated.has(u.code));
    expect(communes.length).toBeGreaterThan(100);
    for (const c of communes) expect(criteriaPartOf(site, vintage('2020-01'), c.code)?.district?.code, c.code).toBe(c.parent);
  });

  it('pages the communes under no district (2025-07) by name, at most PART_SIZE a page', () => {
    const parts = criteriaParts(site, vintage('2025-07'));
    expect(parts.every((p) => p.district === undefined && p.codes.size <= PART_SIZE)).toBe(true);
    expect(parts.map((p) => p.path)).toEqual(parts.map((_, i) => `/tieu-chi/2025-07/trang-${i + 1}/`));
    expect(parts.map((p) => p.label)).toEqual(['Các xã, phường trực thuộc tỉnh']);
  });

  it('counts, per part, the latest year of its vintage, adding up to the whole', () => {
    for (const { vintage: v, year, parts } of partSummaries(site)) {
      const all = criteriaTables(site).filter((x) => x.vintage.id === v.id);
      const cells = all.flatMap((x) => x.rows.map((r) => r.cells[x.years.indexOf(year)]).filter((c) => c !== undefined));
      const sum = (k: 'met' | 'notMet' | 'unknown') => parts.reduce((n, p) => n + p.counts[k], 0);
      expect({ met: sum('met'), notMet: sum('notMet'), unknown: sum('unknown') }, v.id).toEqual({
        met: cells.filter((c) => c.statusClass === 'status-met').length,
        notMet: cells.filter((c) => c.statusClass === 'status-not-met').length,
        unknown: cells.filter((c) => c.statusClass === 'status-unknown').length,
      });
    }
  });

  it('keeps only the part\'s rows in a part table, with their own counts', () => {
    const table = criteriaTables(site).find((x) => x.criterion.id === 'commune-zone' && x.vintage.id === '2020-01')!;
    const part = criteriaParts(site, table.vintage).find((p) => p.district?.code === '181')!;
    const own = tablePart(table, part.codes);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.length).toBeLessThan(table.rows.length);
    expect(own.rows.every((r) => part.codes.has(r.unit.code))).toBe(true);
    const cells = own.rows.flatMap((r) => r.cells).filter((c) => c !== undefined);
    expect(own.counts.met + own.counts.notMet + own.counts.unknown).toBe(cells.length);
    expect(own.counts.met).toBe(cells.filter((c) => c.statusClass === 'status-met').length);
  });
});

describe('district pages of /tien-do/', () => {
  it('gives each district a page of its own with its first and latest rate', () => {
    const districts = progressDistricts(site);
    expect(districts.length).toBe(vintage('2020-01').units.filter((u) => u.level === 'district').length);
    const binhGia = districts.find((d) => d.ref.unit.code === '181')!;
    expect(binhGia.path).toBe('/tien-do/2020-01/181-binh-gia/');
    expect(binhGia.chart.id).toBe('chart-district-181');
    expect(binhGia.first!.year).toBe(2021);
    expect(binhGia.latest!.year).toBe(2024);
    expect(binhGia.latest!.value).toBeLessThan(binhGia.first!.value);
  });
});
