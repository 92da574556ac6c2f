/**
 * CSV as RFC 4180 says, for people who open it in Excel: UTF-8 with a byte-order mark
 * (so Excel reads Vietnamese correctly), comma-separated, CRLF line ends, a field quoted
 * only when it holds a comma, a quote, a line break or leading/trailing spaces — and no
 * cell that Excel would run as a formula. Every downloadable CSV is written here.
 */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text a spreadsheet program would run as a formula when it opens the file: a cell that
 * starts with =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection") —
 * `=HYPERLINK(…)`, `=cmd|' /C calc'!A0`, `@SUM(1+1)`, `+1+1`. A plain number ("-1.04",
 * "+3") is not: it cannot carry a formula, and it must stay a number.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text);
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * One field. Formula-like text is neutralised as OWASP advises: prefixed with a single
 * quote, so the program shows it as text, and always quoted. Numbers are written as
 * numbers, whatever their sign.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (isFormulaLike(value)) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole file: BOM, header, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`CSV: không ghi được số ${n}`);
  return String(n);
}

/** Hundredths of a percent as a plain decimal with exactly two places: 1438 → "14.38", 5 → "0.05". */
export function hundredthsText(hundredths: number | undefined): string | null {
  if (hundredths === undefined) return null;
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
