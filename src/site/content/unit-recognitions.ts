/**
 * What a unit page shows under "Khen thưởng và điển hình": the unit's own recognitions and
 * profiles, then those of the units it was formed from over every reform. A commune of today
 * is recognised for nothing yet under its own code, while the old communes merged into it
 * were (xã Công Sơn and the provincial certificate of xã Hải Yến, April 2025): its reader is
 * shown them, each under the old unit it went to, rather than "none".
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
  /** The profile list filtered to this place (its own profiles and its former units'), when it has one. */
  listPath: string | undefined;
}

export function unitRecognitions(site: SiteData, content: ContentData, vintage: string, code: string): UnitRecognitionsView {
  const key = `${vintage}/${code}`;
  const earlier = predecessors(site.dataset, vintage, code).flatMap((g) => g.links.map((l) => `${l.vintage}/${l.code}`));
  const former: FormerPlaceRecognitions[] = [];
  for (const k of new Set(earlier)) {
    if (k === key) continue;
    const recognitions = content.recognitions.filter((r) => r.place?.key === k);
    const profiles = content.profiles.filter((p) => p.path && p.place?.key === k);
    const place = recognitions[0]?.place ?? profiles[0]?.place;
    if (place) former.push({ place, recognitions, profiles });
  }
  const option = content.placeOptions.find((o) => o.key === key);
  return {
    own: content.recognitions.filter((r) => r.place?.key === key),
    placed: content.profiles.filter((p) => p.path && p.place?.key === key),
    former,
    listPath: option && profilePlacePath(option.vintage, option.unit),
  };
}
