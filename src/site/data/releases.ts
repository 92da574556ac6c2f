/**
 * Everything the open-data pages show, computed once per build: each listed release
 * with its files (the downloads), the release before it and the diff against it.
 */
import { SITE_URL, buildSettings } from '../../config.ts';
import type { Evaluation } from '../../domain/criteria.ts';
import { Dataset } from '../../domain/dataset.ts';
import { diffJson, diffReleases, type ReleaseDiff } from '../../domain/diff/diff.ts';
import { boundaryGeoJson, boundaryLayers, type BoundaryDownload } from '../../domain/export/boundaries.ts';
import type { CriteriaResultsInput } from '../../domain/export/criteria-results.ts';
import { DATA_LICENCE } from '../../domain/export/datapackage.ts';
import { releaseFiles, type Download, type DownloadFile, type DownloadWords } from '../../domain/export/downloads.ts';
import { loadSnapshot, type ReleaseSnapshot } from '../../domain/export/snapshot.ts';
import { publishedProfileSlugs } from '../../domain/content/files.ts';
import { fieldKind } from '../../domain/export/table-sheets.ts';
import { compareReleaseIds, type ReleaseEntry } from '../../domain/schemas/index.ts';
import { validate } from '../../domain/validation/validate.ts';
import { exportText as x } from '../../i18n/export.vi.ts';
import { explainEvaluation, resultStatusText } from '../../i18n/results.ts';
import { renderIn } from '../../i18n/current.ts';
import { vi } from '../../i18n/vi.ts';
import { embedReleases } from '../embed/embeds.ts';
import { siteData, type SiteData } from '../site-data.ts';
import { releasePath } from '../urls.ts';
import { workbookInPool } from '../workers/pool.ts';

export interface ReleaseView {
  entry: ReleaseEntry;
  current: boolean;
  snapshot: ReleaseSnapshot;
  /** The release compared against: the latest non-draft release before this one. */
  previous?: ReleaseEntry;
  previousSnapshot?: ReleaseSnapshot;
  diff: ReleaseDiff;
  /** The release's files, named before their bytes are written. */
  files: DownloadFile[];
  /** The same files with their bytes: the workbooks are written on the build's workers meanwhile. */
  downloads: Promise<Download[]>;
  /** Absolute URL of the release page (citation, datapackage id). */
  url: string;
}

const dataRoot = (): string => buildSettings().dataRoot;

/** The release as a Dataset for its carried series: the site's own, or one read from its snapshot. */
function datasetOf(site: SiteData, entry: ReleaseEntry, snapshot: ReleaseSnapshot): Dataset {
  if (entry.id === site.release.id) return site.dataset;
  const { units, crosswalks, observations, recognitions } = snapshot;
  return new Dataset({ release: entry, units, crosswalks, observations, recognitions, criteria: site.dataset.data.criteria });
}

let cached: Promise<ReleaseView[]> | undefined;
let cachedBoundaries: BoundaryDownload[] | undefined;

/** What the Excel files of a release say: its line, its source and licence, the illustrative mark. */
export function downloadWords(entry: ReleaseEntry, url: string): DownloadWords {
  const licence = `${DATA_LICENCE.title} (${DATA_LICENCE.name})`;
  const mark = entry.status === 'demo' ? [x.illustrativeLine] : entry.status === 'draft' ? [x.draftLine] : [];
  return {
    notes: (table) => [
      x.releaseLine(vi.site.name, entry.id, entry.publishedAt, url),
      x.sourceLine(licence, table.fields.some((f) => f.name === 'source_id')),
      ...(table.fields.some((f) => fieldKind(f) === 'percent') ? [x.percentLine] : []),
      ...mark,
    ],
    xlsxTitle: x.xlsxTitle,
    xlsxDescription: x.xlsxDescription,
    workbook: { name: x.workbookName(entry.id), title: x.workbookTitle(entry.id), pageTitle: x.workbookPageTitle, description: x.workbookDescription },
    criteriaJson: { title: x.criteriaJsonTitle, description: x.criteriaJsonDescription },
    creator: vi.footer.publisher,
    dictionary: { ...x.dictionary, notes: [...x.dictionary.notes, ...mark] },
  };
}

/**
 * The criteria results of a release: the current one's from siteData(), a published
 * one's as the pinned embeds loaded it (embedReleases()), a draft's from its own files —
 * each validated like the current one. A release that no longer validates gets no
 * results file (and a warning in the build log) rather than results from broken data.
 * The indications on carried series (basis "carried") join the reported evaluations,
 * each row saying its basis.
 */
function criteriaInput(entry: ReleaseEntry, site: SiteData): CriteriaResultsInput | undefined {
  const judged = (dataset: Dataset, evaluations: Evaluation[], indications: Evaluation[]): CriteriaResultsInput => ({
    dataset,
    evaluations: [...evaluations, ...indications],
    reason: (e) => explainEvaluation(e, dataset.baselineYear).join(' '),
    status: resultStatusText,
  });
  if (entry.id === site.release.id) return judged(site.dataset, site.evaluations, site.indications);
  const loaded = embedReleases().find((r) => r.entry.id === entry.id);
  if (loaded) return judged(loaded.site.dataset, loaded.site.evaluations, loaded.site.indications);
  const { dataRoot, contentRoot } = buildSettings();
  const { report, dataset, engine, carriedEngine } = validate({ dataRoot, contentRoot, releaseId: entry.id });
  if (!report.ok || !dataset || !engine || !carriedEngine) {
    console.warn(`[du-lieu] phiên bản ${entry.id}: không có tệp kết quả tiêu chí vì dữ liệu không hợp lệ (chạy npm run validate -- --release ${entry.id}).`);
    return undefined;
  }
  return judged(dataset, engine.evaluateAll(), carriedEngine.evaluateCarried());
}

/**
 * The releases /du-lieu/ lists (drafts only in a build with drafts), oldest first, with their files.
 * The files are made in Vietnamese whichever page asks first: one file for both languages, and a
 * release's bytes (and hashes) must not depend on the order in which pages render.
 */
export function releaseViews(): Promise<ReleaseView[]> {
  cached ??= renderIn('vi', loadViews);
  return cached;
}

async function loadViews(): Promise<ReleaseView[]> {
  const site = siteData();
  const root = dataRoot();
  const snapshots = new Map<string, ReleaseSnapshot>();
  const snapshot = (id: string) => {
    let s = snapshots.get(id);
    if (!s) snapshots.set(id, (s = loadSnapshot(root, id)));
    return s;
  };
  const all = [...site.manifest.releases].sort((a, b) => compareReleaseIds(a.id, b.id));
  const profiles = publishedProfileSlugs(buildSettings().contentRoot);
  // Every release's workbooks are started at once on the build's workers. Nothing here waits
  // for them: Astro asks every route for its paths before its first page, and only the pages
  // that show or serve the bytes wait.
  const views: ReleaseView[] = [];
  for (const entry of [...site.releases].sort((a, b) => compareReleaseIds(a.id, b.id))) {
    const previous = all.filter((r) => r.status !== 'draft' && compareReleaseIds(r.id, entry.id) < 0).at(-1);
    const own = snapshot(entry.id);
    const previousSnapshot = previous ? snapshot(previous.id) : undefined;
    const diff = diffReleases(previousSnapshot, own);
    const url = new URL(releasePath(entry.id), SITE_URL).href;
    const criteria = criteriaInput(entry, site);
    const { files, downloads } = releaseFiles(own, entry, { homepage: url, diffJson: diffJson(diff), words: downloadWords(entry, url), writeWorkbook: workbookInPool, dataset: datasetOf(site, entry, own), profiles, ...(criteria ? { criteria } : {}) });
    // A failed workbook fails the pages that wait for it; until one does, Node must not end
    // the build for a rejection nobody has awaited yet.
    downloads.catch(() => undefined);
    views.push({ entry, current: entry.id === site.manifest.current, snapshot: own, previous, previousSnapshot, diff, files, downloads, url });
  }
  return views;
}

/** Boundaries of data/geo as GeoJSON, named with the current release's units. */
export function boundaryDownloads(): BoundaryDownload[] {
  if (cachedBoundaries) return cachedBoundaries;
  const site = siteData();
  cachedBoundaries = boundaryLayers(dataRoot()).map((layer) => boundaryGeoJson(dataRoot(), layer, site.dataset.data.units));
  return cachedBoundaries;
}
