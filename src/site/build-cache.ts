/**
 * Writing into the build's on-disk caches (src/config.ts buildCacheDir): the PNGs
 * (images/png.ts) and the Excel workbooks (data/xlsx-cache.ts), and sharing a file that is
 * still being made.
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

/**
 * The job running for `key`, or `make` started as it: a file asked for while it is being made
 * (ahead of its page, images/ahead.ts) is waited for, not made twice. The key leaves `running`
 * when its job settles, so a job that failed is started again when asked for next.
 */
export function sharedWhileRunning<T>(running: Map<string, Promise<T>>, key: string, make: () => T | Promise<T>): Promise<T> {
  let job = running.get(key);
  if (!job) {
    job = Promise.resolve()
      .then(make)
      .finally(() => running.delete(key));
    running.set(key, job);
  }
  return job;
}
