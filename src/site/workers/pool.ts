/**
 * The build's CPU work on worker threads, one per core (node:worker_threads): drawing a share
 * card or a map PNG (satori, resvg, quantising) and writing an Excel workbook
 * (write-excel-file, deflate) would otherwise hold up Astro, whose one thread renders every
 * page (astro.config.mjs build.concurrency lets it render others while a job is out).
 * Workers start with the first job and stop when the build has no job left;
 * BUILD_WORKERS=N sets their number (0: every job in this thread).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { WorkbookWriter } from '../../domain/export/xlsx.ts';
import type { PoolJob } from './work.ts';

/**
 * The worker's source file. Astro bundles this module, so `import.meta.url` does not point
 * at src/; npm runs every script from the project root (src/config.ts), and Node runs the
 * .ts file as it is.
 */
const WORKER_FILE = path.resolve('src/site/workers/worker.ts');

interface Pending {
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Ids of the jobs it was sent and has not answered. */
  jobs: Set<number>;
}

const workers: PoolWorker[] = [];
const pending = new Map<number, Pending>();
let nextId = 0;

/** How many workers there are: one per core, or BUILD_WORKERS. */
export function poolSize(): number {
  const set = process.env['BUILD_WORKERS'];
  return set !== undefined && /^\d+$/.test(set) ? Number(set) : availableParallelism();
}

function start(): PoolWorker {
  // The workers read the settings (BUILD_CACHE_DIR) as they are now, not as they were when the worker started.
  const entry: PoolWorker = { worker: new Worker(WORKER_FILE, { env: SHARE_ENV }), jobs: new Set() };
  entry.worker.on('message', ({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    entry.jobs.delete(id);
    // An idle worker must not keep the build's process alive.
    if (entry.jobs.size === 0) entry.worker.unref();
    if (!job) return;
    if (bytes) job.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else job.reject(new Error(error ?? 'build worker failed'));
  });
  // A worker that dies takes its own jobs with it; the next job starts another.
  entry.worker.on('error', (error) => {
    for (const id of entry.jobs) {
      pending.get(id)?.reject(error);
      pending.delete(id);
    }
    entry.jobs.clear();
    workers.splice(workers.indexOf(entry), 1);
  });
  entry.worker.unref();
  workers.push(entry);
  return entry;
}

/** Runs the job on the least busy worker (starting one while fewer than the pool's size run). */
export async function runInPool(job: PoolJob): Promise<Buffer> {
  const n = poolSize();
  if (n === 0) return (await import('./work.ts')).work(job);
  const idle = workers.find((w) => w.jobs.size === 0);
  const entry = idle ?? (workers.length < n ? start() : workers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a)));
  if (entry.jobs.size === 0) entry.worker.ref();
  const id = nextId++;
  entry.jobs.add(id);
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    entry.worker.postMessage({ id, job });
  });
}

/** A workbook written on a worker, read from the build's cache when it was written before (data/xlsx-cache.ts). */
export const workbookInPool: WorkbookWriter = (sheets, meta) => runInPool({ kind: 'xlsx', sheets, meta });
