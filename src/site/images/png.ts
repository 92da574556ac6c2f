/**
 * PNG of a downloadable SVG, rasterised at twice its size with resvg in the self-hosted
 * Be Vietnam Pro — never the machine's fonts, so every build gives the same bytes.
 *
 * resvg reads TrueType but not WOFF, and the package ships only WOFF/WOFF2: the WOFF 1.0
 * files are unwrapped to plain TrueType (each table inflated, the table directory
 * rebuilt) into node_modules/.cache/embed-fonts once. The package splits the font into
 * subsets (latin, latin-ext, vietnamese), and resvg's glyph fallback gives up on them:
 * a subset without "ệ" makes its shaper decompose it into e + marks, the glyph counts
 * differ and resvg stops falling back ("Tỷ lệ" came out as "Tỷ l"). So each subset gets
 * its own family name (BVP-latin, …, as og-card.ts does for satori) and, before
 * rasterising, every <text> is cut into runs, each in the first subset whose cmap has
 * all of its characters and placed by the fonts' advance widths: no fallback is ever
 * needed. (<tspan>s in different families were tried: resvg shapes the whole line with
 * each span's font and drew nothing.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

/**
 * A minimal `name` table (format 0, Windows Unicode, en-US) naming the face `family`.
 * Checksums are not recomputed: font parsers, resvg's included, do not check them.
 */
export function nameTable(family: string, bold: boolean): Buffer {
  const style = bold ? 'Bold' : 'Regular';
  const names: [number, string][] = [
    [1, family],
    [2, style],
    [4, `${family} ${style}`],
    [6, `${family.replace(/[^A-Za-z0-9-]/g, '')}-${style}`],
  ];
  const strings = names.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const table = Buffer.alloc(6 + 12 * names.length);
  table.writeUInt16BE(0, 0);
  table.writeUInt16BE(names.length, 2);
  table.writeUInt16BE(6 + 12 * names.length, 4);
  let offset = 0;
  names.forEach(([id], i) => {
    const at = 6 + i * 12;
    table.writeUInt16BE(3, at);
    table.writeUInt16BE(1, at + 2);
    table.writeUInt16BE(0x0409, at + 4);
    table.writeUInt16BE(id, at + 6);
    table.writeUInt16BE(strings[i]!.length, at + 8);
    table.writeUInt16BE(offset, at + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([table, ...strings]);
}

const NAME = 0x6e616d65;
const CMAP = 0x636d6170;
const HEAD = 0x68656164;
const HHEA = 0x68686561;
const HMTX = 0x686d7478;

/**
 * A WOFF 1.0 font as the TrueType/OpenType bytes it wraps (W3C WOFF 1.0, §4–5),
 * optionally with its `name` table replaced.
 */
export function woffToSfnt(woff: Buffer, rename?: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('không phải tệp WOFF 1.0');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const all = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error('WOFF: độ dài bảng không khớp');
    return { tag, checksum, data: tag === NAME && rename ? rename : data };
  });
  const tables = all;
  const numTables = tables.length;
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    head.writeUInt32BE(t.tag, at);
    head.writeUInt32BE(t.checksum, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function tableOffset(sfnt: Buffer, tag: number): number {
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) if (sfnt.readUInt32BE(12 + i * 16) === tag) return sfnt.readUInt32BE(12 + i * 16 + 8);
  return -1;
}

/** Advance width of each glyph in font units, and the units per em (hmtx, hhea, head). */
export function glyphAdvances(sfnt: Buffer): { unitsPerEm: number; advance: (glyph: number) => number } {
  const head = tableOffset(sfnt, HEAD);
  const hhea = tableOffset(sfnt, HHEA);
  const hmtx = tableOffset(sfnt, HMTX);
  const unitsPerEm = sfnt.readUInt16BE(head + 18);
  const metrics = sfnt.readUInt16BE(hhea + 34);
  return { unitsPerEm, advance: (glyph) => sfnt.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1)) };
}

/** The glyph of each character a TrueType font maps (cmap formats 4 and 12; glyph 0 left out). */
export function cmapGlyphs(sfnt: Buffer): Map<number, number> {
  const covered = new Map<number, number>();
  const cmap = tableOffset(sfnt, CMAP);
  if (cmap < 0) return covered;
  const subtables = Array.from({ length: sfnt.readUInt16BE(cmap + 2) }, (_, i) => {
    const at = cmap + 4 + i * 8;
    return { platform: sfnt.readUInt16BE(at), encoding: sfnt.readUInt16BE(at + 2), offset: cmap + sfnt.readUInt32BE(at + 4) };
  });
  const pick = (format: number) => subtables.find((t) => t.platform !== 1 && sfnt.readUInt16BE(t.offset) === format);
  const f12 = pick(12);
  if (f12) {
    const groups = sfnt.readUInt32BE(f12.offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = f12.offset + 16 + g * 12;
      const [from, to, glyph] = [sfnt.readUInt32BE(at), sfnt.readUInt32BE(at + 4), sfnt.readUInt32BE(at + 8)];
      for (let c = from; c <= to; c++) if (glyph + (c - from) !== 0) covered.set(c, glyph + (c - from));
    }
    return covered;
  }
  const f4 = pick(4);
  if (!f4) return covered;
  const segments = sfnt.readUInt16BE(f4.offset + 6) / 2;
  const ends = f4.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const [end, start, delta, range] = [sfnt.readUInt16BE(ends + i * 2), sfnt.readUInt16BE(starts + i * 2), sfnt.readInt16BE(deltas + i * 2), sfnt.readUInt16BE(ranges + i * 2)];
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph = 0;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = sfnt.readUInt16BE(ranges + i * 2 + range + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.set(c, glyph);
    }
  }
  return covered;
}

interface Face {
  family: string;
  bold: boolean;
  glyphs: Map<number, number>;
  unitsPerEm: number;
  advance: (glyph: number) => number;
}

interface Fonts {
  version: string;
  files: string[];
  /** Every face, subsets in order of preference. */
  faces: Face[];
}

let loaded: Fonts | undefined;

function fonts(): Fonts {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pkg = path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'));
  const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const cache = path.resolve('node_modules/.cache/embed-fonts', `${version}-${FONT_FORMAT}`);
  mkdirSync(cache, { recursive: true });
  const faces: Face[] = [];
  const files = SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => {
      const name = `be-vietnam-pro-${subset}-${weight}-normal`;
      const ttf = path.join(cache, `${name}.ttf`);
      if (!existsSync(ttf)) {
        const tmp = `${ttf}.${process.pid}.tmp`;
        writeFileSync(tmp, woffToSfnt(readFileSync(path.join(pkg, 'files', `${name}.woff`)), nameTable(`BVP-${subset}`, weight === 700)));
        renameSync(tmp, ttf);
      }
      const bytes = readFileSync(ttf);
      faces.push({ family: `BVP-${subset}`, bold: weight === 700, glyphs: cmapGlyphs(bytes), ...glyphAdvances(bytes) });
      return ttf;
    }),
  );
  loaded = { version, files, faces };
  return loaded;
}

const decode = (s: string): string =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
const encode = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Every <text> of the SVG (plain text inside, as the files here write it) laid out as
 * one <text> per run of characters that one subset has, each placed at the x its
 * predecessors' advance widths give (text-anchor resolved here; kerning dropped).
 * A character no subset has stays in the run it falls in.
 */
export function layoutText(svg: string): string {
  const { faces } = fonts();
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_, attrs: string, body: string) => {
    const bold = attr(attrs, 'font-weight') === '700';
    const size = Number(attr(attrs, 'font-size') ?? 12);
    const own = faces.filter((f) => f.bold === bold);
    const runs: { face: Face; text: string; width: number }[] = [];
    for (const ch of decode(body)) {
      const cp = ch.codePointAt(0)!;
      const last = runs.at(-1);
      const face = (cp === 0x20 && last ? last.face : own.find((f) => f.glyphs.has(cp))) ?? last?.face ?? own[0]!;
      const width = (face.advance(face.glyphs.get(cp) ?? 0) * size) / face.unitsPerEm;
      if (last && last.face === face) {
        last.text += ch;
        last.width += width;
      } else runs.push({ face, text: ch, width });
    }
    const total = runs.reduce((sum, r) => sum + r.width, 0);
    const anchor = attr(attrs, 'text-anchor');
    let x = Number(attr(attrs, 'x') ?? 0) - (anchor === 'end' ? total : anchor === 'middle' ? total / 2 : 0);
    const rest = attrs.replace(/\s(x|text-anchor|font-family)="[^"]*"/g, '');
    return runs
      .map((r) => {
        const out = `<text${rest} x="${round2(x)}" font-family="${r.face.family}" xml:space="preserve">${encode(r.text)}</text>`;
        x += r.width;
        return out;
      })
      .join('');
  });
}

/** Bump when the way a PNG is made changes: it is part of the cache key. */
const PNG_FORMAT = 'png-1';
const FONT_FORMAT = 'renamed-1';

/**
 * The SVG drawn at `zoom` times its size on white. Cached in node_modules/.cache/embed-png
 * by a hash of everything that goes in (SVG, zoom, font version, format): a rebuild only
 * rasterises what changed, and the bytes are the same either way.
 */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const f = fonts();
  const key = createHash('sha256').update(`${PNG_FORMAT}|${f.version}|${zoom}|`).update(svg).digest('hex');
  const dir = path.resolve('node_modules/.cache/embed-png');
  const file = path.join(dir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const resvg = new Resvg(layoutText(svg), {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: f.files, defaultFontFamily: 'BVP-latin', sansSerifFamily: 'BVP-latin' },
    logLevel: (process.env['RESVG_LOG'] as 'warn' | undefined) ?? 'error',
  });
  const png = resvg.render().asPng();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
