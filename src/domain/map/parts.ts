/**
 * A map layer too large for one page (more than MAP_PART_MAX areas, as at national scale)
 * split into parts of whole districts: the districts of a province in the order of their codes
 * (the official list's order, which the province's own lists follow; name order would scatter
 * a run across the map), as few runs of consecutive districts as hold at most MAP_PART_MAX
 * areas each, evened out; the areas under no district (the communes from 01/7/2025, or the
 * districts themselves) in pages of at most MAP_PART_MAX in name order. The layer's own view
 * then lists the parts, and each part is a view of its own (src/site/map/map-parts.ts gives
 * them paths). A layer within the limit has no parts: its view shows every area, as it
 * always did.
 *
 * Why runs of districts and not one part per district: a part is a page in every view of its
 * layer (indicator × year) and in both languages, so 700 districts of about 15 communes made
 * 24,000 small pages at national scale, 42% of the site, each a map of one district without
 * its neighbours. Runs of up to 250 communes are about 40 per view, each a map of a region.
 */
import type { Dataset } from '../dataset.ts';
import type { Unit } from '../schemas/index.ts';
import { districtOf, packInOrder, splitEvenly } from '../split.ts';
import type { MapLayer } from './explorer.ts';
import { MAP_PART_MAX } from './settings.ts';

export interface MapPart {
  /** The districts whose areas this part holds, in code order, all under one parent; empty for a page of areas under no district. */
  districts: Unit[];
  /** 1-based number of a page of areas under no district. */
  page?: number;
  /** The part's areas: district by district, each in the layer's order; a page's in name order. */
  codes: string[];
}

const byName = (a: Unit, b: Unit): number => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/** The parts of a layer, the runs of districts first (by parent, then code), then the pages; none when the layer fits on one view. */
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
  // A run never crosses from one province to another: its map is one region.
  const byParent = new Map<string, { district: Unit; codes: string[] }[]>();
  for (const entry of byDistrict.values()) {
    const key = entry.district.parent ?? '';
    const districts = byParent.get(key) ?? [];
    districts.push(entry);
    byParent.set(key, districts);
  }
  const byCode = (a: { district: Unit }, b: { district: Unit }) => a.district.code.localeCompare(b.district.code);
  const parents = [...byParent.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, districts]) => districts);
  const parts: MapPart[] = parents.flatMap((districts) =>
    packInOrder(districts.sort(byCode), (d) => d.codes.length, max).map((run) => ({
      districts: run.map((d) => d.district),
      codes: run.flatMap((d) => d.codes),
    })),
  );
  splitEvenly([...loose].sort(byName), max).forEach((page, n) => {
    parts.push({ districts: [], page: n + 1, codes: page.map((u) => u.code) });
  });
  return parts;
}
