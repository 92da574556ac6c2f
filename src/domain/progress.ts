import type { Dataset, Figures } from './dataset.ts';
import { divideRounded, rateHundredths } from './rates.ts';

export interface ProvinceYear {
  year: number;
  figures: Figures;
  /** Rates in hundredths of a percent. */
  poorRate: number | undefined;
  nearPoorRate: number | undefined;
}

/** The province's series across vintages, one entry per year that has figures. */
export function provinceSeries(dataset: Dataset): ProvinceYear[] {
  const province = dataset.vintages.flatMap((v) => v.units.filter((u) => u.level === 'province').map((u) => ({ vintage: v.id, code: u.code })))[0];
  if (!province) return [];
  return dataset.years().flatMap((year) => {
    const figures = dataset.figures(province.vintage, province.code, year);
    if (!figures) return [];
    return [{ year, figures, poorRate: rateHundredths(figures.poor, figures.households), nearPoorRate: rateHundredths(figures.nearPoor, figures.households) }];
  });
}

/**
 * Average yearly reduction of the poverty rate between two years, in hundredths of a
 * point: (rate(from) − rate(to)) / (to − from), rounded half away from zero. The
 * press's "bình quân giảm 2,95%/năm" for 2021–2024 is this, in points.
 */
export function averageReduction(series: readonly ProvinceYear[], from: number, to: number): number | undefined {
  const start = series.find((s) => s.year === from)?.poorRate;
  const end = series.find((s) => s.year === to)?.poorRate;
  if (start === undefined || end === undefined || to <= from) return undefined;
  return divideRounded(start - end, to - from);
}
