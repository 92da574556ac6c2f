import type { Source } from '../../schemas/index.ts';
import { originalIndex } from '../positions.ts';
import type { FileReporter } from '../problems.ts';

/**
 * Source ids are shared by the whole release: an id defined twice must mean the same
 * document, and a derived source must say how it was derived.
 */
export function checkSources(files: { report: FileReporter; sources: readonly Source[] }[]): void {
  const seen = new Map<string, { file: string; json: string }>();
  for (const { report, sources } of files) {
    sources.forEach((s, i) => {
      const json = JSON.stringify(s);
      const earlier = seen.get(s.id);
      if (earlier && (earlier.file === report.file || earlier.json !== json)) {
        report.error(['sources', originalIndex(s, i), 'id'], 'source-duplicate', `mã nguồn "${s.id}" đã được khai báo khác đi ở ${earlier.file}`, s.id);
      } else if (!earlier) {
        seen.set(s.id, { file: report.file, json });
      }
      if ((s.kind === 'derived' || s.kind === 'synthetic') && !s.note) {
        report.error(['sources', originalIndex(s, i), 'note'], 'source-note-required', `nguồn loại "${s.kind}" phải giải thích cách tạo ra số liệu trong "note"`, s.id);
      }
    });
  }
}
