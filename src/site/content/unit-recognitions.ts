/**
 * What a unit page shows under "Khen thưởng và điển hình": the unit's own recognitions and
 * profiles, then those of the units it was formed from over every reform. A commune of today
 * is recognised for nothing yet under its own code, while the old communes merged into it
 * were (xã Công Sơn and the provincial certificate of xã Hải Yến, April 2025): its reader is
 * shown them, each under the old unit it went to, rather than "none". Then, as what was
 * recognised near it, those of the districts it or those units belonged to.
 */
import { predecessors } from '../../domain/lineage.ts';
import type { Unit } from '../../domain/schemas/index.ts';
import type { SiteData } from '../site-data.ts';
import { profilePlacePath } from '../urls.ts';
import type { ContentData, PlaceRef, ProfileView, RecognitionView } from './data.ts';

export interface FormerPlaceRecognitions {
  place: PlaceRef;
  recognitions: RecognitionView[];
  /** Profiles with a page placed in that unit. */
  profiles: ProfileView[];
}

export interface DistrictRecognitions extends FormerPlaceRecognitions {
  /**
   * The units it was formed from that lay in the district, when the unit itself does not: a
   * ward of today formed from three communes of the city and one of Cao Lộc is shown Cao Lộc's
   * recognitions as those of the district its former Yên Trạch lay in, not of its own district.
   */
  through: Unit[];
}

export interface UnitRecognitionsView {
  own: RecognitionView[];
  /** Profiles with a page placed in the unit itself. */
  placed: ProfileView[];
  /** The units it was formed from that have any, the nearest reform first. */
  former: FormerPlaceRecognitions[];
  /**
   * Each earlier period has one unit, all of which went into this one: the same place under
   * earlier boundaries (the province; a commune that kept its area), not a merger.
   */
  formerContinues: boolean;
  /** The districts it, or a unit it was formed from, belonged to, that have any. */
  districts: DistrictRecognitions[];
  /** The profile list filtered to this place (its own profiles and its former units'), when it has one. */
  listPath: string | undefined;
}

export function unitRecognitions(site: SiteData, content: ContentData, vintage: string, code: string): UnitRecognitionsView {
  const { dataset } = site;
  const key = `${vintage}/${code}`;
  const groups = predecessors(dataset, vintage, code);
  const earlier = groups.flatMap((g) => g.links.map((l) => ({ vintage: l.vintage, code: l.code })));
  // Each district a unit lay in, with the former units that put it there ([] for the unit's own).
  const districtUnits = new Map<string, Unit[]>();
  for (const [i, u] of [{ vintage, code }, ...earlier].entries()) {
    const unit = dataset.unit(u.vintage, u.code);
    const parent = unit?.parent;
    if (!unit || !parent || dataset.unit(u.vintage, parent)?.level !== 'district') continue;
    const k = `${u.vintage}/${parent}`;
    const through = districtUnits.get(k);
    if (i === 0) districtUnits.set(k, []);
    else if (through === undefined) districtUnits.set(k, [unit]);
    // An empty list is the unit's own district, which needs no former unit to explain it.
    else if (through.length > 0) through.push(unit);
  }
  const option = content.placeOptions.find((o) => o.key === key);
  return {
    own: content.recognitions.filter((r) => r.place?.key === key),
    placed: content.profiles.filter((p) => p.path && p.place?.key === key),
    former: byPlace(content, earlier.map((u) => `${u.vintage}/${u.code}`).filter((k) => k !== key)),
    formerContinues: groups.every((g) => g.links.length === 1 && g.links[0]!.share === undefined),
    districts: byPlace(content, [...districtUnits.keys()]).map((d) => ({ ...d, through: districtUnits.get(d.place.key)! })),
    listPath: option && profilePlacePath(option.vintage, option.unit),
  };
}

/** The recognitions and profiles with a page of each place that has any, in the order given, once each. */
function byPlace(content: ContentData, keys: readonly string[]): FormerPlaceRecognitions[] {
  return [...new Set(keys)].flatMap((k) => {
    const recognitions = content.recognitions.filter((r) => r.place?.key === k);
    const profiles = content.profiles.filter((p) => p.path && p.place?.key === k);
    const place = recognitions[0]?.place ?? profiles[0]?.place;
    return place ? [{ place, recognitions, profiles }] : [];
  });
}
