import { foldVietnamese } from '../slug.ts';

/**
 * Text comparisons that forgive what spreadsheets do to Vietnamese: case, spacing,
 * Unicode forms (NFC/NFD), tone marks placed on another vowel ("Hòa"/"Hoà",
 * "Thụy"/"Thuỵ"), missing diacritics, and "đ" (which NFD does not decompose).
 */

/** NFC, one space between words, lower case. */
export const tidy = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Header key: no case, no diacritics, no bracketed units ("(hộ)", "(%)"), no punctuation; "tỉ lệ" = "tỷ lệ". */
export function headerKey(text: string): string {
  const raw = tidy(text);
  const withoutBrackets = raw.replace(/\([^)]*\)/g, ' ').trim();
  const base = withoutBrackets !== '' ? withoutBrackets : raw;
  const folded = foldVietnamese(base).replace(/\bti le\b/g, 'ty le');
  const key = folded.replace(/[^a-z0-9]+/g, '');
  return key === '' && raw.includes('%') ? 'percent' : key;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's letters without its tone mark, followed by the tone: "hòa" and "hoà" both
 * become "hoa\u0300", whichever vowel carries the mark.
 */
function toneKey(text: string): string {
  return tidy(text)
    .split(' ')
    .map((word) => {
      const d = word.normalize('NFD');
      const tones = (d.match(TONE_MARKS) ?? []).sort().join('');
      return d.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join(' ');
}

/** Fully folded: "Đình Lập" → "dinh lap". */
export const foldKey = (text: string): string => foldVietnamese(tidy(text)).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

const TYPE_PREFIX = /^(xã|phường|thị trấn|tt\.?|huyện|thành phố|tp\.?|thị xã|tx\.?|tỉnh|thôn|bản|khối phố)\s+/;

export type NameMatch = 'same' | 'tone-variant' | 'unaccented' | 'different';

/**
 * How a name written in the spreadsheet compares with the unit's name. A leading unit
 * type ("Xã", "TT.", "Huyện") is ignored.
 */
export function compareNames(written: string, official: string): NameMatch {
  const strip = (s: string) => tidy(s).replace(TYPE_PREFIX, '');
  const candidates = [tidy(written), strip(written)];
  const target = tidy(official);
  if (candidates.includes(target)) return 'same';
  if (candidates.some((c) => toneKey(c) === toneKey(target))) return 'same';
  const folded = candidates.map(foldKey);
  if (folded.includes(foldKey(target))) {
    const unaccented = candidates.every((c) => c === foldVietnamese(c));
    return unaccented ? 'unaccented' : 'tone-variant';
  }
  return 'different';
}

/**
 * A totals or subtotal label: "Tổng cộng", "Toàn tỉnh", "Cộng", "Cộng huyện …", "Tổng",
 * "Tổng số", "Total". "Cộng" must carry its tone mark unless alone, because folded it is
 * "cong", the start of real commune names (xã Công Sơn).
 */
export function isTotalsLabel(text: string): boolean {
  const t = tidy(text).replace(/[:.]+$/, '');
  if (/^(tổng cộng|toàn tỉnh|cộng|tổng số|total|grand total)(\s|$)/.test(t) || t === 'tổng' || t === 'sum') return true;
  const f = foldKey(t);
  return /^(tong cong|toan tinh|grand total)(\s|$)/.test(f) || ['cong', 'tong', 'tong so', 'total'].includes(f);
}
