/**
 * A picture's RGBA pixels as a PNG of at most 256 colours (colour type 3, a palette).
 *
 * When the picture has at most 256 colours they are the palette, exactly: share cards and
 * charts are flat colours and anti-aliased text on white, about 150–200 colours, and
 * their PNG is lossless. Maps have thousands (the blends along every border and
 * letter), but nearly all their pixels are in a few hundred of them: the 256 most frequent
 * become the palette and every other colour takes its nearest. That is what libimagequant
 * would do to such a picture, in half the time (it takes 53 ms for a map at 1.5×) and
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

/**
 * Room for a picture's runs, kept from one picture to the next: a worker draws hundreds, and
 * eight fresh bytes a pixel for each had the kernel zeroing pages for a tenth of the time.
 */
let runScratch = new Int32Array(0);

/**
 * The picture as runs of pixels of one colour, and its colours numbered in the order
 * they first appear, with how many pixels have each. Colours are looked up once a run in
 * an open-addressing table of typed arrays: with a Map, writing a share card took half as
 * long again (10 ms instead of 7).
 */
function colourRuns(rgba: Uint8Array): { runIds: Int32Array; runLengths: Int32Array; runCount: number; colours: number[]; pixelCounts: number[] } {
  const pixels = rgba.length / 4;
  if (runScratch.length < 2 * pixels) runScratch = new Int32Array(2 * pixels);
  const runIds = runScratch.subarray(0, pixels);
  const runLengths = runScratch.subarray(pixels, 2 * pixels);
  const colours: number[] = [];
  const pixelCounts: number[] = [];
  let bits = 10;
  let table = new Int32Array(1 << bits).fill(-1);
  // Fibonacci hashing: the product's high bits mix all three channels (its low bits would
  // depend on red and green alone).
  const slotOf = (colour: number): number => Math.imul(colour, 0x9e3779b1) >>> (32 - bits);
  const idOf = (colour: number): number => {
    const mask = table.length - 1;
    let slot = slotOf(colour);
    for (; table[slot] !== -1; slot = (slot + 1) & mask) {
      if (colours[table[slot]!] === colour) return table[slot]!;
    }
    const id = colours.length;
    colours.push(colour);
    pixelCounts.push(0);
    table[slot] = id;
    // Kept at most half full, so a search ends within a few slots.
    if (2 * colours.length > table.length) {
      table = new Int32Array(1 << ++bits).fill(-1);
      colours.forEach((known, knownId) => {
        let free = slotOf(known);
        while (table[free] !== -1) free = (free + 1) & (table.length - 1);
        table[free] = knownId;
      });
    }
    return id;
  };
  let runCount = 0;
  for (let p = 0; p < pixels; ) {
    const colour = colourAt(rgba, 4 * p);
    const start = p;
    for (p++; p < pixels && colourAt(rgba, 4 * p) === colour; p++);
    const id = idOf(colour);
    runIds[runCount] = id;
    runLengths[runCount++] = p - start;
    pixelCounts[id]! += p - start;
  }
  return { runIds, runLengths, runCount, colours, pixelCounts };
}

function distance(a: number, b: number): number {
  const r = (a & 0xff) - (b & 0xff);
  const g = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  const bl = (a >> 16) - (b >> 16);
  return r * r + g * g + bl * bl;
}

const red = (colour: number): number => colour & 0xff;

/**
 * A search for the palette colour nearest a colour (squared RGB distance; of equals, the
 * first in the palette). It walks the palette in order of red outwards from the colour's
 * red and stops each way once the red difference alone is as far as the best found: a
 * map's thousands of rare blends are then found in a few steps each, not 256.
 */
function nearestIn(palette: readonly number[]): (colour: number) => number {
  const byRed = palette.map((_, index) => index).sort((a, b) => red(palette[a]!) - red(palette[b]!) || a - b);
  // Where the walk starts for each red: the first palette colour whose red is at least that.
  const startAt = new Uint16Array(257);
  for (let r = 0, i = 0; r <= 256; r++) {
    while (i < byRed.length && red(palette[byRed[i]!]!) < r) i++;
    startAt[r] = i;
  }
  return (colour) => {
    let best = 0;
    let bestDistance = Infinity;
    const consider = (index: number): void => {
      const d = distance(colour, palette[index]!);
      if (d < bestDistance || (d === bestDistance && index < best)) [best, bestDistance] = [index, d];
    };
    let up = startAt[red(colour)]!;
    for (let down = up - 1; up < byRed.length || down >= 0; up++, down--) {
      const upGap = up < byRed.length ? red(palette[byRed[up]!]!) - red(colour) : Infinity;
      const downGap = down >= 0 ? red(colour) - red(palette[byRed[down]!]!) : Infinity;
      if (upGap * upGap > bestDistance && downGap * downGap > bestDistance) break;
      if (upGap * upGap <= bestDistance) consider(byRed[up]!);
      if (downGap * downGap <= bestDistance) consider(byRed[down]!);
    }
    return best;
  };
}

/**
 * The palette and the palette index of each colour (by its number from colourRuns), or
 * undefined when the 256 most frequent colours leave too many pixels out. Exact colours
 * keep the order they first appear in; reduced ones are ordered by frequency (ties by
 * colour), so the same pixels always give the same bytes.
 */
function paletteFor(colours: readonly number[], pixelCounts: readonly number[], pixels: number): { palette: number[]; indexOfId: Uint8Array } | undefined {
  if (colours.length <= MAX_COLOURS) return { palette: [...colours], indexOfId: Uint8Array.from(colours.keys()) };
  const byFrequency = [...colours.keys()].sort((a, b) => pixelCounts[b]! - pixelCounts[a]! || colours[a]! - colours[b]!);
  const uncovered = byFrequency.slice(MAX_COLOURS).reduce((sum, id) => sum + pixelCounts[id]!, 0);
  if (uncovered > MAX_UNCOVERED * pixels) return undefined;
  const palette = byFrequency.slice(0, MAX_COLOURS).map((id) => colours[id]!);
  const indexOfId = new Uint8Array(colours.length);
  byFrequency.slice(0, MAX_COLOURS).forEach((id, index) => (indexOfId[id] = index));
  const nearest = nearestIn(palette);
  for (const id of byFrequency.slice(MAX_COLOURS)) indexOfId[id] = nearest(colours[id]!);
  return { palette, indexOfId };
}

/** The RGBA pixels as a palette PNG, or undefined when they do not fit one well (see above). */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const { runIds, runLengths, runCount, colours, pixelCounts } = colourRuns(rgba);
  const found = paletteFor(colours, pixelCounts, width * height);
  if (!found) return undefined;
  const { palette, indexOfId } = found;
  // Each row starts with its filter byte, 0 (none): flat colour runs deflate well as they are.
  const rows = Buffer.alloc((width + 1) * height);
  for (let run = 0, p = 0; run < runCount; run++) {
    const index = indexOfId[runIds[run]!]!;
    // A run may go on past the end of a row: filled a row's part at a time.
    for (let left = runLengths[run]!; left > 0; ) {
      const x = p % width;
      const part = Math.min(left, width - x);
      const out = p + Math.floor(p / width) + 1;
      // Most runs are a pixel or two of blend, for which a call to fill costs more than a loop.
      if (part < 16) for (let i = out; i < out + part; i++) rows[i] = index;
      else rows.fill(index, out, out + part);
      p += part;
      left -= part;
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
