import { yearsAfterPlan } from '../domain/progress.ts';
import type { SiteData } from './site-data.ts';

/** Years shown on a page that the plan does not judge, with the plan's period to say so. */
export interface AfterPlan {
  years: number[];
  period: { from: number; to: number };
}

/**
 * The years of `years` (by default every year of the release) after the plan's period: their
 * figures are shown, but no criterion or target judges them (docs/criteria.md), which a page
 * that shows both must say. Undefined when there are none.
 */
export function afterPlan(site: SiteData, years: readonly number[] = site.dataset.years()): AfterPlan | undefined {
  const { period } = site.dataset.data.criteria;
  const after = yearsAfterPlan(period, years);
  return after.length > 0 ? { years: after, period: { from: period.from, to: period.to } } : undefined;
}
