import type { TargetResult } from '../domain/criteria.ts';
import type { Target } from '../domain/schemas/index.ts';
import { provinceSeries } from '../domain/progress.ts';
import { statusClass, statusText } from '../i18n/results.vi.ts';
import type { SiteData } from './site-data.ts';

export interface TargetRow {
  result: TargetResult;
  status: string;
  statusClass: string;
  /** The figures behind the result rest on synthetic data. */
  illustrative: boolean;
}

export interface TargetView {
  target: Target;
  rows: TargetRow[];
}

/** The province targets of the plan with their yearly results. */
export function targetViews(site: SiteData): TargetView[] {
  const series = provinceSeries(site.dataset);
  const illustrativeYear = (year: number, target: Target) => {
    const figures = series.find((s) => s.year === year)?.figures;
    if (!figures) return false;
    return target.kind === 'province-reduction' && target.indicator === 'ethnic-minority-poor-rate' ? figures.ethnicMinorityIllustrative : figures.illustrative;
  };
  const results = site.engine.evaluateTargets();
  return site.dataset.data.criteria.targets.map((target) => ({
    target,
    rows: results
      .filter((r) => r.target === target.id)
      .map((result) => ({
        result,
        status: statusText(result),
        statusClass: statusClass(result),
        illustrative: target.kind === 'province-reduction' && (illustrativeYear(result.year, target) || illustrativeYear(result.year - 1, target)),
      })),
  }));
}
