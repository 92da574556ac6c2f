import { comparableYears } from '../domain/dataset.ts';
import { averageReduction, provinceSeries, type ProvinceYear } from '../domain/progress.ts';
import type { Source } from '../domain/schemas/index.ts';
import type { SiteData } from './site-data.ts';
import { crossVintageCaveat } from './targets-view.ts';

export interface HeadlineYear extends ProvinceYear {
  source: Source | undefined;
}

export interface HomeView {
  /** The latest year with the province's own, non-illustrative record. */
  latest: HeadlineYear | undefined;
  baseline: HeadlineYear | undefined;
  /** Average yearly reduction in hundredths of a point, with its span. */
  averages: { from: number; to: number; value: number; illustrative: boolean; caveat: string | undefined }[];
  series: ProvinceYear[];
  /** The plan's period, which its yearly target is set for. */
  planPeriod: { from: number; to: number };
}

/** The headline figures of the home page, each with the source it comes from. */
export function homeView(site: SiteData): HomeView {
  const series = provinceSeries(site.dataset);
  const withSource = (p: ProvinceYear | undefined): HeadlineYear | undefined =>
    p && { ...p, source: p.figures.derived ? undefined : site.dataset.source(p.figures.sources[0]!) };
  const official = series.filter((p) => !p.figures.derived && !p.figures.illustrative);
  const latest = official.at(-1);
  const baselineYear = site.dataset.baselineYear;
  const baseline = series.find((p) => p.year === baselineYear);
  const averages = official
    .filter((p) => comparableYears(site.dataset, baselineYear, p.year))
    .map((p) => ({
      from: baselineYear,
      to: p.year,
      value: averageReduction(series, baselineYear, p.year)!,
      illustrative: !!baseline?.figures.illustrative,
      caveat: crossVintageCaveat(site, baselineYear, p.year),
    }))
    .filter((a) => a.value !== undefined);
  return {
    latest: withSource(latest),
    baseline: withSource(baseline),
    averages,
    series,
    planPeriod: site.dataset.data.criteria.period,
  };
}
