/** Draws a picture of the build, on a worker of the build's pool (../workers/pool.ts). */
import { cardSvg, type CardInput } from './og-card.ts';
import { rasterise } from './png.ts';

export type DrawJob = { kind: 'card'; card: CardInput } | { kind: 'svg'; svg: string; zoom: number };

export async function draw(job: DrawJob): Promise<Buffer> {
  return job.kind === 'card' ? rasterise(await cardSvg(job.card), 1) : rasterise(job.svg, job.zoom);
}
