/** What a worker of the build's pool (pool.ts) does with a job; also run in Astro's thread with BUILD_WORKERS=0. */
import type { SheetSpec, WorkbookMeta } from '../../domain/export/xlsx.ts';
import { cachedWorkbookXlsx } from '../data/xlsx-cache.ts';
import { draw, type DrawJob } from '../images/draw.ts';

/** A picture to draw, or a workbook to write (from the build's cache when it was written before). */
export type PoolJob = DrawJob | { kind: 'xlsx'; sheets: readonly SheetSpec[]; meta: WorkbookMeta };

export function work(job: PoolJob): Promise<Buffer> {
  return job.kind === 'xlsx' ? cachedWorkbookXlsx(job.sheets, job.meta) : draw(job);
}
