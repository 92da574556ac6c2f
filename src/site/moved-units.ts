/**
 * Unit pages that an earlier release had at another address: a unit's address carries its
 * name (`/dia-ban/2025-07/20002-dinh-lap/`), so a release that corrects the name moves the
 * page, and every link to the old address (an article, a printed page, a bookmark) would end
 * on "not found". Each old address gets a page that forwards to the unit's page now
 * (src/pages/[...forward].astro). A unit no longer in its boundary period at all is not
 * forwarded: no page stands for it, and the "not found" page offers the search.
 */
import type { Unit } from '../domain/schemas/index.ts';
import type { ForwardedAddress } from './trimmed-addresses.ts';
import { unitPath } from './urls.ts';

export interface UnitsOfRelease {
  vintages: readonly { id: string; units: readonly Pick<Unit, 'code' | 'name'>[] }[];
}

/** The old addresses of units the shown release has under another, each once, and where each leads. */
export function movedUnitAddresses(earlier: readonly UnitsOfRelease[], shown: UnitsOfRelease): ForwardedAddress[] {
  const now = new Map<string, string>();
  for (const vintage of shown.vintages) for (const unit of vintage.units) now.set(`${vintage.id}|${unit.code}`, unitPath(vintage.id, unit));
  const current = new Set(now.values());
  const moved = new Map<string, string>();
  for (const release of earlier) {
    for (const vintage of release.vintages) {
      for (const unit of vintage.units) {
        const path = unitPath(vintage.id, unit);
        const target = now.get(`${vintage.id}|${unit.code}`);
        if (target !== undefined && !current.has(path) && !moved.has(path)) moved.set(path, target);
      }
    }
  }
  return [...moved].map(([path, target]) => ({ path, target }));
}
