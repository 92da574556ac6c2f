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
    const made = new Map<Unit['type'], number>();
    for (const u of vintage.units) if (u.level === level) made.set(u.type, (made.get(u.type) ?? 0) + 1);
    byLevel.set(level, (counts = made));
  }
  return counts;
}
