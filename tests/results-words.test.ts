import { describe, expect, it } from 'vitest';
import { CriteriaEngine } from '../src/domain/criteria.ts';
import * as en from '../src/i18n/results.en.ts';
import * as vi from '../src/i18n/results.vi.ts';
import { unitPage as unitPageEn } from '../src/i18n/unit-page.en.ts';
import { unitPage as unitPageVi } from '../src/i18n/unit-page.vi.ts';
import { buildDataset, type SeriesSpec } from './helpers/build-dataset.ts';

/**
 * The reason written under a zone commune's result (the scale alternative alone), in both
 * languages, where the baseline has few or no poor and near-poor households: the words must
 * say what the figures did. [case, series 2021 and 2024, Vietnamese reason, English reason].
 */
const cases: [string, SeriesSpec, string, string][] = [
  ['none then, none now', { 2021: [500, 0, 0], 2024: [500, 0, 0] }, '0 → 0 hộ (không đổi so với năm 2021), chưa trên 50%', '0 → 0 (unchanged on 2021), not more than 50%'],
  ['none then, some now', { 2021: [500, 0, 0], 2024: [500, 3, 2] }, '0 → 5 hộ (tăng so với năm 2021), chưa trên 50%', '0 → 5 (up on 2021), not more than 50%'],
  ['some then, more now', { 2021: [500, 3, 1], 2024: [500, 3, 2] }, '4 → 5 hộ (tăng 25,00% so với năm 2021), chưa trên 50%', '4 → 5 (up 25.00% on 2021), not more than 50%'],
  ['some then, fewer now', { 2021: [500, 3, 1], 2024: [500, 1, 0] }, '4 → 1 hộ (giảm 75,00% so với năm 2021), trên 50%: đạt', '4 → 1 (down 75.00% on 2021), more than 50%: met'],
];

describe('the scale reason says what the figures did', () => {
  it.each(cases)('%s', (_, series, words, english) => {
    const zone = [{ kind: 'zone' as const, value: 'I' as const, from: 2021, to: null, source: 's-test' }];
    const dataset = buildDataset([{ code: '20', level: 'province' }, { code: '10001', level: 'commune', parent: '20', classifications: zone, series }]);
    const e = new CriteriaEngine(dataset).evaluateUnit('2020-01', dataset.unit('2020-01', '10001')!).find((x) => x.asOf === 2024)!;
    expect(vi.explainEvaluation(e, 2021).join(' ')).toContain(words);
    expect(en.explainEvaluation(e, 2021).join(' ')).toContain(english);
  });
});

/**
 * The sentence under a unit page's comparison says the basis of each rate: a carried unit's
 * and district's against the province's own published figure, which is never carried.
 */
describe('the basis of the rates a unit page compares', () => {
  const side = (label: string, carried: boolean) => ({ label, carried });
  it.each([
    [
      'all reported',
      [side('xã A', false), side('huyện B', false), side('tỉnh Lạng Sơn', false)],
      'Cả ba đều là số liệu của chính từng đơn vị trong năm đó, không quy đổi.',
      'All three are each unit’s own figures for that year, not carried.',
    ],
    [
      'all carried',
      [side('xã A', true), side('huyện B', true)],
      'Cả hai đều là số liệu quy đổi từ các đơn vị cũ theo cùng một cách, của năm đó.',
      'Both are figures carried from the former units the same way, for that year.',
    ],
    [
      'a ward and its city carried, the province reported',
      [side('phường A', true), side('thành phố B', true), side('tỉnh Lạng Sơn', false)],
      'Số liệu của phường A và thành phố B là số liệu quy đổi từ các đơn vị cũ theo cùng một cách; số liệu của tỉnh Lạng Sơn là số liệu của chính đơn vị đó trong năm đó.',
      'The figures of phường A and thành phố B are carried from the former units the same way; that of tỉnh Lạng Sơn is its own figure, for that year.',
    ],
    [
      'a district carried, the province reported',
      [side('huyện B', true), side('tỉnh Lạng Sơn', false)],
      'Số liệu của huyện B là số liệu quy đổi từ các đơn vị cũ; số liệu của tỉnh Lạng Sơn là số liệu của chính đơn vị đó trong năm đó.',
      'The figure of huyện B is carried from the former units; that of tỉnh Lạng Sơn is its own figure, for that year.',
    ],
  ])('%s', (_, sides, vietnamese, english) => {
    expect(unitPageVi.compareBasis(sides)).toBe(vietnamese);
    expect(unitPageEn.compareBasis(sides)).toBe(english);
  });
});
