/**
 * A PNG written with its exact colours as a palette (colour type 3), without quantising,
 * when the picture has at most 256 of them. Share cards and charts are flat colours and
 * anti-aliased text on white, about 150–200 colours: their palette PNG is then lossless
 * and written in about 8 ms, where libimagequant (png.ts) takes about 20 ms to find the
 * same colours. Maps at 2× have a thousand and more (the blends along every border) and
 * stay with libimagequant.
 *
 * Hand-written because no maintained encoder does this fast: sharp always quantises a
 * palette PNG, and fast-png's pure-JS deflate took as long as libimagequant. The format is
 * four chunks (PNG specification, 3rd edition, §11); Node's zlib deflates and checksums.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_COLOURS = 256;
const COLOUR_TYPE_PALETTE = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * The RGBA pixels (alpha ignored, as sharp's removeAlpha does) as a palette PNG, or
 * undefined when they have more than 256 colours. Colours are numbered in the order they
 * first appear, so the same pixels always give the same bytes.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const palette: number[] = [];
  const indexOf = new Map<number, number>();
  // Each row starts with its filter byte, 0 (none): flat colour runs deflate well as they are.
  const rows = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p += 4) {
      const colour = rgba[p]! | (rgba[p + 1]! << 8) | (rgba[p + 2]! << 16);
      if (colour !== last) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          if (palette.length === MAX_COLOURS) return undefined;
          index = palette.length;
          indexOf.set(colour, index);
          palette.push(colour);
        }
        last = colour;
        lastIndex = index;
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
