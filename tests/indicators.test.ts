import { describe, expect, it } from 'vitest';
import { CriteriaEngine } from '../src/domain/criteria.ts';
import { yearsNotCompared } from '../src/domain/dataset.ts';
import { criteriaStatus, indicators } from '../src/domain/indicators.ts';
import { buildDataset, realCriteria, seriesFromPoor } from './helpers/build-dataset.ts';

const hard = [{ kind: 'especially-difficult' as const, from: 2021, to: null, source: 's-test' }];
const dataset = buildDataset([
  { code: '20', level: 'province' },
  { code: '101', level: 'district', parent: '20' },
  // 161/1,120 = 14.375% rounds to 14.38
  { code: '10001', level: 'commune', parent: '101', classifications: hard, series: { 2021: [1120, 161, 39], 2022: [1000, 80, 20], 2023: [1000, 50, 40] } },
  { code: '10002', level: 'commune', parent: '101', series: seriesFromPoor({ 2021: 1000, 2022: 1200 }, 100) },
]);
const engine = new CriteriaEngine(dataset);
const at = (id: keyof typeof indicators, code: string, year: number) => indicators[id].compute(dataset, '2020-01', code, year).value;

describe('indicators', () => {
  it('computes rates in exact hundredths', () => {
    expect(at('poor-rate', '10001', 2021)).toBe(1438);
    expect(at('near-poor-rate', '10001', 2021)).toBe(348);
  });
  it('computes the yearly reduction in points, none in the baseline year', () => {
    expect(at('reduction', '10001', 2022)).toBe(1438 - 800);
    expect(at('reduction', '10001', 2021)).toBeUndefined();
    expect(at('reduction', '10002', 2022)).toBe(-200);
  });
  it('computes the signed change of poor + near-poor against the baseline', () => {
    // 200 → 100 households: 50% gone
    expect(at('scale-reduction', '10001', 2022)).toBe(5000);
    // 1,100 → 1,300: grew by 18.18%
    expect(at('scale-reduction', '10002', 2022)).toBe(-1818);
  });
  it('derives the district from its communes and marks the sum', () => {
    const value = indicators['poor-rate'].compute(dataset, '2020-01', '101', 2022);
    expect(value).toMatchObject({ derived: true, illustrative: true });
  });
  it('gives a criteria status per unit and year', () => {
    // 200 → 100 poor + near-poor is exactly half: not met; 200 → 90 is met
    expect(criteriaStatus(engine, dataset, '2020-01', '10001', 2022)).toBe('not-met');
    expect(criteriaStatus(engine, dataset, '2020-01', '10001', 2023)).toBe('met');
    expect(criteriaStatus(engine, dataset, '2020-01', '10002', 2022)).toBe('not-applicable');
    expect(criteriaStatus(engine, dataset, '2020-01', '10001', 2021)).toBe('not-applicable');
  });
  it('gives no criteria status after the plan ends (2025), however far the figures go', () => {
    const later = buildDataset([
      { code: '20', level: 'province' },
      { code: '10001', level: 'commune', parent: '20', classifications: hard, series: seriesFromPoor({ 2021: 1000, 2025: 900, 2026: 100 }) },
    ]);
    const laterEngine = new CriteriaEngine(later);
    // 1,000 → 100 poor by 2026 would be met; 2026 is outside the plan's 2021–2025
    expect(criteriaStatus(laterEngine, later, '2020-01', '10001', 2025)).toBe('not-met');
    expect(criteriaStatus(laterEngine, later, '2020-01', '10001', 2026)).toBe('not-applicable');
  });
  it('compares no year after the plan (the 2026 review may use another poverty standard), on either basis', () => {
    const later = buildDataset([
      { code: '20', level: 'province' },
      { code: '10001', level: 'commune', parent: '20', series: seriesFromPoor({ 2021: 1000, 2024: 950, 2025: 900, 2026: 100, 2027: 50 }) },
    ]);
    const value = (id: keyof typeof indicators, year: number) => indicators[id].compute(later, '2020-01', '10001', year).value;
    expect(value('reduction', 2025)).toBe(50);
    expect(value('scale-reduction', 2025)).toBeGreaterThan(0);
    for (const year of [2026, 2027]) {
      expect(value('poor-rate', year), `${year}`).toBeDefined();
      expect(value('reduction', year), `${year}`).toBeUndefined();
      expect(value('scale-reduction', year), `${year}`).toBeUndefined();
    }
    const reported = new CriteriaEngine(later);
    expect(reported.reduction('2020-01', '10001', 2025)).toEqual({ year: 2025, reduction: 50 });
    expect(reported.reduction('2020-01', '10001', 2026)).toEqual({ year: 2026, missing: 'after-plan' });
    expect(reported.reduction('2020-01', '10001', 2021)).toEqual({ year: 2021, missing: 'before-baseline' });
    const carried = new CriteriaEngine(later, 'carried');
    expect(indicators.reduction.compute(carried, '2020-01', '10001', 2026).value).toBeUndefined();
    expect(carried.reduction('2020-01', '10001', 2026).missing).toBe('after-plan');
    // The years a page must say have no fall: the same rule.
    expect(yearsNotCompared(later, [2021, 2025, 2026, 2027])).toEqual([2026, 2027]);
  });
  it('compares a later year the province confirmed under the plan\'s standard (standardThrough), and judges it by no criterion', () => {
    const units = [
      { code: '20', level: 'province' as const },
      { code: '10001', level: 'commune' as const, parent: '20', classifications: hard, series: seriesFromPoor({ 2021: 1000, 2024: 950, 2025: 900, 2026: 100, 2027: 50 }) },
    ];
    const confirmed = buildDataset(units, '2020-01', {
      ...realCriteria,
      standardThrough: { year: 2026, quote: 'Rà soát năm 2026 theo chuẩn nghèo giai đoạn 2022–2025.', source: { id: 'qd-2026', kind: 'official', title: 'Quyết định phê duyệt kết quả rà soát năm 2026' } },
    });
    const value = (id: keyof typeof indicators, year: number) => indicators[id].compute(confirmed, '2020-01', '10001', year).value;
    expect(value('reduction', 2026)).toBeGreaterThan(0);
    expect(value('scale-reduction', 2026)).toBeGreaterThan(0);
    expect(value('reduction', 2027)).toBeUndefined();
    expect(new CriteriaEngine(confirmed).reduction('2020-01', '10001', 2027)).toEqual({ year: 2027, missing: 'after-plan' });
    expect(yearsNotCompared(confirmed, [2021, 2025, 2026, 2027])).toEqual([2027]);
    // 1,000 → 100 poor by 2026 would meet the criterion: 2026 is still outside the plan's 2021–2025.
    expect(criteriaStatus(new CriteriaEngine(confirmed), confirmed, '2020-01', '10001', 2026)).toBe('not-applicable');
  });
});
