import { describe, expect, it } from 'vitest';
import { apportion, carriedSeries } from '../src/domain/carried.ts';
import { CriteriaEngine } from '../src/domain/criteria.ts';
import { crosswalkShares } from '../src/domain/crosswalk-shares.ts';
import { Dataset, type ReleaseData } from '../src/domain/dataset.ts';
import { carriedTable } from '../src/domain/export/carried-table.ts';
import { fieldKind } from '../src/domain/export/table-sheets.ts';
import { predecessors, successors } from '../src/domain/lineage.ts';
import type { Crosswalk, Observation, Unit } from '../src/domain/schemas/index.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { realCriteria } from './helpers/build-dataset.ts';

describe('apportion (largest remainder)', () => {
  const halves = [{ key: 'b', share: 0.5 }, { key: 'a', share: 0.5 }];
  it('gives whole pieces that add up exactly, the odd one to the earlier key on a tie', () => {
    expect(apportion(395, halves)).toEqual([197, 198]);
    expect(apportion(67, halves)).toEqual([33, 34]);
    expect(apportion(0, halves)).toEqual([0, 0]);
  });
  it('gives the leftovers to the largest fractions', () => {
    // 10 × (0.45, 0.35, 0.2) = 4.5, 3.5, 2: floors 4 + 3 + 2 = 9, one left; .5 = .5, so the earlier key
    expect(apportion(10, [{ key: 'x', share: 0.45 }, { key: 'y', share: 0.35 }, { key: 'z', share: 0.2 }])).toEqual([5, 3, 2]);
    // 7 in thirds: 2.33 each, one left over goes to the first key
    expect(apportion(7, [{ key: 'c', share: 1 / 3 }, { key: 'a', share: 1 / 3 }, { key: 'b', share: 1 / 3 }])).toEqual([2, 3, 2]);
  });
  it('is not fooled by binary fractions: 1000 × 0.57 is 570 whole', () => {
    expect(apportion(1000, [{ key: 'a', share: 0.57 }, { key: 'b', share: 0.43 }])).toEqual([570, 430]);
    expect(apportion(205_714, [{ key: 'a', share: 0.0725 }, { key: 'b', share: 0.9275 }]).reduce((t, n) => t + n, 0)).toBe(205_714);
  });
});

// A small release with three vintages: A (2020-01) → B (2024-12) → C (2025-07), no direct A → C.
// a1 splits between b1 and b2, b2 splits between c1 and c2, so a1 reaches both c1 and c2.
const vintage = (id: string, validFrom: string, validTo: string | null, codes: string[], classifications: Unit['classifications'] = undefined) => ({
  id, validFrom, validTo,
  units: [
    { code: '20', level: 'province' as const, name: 'Lạng Sơn', type: 'tỉnh' as const },
    ...codes.map((code) => ({ code, level: 'commune' as const, parent: '20', name: `Xã ${code}`, type: 'xã' as const, ...(classifications ? { classifications } : {}) })),
  ],
});
const link = (from: string, to: string, share?: number) => ({ from, to, ...(share === undefined ? {} : { share }) });
const stepAB: Crosswalk = { from: '2020-01', to: '2024-12', links: [link('20', '20'), link('10001', '20001', 0.5), link('10001', '20002', 0.5), link('10002', '20002'), link('10003', '20003')] };
const stepBC: Crosswalk = { from: '2024-12', to: '2025-07', links: [link('20', '20'), link('20001', '30001'), link('20002', '30001', 0.4), link('20002', '30002', 0.6), link('20003', '30002')] };
const obs = (v: string, unit: string, year: number, households: number, poor: number, nearPoor: number, em?: [number, number]): Observation => ({
  vintage: v, unit, year, households, poor, nearPoor, ...(em ? { ethnicMinority: { households: em[0], poor: em[1] } } : {}), source: 's-test',
});
const zoneIII = [{ kind: 'zone' as const, value: 'III' as const, from: 2025, to: null, source: 's-test' }];

function release(extra: Observation[] = [], crosswalks: Crosswalk[] = [stepAB, stepBC]): Dataset {
  const data: ReleaseData = {
    release: { id: '2026.1', title: 'Thử', status: 'demo' },
    units: {
      vintages: [
        vintage('2020-01', '2020-01-01', '2024-11-30', ['10001', '10002', '10003']),
        vintage('2024-12', '2024-12-01', '2025-06-30', ['20001', '20002', '20003']),
        vintage('2025-07', '2025-07-01', null, ['30001', '30002'], zoneIII),
      ],
      sources: [{ id: 's-test', kind: 'synthetic', title: 'Số liệu thử', note: 'kiểm thử' }],
    },
    crosswalks: { crosswalks, sources: [] },
    observations: {
      observations: [
        obs('2020-01', '10001', 2021, 101, 11, 5, [90, 10]), obs('2020-01', '10002', 2021, 200, 40, 20, [150, 39]), obs('2020-01', '10003', 2021, 300, 60, 30, [280, 60]),
        obs('2020-01', '10001', 2024, 103, 3, 4, [92, 3]), obs('2020-01', '10002', 2024, 204, 10, 10, [151, 9]), obs('2020-01', '10003', 2024, 306, 9, 12, [285, 9]),
        obs('2025-07', '30001', 2025, 290, 5, 9), obs('2025-07', '30002', 2025, 330, 6, 10),
        ...extra,
      ],
      sources: [],
    },
    recognitions: { recognitions: [], sources: [] },
    criteria: realCriteria,
  };
  return new Dataset(data);
}

describe('crosswalk shares over any number of steps', () => {
  const dataset = release();
  const shares = crosswalkShares(dataset);
  it('composes the steps: a share along a path is the product, parallel paths add up', () => {
    const composed = shares.table('2020-01', '2025-07')!;
    expect(composed.path).toEqual(['2020-01', '2024-12', '2025-07']);
    const of = (from: string) => composed.byFrom.get(from)!.map((l) => [l.to, Math.round(l.share * 1e9) / 1e9]);
    // a1: half to b1 (→ c1), half to b2 (0.4 → c1, 0.6 → c2): 0.5 + 0.2 = 0.7 and 0.3
    expect(of('10001')).toEqual([['30001', 0.7], ['30002', 0.3]]);
    expect(of('10002')).toEqual([['30001', 0.4], ['30002', 0.6]]);
    expect(of('10003')).toEqual([['30002', 1]]);
    expect(shares.direct('2020-01', '2025-07')).toBeUndefined();
  });
  it('lists predecessors and successors across both reforms, nearest vintage first', () => {
    expect(predecessors(dataset, '2025-07', '30001').map((g) => [g.vintage, g.links.map((l) => [l.code, l.share])])).toEqual([
      ['2024-12', [['20001', undefined], ['20002', 0.4]]],
      ['2020-01', [['10001', 0.7], ['10002', 0.4]]],
    ]);
    expect(successors(dataset, '2020-01', '10003').map((g) => [g.vintage, g.links.map((l) => l.code)])).toEqual([
      ['2024-12', ['20003']],
      ['2025-07', ['30002']],
    ]);
  });
});

describe('carried figures', () => {
  const dataset = release();
  const carried = carriedSeries(dataset);
  it('sums the predecessors, each split unit apportioned by largest remainder', () => {
    // 2021, from 2020-01 (2024-12 has no figures): c1 = 0.7 × a1 + 0.4 × a2
    // a1 101 households → 70.7 / 30.3 → 71 / 30; a2 200 → 80 / 120: c1 = 151, c2 = 30 + 120 + 300 = 450
    const c1 = carried.figures('2025-07', '30001', 2021)!;
    expect(c1).toMatchObject({ households: 151, derived: false, illustrative: true, carried: { vintage: '2020-01' } });
    // poor: a1 11 → 7.7 / 3.3 → 8 / 3; a2 40 → 16 / 24; near-poor: a1 5 → 3.5 / 1.5 → 4 / 1 (tie: earlier code); a2 20 → 8 / 12
    expect([c1.poor, c1.nearPoor]).toEqual([24, 12]);
    // ethnic minority: a1 90 → 63 / 27, 10 → 7 / 3; a2 150 → 60 / 90, 39 → 15.6 / 23.4 → 16 / 23
    expect(c1.ethnicMinority).toEqual({ households: 123, poor: 23 });
    expect(c1.carried!.parts.map((p) => [p.unit, Math.round(p.share * 1e9) / 1e9])).toEqual([['10001', 0.7], ['10002', 0.4]]);
    const c2 = carried.figures('2025-07', '30002', 2021)!;
    expect([c2.households, c2.poor, c2.nearPoor, c2.ethnicMinority]).toEqual([450, 87, 43, { households: 397, poor: 86 }]);
  });
  it('names each source of the old units once, sorted', () => {
    expect(carried.figures('2025-07', '30002', 2021)!.sources).toEqual(['s-test']);
    const data = dataset.data;
    const resourced = (unit: string, source: string) => (o: Observation) => (o.unit === unit && o.year === 2021 ? { ...o, source } : o);
    const mixed = new Dataset({ ...data, observations: { ...data.observations, observations: data.observations.observations.map(resourced('10002', 's-b')).map(resourced('10003', 's-a')) } });
    // c2 = parts of a1 (s-test) and a2 (s-b), and a3 (s-a) whole; c1 = parts of a1 and a2
    expect(carriedSeries(mixed).figures('2025-07', '30002', 2021)!.sources).toEqual(['s-a', 's-b', 's-test']);
    expect(carriedSeries(mixed).figures('2025-07', '30001', 2021)!.sources).toEqual(['s-b', 's-test']);
  });
  it('adds up, for every count and year, to the old units\' reported total', () => {
    for (const year of [2021, 2024]) {
      const olds = ['10001', '10002', '10003'].map((c) => dataset.figures('2020-01', c, year)!);
      const news = ['30001', '30002'].map((c) => carried.carried('2025-07', c, year)!);
      const total = (fs: typeof olds, pick: (f: (typeof olds)[number]) => number) => fs.reduce((t, f) => t + pick(f), 0);
      for (const pick of [(f: (typeof olds)[number]) => f.households, (f: (typeof olds)[number]) => f.poor, (f: (typeof olds)[number]) => f.nearPoor, (f: (typeof olds)[number]) => f.ethnicMinority!.poor]) {
        expect(total(news, pick)).toBe(total(olds, pick));
      }
    }
  });
  it('lets a unit\'s own reported figure win, and gives both to pages that show both', () => {
    expect(carried.figures('2025-07', '30001', 2025)).toMatchObject({ households: 290 });
    expect(carried.figures('2025-07', '30001', 2025)!.carried).toBeUndefined();
    expect(carried.carried('2025-07', '30001', 2025)).toBeUndefined();
    const withOwn = carriedSeries(release([obs('2025-07', '30001', 2024, 160, 2, 3)]));
    expect(withOwn.figures('2025-07', '30001', 2024)).toMatchObject({ households: 160 });
    const both = withOwn.both('2025-07', '30001', 2024);
    expect(both.reported).toMatchObject({ households: 160 });
    expect(both.carried).toMatchObject({ carried: { vintage: '2020-01' } });
  });
  it('carries from the nearest vintage whose predecessors all have figures', () => {
    const withB = carriedSeries(release([obs('2024-12', '20001', 2024, 52, 2, 2), obs('2024-12', '20002', 2024, 255, 11, 12), obs('2024-12', '20003', 2024, 306, 9, 12)]));
    // c1 2024 from 2024-12: b1 whole (52) + 0.4 × b2 (102) = 154
    expect(withB.figures('2025-07', '30001', 2024)).toMatchObject({ households: 154, carried: { vintage: '2024-12' } });
    // only b1 has 2024 figures: back to 2020-01
    const partial = carriedSeries(release([obs('2024-12', '20001', 2024, 52, 2, 2)]));
    expect(partial.figures('2025-07', '30001', 2024)!.carried!.vintage).toBe('2020-01');
  });
  it('carries nothing backwards: an old unit has no figure for a year reported only on the new ones', () => {
    expect(carried.figures('2020-01', '10001', 2025)).toBeUndefined();
    expect(carried.seriesYears('2020-01', '10001')).toEqual([2021, 2024]);
    expect(carried.seriesYears('2025-07', '30001')).toEqual([2021, 2024, 2025]);
  });
  it('never carries the province from itself: its figure of an earlier vintage is its own, with its source', () => {
    const published = release([{ ...obs('2020-01', '20', 2024, 613, 22, 26), source: 's-published' }]);
    const series = carriedSeries(published);
    expect(series.carried('2024-12', '20', 2024)).toBeUndefined();
    expect(series.carried('2025-07', '20', 2024)).toBeUndefined();
    expect(series.figures('2024-12', '20', 2024)).toMatchObject({ households: 613, derived: false, sources: ['s-published'] });
    expect(series.figures('2024-12', '20', 2024)!.carried).toBeUndefined();
    // A province formed from another code (a merger of provinces) is carried as any other unit.
    const merged: Crosswalk = { ...stepAB, links: [link('19', '20'), ...stepAB.links.filter((l) => l.from !== '20')] };
    const withOld = release([obs('2020-01', '19', 2024, 500, 20, 20)], [merged, stepBC]);
    withOld.vintages[0]!.units.push({ code: '19', level: 'province', name: 'Tỉnh cũ', type: 'tỉnh' });
    expect(carriedSeries(new Dataset(withOld.data)).carried('2024-12', '20', 2024)).toMatchObject({ households: 500, carried: { vintage: '2020-01' } });
  });
  it('uses the direct crosswalk when the release has one', () => {
    const direct: Crosswalk = { from: '2020-01', to: '2025-07', links: [link('20', '20'), link('10001', '30001'), link('10002', '30001', 0.5), link('10002', '30002', 0.5), link('10003', '30002')] };
    const d = carriedSeries(release([], [stepAB, stepBC, direct]));
    expect(d.figures('2025-07', '30001', 2021)).toMatchObject({ households: 201, carried: { vintage: '2020-01', parts: [{ unit: '10001', share: 1 }, { unit: '10002', share: 0.5 }] } });
  });
});

describe('criteria on carried series', () => {
  const dataset = release();
  const reported = new CriteriaEngine(dataset);
  const carried = new CriteriaEngine(dataset, 'carried');
  const c1 = dataset.unit('2025-07', '30001')!;
  it('gives no official result to a unit without a baseline of its own', () => {
    expect(reported.evaluateUnit('2025-07', c1)).toEqual([expect.objectContaining({ asOf: 2025, evaluable: false, basis: 'reported' })]);
  });
  it('judges the carried series as an indication, under the classification the unit was formed with', () => {
    // zone III from 2025 applies to 2022–2024 too: the unit did not exist before
    expect(carried.classificationYear('2025-07', 2022)).toBe(2025);
    expect(reported.classificationYear('2025-07', 2022)).toBe(2022);
    const results = carried.evaluateUnit('2025-07', c1);
    expect(results.map((e) => [e.asOf, e.evaluable, e.basis])).toEqual([
      [2022, false, 'carried'],
      [2023, false, 'carried'],
      [2024, true, 'carried'],
      [2025, true, 'carried'],
    ]);
    // poor + near-poor 24 + 12 = 36 in 2021 → 5 + 9 = 14 in 2025: more than half gone
    expect(results.at(-1)).toMatchObject({ criterion: 'commune-zone', met: true });
  });
  it('lists only the evaluations that rest on carried figures, apart from the official ones', () => {
    const indications = carried.evaluateCarried();
    expect(indications.length).toBeGreaterThan(0);
    expect(indications.every((e) => e.basis === 'carried' && e.vintage === '2025-07')).toBe(true);
    expect(reported.evaluateAll().every((e) => e.basis === 'reported')).toBe(true);
  });
});

describe('the embedded release carried onto the communes of July 2025', () => {
  const { dataset, report } = validate({ dataRoot: 'data' });
  const carried = carriedSeries(dataset!);
  const communes = dataset!.vintage('2025-07')!.units.filter((u) => u.level === 'commune');

  it('gives every one of the 65 communes a full 2021–2025 series', () => {
    expect(communes).toHaveLength(65);
    expect(communes.filter((u) => carried.seriesYears('2025-07', u.code).join() === '2021,2022,2023,2024,2025')).toHaveLength(65);
  });

  it('carries the province total exactly: 2021–2024 summed over the 65 communes equals the reported province', () => {
    const expected: Record<number, [number, number, number]> = {
      2021: [192_713, 23_511, 23_247],
      2022: [197_046, 17_842, 22_412],
      2023: [201_371, 12_296, 19_815],
      2024: [205_714, 6_912, 16_451],
    };
    for (const [year, totals] of Object.entries(expected)) {
      const y = Number(year);
      const sum = communes.map((u) => carried.figures('2025-07', u.code, y)!).reduce<[number, number, number]>((t, f) => [t[0] + f.households, t[1] + f.poor, t[2] + f.nearPoor], [0, 0, 0]);
      expect(sum, year).toEqual(totals);
      const province = dataset!.figures('2020-01', '20', y)!;
      expect([province.households, province.poor, province.nearPoor]).toEqual(totals);
    }
  });

  it('splits Bính Xá (06622) half and half between Đình Lập and Kiên Mộc, the odd household to Đình Lập', () => {
    // Bính Xá 2021: 395 households, 67 poor, 75 near-poor
    const dinhLap = carried.figures('2025-07', '06613', 2021)!;
    const kienMoc = carried.figures('2025-07', '06625', 2021)!;
    expect(dinhLap.carried!.parts).toContainEqual({ unit: '06622', share: 0.5 });
    expect(kienMoc.carried!.parts).toContainEqual({ unit: '06622', share: 0.5 });
    // Đình Lập = Đình Lập 06613 (1,207) + 198 of Bính Xá + Châu Sơn 06628 (461)
    const own = (code: string) => dataset!.figures('2020-01', code, 2021)!;
    expect(dinhLap.households).toBe(own('06613').households + 198 + own('06628').households);
    expect(dinhLap.poor).toBe(own('06613').poor + 34 + own('06628').poor);
    expect(kienMoc.households).toBe(own('06619').households + 197 + Math.floor(own('06625').households / 2));
  });

  it('lists indications apart from the official results in the validation report', () => {
    expect(report.evaluations.some((e) => e.basis === 'carried' && e.vintage === '2025-07')).toBe(true);
    expect(report.evaluations.filter((e) => e.vintage === '2020-01').every((e) => e.basis === 'reported')).toBe(true);
  });

  it('downloads the series with a carried column and the old units with their shares', () => {
    const table = carriedTable(dataset!);
    const col = (name: string) => table.fields.findIndex((f) => f.name === name);
    const rows = table.rows.filter((r) => r[0] === '2025-07' && r[1] === '06613');
    expect(rows.map((r) => [r[col('year')], r[col('carried')]])).toEqual([
      [2021, 'true'], [2022, 'true'], [2023, 'true'], [2024, 'true'], [2025, 'false'],
    ]);
    expect(rows[0]![col('from_units')]).toBe('06613:1;06622:0.5;06628:1');
    expect(rows[0]![col('illustrative')]).toBe('true');
    expect(table.rows.every((r) => r[col('vintage')] !== '2020-01')).toBe(true);
    // Its flags are booleans, as every other table's: a spreadsheet gets TRUE/FALSE, not text.
    expect(['carried', 'derived', 'illustrative'].map((name) => fieldKind(table.fields[col(name)]!))).toEqual(['boolean', 'boolean', 'boolean']);
  });
});
