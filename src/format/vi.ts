/**
 * Vietnamese number and date formatting: "23.511", "12,20", "8,38%",
 * "2,95 điểm", "15/01/2026", negatives with a real minus sign "−" (U+2212).
 *
 * Exactness: a number is formatted from its shortest decimal representation
 * (`String(n)`, the digits you would type), never from binary arithmetic, so
 * 14.375 with 2 decimals is always "14,38" and 1.005 is "1,01". When a value
 * has more decimals than asked for, it is rounded half away from zero on those
 * digits. Callers are expected to pass values that are already rounded the
 * official way (the domain computes rates exactly, with integers, see
 * docs/criteria.md#definitions); the rounding here is a safety net, not a computation.
 *
 * Plain TypeScript with no framework imports: usable from pages, scripts and
 * tests alike.
 */

/** U+2212 MINUS SIGN: the typographic minus, not the hyphen "-". */
export const MINUS = '\u2212';
/** How a language writes the two marks of a number: Vietnamese "23.511,5", English "23,511.5". */
export interface Separators {
  group: string;
  decimal: string;
}
const VIETNAMESE: Separators = { group: '.', decimal: ',' };

interface Digits {
  negative: boolean;
  /** Integer digits without leading zeros ("0" for zero). */
  int: string;
  /** Fraction digits, possibly empty. */
  frac: string;
}

function assertFinite(n: number, fn: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new RangeError(`${fn}: cần một số hữu hạn, nhận được ${String(n)}`);
  }
}

/** Digits of a finite number taken from its shortest round-trip string. */
function toDigits(n: number): Digits {
  // Counts are the usual case: a safe integer's string is already its digits (never in e-notation).
  if (Number.isSafeInteger(n)) return { negative: n < 0, int: String(Math.abs(n)), frac: '' };
  const text = String(Math.abs(n));
  // Rates and points ("8.38", "0.5") are the next most usual: plain digits around one point,
  // the integer part without leading zeros but one before the point. Only e-notation
  // (below 1e-6, from 1e21) needs the digits moved.
  if (!text.includes('e')) {
    const point = text.indexOf('.');
    return point < 0 ? { negative: n < 0, int: text, frac: '' } : { negative: n < 0, int: text.slice(0, point), frac: text.slice(point + 1) };
  }
  const [mantissa = '0', exponent] = text.split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + (exponent ? Number(exponent) : 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  return { negative: n < 0, int, frac: digits.slice(point) };
}

/** Rounds digits to `decimals` fraction digits, half away from zero. */
function roundDigits(d: Digits, decimals: number): Digits {
  if (d.frac.length <= decimals) return { ...d, frac: d.frac.padEnd(decimals, '0') };
  const roundUp = d.frac.charCodeAt(decimals) >= '5'.charCodeAt(0);
  const scaled = BigInt(d.int + d.frac.slice(0, decimals)) + (roundUp ? 1n : 0n);
  const s = scaled.toString().padStart(decimals + 1, '0');
  return {
    negative: d.negative,
    int: s.slice(0, s.length - decimals),
    frac: s.slice(s.length - decimals),
  };
}

function render(d: Digits, marks: Separators): string {
  const sign = d.negative && !(ALL_ZEROS.test(d.int) && ALL_ZEROS.test(d.frac)) ? MINUS : '';
  const frac = d.frac ? marks.decimal + d.frac : '';
  // A page formats a million numbers at national scale: most have no group to mark.
  const int = d.int.length > 3 ? d.int.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group) : d.int;
  return sign + int + frac;
}

const ALL_ZEROS = /^0*$/;

function assertDecimals(decimals: number, fn: string): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`${fn}: số chữ số thập phân phải là số nguyên từ 0 đến 20, nhận được ${decimals}`);
  }
}

/**
 * An integer with thousands separators: 23511 → "23.511", −1200 → "−1.200".
 * Throws on a non-integer: counts are integers, round before formatting.
 */
export function formatInt(n: number): string {
  return formatIntWith(VIETNAMESE, n);
}

/** formatInt with another language's marks (src/format/en.ts). */
export function formatIntWith(marks: Separators, n: number): string {
  assertFinite(n, 'formatInt');
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`formatInt: cần một số nguyên, nhận được ${n}`);
  }
  return render(toDigits(n), marks);
}

/**
 * A decimal number with exactly `decimals` fraction digits:
 * formatDecimal(12.2, 2) → "12,20", formatDecimal(23511.5, 1) → "23.511,5".
 */
export function formatDecimal(n: number, decimals = 2): string {
  return formatDecimalWith(VIETNAMESE, n, decimals);
}

/** formatDecimal with another language's marks (src/format/en.ts). */
export function formatDecimalWith(marks: Separators, n: number, decimals = 2): string {
  assertFinite(n, 'formatDecimal');
  assertDecimals(decimals, 'formatDecimal');
  return render(roundDigits(toDigits(n), decimals), marks);
}

/** A percentage, 2 decimals by default: 8.38 → "8,38%", 12.2 → "12,20%". */
export function formatPercent(n: number, decimals = 2): string {
  return `${formatDecimal(n, decimals)}%`;
}

/**
 * Percentage points ("điểm phần trăm", shortened to "điểm" as official reports
 * do): 2.95 → "2,95 điểm". Used for reductions of a rate.
 */
export function formatPoints(n: number, decimals = 2): string {
  return `${formatDecimal(n, decimals)} điểm`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** [year, month, day] of a real YYYY-MM-DD date, or a RangeError naming `fn`. */
export function dateParts(iso: string, fn: string): [year: string, month: string, day: string] {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)) return [y, mo, d];
  }
  throw new RangeError(`${fn}: cần ngày dạng YYYY-MM-DD, nhận được "${iso}"`);
}

/**
 * An ISO calendar date the way Vietnamese official documents write it (Nghị định
 * 30/2020/NĐ-CP, phụ lục I: a day below 10 and the months 1 and 2 take a leading zero):
 * "2025-07-01" → "01/7/2025", "2026-01-15" → "15/01/2026".
 * Throws on anything that is not a real YYYY-MM-DD date.
 */
export function formatDate(iso: string): string {
  const [y, mo, d] = dateParts(iso, 'formatDate');
  return `${d}/${Number(mo) <= 2 ? mo : String(Number(mo))}/${y}`;
}

/** "2025-04" → "tháng 4/2025"; a full date as formatDate. For decisions known only to the month. */
export function formatDateOrMonth(iso: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(iso);
  return m ? `tháng ${Number(m[2])}/${m[1]}` : formatDate(iso);
}

/**
 * Years as both languages write them, oldest first: a run as "2021–2024", "2025" for one,
 * years with a gap listed ("2021, 2025": a change since the baseline rests on its two ends),
 * "" for none.
 */
export function formatYearSpan(years: readonly number[]): string {
  const isRun = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  if (!isRun) return years.join(', ');
  return years.length === 0 ? '' : years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
}
