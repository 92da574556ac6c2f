/**
 * Everything the open-data pages show, computed once per build: each listed release
 * with its files (the downloads), the release before it and the diff against it.
 */
import { SITE_URL, buildSettings } from '../../config.ts';
import { Dataset } from '../../domain/dataset.ts';
import { diffJson, diffReleases, type ReleaseDiff } from '../../domain/diff/diff.ts';
import { boundaryGeoJson, boundaryLayers, type BoundaryDownload } from '../../domain/export/boundaries.ts';
import { releaseDownloads, type Download } from '../../domain/export/downloads.ts';
import { loadSnapshot, type ReleaseSnapshot } from '../../domain/export/snapshot.ts';
import { compareReleaseIds, type ReleaseEntry } from '../../domain/schemas/index.ts';
import { siteData } from '../site-data.ts';
import { releasePath } from '../urls.ts';

export interface ReleaseView {
  entry: ReleaseEntry;
  current: boolean;
  snapshot: ReleaseSnapshot;
  /** The release compared against: the latest non-draft release before this one. */
  previous?: ReleaseEntry;
  previousSnapshot?: ReleaseSnapshot;
  diff: ReleaseDiff;
  downloads: Download[];
  /** Absolute URL of the release page (citation, datapackage id). */
  url: string;
}

export const dataRoot = (): string => buildSettings().dataRoot;

/** The release as a Dataset for its carried series: the site's own, or one read from its snapshot. */
function datasetOf(site: ReturnType<typeof siteData>, entry: ReleaseEntry, snapshot: ReleaseSnapshot): Dataset {
  if (entry.id === site.release.id) return site.dataset;
  const { units, crosswalks, observations, recognitions } = snapshot;
  return new Dataset({ release: entry, units, crosswalks, observations, recognitions, criteria: site.dataset.data.criteria });
}

let cached: ReleaseView[] | undefined;
let cachedBoundaries: BoundaryDownload[] | undefined;

/** The releases /du-lieu/ lists (drafts only in a build with drafts), oldest first. */
export function releaseViews(): ReleaseView[] {
  if (cached) return cached;
  const site = siteData();
  const root = dataRoot();
  const snapshots = new Map<string, ReleaseSnapshot>();
  const snapshot = (id: string) => {
    let s = snapshots.get(id);
    if (!s) snapshots.set(id, (s = loadSnapshot(root, id)));
    return s;
  };
  const all = [...site.manifest.releases].sort((a, b) => compareReleaseIds(a.id, b.id));
  cached = [...site.releases]
    .sort((a, b) => compareReleaseIds(a.id, b.id))
    .map((entry) => {
      const previous = all.filter((r) => r.status !== 'draft' && compareReleaseIds(r.id, entry.id) < 0).at(-1);
      const own = snapshot(entry.id);
      const previousSnapshot = previous ? snapshot(previous.id) : undefined;
      const diff = diffReleases(previousSnapshot, own);
      const url = new URL(releasePath(entry.id), SITE_URL).href;
      return {
        entry,
        current: entry.id === site.manifest.current,
        snapshot: own,
        previous,
        previousSnapshot,
        diff,
        downloads: releaseDownloads(own, entry, { homepage: url, diffJson: diffJson(diff), dataset: datasetOf(site, entry, own) }),
        url,
      };
    });
  return cached;
}

/** Boundaries of data/geo as GeoJSON, named with the current release's units. */
export function boundaryDownloads(): BoundaryDownload[] {
  if (cachedBoundaries) return cachedBoundaries;
  const site = siteData();
  cachedBoundaries = boundaryLayers(dataRoot()).map((layer) => boundaryGeoJson(dataRoot(), layer, site.dataset.data.units));
  return cachedBoundaries;
}
