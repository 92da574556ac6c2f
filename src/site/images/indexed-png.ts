/**
 * A picture's RGBA pixels as a PNG of at most 256 colours (colour type 3, a palette).
 *
 * When the picture has at most 256 colours they are the palette, exactly: share cards and
 * charts are flat colours and anti-aliased text on white, about 150–200 colours, and
 * their PNG is lossless. Maps at 2× have thousands (the blends along every border and
 * letter), but nearly all their pixels are in a few hundred of them: the 256 most frequent
 * become the palette and every other colour takes its nearest. That is what libimagequant
 * would do to such a picture at half its time (32 ms instead of 53 ms for a map at 1.5×),
 * with files of the same size; a picture whose most frequent colours leave more than
 * MAX_UNCOVERED of its pixels out (a photograph, a gradient) is declined, and png.ts gives
 * it to libimagequant.
 *
 * Hand-written because no maintained encoder does this fast: sharp always quantises a
 * palette PNG, and fast-png's pure-JS deflate took as long as libimagequant. The format is
 * four chunks (PNG specification, 3rd edition, §11); Node's zlib deflates and checksums.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_COLOURS = 256;
const COLOUR_TYPE_PALETTE = 3;
/**
 * The share of pixels that may change colour. The embedded release's maps at 1.5× leave
 * out 1.3% (median) to 5.8% (hatched areas, where every stripe's edge is a blend), with no
 * difference to see and a smaller error on average than libimagequant's; a gradient or a
 * photograph leaves out most of its pixels.
 */
export const MAX_UNCOVERED = 0.1;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** A pixel's colour as one number (alpha ignored, as sharp's removeAlpha does). */
const colourAt = (rgba: Uint8Array, p: number): number => rgba[p]! | (rgba[p + 1]! << 8) | (rgba[p + 2]! << 16);

/** How many pixels have each colour, in the order the colours first appear. */
function colourCounts(rgba: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  // Counted a run of equal pixels at a time: flat areas make long runs.
  let run = -1;
  let length = 0;
  for (let p = 0; p < rgba.length; p += 4) {
    const colour = colourAt(rgba, p);
    if (colour === run) {
      length++;
      continue;
    }
    if (length) counts.set(run, (counts.get(run) ?? 0) + length);
    run = colour;
    length = 1;
  }
  if (length) counts.set(run, (counts.get(run) ?? 0) + length);
  return counts;
}

function distance(a: number, b: number): number {
  const r = (a & 0xff) - (b & 0xff);
  const g = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  const bl = (a >> 16) - (b >> 16);
  return r * r + g * g + bl * bl;
}

function nearest(colour: number, palette: readonly number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let index = 0; index < palette.length; index++) {
    const d = distance(colour, palette[index]!);
    if (d < bestDistance) {
      best = index;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The palette and each colour's index in it, or undefined when the 256 most frequent
 * colours leave too many pixels out. Exact colours keep the order they first appear in;
 * reduced ones are ordered by frequency (ties by colour), so the same pixels always give
 * the same bytes.
 */
function paletteFor(rgba: Uint8Array): { palette: number[]; indexOf: Map<number, number> } | undefined {
  const counts = colourCounts(rgba);
  if (counts.size <= MAX_COLOURS) {
    const palette = [...counts.keys()];
    return { palette, indexOf: new Map(palette.map((colour, index) => [colour, index])) };
  }
  const byFrequency = [...counts].sort(([colourA, a], [colourB, b]) => b - a || colourA - colourB);
  const palette = byFrequency.slice(0, MAX_COLOURS).map(([colour]) => colour);
  const uncovered = byFrequency.slice(MAX_COLOURS).reduce((sum, [, count]) => sum + count, 0);
  if (uncovered > MAX_UNCOVERED * (rgba.length / 4)) return undefined;
  const indexOf = new Map(palette.map((colour, index) => [colour, index]));
  for (const [colour] of byFrequency.slice(MAX_COLOURS)) indexOf.set(colour, nearest(colour, palette));
  return { palette, indexOf };
}

/** The RGBA pixels as a palette PNG, or undefined when they do not fit one well (see above). */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const found = paletteFor(rgba);
  if (!found) return undefined;
  const { palette, indexOf } = found;
  // Each row starts with its filter byte, 0 (none): flat colour runs deflate well as they are.
  const rows = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p += 4) {
      const colour = colourAt(rgba, p);
      if (colour !== last) {
        last = colour;
        lastIndex = indexOf.get(colour)!;
      }
      rows[out++] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = COLOUR_TYPE_PALETTE;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((colour, i) => {
    plte[3 * i] = colour & 0xff;
    plte[3 * i + 1] = (colour >> 8) & 0xff;
    plte[3 * i + 2] = colour >> 16;
  });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', new Uint8Array())]);
}
