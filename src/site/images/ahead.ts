/**
 * Pictures drawn ahead of their pages. Astro asks every route for its paths before it renders
 * any page, then renders in path order: the share cards (/og/…) come last and the PNG
 * downloads in the middle, and while Astro waited for them its own thread sat idle, as did a
 * core while it rendered the pages before them (a cold build of 5× the national test data:
 * 20 s of the 85 s with the workers idle, 20 s with Astro's thread idle). The routes that
 * draw therefore hand their pictures here from getStaticPaths; one at a time (a core for the
 * pictures, one for Astro), they are drawn into the build cache (png.ts), where each page finds
 * its own, or is still being drawn and is waited for, never drawn twice. The figures' Excel
 * downloads are handed here the same way (embed/files.ts), for the same reason: written only
 * when their page asked, they kept Astro's eight pages in flight waiting.
 *
 * Only a build draws ahead (not the dev server, which draws a picture when it is asked for),
 * and only with workers (BUILD_WORKERS=0 draws in Astro's thread, where nothing is gained).
 * A picture that fails here is drawn again by its page, which reports the error.
 */
import { poolSize } from '../workers/pool.ts';

type Draw = () => Promise<unknown>;

const queue: Draw[] = [];
let busy = false;

export function drawAhead(draws: readonly Draw[]): void {
  if (!import.meta.env?.PROD || poolSize() === 0) return;
  queue.push(...draws);
  if (!busy) next();
}

function next(): void {
  const draw = queue.shift();
  busy = draw !== undefined;
  if (draw) void draw().catch(() => undefined).finally(next);
}
