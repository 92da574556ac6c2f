import { lineAndColumn } from '../validation/json-file.ts';

/**
 * Text as a reader sees it, for the checks that look for personal data and names: HTML
 * entities decoded ("Nông&nbsp;Văn&#160;A"), Unicode NFC, every kind of space (no-break,
 * thin, figure, ideographic) a plain space, and invisible characters (soft hyphen,
 * zero-width space and joiners, BOM) gone — the tricks that let "0912 345 678" or a name
 * slip past a pattern. Each character keeps the offset it came from, so a hit is reported
 * at its line and column in the file as written.
 */
export interface ReadableText {
  text: string;
  /** offsets[i]: where text[i] came from in the original. */
  offsets: number[];
}

const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '', zwsp: '', zwj: '', zwnj: '', ndash: '–', mdash: '—', hellip: '…', thinsp: ' ', ensp: ' ', emsp: ' ',
};
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const MARK = /\p{M}/u;

export function readable(original: string): ReadableText {
  // 1. Entities decoded, spaces unified, invisible characters dropped.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < original.length; ) {
    let ch: string;
    let length: number;
    const entity = original[i] === '&' ? ENTITY.exec(original.slice(i, i + 12)) : null;
    if (entity) {
      const code = entity[1] !== undefined ? Number(entity[1]) : entity[2] !== undefined ? parseInt(entity[2], 16) : undefined;
      const decoded = code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : '') : NAMED[entity[3]!.toLowerCase()];
      if (decoded === undefined) {
        ch = '&';
        length = 1;
      } else {
        ch = decoded;
        length = entity[0].length;
      }
    } else {
      ch = String.fromCodePoint(original.codePointAt(i)!);
      length = ch.length;
    }
    if (SPACE.test(ch)) ch = ' ';
    if (!INVISIBLE.test(ch)) for (const c of ch) {
      chars.push(c);
      from.push(i);
    }
    i += length;
  }
  // 2. NFC, one base character with its combining marks at a time, so offsets follow.
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i + 1;
    while (j < chars.length && MARK.test(chars[j]!)) j++;
    const cluster = chars.slice(i, j).join('').normalize('NFC');
    for (let k = 0; k < cluster.length; k++) offsets.push(from[i]!);
    text += cluster;
    i = j;
  }
  return { text, offsets };
}

/** 1-based line and column of an offset in the original text. */
export const position = lineAndColumn;
