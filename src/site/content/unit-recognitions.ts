/**
 * What a unit page shows under "Khen thưởng và điển hình": the unit's own recognitions and
 * profiles, then those of the units it was formed from over every reform. A commune of today
 * is recognised for nothing yet under its own code, while the old communes merged into it
 * were (xã Công Sơn and the provincial certificate of xã Hải Yến, April 2025): its reader is
 * shown them, each under the old unit it went to, rather than "none". Then, as what was
 * recognised near it, those of the districts it or those units belonged to.
 */
import { predecessors } from '../../domain/lineage.ts';
import type { SiteData } from '../site-data.ts';
import { profilePlacePath } from '../urls.ts';
import type { ContentData, PlaceRef, ProfileView, RecognitionView } from './data.ts';

export interface FormerPlaceRecognitions {
  place: PlaceRef;
  recognitions: RecognitionView[];
  /** Profiles with a page placed in that unit. */
  profiles: ProfileView[];
}

export interface UnitRecognitionsView {
  own: RecognitionView[];
  /** Profiles with a page placed in the unit itself. */
  placed: ProfileView[];
  /** The units it was formed from that have any, the nearest reform first. */
  former: FormerPlaceRecognitions[];
  /** The districts it, or a unit it was formed from, belonged to, that have any. */
  districts: FormerPlaceRecognitions[];
  /** The profile list filtered to this place (its own profiles and its former units'), when it has one. */
  listPath: string | undefined;
}

export function unitRecognitions(site: SiteData, content: ContentData, vintage: string, code: string): UnitRecognitionsView {
  const { dataset } = site;
  const key = `${vintage}/${code}`;
  const earlier = predecessors(dataset, vintage, code).flatMap((g) => g.links.map((l) => ({ vintage: l.vintage, code: l.code })));
  const districts = [{ vintage, code }, ...earlier].flatMap((u) => {
    const parent = dataset.unit(u.vintage, u.code)?.parent;
    return parent && dataset.unit(u.vintage, parent)?.level === 'district' ? [`${u.vintage}/${parent}`] : [];
  });
  const option = content.placeOptions.find((o) => o.key === key);
  return {
    own: content.recognitions.filter((r) => r.place?.key === key),
    placed: content.profiles.filter((p) => p.path && p.place?.key === key),
    former: byPlace(content, earlier.map((u) => `${u.vintage}/${u.code}`).filter((k) => k !== key)),
    districts: byPlace(content, districts),
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
