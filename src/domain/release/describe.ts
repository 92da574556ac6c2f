import path from 'node:path';
import { isFormulaLike } from '../export/csv.ts';
import { dataFailure, usageFailure } from '../failure.ts';
import { manifestPath } from '../validation/load.ts';
import { withDataLock } from './lock.ts';
import { readManifestStrict, requireDataRoot } from './read.ts';
import { statusPhrase } from './status-words.ts';
import { nodeWriteOps, writeFilesAtomic, type WriteOps } from './write.ts';

export interface DescribeOptions {
  dataRoot: string;
  releaseId: string;
  title?: string;
  notes?: string;
  lockWaitMs?: number;
  writeOps?: WriteOps;
}

/** A title or notes as stored: NFC, single spaces; never empty, never a spreadsheet formula. */
export function releaseText(flag: string, text: string): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean === '') throw usageFailure(`${flag} không được để trống`);
  if (isFormulaLike(clean)) throw usageFailure(`${flag} "${clean.slice(0, 60)}" bắt đầu bằng "${clean[0]}": Excel sẽ hiểu là công thức trong tệp tải về; bỏ ký tự đầu`);
  return clean;
}

/**
 * Sets the title and notes of a draft in the manifest (`npm run import -- --release ID
 * --title "…" --notes "…"` without a file), so nobody edits JSON by hand. Under the data
 * root's lock; a published or demo release is refused.
 */
export async function describeDraft(options: DescribeOptions): Promise<{ title: string; notes?: string; changed: boolean }> {
  const { dataRoot, releaseId } = options;
  const title = options.title === undefined ? undefined : releaseText('--title', options.title);
  const notes = options.notes === undefined ? undefined : releaseText('--notes', options.notes);
  requireDataRoot(dataRoot);
  return withDataLock(dataRoot, { command: `npm run import -- --release ${releaseId} --title/--notes`, waitMs: options.lockWaitMs }, () => {
    const { raw } = readManifestStrict(dataRoot);
    const entry = raw.releases.find((r) => r.id === releaseId);
    if (!entry) throw usageFailure(`không có phiên bản "${releaseId}" trong ${manifestPath}; bản nháp được tạo khi nhập tệp số liệu đầu tiên`);
    if (entry.status !== 'draft') throw dataFailure(`phiên bản ${releaseId} đang ở ${statusPhrase(entry.status)}: tên và ghi chú của nó không được sửa`);
    const updated = { ...entry, ...(title !== undefined ? { title } : {}), ...(notes !== undefined ? { notes } : {}) };
    const changed = JSON.stringify(updated) !== JSON.stringify(entry);
    if (changed) {
      const manifest = { ...raw, releases: raw.releases.map((r) => (r.id === releaseId ? updated : r)) };
      writeFilesAtomic([{ file: path.join(dataRoot, manifestPath), bytes: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'), label: manifestPath }], options.writeOps ?? nodeWriteOps);
    }
    return { title: updated.title, ...(updated.notes !== undefined ? { notes: updated.notes } : {}), changed };
  });
}
