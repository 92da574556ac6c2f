/**
 * The build's image work on worker threads, one per core (node:worker_threads): drawing a
 * share card or a map PNG is CPU work (satori, resvg, quantising) that would otherwise
 * hold up Astro, which renders other pages meanwhile (astro.config.mjs build.concurrency).
 * Workers start with the first picture and stop when the build has no picture left to
 * draw; IMAGE_WORKERS=N sets their number (0: draw in this thread).
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardInput } from './og-card.ts';

export type DrawJob = { kind: 'card'; card: CardInput } | { kind: 'svg'; svg: string; zoom: number };

/**
 * The worker's source file. Astro bundles this module, so `import.meta.url` does not point
 * at src/; npm runs every script from the project root (src/config.ts), and Node runs the
 * .ts file as it is.
 */
const WORKER_FILE = path.resolve('src/site/images/draw-worker.ts');

interface Pending {
  resolve: (png: Buffer) => void;
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

function size(): number {
  const set = process.env['IMAGE_WORKERS'];
  return set !== undefined && /^\d+$/.test(set) ? Number(set) : availableParallelism();
}

function start(): PoolWorker {
  const entry: PoolWorker = { worker: new Worker(WORKER_FILE), jobs: new Set() };
  entry.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    entry.jobs.delete(id);
    // An idle worker must not keep the build's process alive.
    if (entry.jobs.size === 0) entry.worker.unref();
    if (!job) return;
    if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job.reject(new Error(error ?? 'image worker failed'));
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

/** Draws on the least busy worker (starting one while fewer than the pool's size run). */
export async function drawInPool(job: DrawJob): Promise<Buffer> {
  const n = size();
  if (n === 0) return (await import('./draw.ts')).draw(job);
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
