/**
 * Unit pages that an earlier release had and the shown release has not at that address. A
 * unit's address carries its name (`/dia-ban/2025-07/20002-dinh-lap/`), so a release that
 * corrects the name moves the page; a release that corrects a wrong code, or drops a boundary
 * period, removes it. Every link to the old address (an article, a printed page, a bookmark)
 * would end on "not found". Each gets a page that forwards (src/pages/[...forward].astro): to
 * the unit's page now when its period still has the code, else to the page of the latest
 * release that had it, where that release's data are kept for good.
 */
import type { Unit } from '../domain/schemas/index.ts';
import type { ForwardedAddress } from './forwarding.ts';
import { releasePath, unitPath } from './urls.ts';

export interface UnitsOfRelease {
  vintages: readonly { id: string; units: readonly Pick<Unit, 'code' | 'name'>[] }[];
}

export interface UnitAddresses {
  /** Renamed: the unit's page now. */
  moved: ForwardedAddress[];
  /** No longer a unit of the shown release: the page of the latest release that had it. */
  gone: ForwardedAddress[];
}

/** The old unit addresses of `earlier` releases (oldest first), each once, and where each leads. */
export function earlierUnitAddresses(earlier: readonly (UnitsOfRelease & { id: string })[], shown: UnitsOfRelease): UnitAddresses {
  const now = new Map<string, string>();
  for (const vintage of shown.vintages) for (const unit of vintage.units) now.set(`${vintage.id}|${unit.code}`, unitPath(vintage.id, unit));
  const current = new Set(now.values());
  const moved = new Map<string, string>();
  const gone = new Map<string, string>();
  // Newest first: a unit gone from the shown release leads to the last release that had it.
  for (const release of [...earlier].reverse()) {
    for (const vintage of release.vintages) {
      for (const unit of vintage.units) {
        const path = unitPath(vintage.id, unit);
        if (current.has(path) || moved.has(path) || gone.has(path)) continue;
        const target = now.get(`${vintage.id}|${unit.code}`);
        if (target !== undefined) moved.set(path, target);
        else gone.set(path, releasePath(release.id));
      }
    }
  }
  const list = (m: Map<string, string>) => [...m].map(([path, target]) => ({ path, target }));
  return { moved: list(moved), gone: list(gone) };
}
