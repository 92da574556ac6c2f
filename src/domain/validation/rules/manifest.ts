import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { optionalReleaseFiles, releaseFileNames, type Manifest, type ReleaseFileName } from '../../schemas/index.ts';
import { manifestPath, releaseFilePath } from '../load.ts';
import type { ProblemCollector } from '../problems.ts';
import { statusPhrase } from '../../release/status-words.ts';

export const sha256Hex = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The manifest's own rules, and the immutability of every published release: a file that
 * no longer hashes to its recorded sha256 is an error, whichever release is being checked.
 */
export function checkManifest(
  dataRoot: string,
  manifest: Manifest,
  problems: ProblemCollector,
  knownBytes: { releaseId: string; bytes: Partial<Record<ReleaseFileName, Buffer>> },
): void {
  const report = problems.forFile(manifestPath);
  const ids = new Map<string, number>();
  manifest.releases.forEach((r, i) => {
    if (ids.has(r.id)) report.error(['releases', i, 'id'], 'release-duplicate', `phiên bản "${r.id}" bị khai báo hai lần`, r.id);
    ids.set(r.id, i);
  });
  const currentIndex = ids.get(manifest.current);
  if (currentIndex === undefined) {
    report.error(['current'], 'current-unknown', `phiên bản hiện hành "${manifest.current}" không có trong danh sách`, manifest.current);
  } else if (manifest.releases[currentIndex]!.status === 'draft') {
    report.error(['current'], 'current-status', 'phiên bản hiện hành phải ở trạng thái "đã công bố" (published) hoặc "minh họa" (demo), không phải bản nháp', manifest.current);
  }

  manifest.releases.forEach((r, i) => {
    const at = (...rest: (string | number)[]) => ['releases', i, ...rest];
    if (!existsSync(path.join(dataRoot, 'releases', r.id))) {
      report.error(at('id'), 'release-missing', `không có thư mục releases/${r.id}`, r.id);
      return;
    }
    if (r.status === 'draft') {
      if (r.sha256 !== undefined) report.error(at('sha256'), 'draft-hashes', 'bản nháp không ghi mã băm; mã băm được ghi khi công bố', r.sha256);
      return;
    }
    for (const name of releaseFileNames) {
      const recorded = r.sha256?.[name];
      const bytes = r.id === knownBytes.releaseId ? knownBytes.bytes[name] : readBytes(dataRoot, r.id, name);
      if (bytes === undefined) {
        if (recorded !== undefined || !optionalReleaseFiles.includes(name)) {
          report.error(at('sha256', name), 'release-file-missing', `thiếu tệp ${releaseFilePath(r.id, name)} của phiên bản đã công bố`, name);
        }
        continue;
      }
      if (recorded === undefined) {
        report.error(at('sha256'), 'published-hash-missing', `phiên bản ở ${statusPhrase(r.status)} phải ghi sha256 của ${name}`, name);
      } else {
        const actual = sha256Hex(bytes);
        if (actual !== recorded) {
          report.error(
            at('sha256', name),
            'published-hash-mismatch',
            `tệp ${releaseFilePath(r.id, name)} đã bị sửa sau khi công bố (sha256 ${actual}); hãy công bố bản đính chính thành một phiên bản mới`,
            actual,
          );
        }
      }
    }
  });
}

function readBytes(dataRoot: string, releaseId: string, name: ReleaseFileName): Buffer | undefined {
  const file = path.join(dataRoot, releaseFilePath(releaseId, name));
  return existsSync(file) ? readFileSync(file) : undefined;
}
