/**
 * Every PNG the build makes — share cards and the chart and map downloads — is an SVG
 * rasterised here with resvg in the image fonts (fonts.ts), written as a palette of at
 * most 256 colours (indexed-png.ts): the exact colours when there are no more (cards and
 * charts, lossless), else the most frequent with every rare blend taking its nearest
 * (maps: flat colours and text lose nothing visible, the file shrinks to about a third).
 * A picture that does not fit a palette so (none the build draws today) is reduced by
 * sharp's libimagequant. It is kept in one
 * content-addressed cache (src/config.ts buildCacheDir: `.cache/png` in the project,
 * outside node_modules so a CI cache or a kept folder can carry it between clean
 * clones). The key is a hash of
 * everything that goes into the picture, so a rebuild only draws what changed, and the
 * bytes are the same either way. Drawing runs on a pool of worker threads (pool.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { buildCacheDir } from '../../config.ts';
import { sharedWhileRunning, storeInCache } from '../build-cache.ts';
import { IMAGE_FONT_FAMILY, imageFonts } from './fonts.ts';
import { indexedPng } from './indexed-png.ts';
import { runInPool } from '../workers/pool.ts';

/** Bump when the way a PNG is made changes: it is part of every key. */
const FORMAT = 'png-5';

/** The pictures being drawn, by cache file; each leaves when it is stored or its drawing fails. */
const drawing = new Map<string, Promise<Buffer>>();

/**
 * The PNG cached under the hash of `parts` (with the format and the fonts), or the
 * one `draw` makes, stored for next time.
 */
export function cachedPng(parts: readonly string[], draw: () => Buffer | Promise<Buffer>): Promise<Buffer> {
  const file = cacheFile(parts);
  const stored = read(file);
  if (stored) return Promise.resolve(stored);
  return sharedWhileRunning(drawing, file, async () => write(file, await draw()));
}

function cacheFile(parts: readonly string[]): string {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(imageFonts().digest);
  for (const part of parts) hash.update('\0').update(part);
  return path.join(buildCacheDir('png'), `${hash.digest('hex')}.png`);
}

const read = (file: string): Buffer | undefined => (existsSync(file) ? readFileSync(file) : undefined);

function write(file: string, png: Buffer): Buffer {
  storeInCache(file, png);
  return png;
}

// One libvips thread per worker thread: the pool already uses every core.
sharp.concurrency(1);

/** The SVG drawn at `zoom` times its size on white, its text in the image fonts, as a palette PNG. */
export async function rasterise(svg: string, zoom: number): Promise<Buffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      // A share card's text is already outlines (satori): reading the fonts would be wasted.
      fontFiles: svg.includes('<text') ? imageFonts().faces.map((f) => f.file) : [],
      defaultFontFamily: IMAGE_FONT_FAMILY,
      sansSerifFamily: IMAGE_FONT_FAMILY,
    },
    logLevel: (process.env['RESVG_LOG'] as 'warn' | undefined) ?? 'error',
  });
  const image = resvg.render();
  // Read once: `pixels` is a getter that copies the whole picture out of resvg each time.
  const { pixels, width, height } = image;
  const indexed = indexedPng(pixels, width, height);
  if (indexed) {
    // resvg's objects keep their native memory (the parsed SVG, the pixels) until their
    // finalizers run, which Node defers to the event loop: a worker drawing job after job
    // without yielding held every picture it drew (4.6 GB in one build; sharp's encoder
    // below yields by itself).
    await setImmediate();
    return indexed;
  }
  // No dithering: flat areas stay flat, and the file is smaller. Effort 1 and zlib level 6
  // cost a third of resvg's own PNG encoder and give files 7% larger than the slowest settings.
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}

/** A downloadable SVG as PNG at `zoom` times its size, from the cache when drawn before. */
export function svgToPng(svg: string, zoom: number): Promise<Buffer> {
  return cachedPng(['svg', String(zoom), svg], () => runInPool({ kind: 'svg', svg, zoom }));
}
