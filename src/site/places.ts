/**
 * The place finder's list ("Xã tôi"): every commune and ward of today, then every commune,
 * township, ward and district of the earlier vintages with the communes of today it went
 * into, from the release's crosswalks (a split commune lists all of them). The same unit in
 * two earlier vintages (same type, name, district and successors) is one place: readers do
 * not know vintages. The release has no villages (units stop at communes), so none are listed.
 *
 * Built at build time; shipped as a small JSON file (PLACES_PATH) for the finder's script,
 * and rendered as the finder's list without JavaScript (PlaceFinder.astro).
 */
import type { Dataset } from '../domain/dataset.ts';
import { successors } from '../domain/lineage.ts';
import type { Unit } from '../domain/schemas/index.ts';
import type { Place } from '../client/place-match.ts';
import { unitLabel } from '../i18n/results.ts';
import { unitLabel as vietnameseLabel } from '../i18n/results.vi.ts';
import { unitPath } from './urls.ts';

export interface PlaceList {
  /** Shipped as one JSON file for both languages: its district labels (`d`) are Vietnamese. */
  places: Place[];
  /** Which units each place stands for, as "vintage/code": what the tests look a unit up by. */
  covers: string[][];
  /** The unit each place is, and the district an old unit belonged to: for labels in the page's language (not shipped). */
  units: { unit: Unit; district: Unit | undefined }[];
}

export interface PlaceGroup {
  /** Today's commune: its label and page. */
  label: string;
  path: string;
  /** "xã Bính Xá (huyện Đình Lập)", "Bính Xá commune (Đình Lập district)": the old units that went (wholly or partly) into it. */
  former: string[];
}

const byName = (a: Unit, b: Unit): number => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

let cached: { dataset: Dataset; list: PlaceList } | undefined;

export function placeList(dataset: Dataset): PlaceList {
  if (cached?.dataset === dataset) return cached.list;
  const newest = dataset.vintages.at(-1)!;
  const today = newest.units.filter((u) => u.level === 'commune').sort(byName);
  const index = new Map(today.map((u, i) => [u.code, i]));
  const districtOf = (vintage: string, u: Unit): Unit | undefined => {
    const p = u.parent ? dataset.unit(vintage, u.parent) : undefined;
    return p?.level === 'district' ? p : undefined;
  };
  const successorsNow = (vintage: string, code: string): number[] =>
    (successors(dataset, vintage, code).find((g) => g.vintage === newest.id)?.links ?? []).map((l) => index.get(l.code)).filter((i): i is number => i !== undefined);

  const places: Place[] = today.map((u) => ({ t: u.type, n: u.name, c: 1, u: unitPath(newest.id, u) }));
  const covers: string[][] = today.map((u) => [`${newest.id}/${u.code}`]);
  const named: PlaceList['units'] = today.map((unit) => ({ unit, district: undefined }));
  const formerDistricts = today.map(() => new Set<string>());

  const byKey = new Map<string, number>();
  // The latest earlier vintage first, so an old district links to its last page.
  for (const v of dataset.vintages.slice(0, -1).reverse()) {
    const units = v.units.filter((u) => u.level === 'commune' || u.level === 'district').sort(byName);
    for (const u of units) {
      const children = u.level === 'district' ? dataset.children(v.id, u.code).filter((c) => c.level === 'commune') : [u];
      const to = unique(children.flatMap((c) => successorsNow(v.id, c.code))).sort((a, b) => a - b);
      const districtUnit = districtOf(v.id, u);
      const district = districtUnit && vietnameseLabel(districtUnit);
      if (district) for (const i of to) formerDistricts[i]!.add(district);
      const key = [u.type, u.name, district ?? '', to.join(',')].join('|');
      const seen = byKey.get(key);
      if (seen !== undefined) {
        covers[seen]!.push(`${v.id}/${u.code}`);
        continue;
      }
      byKey.set(key, places.length);
      places.push({ t: u.type, n: u.name, ...(district && { d: district }), ...(u.level === 'district' && { h: 1 as const, u: unitPath(v.id, u) }), to });
      covers.push([`${v.id}/${u.code}`]);
      named.push({ unit: u, district: districtUnit });
    }
  }
  formerDistricts.forEach((set, i) => {
    if (set.size > 0) places[i]!.d = [...set].sort((a, b) => a.localeCompare(b, 'vi')).join(', ');
  });
  const list = { places, covers, units: named };
  cached = { dataset, list };
  return list;
}

/** The list without JavaScript: today's communes, each with the old communes that went into it. */
export function placeGroups(dataset: Dataset): PlaceGroup[] {
  const { places, units } = placeList(dataset);
  const groups = places.flatMap((p, k) => (p.c ? [{ label: unitLabel(units[k]!.unit), path: p.u!, former: [] as string[] }] : []));
  places.forEach((p, k) => {
    if (p.c || p.h) return;
    const { unit, district } = units[k]!;
    for (const i of p.to ?? []) groups[i]!.former.push(district ? `${unitLabel(unit)} (${unitLabel(district)})` : unitLabel(unit));
  });
  return groups;
}

/** The old districts, for the list without JavaScript: each links to its last page. */
export function formerDistricts(dataset: Dataset): { label: string; path: string }[] {
  const { places, units } = placeList(dataset);
  return places.flatMap((p, k) => (p.h ? [{ label: unitLabel(units[k]!.unit), path: p.u! }] : []));
}
