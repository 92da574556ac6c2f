import { buildSettings } from '../config.ts';
import type { CriteriaEngine, Evaluation } from '../domain/criteria.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { Manifest, ReleaseEntry } from '../domain/schemas/index.ts';
import { validate } from '../domain/validation/validate.ts';

export interface SiteData {
  dataset: Dataset;
  /** The official results: criteria on each unit's reported figures. */
  engine: CriteriaEngine;
  /** Series completed by carried figures, and the criteria on them as indications. */
  carriedEngine: CriteriaEngine;
  manifest: Manifest;
  release: ReleaseEntry;
  /** Every page says so, above the fold, when this is true. */
  demo: boolean;
  /**
   * A preview build (`--drafts`): no page is for search engines, and the newest draft, when
   * there is one, is the release every page is built from (its banner says so).
   */
  preview: boolean;
  /** Releases shown on /du-lieu/: drafts only when the build asks for them. */
  releases: ReleaseEntry[];
  evaluations: Evaluation[];
  /** Evaluations on carried series (basis "carried"), kept apart from `evaluations`. */
  indications: Evaluation[];
}

let cached: SiteData | undefined;

/**
 * The data every page is built from, loaded and validated once per build, from the folders
 * of src/config.ts; drafts are listed, and the newest one shown, only when the build asks for them.
 */
export function siteData(): SiteData {
  if (cached) return cached;
  const { dataRoot, contentRoot, includeDrafts } = buildSettings();
  const { report, dataset, engine, carriedEngine, manifest } = validate({ dataRoot, contentRoot, preferDraft: includeDrafts });
  if (!report.ok || !dataset || !engine || !carriedEngine || !manifest) {
    throw new Error(`Dữ liệu ở ${dataRoot} không hợp lệ (${report.errors.length} lỗi): chạy "npm run validate" để xem chi tiết.`);
  }
  cached = {
    dataset,
    engine,
    carriedEngine,
    manifest,
    release: dataset.data.release,
    demo: dataset.data.release.status === 'demo',
    preview: includeDrafts,
    releases: manifest.releases.filter((r) => includeDrafts || r.status !== 'draft'),
    evaluations: engine.evaluateAll(),
    indications: carriedEngine.evaluateCarried(),
  };
  return cached;
}
