/** What a worker of the image pool (pool.ts) does with a job; also run in-thread with IMAGE_WORKERS=0. */
import { cardSvg } from './og-card.ts';
import { rasterise } from './png.ts';
import type { DrawJob } from './pool.ts';

export async function draw(job: DrawJob): Promise<Buffer> {
  return job.kind === 'card' ? rasterise(await cardSvg(job.card), 1) : rasterise(job.svg, job.zoom);
}
