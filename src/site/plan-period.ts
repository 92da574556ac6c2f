import { yearsNotCompared } from '../domain/dataset.ts';
import { yearsAfterPlan } from '../domain/progress.ts';
import type { SiteData } from './site-data.ts';

/** Years shown on a page that the plan does not judge, with the plan's period to say so. */
export interface AfterPlan {
  years: number[];
  period: { from: number; to: number };
  /** Of `years`, those not compared with earlier years either (`yearsNotCompared`). */
  notCompared: number[];
  /** The years that compare with one another: from the baseline to the last review under the plan's standard. */
  compared: { from: number; to: number };
}

/**
 * The years of `years` (by default every year of the release) after the plan's period: their
 * figures are shown, but no criterion or target judges them (docs/criteria.md), which a page
 * that shows both must say; and those of them no fall is given for, unless the province
 * confirmed their review under the plan's standard (`standardThrough`). Undefined when there are none.
 */
export function afterPlan(site: SiteData, years: readonly number[] = site.dataset.years()): AfterPlan | undefined {
  const { dataset } = site;
  const { period } = dataset.data.criteria;
  const after = yearsAfterPlan(period, years);
  if (after.length === 0) return undefined;
  return {
    years: after,
    period: { from: period.from, to: period.to },
    notCompared: yearsNotCompared(dataset, after),
    compared: { from: dataset.baselineYear, to: dataset.lastComparableYear },
  };
}
