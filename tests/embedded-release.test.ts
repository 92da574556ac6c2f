import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageReduction, provinceSeries } from '../src/domain/progress.ts';
import { validate } from '../src/domain/validation/validate.ts';

const { report, dataset } = validate({ dataRoot: 'data' });
const series = provinceSeries(dataset!);
const year = (y: number) => series.find((s) => s.year === y)!;

describe('the embedded release', () => {
  it('validates without errors or warnings', () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.release).toBe(JSON.parse(readFileSync('data/releases/index.json', 'utf8')).current);
    expect(report.release).toBe('2026.2');
  });
  it('reproduces the published province rates', () => {
    expect([year(2021).poorRate, year(2021).nearPoorRate]).toEqual([1220, 1206]);
    expect([year(2024).poorRate, year(2024).nearPoorRate]).toEqual([336, 800]);
    expect([year(2025).poorRate, year(2025).nearPoorRate]).toEqual([232, 680]);
    expect(year(2025).figures).toMatchObject({ households: 199_765, poor: 4643, nearPoor: 13_578, derived: false, illustrative: false });
    expect(year(2021).figures).toMatchObject({ poor: 23_511, nearPoor: 23_247, derived: false, illustrative: false });
  });
  it('gives the press\'s average reduction of 2.95 points a year for 2021–2024', () => {
    expect(averageReduction(series, 2021, 2024)).toBe(295);
    // with the official 2025 result: (12.20 − 2.32) / 4 = 2.47
    expect(averageReduction(series, 2021, 2025)).toBe(247);
  });
  it('names its sources: official for 2025, derived (press counts) for 2021', () => {
    const source = (y: number) => dataset!.source(year(y).figures.sources[0]!)!;
    expect(source(2025)).toMatchObject({ kind: 'official', date: '2026-01-15' });
    expect(source(2025).title).toContain('83/QĐ-UBND');
    expect(source(2021).kind).toBe('derived');
    expect(source(2021).note).toMatch(/Dân Việt/);
  });
  it('marks the unpublished 2022 and 2023 province figures as derived from illustrative ones', () => {
    expect(year(2022).figures).toMatchObject({ derived: true, illustrative: true });
    expect(year(2023).figures).toMatchObject({ derived: true, illustrative: true });
  });
  it('reports the 2025 reduction of 1.04 points as below the plan', () => {
    expect(report.targets.find((t) => t.target === 'province-rate-reduction' && t.year === 2025)).toMatchObject({ value: 1.04, met: false });
  });
});
