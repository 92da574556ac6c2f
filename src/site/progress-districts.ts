/**
 * The districts of /tien-do/, each on a page of its own (`/tien-do/<vintage>/<code>-<slug>/`, its
 * chart), and one row each on /tien-do/ with the first and the latest year's rate: the overview
 * grows by a table row per district, not by a chart, so it stays light at national scale.
 */
import { rateHundredths } from '../domain/rates.ts';
import { currentLang } from '../i18n/current.ts';
import type { Lang } from '../i18n/lang.ts';
import { districtMultiples, type ProgressChart } from './progress-view.ts';
import type { SiteData } from './site-data.ts';
import type { UnitRef } from './unit-view.ts';
import { progressDistrictPath } from './urls.ts';

export interface RateAt {
  year: number;
  /** Hundredths of a percent. */
  value: number;
  illustrative: boolean;
}

export interface ProgressDistrict {
  ref: UnitRef;
  /** This district's page under /tien-do/. */
  path: string;
  slug: string;
  chart: ProgressChart;
  first: RateAt | undefined;
  latest: RateAt | undefined;
}

// Per language: the charts' titles and descriptions are words of the page.
const cache = new WeakMap<SiteData, Map<Lang, ProgressDistrict[]>>();

/** Every district with its chart and its first and latest rate, in the order of /tien-do/; computed once per build and language. */
export function progressDistricts(site: SiteData): ProgressDistrict[] {
  const byLang = cache.get(site) ?? new Map<Lang, ProgressDistrict[]>();
  cache.set(site, byLang);
  const cached = byLang.get(currentLang());
  if (cached) return cached;
  const districts = districtMultiples(site).map((chart) => {
    const { vintage, unit } = chart.ref;
    const rates = site.dataset.seriesYears(vintage, unit.code).flatMap((year) => {
      const f = site.dataset.figures(vintage, unit.code, year)!;
      const value = rateHundredths(f.poor, f.households);
      return value === undefined ? [] : [{ year, value, illustrative: f.illustrative }];
    });
    const path = progressDistrictPath(vintage, unit);
    return { ref: chart.ref, path, slug: path.split('/').at(-2)!, chart, first: rates[0], latest: rates.length > 1 ? rates.at(-1) : undefined };
  });
  byLang.set(currentLang(), districts);
  return districts;
}
