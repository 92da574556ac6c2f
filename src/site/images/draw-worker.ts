/** A worker thread of the image pool (pool.ts): draws each job it is sent and posts the PNG back. */
import { parentPort } from 'node:worker_threads';
import { draw } from './draw.ts';
import type { DrawJob } from './pool.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: DrawJob }) => {
  try {
    const png = await draw(job);
    parentPort!.postMessage({ id, png });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
