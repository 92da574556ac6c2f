import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifest as manifestSchema, releaseFileNames, type Manifest } from '../schemas/index.ts';
import { manifestPath, releaseFilePath } from '../validation/load.ts';
import type { Problem } from '../validation/problems.ts';
import { sha256Hex } from '../validation/rules/manifest.ts';
import { validate } from '../validation/validate.ts';

export type PublishResult =
  | { ok: true; manifest: Manifest }
  | { ok: false; reason: string; problems: Problem[] };

export interface PublishOptions {
  dataRoot: string;
  releaseId: string;
  /** The publication date (YYYY-MM-DD); today by default. */
  date: string;
  contentRoot?: string;
}

/**
 * Turns a valid draft into a published release: records the sha256 of each file and the
 * date, and makes it current. Refuses anything but a valid draft, and writes only the
 * manifest — never a release's files.
 */
export function publishRelease({ dataRoot, releaseId, date, contentRoot }: PublishOptions): PublishResult {
  const manifestFile = path.join(dataRoot, manifestPath);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const entry = manifest.releases.find((r) => r.id === releaseId);
  if (!entry) return { ok: false, reason: `không có phiên bản "${releaseId}" trong ${manifestPath}`, problems: [] };
  if (entry.status !== 'draft') {
    return { ok: false, reason: `phiên bản ${releaseId} đang ở trạng thái "${entry.status}"; chỉ bản nháp mới được công bố. Bản đính chính phải là một phiên bản mới.`, problems: [] };
  }
  const { report } = validate({ dataRoot, releaseId, contentRoot });
  if (!report.ok) return { ok: false, reason: `phiên bản ${releaseId} còn ${report.errors.length + report.omittedErrors} lỗi`, problems: report.errors };

  const sha256: Record<string, string> = {};
  for (const name of releaseFileNames) {
    const file = path.join(dataRoot, releaseFilePath(releaseId, name));
    if (existsSync(file)) sha256[name] = sha256Hex(readFileSync(file));
  }
  const published: Manifest = {
    current: releaseId,
    releases: manifest.releases.map((r) => (r.id === releaseId ? { ...r, status: 'published', publishedAt: date, sha256 } : r)),
  };
  // Write beside, then rename: a crash never leaves a half-written manifest.
  const temporary = `${manifestFile}.tmp`;
  writeFileSync(temporary, JSON.stringify(published, null, 2) + '\n');
  renameSync(temporary, manifestFile);
  return { ok: true, manifest: published };
}
