/**
 * Finds text that looks like personal data which must never be published
 * (docs/data-format.md#content-frontmatter): phone numbers, national ID numbers (9-digit CMND, 12-digit
 * CCCD) and exact street addresses. Plain TypeScript: the content loader runs
 * it on every file of content/ before anything is rendered, and a hit fails
 * the build naming the file and the line.
 *
 * The rules are deliberately narrow so that ordinary figures never trip them:
 * Vietnamese thousands ("199.765"), decision numbers ("83/QĐ-UBND"), dates
 * ("15/01/2026", "2026-01-15"), unit codes ("06073") and web addresses (which
 * are skipped) pass.
 */

export type PersonalDataKind = 'phone' | 'id-number' | 'street-address';

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

/** Web addresses carry long digit runs (article ids); they are blanked out before scanning. */
const URL = /\b(?:https?:\/\/|www\.)[^\s)>\]"']+/giu;

/**
 * A run of digit groups that starts like a Vietnamese phone number: "+84"/"84"
 * or a leading 0, optionally with the area code in parentheses, groups joined
 * by one space, dot or hyphen.
 */
const PHONE_CANDIDATE = new RegExp(
  `${NOT_WORD_BEFORE}(?:\\+\\s?84|\\(?0)\\d*\\)?(?:[ .\\-]?\\(?\\d+\\)?)*`,
  'gu',
);

/** Contiguous 9 or 12 digits, not part of a grouped number or a longer token. */
const ID_NUMBER = new RegExp(`${NOT_WORD_BEFORE}(?<![.,/\\-])(?:\\d{12}|\\d{9})${NOT_WORD_AFTER}(?![.,]\\d)`, 'gu');

const STREET_WORD = '(?:[Đđ]ường|[Pp]hố|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)';
const HOUSE_NUMBER = '\\d+[A-Za-z]?(?:\\/\\d+[A-Za-z]?)*';
const ADDRESS_PATTERNS: readonly RegExp[] = [
  // "số nhà 12", "nhà số 12"
  new RegExp(`${NOT_WORD_BEFORE}(?:[Ss]ố\\s+nhà|[Nn]hà\\s+số)\\s*${HOUSE_NUMBER}`, 'gu'),
  // "ngõ 5", "ngách 12/3", "hẻm số 7"
  new RegExp(`${NOT_WORD_BEFORE}(?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\\s+(?:số\\s*)?${HOUSE_NUMBER}${NOT_WORD_AFTER}`, 'gu'),
  // "12 đường Trần Đăng Ninh", "số 5, phố Lê Lợi", "25B/3 Ngõ Văn Cao": a number, then a street word, then a name
  new RegExp(`${NOT_WORD_BEFORE}(?:[Ss]ố\\s*)?${HOUSE_NUMBER}\\s*,?\\s+${STREET_WORD}\\s+\\p{Lu}\\p{L}*`, 'gu'),
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

/** Every hit in one line; `line` is the 1-based number reported. */
function scanLine(text: string, line: number): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const scanned = text.replace(URL, (url) => ' '.repeat(url.length));
  const taken: [number, number][] = [];
  const overlaps = (from: number, to: number) => taken.some(([a, b]) => from < b && a < to);
  const add = (kind: PersonalDataKind, index: number, match: string) => {
    if (overlaps(index, index + match.length)) return;
    taken.push([index, index + match.length]);
    hits.push({ kind, line, column: index + 1, excerpt: kind === 'street-address' ? match : mask(match) });
  };
  for (const m of scanned.matchAll(PHONE_CANDIDATE)) {
    const length = phoneLength(m[0]);
    if (length !== undefined) add('phone', m.index!, m[0].slice(0, length));
  }
  for (const m of scanned.matchAll(ID_NUMBER)) add('id-number', m.index!, m[0]);
  for (const pattern of ADDRESS_PATTERNS) {
    for (const m of scanned.matchAll(pattern)) add('street-address', m.index!, m[0]);
  }
  return hits.sort((a, b) => a.column - b.column);
}

/** Every hit in a text, with 1-based line numbers counted from `firstLine`. */
export function findPersonalData(text: string, firstLine = 1): PersonalDataHit[] {
  return text.split(/\r?\n/).flatMap((l, i) => scanLine(l, firstLine + i));
}

export const personalDataLabel: Record<PersonalDataKind, string> = {
  phone: 'số điện thoại',
  'id-number': 'số CMND/CCCD (9 hoặc 12 chữ số)',
  'street-address': 'địa chỉ cụ thể (số nhà, đường, ngõ)',
};
