/**
 * Finds text that looks like personal data which must never be published (docs/data-format.md#content-frontmatter):
 * phone numbers, national ID numbers (9-digit CMND, 12-digit CCCD), e-mail addresses,
 * Zalo and Facebook links (they lead to a person's account) and exact street addresses.
 * Plain TypeScript: the content loader runs it on every file of content/ (and on file
 * names, which become URLs), the validator on every free-text field of the data files;
 * a hit fails the build naming the file and the line (or the JSON path).
 *
 * The text is first made readable (readable.ts): entities decoded, no-break and
 * zero-width characters unified or dropped, so "0912&nbsp;345&nbsp;678" is a phone number
 * too. A Markdown soft line break is a space to a reader, so groups may continue on the
 * next line.
 *
 * The rules are deliberately narrow so that ordinary figures never trip them:
 * Vietnamese thousands ("199.765"), decision numbers ("83/QĐ-UBND"), dates
 * ("15/01/2026", "2026-01-15"), unit codes ("06073") and web addresses other than Zalo
 * and Facebook (which are skipped) pass.
 */
import { position, readable } from './readable.ts';

export type PersonalDataKind = 'phone' | 'id-number' | 'street-address' | 'email' | 'social-link';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** 1-based line and column in the text given. */
  line: number;
  column: number;
  /** The text that matched, with most digits masked so logs do not repeat it. */
  excerpt: string;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** Between two groups of digits: one space, dot or hyphen, or a line break (a soft break in Markdown). */
const GAP = '(?:[ .\\-]|[ \\t]*\\n[ \\t]*)';

/** Web addresses carry long digit runs (article ids); they are blanked out before scanning — after a look at where they lead. */
const URL = /\b(?:https?:\/\/|www\.)[^\s)>\]"']+/giu;
/** Addresses that lead to one person: a Zalo number, a Facebook or Messenger account. */
const SOCIAL = /(?<![\p{L}\p{N}.])(?:(?:https?:\/\/)?(?:www\.|m\.|web\.|chat\.)?(?:zalo\.me|facebook\.com|fb\.com|fb\.me|fb\.watch|m\.me|messenger\.com)\/[^\s)>\]"']+)/giu;

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Words that introduce a phone number, written straight against it as in "SĐT0987654321". */
const PHONE_WORDS = '(?:sđt|sdt|đt|đtdđ|dđ|tel|hotline|zalo|phone|điện thoại|di động)';

/**
 * A run of digit groups that starts like a Vietnamese phone number: "+84"/"84"/"(+84)"
 * or a leading 0, optionally with the area code in parentheses.
 */
const PHONE_CANDIDATE = new RegExp(
  `(?:${NOT_WORD_BEFORE}|(?<=${PHONE_WORDS}[:.]?))(?:\\(\\+84\\)\\s?|\\+\\s?84|\\(?0)\\d*\\)?(?:${GAP}?\\(?\\d+\\)?)*`,
  'giu',
);

/** Contiguous 9 or 12 digits, not part of a grouped number or a longer token. */
const ID_NUMBER = new RegExp(`${NOT_WORD_BEFORE}(?<![.,/\\-]|\\d[ .\\-])(?:\\d{12}|\\d{9})${NOT_WORD_AFTER}(?![.,]\\d)`, 'gu');
/** A CCCD (province code 001–096 first, so it starts with 0) written in groups: "001 092 012 345", "0010 9201 2345". */
const ID_GROUPED = new RegExp(`${NOT_WORD_BEFORE}(?<![.,/\\-]|\\d[ .\\-])0(?:\\d{2}(?:[ .\\-]\\d{3}){3}|\\d{3}(?:[ .\\-]\\d{4}){2}|\\d{2}[ .]\\d{3}[ .]\\d{3})${NOT_WORD_AFTER}(?![ .,\\-]?\\d)`, 'gu');
/** Any grouping, after the words that name the document. */
const ID_AFTER_WORD = /(?:cccd|cmnd|cmt|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|số định danh(?: cá nhân)?)\s*(?:số\s*)?[:.]?\s*((?:\d[ .-]?){8,11}\d)(?![\p{L}\p{N}])/giu;

const STREET_WORD = '(?:[Đđ]ường|[Pp]hố|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)';
const HOUSE_NUMBER = '\\d+[A-Za-z]?(?:\\/\\d+[A-Za-z]?)*';
const NAME_WORD = '\\p{Lu}\\p{Ll}*';
const ADDRESS_PATTERNS: readonly RegExp[] = [
  // "số nhà 12", "nhà số 12"
  new RegExp(`${NOT_WORD_BEFORE}(?:[Ss]ố\\s+nhà|[Nn]hà\\s+số)\\s*${HOUSE_NUMBER}`, 'gu'),
  // "ngõ 5", "ngách 12/3", "hẻm số 7"
  new RegExp(`${NOT_WORD_BEFORE}(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\\s+(?:số\\s*)?${HOUSE_NUMBER}${NOT_WORD_AFTER}`, 'gu'),
  // "12 đường Trần Đăng Ninh", "số 5, phố Lê Lợi", "25B/3 Ngõ Văn Cao": a number, then a street word, then a name
  new RegExp(`${NOT_WORD_BEFORE}(?:[Ss]ố\\s*)?${HOUSE_NUMBER}\\s*,?\\s+${STREET_WORD}\\s+\\p{Lu}\\p{L}*`, 'gu'),
  // "Số 12 Trần Đăng Ninh": "Số", a house number, then a name of two or more capitalised words
  new RegExp(`${NOT_WORD_BEFORE}Số\\s+${HOUSE_NUMBER},?\\s+${NAME_WORD}(?:\\s+${NAME_WORD})+`, 'gu'),
];

/** Masks all but the first two and the last digit: "0912 345 678" → "09•• ••• ••8". */
function mask(text: string): string {
  const digits = [...text].filter((c) => c >= '0' && c <= '9').length;
  let seen = 0;
  return [...text]
    .map((c) => {
      if (c < '0' || c > '9') return c;
      seen++;
      return seen <= 2 || seen === digits ? c : '•';
    })
    .join('');
}

/** The digits of a phone candidate, "+84"/"84" replaced by the national 0. */
function nationalDigits(groups: readonly string[]): string {
  const digits = groups.join('');
  return digits.startsWith('84') && groups[0]!.replace(/\D/g, '').startsWith('84') ? `0${digits.slice(2)}` : digits;
}

const isPhoneNumber = (digits: string): boolean => /^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits);

/**
 * Whether a candidate (or a prefix of it, made of whole groups) is a phone
 * number. Written as one block of 10–11 digits, or as groups of 2–4 digits
 * (the usual "0912 345 678", "091.234.5678", "(0205) 3812 345").
 */
function phoneLength(candidate: string): number | undefined {
  const parts = [...candidate.matchAll(/\d+/g)];
  if (parts.length === 0) return undefined;
  const groups = parts.map((m) => m[0]);
  if (groups.length === 1 || groups[0]!.length > 4) {
    const digits = nationalDigits([groups[0]!]);
    return isPhoneNumber(digits) ? parts[0]!.index! + groups[0]!.length : undefined;
  }
  for (let n = 2; n <= groups.length; n++) {
    if (groups[n - 1]!.length > 4 && n > 1) break;
    const digits = nationalDigits(groups.slice(0, n));
    if (digits.length > 11) break;
    if (isPhoneNumber(digits)) return parts[n - 1]!.index! + groups[n - 1]!.length;
  }
  return undefined;
}

/** A word without which no address pattern matches: "số nhà", "nhà số", a street word, or "Số" before a name. */
const ADDRESS_WORD = /[Nn]hà|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt|[Đđ]ường|[Pp]hố|Số/;
/** Characters readable() drops, which could join the letters of a word. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * Whether no pattern can match, decided without making the text readable: a phone or ID
 * number has nine digits or more, an e-mail an "@", a link a "/", and an address one of
 * ADDRESS_WORD; "&" (an entity), an invisible character or a text not in NFC would change
 * what the patterns see, so such a text is scanned in full. Most texts with a digit in a
 * large release are names like "Phường 1", thousands of them.
 */
function holdsNone(original: string): boolean {
  if (/[@/&]/.test(original) || ADDRESS_WORD.test(original) || INVISIBLE.test(original)) return false;
  let digits = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 9) return false;
  }
  return original.normalize('NFC') === original;
}

/** Every hit in a text, with 1-based line numbers counted from `firstLine`. */
export function findPersonalData(original: string, firstLine = 1): PersonalDataHit[] {
  // Every pattern needs a digit, an "@" or a "/" (entities start with "&"): most texts of a
  // release (unit names, titles) have none, and 10,000 of them are read in one validation.
  if (!/[0-9@/&]/.test(original) || holdsNone(original)) return [];
  const { text, offsets } = readable(original);
  const hits: PersonalDataHit[] = [];
  const taken: [number, number][] = [];
  const overlaps = (from: number, to: number) => taken.some(([a, b]) => from < b && a < to);
  const add = (kind: PersonalDataKind, index: number, match: string) => {
    if (overlaps(index, index + match.length)) return;
    taken.push([index, index + match.length]);
    const { line, column } = position(original, offsets[index] ?? 0);
    const shown = match.replace(/\s+/g, ' ');
    hits.push({ kind, line: line + firstLine - 1, column, excerpt: kind === 'street-address' ? shown : mask(shown) });
  };
  for (const m of text.matchAll(SOCIAL)) add('social-link', m.index!, m[0]);
  for (const m of text.matchAll(EMAIL)) add('email', m.index!, m[0]);
  const blank = (s: string, re: RegExp) => s.replace(re, (u) => ' '.repeat(u.length));
  const scanned = blank(blank(blank(text, SOCIAL), URL), EMAIL);
  for (const m of scanned.matchAll(ID_AFTER_WORD)) add('id-number', m.index! + m[0].length - m[1]!.length, m[1]!);
  for (const m of scanned.matchAll(PHONE_CANDIDATE)) {
    const length = phoneLength(m[0]);
    if (length !== undefined) add('phone', m.index!, m[0].slice(0, length));
  }
  for (const m of scanned.matchAll(ID_GROUPED)) add('id-number', m.index!, m[0]);
  for (const m of scanned.matchAll(ID_NUMBER)) add('id-number', m.index!, m[0]);
  for (const pattern of ADDRESS_PATTERNS) {
    for (const m of scanned.matchAll(pattern)) add('street-address', m.index!, m[0]);
  }
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}

export const personalDataLabel: Record<PersonalDataKind, string> = {
  phone: 'số điện thoại',
  'id-number': 'số CMND/CCCD (9 hoặc 12 chữ số)',
  'street-address': 'địa chỉ cụ thể (số nhà, đường, ngõ)',
  email: 'địa chỉ thư điện tử',
  'social-link': 'liên kết Zalo hoặc Facebook (dẫn tới tài khoản của một người)',
};
