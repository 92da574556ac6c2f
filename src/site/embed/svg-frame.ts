/**
 * The frame of a downloadable SVG: a white page with the figure's title and release
 * line on top, the drawing, a legend, then the demo notice and the source lines.
 * Standalone (xmlns, <title>, <desc>), presentation attributes only (no CSS), text in
 * Be Vietnam Pro falling back to any sans-serif. Text is wrapped by an estimate of its
 * width, since nothing measures glyphs here: generous, so no line runs off the page.
 */

export const FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
export const PAD = 16;
const INK = '#1b1b1b';
const MUTED = '#4a4f55';

export const esc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Lines of at most about `width` px at `size` px (a Vietnamese sans averages ~0.58 em a letter). */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > max) {
      const pieces = breakLongWord(word, max);
      if (line) lines.push(line);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    } else if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A word longer than a line, in practice a figure's address at the foot of a narrow chart
 * (`…/tien-do/2020-01/181-binh-gia/#chart-district-181-h` ran off a district chart's PNG),
 * broken after a "/" or before a "#" or "?" so each piece reads as part of one address; a
 * piece with no such place left is cut at the line's length.
 */
function breakLongWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > max) {
    let cut = 0;
    for (let i = 1; i <= max; i++) {
      if (rest[i - 1] === '/' || rest[i] === '#' || rest[i] === '?') cut = i;
    }
    // A break in the first few letters would leave a stub of a line ("https:/").
    if (cut < max / 3) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest ? [...pieces, rest] : pieces;
}

export interface TextBlock {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  /** Yellow band behind the text (the demo notice). */
  warn?: boolean;
}

/** Draws blocks of wrapped text from `y` down; returns the markup and the next y. */
export function textBlocks(blocks: readonly TextBlock[], x: number, y: number, width: number): { svg: string; y: number } {
  let out = '';
  for (const b of blocks) {
    if (!b.text) continue;
    const lineHeight = Math.round(b.size * 1.35);
    const lines = wrap(b.text, width - (b.warn ? 12 : 0), b.size);
    if (b.warn) {
      out += `<rect x="${x}" y="${y}" width="${width}" height="${lines.length * lineHeight + 8}" fill="#ffd84d"/>`;
      y += 4;
    }
    for (const line of lines) {
      y += lineHeight;
      out += `<text x="${x + (b.warn ? 6 : 0)}" y="${y - Math.round(lineHeight * 0.28)}" font-size="${b.size}"${b.bold ? ' font-weight="700"' : ''} fill="${b.color ?? (b.size < 13 ? MUTED : INK)}">${esc(line)}</text>`;
    }
    y += b.warn ? 12 : 6;
  }
  return { svg: out, y };
}

export interface SvgPage {
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
  /** <defs> content (patterns). */
  defs?: string;
}

export function svgDocument(p: SvgPage): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" ` +
    `role="img" aria-labelledby="figure-title figure-desc" font-family="${esc(FONT_FAMILY)}">\n` +
    `<title id="figure-title">${esc(p.title)}</title>\n<desc id="figure-desc">${esc(p.desc)}</desc>\n` +
    (p.defs ? `<defs>${p.defs}</defs>\n` : '') +
    `<rect width="${p.width}" height="${p.height}" fill="#ffffff"/>\n${p.body}\n</svg>\n`
  );
}

/** What every file says besides its figure. */
export interface FileText {
  title: string;
  /** "Số liệu mới nhất: phiên bản dữ liệu 2026.1…" or the pinned line. */
  release: string;
  /** The figure in words (its text description), for <desc>. */
  description: string;
  demo?: string;
  /** "Nguồn: … (host), phiên bản dữ liệu …", then the documents, then the page's URL. */
  source: string[];
}

export const header = (f: FileText, width: number): { svg: string; y: number } =>
  textBlocks([{ text: f.title, size: 16, bold: true }, { text: f.release, size: 12 }], PAD, PAD - 4, width - 2 * PAD);

export const footer = (f: FileText, y: number, width: number): { svg: string; y: number } =>
  textBlocks([...(f.demo ? [{ text: f.demo, size: 12, warn: true, color: INK }] : []), ...f.source.map((text) => ({ text, size: 11 }))], PAD, y, width - 2 * PAD);
