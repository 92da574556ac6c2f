import type { SiteData } from './site-data.ts';
import { unitPath } from './urls.ts';

export interface BrowseLink {
  path: string;
  /** How many units the page lists. */
  count: number;
}

export interface NotFoundView {
  /** The province's page on today's boundaries: it lists every commune and ward. */
  communes: (BrowseLink & { since: string }) | undefined;
  /** The province's page on the earliest boundaries with districts (as the search page lists them), and until when they held. */
  districts: (BrowseLink & { before: string | undefined }) | undefined;
}

/** Where the 404 page sends a reader who was looking for a place. */
export function notFoundView(site: SiteData): NotFoundView {
  const { vintages } = site.dataset;
  const provinceChildren = (vintage: (typeof vintages)[number], level: 'commune' | 'district') => {
    const province = vintage.units.find((u) => u.level === 'province');
    const count = province ? vintage.units.filter((u) => u.level === level && u.parent === province.code).length : 0;
    return province && count > 0 ? { path: unitPath(vintage.id, province), count } : undefined;
  };
  const newest = vintages.at(-1);
  const communes = newest && provinceChildren(newest, 'commune');
  const withDistricts = vintages.find((v) => provinceChildren(v, 'district'));
  const districts = withDistricts && provinceChildren(withDistricts, 'district');
  const abolished = newest !== undefined && !newest.units.some((u) => u.level === 'district');
  return {
    communes: newest && communes ? { ...communes, since: newest.validFrom } : undefined,
    districts: districts && { ...districts, before: abolished ? newest.validFrom : undefined },
  };
}
