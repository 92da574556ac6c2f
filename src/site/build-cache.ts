/**
 * Writing into the build's on-disk caches (src/config.ts buildCacheDir): the PNGs
 * (images/png.ts) and the Excel workbooks (data/xlsx-cache.ts).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

let writes = 0;

/**
 * Stores `bytes` at `file` through a temporary file renamed into place: two builds at
 * once, or a build stopped halfway, never leave a half-written file under the final name.
 */
export function storeInCache(file: string, bytes: Uint8Array): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${threadId}-${writes++}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
