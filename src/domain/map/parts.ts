/**
 * A map layer too large for one page (more than MAP_PART_MAX areas, as at national scale)
 * split the way the criteria results are: one part per district (the district's areas), and
 * the areas under no district (the communes from 01/7/2025, or the districts themselves) in
 * pages of at most MAP_PART_MAX in name order. The layer's own view then lists the parts,
 * and each part is a view of its own (src/site/map/map-parts.ts gives them paths).
 * A layer within the limit has no parts: its view shows every area, as it always did.
 */
import type { Dataset } from '../dataset.ts';
import type { Unit } from '../schemas/index.ts';
import { districtOf, splitEvenly } from '../split.ts';
import type { MapLayer } from './explorer.ts';
import { MAP_PART_MAX } from './settings.ts';

export interface MapPart {
  /** The district whose areas this part holds; undefined for a page of areas under no district. */
  district?: Unit;
  /** 1-based number of a page of areas under no district. */
  page?: number;
  /** The part's areas: a district's in the layer's order, a page's in name order. */
  codes: string[];
}

const byName = (a: Unit, b: Unit): number => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/** The parts of a layer, districts first (by name), then the pages; none when the layer fits on one view. */
export function mapParts(dataset: Dataset, layer: Pick<MapLayer, 'vintage' | 'codes'>, max: number = MAP_PART_MAX): MapPart[] {
  if (layer.codes.length <= max) return [];
  const vintage = layer.vintage.id;
  const byDistrict = new Map<string, { district: Unit; codes: string[] }>();
  const loose: Unit[] = [];
  for (const code of layer.codes) {
    const unit = dataset.unit(vintage, code)!;
    // The district above the area, not the area itself: a layer of districts is paged.
    const parent = unit.parent === undefined ? undefined : dataset.unit(vintage, unit.parent);
    const district = parent && districtOf(dataset, vintage, parent);
    if (!district) {
      loose.push(unit);
      continue;
    }
    const entry = byDistrict.get(district.code) ?? { district, codes: [] };
    entry.codes.push(code);
    byDistrict.set(district.code, entry);
  }
  const parts: MapPart[] = [...byDistrict.values()].sort((a, b) => byName(a.district, b.district));
  splitEvenly([...loose].sort(byName), max).forEach((page, n) => {
    parts.push({ page: n + 1, codes: page.map((u) => u.code) });
  });
  return parts;
}
