import type { Dataset, Figures } from './dataset.ts';
import type { CriteriaFile } from './schemas/criteria.ts';
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

type ProvinceReduction = Extract<CriteriaFile['targets'][number], { kind: 'province-reduction' }>;

/** The plan's yearly reduction of the province poverty rate ("giảm … 2 - 3%/năm"), if the criteria have it. */
export function provinceRateTarget(criteria: CriteriaFile): ProvinceReduction | undefined {
  return criteria.targets.find((x): x is ProvinceReduction => x.kind === 'province-reduction' && x.indicator === 'poor-rate');
}

/** The years of `years` after the plan's period: their figures are shown, but no criterion or target judges them. */
export function yearsAfterPlan(period: { to: number }, years: readonly number[]): number[] {
  return years.filter((year) => year > period.to);
}

/** One year of the plan's path: the rate had it fallen by the most and by the least the plan asks, in hundredths. */
export interface PlanPathYear {
  year: number;
  low: number;
  high: number;
}

/**
 * The plan's path for the province poverty rate ("giảm tỷ lệ hộ nghèo đa chiều 2 - 3%/năm",
 * the `province-reduction` target of the poor rate) from the baseline's rate: for each of
 * `years` from the baseline to the end of the plan's period, the rate had it fallen by the
 * target's upper (`low`) and lower (`high`) number of points every year. None after the
 * period: the plan sets no path for a later year, whose review is shown but not measured
 * against it. Undefined when the criteria have no such target.
 */
export function planRatePath(criteria: CriteriaFile, baseline: { year: number; rate: number }, years: readonly number[]): PlanPathYear[] | undefined {
  const target = provinceRateTarget(criteria);
  if (!target) return undefined;
  const least = Math.round(target.points * 100);
  const most = Math.round((target.bandTo ?? target.points) * 100);
  return years
    .filter((year) => year >= baseline.year && year <= criteria.period.to)
    .map((year) => {
      const n = year - baseline.year;
      return { year, low: Math.max(0, baseline.rate - most * n), high: baseline.rate - least * n };
    });
}
