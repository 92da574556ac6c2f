import { describe, expect, it } from 'vitest';
import { CriteriaEngine, type ConsecutiveReductionResult, type ScaleReductionResult, type TargetResult } from '../src/domain/criteria.ts';
import type { Classification } from '../src/domain/schemas/index.ts';
import { buildDataset, realCriteria, seriesFromPoor, type SeriesSpec } from './helpers/build-dataset.ts';

const province = { code: '20', level: 'province' as const };
const poorDistrict = (to: number | null = null) => [{ kind: 'poor-district' as const, from: 2021, to, source: 's-test' }];
const criterion = (id: string) => realCriteria.criteria.find((c) => c.id === id)!;

function evaluateDistrict(poor: Record<number, number>, asOf: number, classifications = poorDistrict(), nearPoor = 0) {
  const dataset = buildDataset([province, { code: '101', level: 'district', parent: '20', classifications, series: seriesFromPoor(poor, nearPoor) }]);
  const engine = new CriteriaEngine(dataset);
  return engine.evaluateUnit('2020-01', dataset.unit('2020-01', '101')!).filter((e) => e.asOf === asOf);
}

describe('consecutive reduction (district-poor: ≥ 6 points in each of 3 years)', () => {
  it('is met at exactly 6.00 points every year', () => {
    const [e] = evaluateDistrict({ 2021: 3000, 2022: 2400, 2023: 1800, 2024: 1200 }, 2024);
    expect(e).toMatchObject({ criterion: 'district-poor', met: true, evaluable: true });
    expect((e!.alternatives[0] as ConsecutiveReductionResult).years.map((y) => y.reduction)).toEqual([600, 600, 600]);
  });
  it('is not met when one year falls to 5.99', () => {
    const [e] = evaluateDistrict({ 2021: 3000, 2022: 2400, 2023: 1801, 2024: 1201 }, 2024);
    expect(e).toMatchObject({ criterion: 'district-poor', met: false, evaluable: true });
    expect((e!.alternatives[0] as ConsecutiveReductionResult).years.map((y) => y.reduction)).toEqual([600, 599, 600]);
  });
  it('computes no reduction across the baseline, so 2023 cannot be evaluated', () => {
    const [e] = evaluateDistrict({ 2021: 3000, 2022: 2000, 2023: 1000, 2024: 500 }, 2023);
    expect(e).toMatchObject({ criterion: 'district-poor', met: false, evaluable: false });
    expect((e!.alternatives[0] as ConsecutiveReductionResult).years[0]).toEqual({ year: 2021, missing: 'before-baseline' });
  });
  it('reports a missing year as not evaluable, never as met', () => {
    const [e] = evaluateDistrict({ 2021: 3000, 2022: 2000, 2024: 500 }, 2024);
    expect(e).toMatchObject({ met: false, evaluable: false });
    const years = (e!.alternatives[0] as ConsecutiveReductionResult).years;
    expect(years.filter((y) => y.missing === 'no-figures').map((y) => y.year)).toEqual([2023, 2024]);
  });
  it('rounds each rate before taking the difference (14.38 − 8.37 = 6.01)', () => {
    const dataset = buildDataset([
      province,
      // 161/1,120 = 14.375% → 14.38; 8.37% exactly
      { code: '101', level: 'district', parent: '20', series: { 2021: [1120, 161, 0], 2022: [10_000, 837, 0] } },
    ]);
    const engine = new CriteriaEngine(dataset);
    expect(engine.reduction('2020-01', '101', 2022).reduction).toBe(601);
  });
});

describe('scale reduction (> 50% of poor + near-poor against the baseline)', () => {
  const scaleResult = (baseline: [number, number], now: [number, number]) => {
    const dataset = buildDataset([
      province,
      { code: '102', level: 'district', parent: '20', series: { 2021: [10_000, ...baseline], 2022: [10_000, ...now] } },
    ]);
    const [e] = new CriteriaEngine(dataset).evaluateUnit('2020-01', dataset.unit('2020-01', '102')!);
    return { e: e!, scale: e!.alternatives.find((a) => a.kind === 'scale-reduction') as ScaleReductionResult };
  };
  it('is not met at exactly half', () => {
    const { e, scale } = scaleResult([600, 400], [300, 200]);
    expect(scale).toMatchObject({ baselineScale: 1000, scale: 500, met: false, evaluable: true });
    expect(e).toMatchObject({ criterion: 'district-other', met: false, evaluable: true });
  });
  it('is met just over half', () => {
    const { e, scale } = scaleResult([600, 400], [300, 199]);
    expect(scale).toMatchObject({ baselineScale: 1000, scale: 499, met: true });
    expect(e).toMatchObject({ criterion: 'district-other', met: true, evaluable: true });
  });
  it('works with odd baselines exactly (2 × 500 < 1001)', () => {
    expect(scaleResult([601, 400], [300, 200]).scale.met).toBe(true);
  });
  it('makes the criterion evaluable through one alternative while the other lacks years', () => {
    const { e } = scaleResult([600, 400], [300, 199]);
    expect(e.alternatives.map((a) => a.evaluable)).toEqual([false, true]);
    expect(e.asOf).toBe(2022);
  });
});

describe('classification in force in the as-of year', () => {
  it('a poor-district classification ending in 2023 is judged as district-poor until 2023 and district-other from 2024', () => {
    const dataset = buildDataset([
      province,
      { code: '101', level: 'district', parent: '20', classifications: poorDistrict(2023), series: seriesFromPoor({ 2021: 3000, 2022: 2500, 2023: 2000, 2024: 1500 }) },
    ]);
    const results = new CriteriaEngine(dataset).evaluateUnit('2020-01', dataset.unit('2020-01', '101')!);
    expect(results.map((e) => [e.criterion, e.asOf])).toEqual([
      ['district-poor', 2022],
      ['district-poor', 2023],
      ['district-other', 2024],
    ]);
    // 5 points a year: under district-poor's 6, over district-other's 4
    expect(results.at(-1)).toMatchObject({ met: true, evaluable: true });
  });
  it('applies commune criteria by classification and none to an unclassified commune', () => {
    const zone = { kind: 'zone' as const, value: 'III' as const, from: 2021, to: null, source: 's-test' };
    const hard = { kind: 'especially-difficult' as const, from: 2021, to: null, source: 's-test' };
    const series = seriesFromPoor({ 2021: 3000, 2022: 2000 });
    const dataset = buildDataset([
      province,
      { code: '101', level: 'district', parent: '20' },
      { code: '10001', level: 'commune', parent: '101', classifications: [zone, hard], series },
      { code: '10002', level: 'commune', parent: '101', series },
    ]);
    const engine = new CriteriaEngine(dataset);
    expect(engine.evaluateUnit('2020-01', dataset.unit('2020-01', '10001')!).map((e) => e.criterion)).toEqual([
      'commune-especially-difficult',
      'commune-zone',
    ]);
    expect(engine.evaluateUnit('2020-01', dataset.unit('2020-01', '10002')!)).toEqual([]);
    expect(criterion('village').appliesTo.level).toBe('village');
  });
});

describe('province targets', () => {
  it('meets the rate target at exactly 2 points, flags above 3 as exceeding, and derives figures from districts', () => {
    const dataset = buildDataset([
      { ...province, series: seriesFromPoor({ 2021: 1500 }) },
      { code: '101', level: 'district', parent: '20', classifications: poorDistrict(), series: seriesFromPoor({ 2021: 1500, 2022: 1300, 2023: 960 }) },
    ]);
    const targets = new CriteriaEngine(dataset).evaluateTargets();
    const rate = targets.filter((t) => t.target === 'province-rate-reduction');
    expect(rate).toEqual([
      { target: 'province-rate-reduction', year: 2022, met: true, evaluable: true, value: 2, exceeding: false },
      { target: 'province-rate-reduction', year: 2023, met: true, evaluable: true, value: 3.4, exceeding: true },
    ]);
    expect(dataset.figures('2020-01', '20', 2022)).toMatchObject({ derived: true, poor: 1300, illustrative: true });
    expect(targets.filter((t) => t.target === 'province-ethnic-minority-reduction').every((t) => !t.evaluable)).toBe(true);
    expect(targets.find((t) => t.target === 'poor-district-exit')).toEqual({
      target: 'poor-district-exit', year: 2025, met: false, evaluable: true, value: 0,
    });
  });
  it('counts a poor district whose classification ended by 2025 as an exit', () => {
    const dataset = buildDataset([
      { ...province, series: seriesFromPoor({ 2021: 1500 }) },
      { code: '101', level: 'district', parent: '20', classifications: poorDistrict(2024) },
    ]);
    expect(new CriteriaEngine(dataset).evaluateTargets().find((t) => t.target === 'poor-district-exit')).toMatchObject({ met: true, value: 1 });
  });
});

describe("the plan's period (2021–2025) and the years an award can rest on", () => {
  // 600 fewer poor each year: ≥ 6 points every year, including 2026, a year the plan does not cover
  const series = seriesFromPoor({ 2021: 4000, 2022: 3400, 2023: 2800, 2024: 2200, 2025: 1600, 2026: 1000 });
  const dataset = buildDataset([
    { ...province, series },
    { code: '101', level: 'district', parent: '20', classifications: poorDistrict(), series },
  ]);
  const engine = new CriteriaEngine(dataset);

  it('judges no year after the plan ends, though the figures go on', () => {
    expect(engine.evaluateUnit('2020-01', dataset.unit('2020-01', '101')!).map((e) => e.asOf)).toEqual([2022, 2023, 2024, 2025]);
    expect(engine.evaluateTargets().filter((t) => t.target === 'province-rate-reduction').map((t) => t.year)).toEqual([2022, 2023, 2024, 2025]);
  });
  it.each([
    // [decision year, last as-of year it can rest on]
    [2023, 2022],
    [2024, 2023],
    [2025, 2024],
    [2026, 2025],
    [2027, 2025],
  ])('lets a decision of %i rest on the reviews up to %i', (decisionYear, last) => {
    expect(engine.lastClaimYear(decisionYear)).toBe(last);
  });
});

/**
 * Every threshold of the plan at exactly its value: "từ X trở lên" (≥) is met there, "trên X"
 * (>) is not. [what, series of 10,000 households (poor counts = rate in hundredths), expected met].
 */
describe('each threshold at exactly its value', () => {
  const hard: Classification[] = [{ kind: 'especially-difficult', from: 2021, to: null, source: 's-test' }];
  const zoneIII: Classification[] = [{ kind: 'zone', value: 'III', from: 2021, to: null, source: 's-test' }];
  const unitCases: [string, string, Classification[] | undefined, 'district' | 'commune', SeriesSpec, boolean][] = [
    ['district-poor: 6,00 points three years in a row', 'district-poor', poorDistrict(), 'district', seriesFromPoor({ 2021: 3000, 2022: 2400, 2023: 1800, 2024: 1200 }), true],
    ['district-other: 4,00 points three years in a row', 'district-other', undefined, 'district', seriesFromPoor({ 2021: 3000, 2022: 2600, 2023: 2200, 2024: 1800 }), true],
    ['district-other: 3,99 points one year (scale 40% down)', 'district-other', undefined, 'district', seriesFromPoor({ 2021: 3000, 2022: 2600, 2023: 2201, 2024: 1800 }), false],
    ['commune-especially-difficult: 6,00 points three years in a row', 'commune-especially-difficult', hard, 'commune', seriesFromPoor({ 2021: 3000, 2022: 2400, 2023: 1800, 2024: 1200 }), true],
    ['commune-zone: poor + near-poor exactly half (3,000 → 1,500)', 'commune-zone', zoneIII, 'commune', { 2021: [10_000, 2000, 1000], 2024: [10_000, 1000, 500] }, false],
    ['commune-zone: one household past half (3,000 → 1,499)', 'commune-zone', zoneIII, 'commune', { 2021: [10_000, 2000, 1000], 2024: [10_000, 999, 500] }, true],
  ];
  it.each(unitCases)('%s', (_what, id, classifications, level, series, met) => {
    const code = level === 'district' ? '101' : '10001';
    const dataset = buildDataset([
      province,
      { code: '101', level: 'district', parent: '20', ...(level === 'district' ? { classifications, series } : {}) },
      ...(level === 'commune' ? [{ code, level, parent: '101', classifications, series }] : []),
    ]);
    const e = new CriteriaEngine(dataset).evaluateUnit('2020-01', dataset.unit('2020-01', code)!).find((x) => x.criterion === id && x.asOf === 2024);
    expect(e).toMatchObject({ evaluable: true, met });
  });

  const targetCases: [string, string, [number, number], [number, number], Partial<TargetResult>][] = [
    ['province-rate-reduction: 2,00 points is met', 'province-rate-reduction', [10_000, 1500], [10_000, 1300], { value: 2, met: true, exceeding: false }],
    ['province-rate-reduction: 3,00 points is within the 2–3 band', 'province-rate-reduction', [10_000, 1500], [10_000, 1200], { value: 3, met: true, exceeding: false }],
    ['province-rate-reduction: 3,01 points exceeds the band', 'province-rate-reduction', [10_000, 1500], [10_000, 1199], { value: 3.01, met: true, exceeding: true }],
    ['province-ethnic-minority-reduction: 3,00 points is not "trên 3%"', 'province-ethnic-minority-reduction', [10_000, 1500], [10_000, 1200], { value: 3, met: false }],
    ['province-ethnic-minority-reduction: 3,01 points is', 'province-ethnic-minority-reduction', [10_000, 1500], [10_000, 1199], { value: 3.01, met: true }],
  ];
  it.each(targetCases)('%s', (_what, id, from, to, expected) => {
    const dataset = buildDataset([
      {
        ...province,
        series: { 2021: [from[0], from[1], 0], 2022: [to[0], to[1], 0] },
        ethnicMinority: { 2021: from, 2022: to },
      },
    ]);
    expect(new CriteriaEngine(dataset).evaluateTargets().find((t) => t.target === id && t.year === 2022)).toMatchObject({ evaluable: true, ...expected });
  });
});
