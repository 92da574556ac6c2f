/**
 * CSV as RFC 4180 says, for people who open it in Excel: UTF-8 with a byte-order mark
 * (so Excel reads Vietnamese correctly), comma-separated, CRLF line ends, a field quoted
 * only when it holds a comma, a quote, a line break or leading/trailing spaces.
 */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
