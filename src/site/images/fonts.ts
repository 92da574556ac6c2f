/**
 * The typeface of every image the build draws (share cards, chart and map PNGs):
 * Be Vietnam Pro, regular and bold, as the whole TrueType files of
 * @expo-google-fonts/be-vietnam-pro (SIL Open Font License 1.1), which satori and
 * resvg read as they are. Never the machine's fonts, so every build draws the same.
 *
 * Whole fonts, not per-script subsets (latin, latin-ext, vietnamese): split across
 * subsets, a Vietnamese word needs glyphs from two files, and both satori and resvg then
 * drop letters (ệ, Đ, ậ) or stop drawing. (The pages use the reader's system fonts:
 * src/styles/global.css.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The family name inside the font files, as SVG `font-family` and satori's `fontFamily` name it. */
export const IMAGE_FONT_FAMILY = 'Be Vietnam Pro';

export interface ImageFontFace {
  weight: 400 | 700;
  file: string;
  data: Buffer;
}

export interface ImageFonts {
  faces: ImageFontFace[];
  /** sha256 of the font files: part of every cached image's key. */
  digest: string;
}

const FILES = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf' } as const;

let loaded: ImageFonts | undefined;

export function imageFonts(): ImageFonts {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  const hash = createHash('sha256');
  const faces = ([400, 700] as const).map((weight) => {
    const file = path.join(dir, FILES[weight]);
    const data = readFileSync(file);
    hash.update(data);
    return { weight, file, data };
  });
  loaded = { faces, digest: hash.digest('hex') };
  return loaded;
}
