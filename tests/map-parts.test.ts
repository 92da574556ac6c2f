import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLargeRelease } from '../scripts/bench/large-dataset.ts';
import type { Dataset } from '../src/domain/dataset.ts';
import { allViews, mapLayers, type MapLayer } from '../src/domain/map/explorer.ts';
import { mapParts, type MapPart } from '../src/domain/map/parts.ts';
import { packInOrder } from '../src/domain/split.ts';
import { MAP_PART_MAX } from '../src/domain/map/settings.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { layerParts, partViews } from '../src/site/map/map-parts.ts';
import { mapSite } from '../src/site/map/map-site.ts';
import { districtPartSlug, mapPartPath } from '../src/site/urls.ts';

/** Map layers too large for one page split into runs of whole districts and into pages (issue 14: map views within budget at national scale). */
const m = mapSite();
const dataset = m.site.dataset;
const layer = (vintage: string, level: 'district' | 'commune') => m.layers.find((l) => l.vintage.id === vintage && l.level === level)!;

/** Every area of the layer in exactly one part. */
function expectPartition(parts: readonly MapPart[], l: MapLayer): void {
  const listed = parts.flatMap((p) => p.codes);
  expect(listed.length).toBe(l.codes.length);
  expect(new Set(listed)).toEqual(new Set(l.codes));
}

const byName = (codes: readonly string[], ds: Dataset, vintage: string) =>
  [...codes].sort((a, b) => ds.unit(vintage, a)!.name.localeCompare(ds.unit(vintage, b)!.name, 'vi') || a.localeCompare(b));

describe('mapParts on the embedded release', () => {
  it('leaves every Lạng Sơn layer whole at MAP_PART_MAX: its views stay as they are', () => {
    expect(m.layers.length).toBeGreaterThan(0);
    for (const l of m.layers) expect(mapParts(dataset, l), `${l.vintage.id} ${l.level}`).toEqual([]);
    expect(partViews(dataset, m.layers, m.views)).toEqual([]);
  });

  it.each([
    [200, 200, 0],
    [199, 200, 2],
    [50, 200, 5],
  ])('at a limit of %i, the %i communes of 2020-01 make %i parts', (max, size, count) => {
    const l = layer('2020-01', 'commune');
    expect(l.codes).toHaveLength(size);
    expect(mapParts(dataset, l, max)).toHaveLength(count);
  });

  it('splits the 200 communes of 2020-01 into runs of whole districts in code order, as few and as even as fit 50 areas', () => {
    const l = layer('2020-01', 'commune');
    const parts = mapParts(dataset, l, 50);
    expectPartition(parts, l);
    expect(parts.every((p) => p.districts.length > 0 && p.page === undefined)).toBe(true);
    const districts = layer('2020-01', 'district').codes.map((c) => dataset.unit('2020-01', c)!);
    expect(parts.flatMap((p) => p.districts.map((d) => d.code))).toEqual(districts.map((d) => d.code).sort());
    // Communes by district, in code order: 178 Lạng Sơn 8, 180 Tràng Định 22, 181 Bình Gia 19, 182 Văn Lãng 17,
    // 183 Cao Lộc 22, 184 Văn Quan 17, 185 Bắc Sơn 18, 186 Hữu Lũng 24, 187 Chi Lăng 20, 188 Lộc Bình 21,
    // 189 Đình Lập 12. Filling to 50 needs five runs; the most even five hold at most 49 (a cap of 48 needs six).
    expect(parts.map((p) => p.districts.map((d) => d.name))).toEqual([
      ['Lạng Sơn', 'Tràng Định', 'Bình Gia'],
      ['Văn Lãng', 'Cao Lộc'],
      ['Văn Quan', 'Bắc Sơn'],
      ['Hữu Lũng', 'Chi Lăng'],
      ['Lộc Bình', 'Đình Lập'],
    ]);
    expect(parts.map((p) => p.codes.length)).toEqual([49, 39, 35, 44, 33]);
    // district by district, each district's communes in the release order
    const binhGia = parts[0]!;
    expect(binhGia.codes.slice(30)).toEqual(l.codes.filter((c) => dataset.unit('2020-01', c)!.parent === '181'));
    expect(binhGia.codes).toContain('06073'); // xã Hoa Thám
  });

  it('pages the 65 communes under no district (2025-07) in name order, of even sizes at most the limit', () => {
    const l = layer('2025-07', 'commune');
    const parts = mapParts(dataset, l, 30);
    expectPartition(parts, l);
    expect(parts.map((p) => [p.page, p.codes.length, p.districts])).toEqual([[1, 22, []], [2, 21, []], [3, 22, []]]);
    expect(parts.flatMap((p) => p.codes)).toEqual(byName(l.codes, dataset, '2025-07'));
  });

  it('pages a district layer too (districts are under the province, not under a district)', () => {
    const l = layer('2020-01', 'district');
    const parts = mapParts(dataset, l, 5);
    expectPartition(parts, l);
    expect(parts.map((p) => p.codes.length)).toEqual([4, 3, 4]);
  });

  it('gives a part a stable path under its view: the district\'s code and name, as on its unit page', () => {
    const district = dataset.unit('2020-01', '181')!;
    expect(mapPartPath({ vintage: '2020-01', level: 'commune', indicator: 'poor-rate', year: 2024 }, districtPartSlug(district))).toBe(
      '/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/181-binh-gia/',
    );
  });
});

describe('layerParts of a generated release above MAP_PART_MAX', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'map-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const communes = 2 * MAP_PART_MAX + 40;
  const later = 2 * MAP_PART_MAX + 10;
  const written = writeLargeRelease(root, { communes, districts: 4, later: { communes: later }, seed: 7 });
  const { report, dataset: ds, engine, carriedEngine } = validate({ dataRoot: written.dataRoot, contentRoot: written.contentRoot });
  const layers = mapLayers({ dataset: ds!, engine: engine!, carriedEngine: carriedEngine! }, []);
  const find = (vintage: string, level: string) => layers.find((l) => l.vintage.id === vintage && l.level === level)!;

  it('validates', () => {
    expect(report.ok).toBe(true);
  });

  it('splits the communes of 2020-01 into their 4 districts of 135 (two would pass 250), slugged by code and name', () => {
    const l = find('2020-01', 'commune');
    const parts = layerParts(ds!, l);
    expect(parts).toHaveLength(4);
    expectPartition(parts, l);
    for (const p of parts) {
      expect(p.districts).toHaveLength(1);
      const [district] = p.districts;
      expect(p.slug).toBe(districtPartSlug(district!));
      expect(p.label).toBe(`Huyện ${district!.name}`);
      expect(p.codes.every((c) => ds!.unit('2020-01', c)!.parent === district!.code)).toBe(true);
    }
  });

  it('pages the communes of 2025-07 into three pages, trang-1 to trang-3, labelled by their first and last names', () => {
    const l = find('2025-07', 'commune');
    const parts = layerParts(ds!, l);
    expect(parts.map((p) => p.slug)).toEqual(['trang-1', 'trang-2', 'trang-3']);
    expect(parts.every((p) => p.codes.length <= MAP_PART_MAX)).toBe(true);
    expectPartition(parts, l);
    const first = ds!.unit('2025-07', parts[0]!.codes[0]!)!;
    expect(parts[0]!.label).toMatch(new RegExp(`^Trang 1: từ .*${first.name}`));
  });

  it('keeps the small layers whole and gives each view of a split layer every part of it', () => {
    expect(layerParts(ds!, find('2020-01', 'district'))).toEqual([]);
    const views = allViews(layers);
    const pv = partViews(ds!, layers, views);
    const splitViews = views.filter((v) => v.level === 'commune');
    expect(pv).toHaveLength(splitViews.filter((v) => v.vintage === '2020-01').length * 4 + splitViews.filter((v) => v.vintage === '2025-07').length * 3);
  });
});

describe('layerParts of a generated release of many small districts', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'map-runs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // 36 districts of 15 communes: filling to 250 takes 16 districts, 16 and 4 (three runs); the even three take 12 each.
  const written = writeLargeRelease(root, { communes: 540, districts: 36, seed: 11 });
  const { dataset: ds, engine, carriedEngine } = validate({ dataRoot: written.dataRoot, contentRoot: written.contentRoot });
  const layers = mapLayers({ dataset: ds!, engine: engine!, carriedEngine: carriedEngine! }, []);
  const l = layers.find((x) => x.vintage.id === '2020-01' && x.level === 'commune')!;

  it('packs them into three runs of 12 districts in code order, named after the first and labelled first to last', () => {
    const parts = layerParts(ds!, l);
    expectPartition(parts, l);
    expect(parts.map((p) => [p.districts.length, p.codes.length])).toEqual([[12, 180], [12, 180], [12, 180]]);
    const districts = [...layers.find((x) => x.vintage.id === '2020-01' && x.level === 'district')!.codes].sort();
    expect(parts.flatMap((p) => p.districts.map((d) => d.code))).toEqual(districts);
    for (const p of parts) {
      const first = p.districts[0]!;
      const last = p.districts.at(-1)!;
      expect(p.slug).toBe(districtPartSlug(first));
      expect(p.label).toMatch(new RegExp(`^Từ (Huyện|Thành phố) ${first.name} đến (Huyện|Thành phố) ${last.name} \\(12 đơn vị cấp huyện\\)$`));
      expect(new Set(p.codes.map((c) => ds!.unit('2020-01', c)!.parent))).toEqual(new Set(p.districts.map((d) => d.code)));
    }
  });
});

describe('packInOrder', () => {
  it.each([
    [[], 10, []],
    [[5, 5, 5], 10, [[5, 5], [5]]],
    [[3, 3, 3, 3], 10, [[3, 3], [3, 3]]],
    [[4, 4, 4, 4, 4], 10, [[4, 4], [4, 4], [4]]],
    [[1, 9, 1, 9], 10, [[1, 9], [1, 9]]],
    [[6, 1, 1, 1, 1, 1, 1], 10, [[6], [1, 1, 1, 1, 1, 1]]],
    [[12, 2, 2], 10, [[12], [2, 2]]],
    [[2, 12, 2], 10, [[2], [12], [2]]],
  ])('sizes %j within %i: %j', (sizes, max, runs) => {
    expect(packInOrder(sizes, (s) => s, max)).toEqual(runs);
  });
});
