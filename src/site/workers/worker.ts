/** A worker thread of the build's pool (pool.ts): does each job it is sent and posts the bytes back. */
import { parentPort } from 'node:worker_threads';
import { work, type PoolJob } from './work.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: PoolJob }) => {
  try {
    const bytes = await work(job);
    parentPort!.postMessage({ id, bytes });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
