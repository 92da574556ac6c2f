import path from 'node:path';
import type { CriteriaEngine, Evaluation } from '../domain/criteria.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { Manifest, ReleaseEntry } from '../domain/schemas/index.ts';
import { validate } from '../domain/validation/validate.ts';

export interface SiteData {
  dataset: Dataset;
  engine: CriteriaEngine;
  manifest: Manifest;
  release: ReleaseEntry;
  /** Every page says so, above the fold, when this is true. */
  demo: boolean;
  /** Releases shown on /du-lieu/: drafts only when the build asks for them. */
  releases: ReleaseEntry[];
  evaluations: Evaluation[];
}

let cached: SiteData | undefined;

/**
 * The data every page is built from, loaded and validated once per build. The data root
 * comes from DATA_DIR (default `data`), drafts are listed only with INCLUDE_DRAFTS=1.
 */
export function siteData(): SiteData {
  if (cached) return cached;
  const dataRoot = path.resolve(process.env.DATA_DIR || 'data');
  const { report, dataset, engine, manifest } = validate({ dataRoot, contentRoot: path.resolve(process.env.CONTENT_DIR || path.join(dataRoot, '..', 'content')) });
  if (!report.ok || !dataset || !engine || !manifest) {
    throw new Error(`Dữ liệu ở ${dataRoot} không hợp lệ (${report.errors.length} lỗi): chạy "npm run validate" để xem chi tiết.`);
  }
  const includeDrafts = process.env.INCLUDE_DRAFTS === '1';
  cached = {
    dataset,
    engine,
    manifest,
    release: dataset.data.release,
    demo: dataset.data.release.status === 'demo',
    releases: manifest.releases.filter((r) => includeDrafts || r.status !== 'draft'),
    evaluations: engine.evaluateAll(),
  };
  return cached;
}
