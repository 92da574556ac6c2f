/**
 * Every PNG the build makes — share cards and the chart and map downloads — is an SVG
 * rasterised here with resvg in the image fonts (fonts.ts), and kept in one
 * content-addressed cache, node_modules/.cache/png (PNG_CACHE_DIR overrides it): the
 * key is a hash of everything that goes into the picture, so a rebuild only draws
 * what changed, and the bytes are the same either way.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY, imageFonts } from './fonts.ts';

/** Bump when the way a PNG is made changes: it is part of every key. */
const FORMAT = 'png-2';

const cacheDir = (): string => path.resolve(process.env['PNG_CACHE_DIR'] || 'node_modules/.cache/png');

/**
 * The PNG cached under the hash of `parts` (with the format and the fonts), or the
 * one `draw` makes, stored for next time.
 */
export async function cachedPng(parts: readonly string[], draw: () => Buffer | Promise<Buffer>): Promise<Buffer> {
  const file = cacheFile(parts);
  return read(file) ?? write(file, await draw());
}

function cacheFile(parts: readonly string[]): string {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(imageFonts().digest);
  for (const part of parts) hash.update('\0').update(part);
  return path.join(cacheDir(), `${hash.digest('hex')}.png`);
}

const read = (file: string): Buffer | undefined => (existsSync(file) ? readFileSync(file) : undefined);

function write(file: string, png: Buffer): Buffer {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return png;
}

/** The SVG drawn at `zoom` times its size on white, its text in the image fonts. */
export function rasterise(svg: string, zoom: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: imageFonts().faces.map((f) => f.file),
      defaultFontFamily: IMAGE_FONT_FAMILY,
      sansSerifFamily: IMAGE_FONT_FAMILY,
    },
    logLevel: (process.env['RESVG_LOG'] as 'warn' | undefined) ?? 'error',
  });
  return resvg.render().asPng();
}

/** A downloadable SVG as PNG at `zoom` times its size, from the cache when drawn before. */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const file = cacheFile(['svg', String(zoom), svg]);
  return read(file) ?? write(file, rasterise(svg, zoom));
}
