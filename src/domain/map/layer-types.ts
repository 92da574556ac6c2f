/**
 * How many units of each type ("xã", "phường", "thành phố"…) a layer has: what its label
 * names ("Xã, phường, thị trấn", src/i18n/map.*.ts). Counted once per vintage and level:
 * every map page labels every layer (MapControls), and counting the vintage's units for
 * each page made a national build's cost grow with the square of its units.
 */
import type { Unit, Vintage } from '../schemas/index.ts';
import type { GeoLevel } from './geo.ts';

const memo = new WeakMap<Pick<Vintage, 'units'>, Map<GeoLevel, ReadonlyMap<Unit['type'], number>>>();

export function unitTypeCounts(vintage: Pick<Vintage, 'units'>, level: GeoLevel): ReadonlyMap<Unit['type'], number> {
  let byLevel = memo.get(vintage);
  if (!byLevel) memo.set(vintage, (byLevel = new Map()));
  let counts = byLevel.get(level);
  if (!counts) {
    counts = typeCounts(vintage.units.filter((u) => u.level === level));
    byLevel.set(level, counts);
  }
  return counts;
}

/** How many of the units are of each type: a unit page names its children by the types it has (since 01/7/2025, no "thị trấn"). */
export function typeCounts(units: readonly Pick<Unit, 'type'>[]): ReadonlyMap<Unit['type'], number> {
  const counts = new Map<Unit['type'], number>();
  for (const u of units) counts.set(u.type, (counts.get(u.type) ?? 0) + 1);
  return counts;
}
