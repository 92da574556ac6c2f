import { describe, expect, it } from 'vitest';
import { figureBasis } from '../src/domain/basis.ts';
import { carriedSeries } from '../src/domain/carried.ts';
import { Dataset } from '../src/domain/dataset.ts';
import { provinceSeries } from '../src/domain/progress.ts';
import { embeddedRelease } from './helpers/build-dataset.ts';
import { basisLabel, type BasisLabel } from '../src/site/basis-view.ts';

const year = (dataset: Dataset, y: number) => provinceSeries(dataset).find((p) => p.year === y)!.figures;

describe('the basis of the province rows, read from the records', () => {
  const dataset = embeddedRelease();
  /** [year, basis, label on the page; the "minh họa" mark goes beside it when illustrative] */
  const cases: [number, ReturnType<typeof figureBasis>, BasisLabel][] = [
    [2021, { kind: 'record', level: undefined, sourceKinds: ['derived'] }, { text: 'ước tính từ tỷ lệ đã công bố', illustrative: false }],
    [2022, { kind: 'sum', level: 'district', sourceKinds: ['synthetic'] }, { text: 'tổng các huyện, thành phố', illustrative: true }],
    [2023, { kind: 'sum', level: 'district', sourceKinds: ['synthetic'] }, { text: 'tổng các huyện, thành phố', illustrative: true }],
    [2024, { kind: 'record', level: undefined, sourceKinds: ['derived'] }, { text: 'ước tính từ tỷ lệ đã công bố', illustrative: false }],
    [2025, { kind: 'record', level: undefined, sourceKinds: ['official'] }, { text: 'công bố', illustrative: false }],
  ];
  it.each(cases)('%i', (y, basis, label) => {
    expect(figureBasis(dataset, year(dataset, y))).toEqual(basis);
    expect(basisLabel(dataset, year(dataset, y))).toEqual(label);
  });

  it('of a figure carried onto today\'s communes: how many old units, the kinds of their sources, never "số liệu báo cáo"', () => {
    // xã Hoa Thám (2025-07) in 2023: xã Hoa Thám and xã Hưng Đạo of 2020, synthetic.
    const carried = carriedSeries(dataset).figures('2025-07', '06073', 2023)!;
    expect(figureBasis(dataset, carried)).toEqual({ kind: 'carried', level: undefined, units: 2, sourceKinds: ['synthetic'] });
    expect(basisLabel(dataset, carried)).toEqual({ text: 'quy đổi từ 2 đơn vị cũ', illustrative: true });
    // The same commune's own record of 2025.
    expect(basisLabel(dataset, dataset.figures('2025-07', '06073', 2025)!)).toEqual({ text: 'số liệu của đơn vị', illustrative: true });
  });

  it('after a real 2025 import without a province row, 2025 is the sum of the communes, official, not "tổng các huyện (minh họa)"', () => {
    const imported = embeddedRelease((o) => {
      o.observations = o.observations.filter((x) => !(x.unit === '20' && x.year === 2025));
      o.sources.push({ id: 's-nhap-2025', kind: 'official', title: 'Quyết định phê duyệt kết quả rà soát năm 2025 (thử)' });
      for (const x of o.observations) if (x.vintage === '2025-07') x.source = 's-nhap-2025';
    });
    const f = year(imported, 2025);
    expect(figureBasis(imported, f)).toEqual({ kind: 'sum', level: 'commune', sourceKinds: ['official'] });
    expect(basisLabel(imported, f)).toEqual({ text: 'tổng các xã, phường, thị trấn (công bố)', illustrative: false });
  });
});
