import type { Cell } from './grid.ts';

/** A parsed cell, or the reason (in Vietnamese) it could not be parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** How a cell shows in a message: "1.234", "12,5", "abc". */
export const shown = (cell: Cell): string => (typeof cell === 'number' ? String(cell).replace('.', ',') : String(cell));

/**
 * A count of households: a whole number, written plainly (1234) or with the Vietnamese
 * thousands mark (1.234, also 1 234). A comma is refused: in Vietnamese it is the
 * decimal mark, so "12,5" is not a count and "1,234" is ambiguous.
 */
export function parseCount(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(`"${shown(cell)}" không phải là số`);
    if (!Number.isInteger(cell)) return fail(`${shown(cell)} không phải số nguyên; số hộ phải là số nguyên`);
    if (cell < 0) return fail(`${shown(cell)} là số âm; số hộ không thể âm`);
    return bounded(cell, shown(cell));
  }
  const text = String(cell ?? '').trim();
  if (/^\d+$/.test(text)) return bounded(Number(text), text);
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return bounded(Number(text.replaceAll('.', '')), text);
  if (/^\d{1,3}([ \u00a0\u202f]\d{3})+$/.test(text)) return bounded(Number(text.replace(/[ \u00a0\u202f]/g, '')), text);
  if (/^-\s*\d/.test(text)) return fail(`"${text}" là số âm; số hộ không thể âm`);
  if (/^\d+,\d+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text)) {
    return fail(`"${text}" có dấu phẩy: số hộ phải là số nguyên, viết 1234 hoặc 1.234 (dấu chấm ngăn cách hàng nghìn); dấu phẩy là dấu thập phân nên không rõ ý`);
  }
  if (/^\d+\.\d+$/.test(text)) return fail(`"${text}" không phải số nguyên: dấu chấm chỉ dùng để ngăn cách hàng nghìn (1.234)`);
  return fail(`"${text}" không phải là số`);
}

/**
 * No unit below the nation has ten million households (the whole country has about
 * 27 million); a larger count is a typing or export error — and a 20-digit one would
 * lose its last digits as a number.
 */
const MAX_COUNT = 10_000_000;

function bounded(value: number, text: string): Parsed<number> {
  if (value > MAX_COUNT) return fail(`"${text}" quá lớn cho một số hộ (tối đa 10.000.000); kiểm tra lại ô này`);
  return ok(value);
}

export function parseYear(cell: Cell): Parsed<number> {
  const text = typeof cell === 'number' ? String(cell) : String(cell ?? '').trim();
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year >= 2000 && year <= 2100) return ok(year);
  }
  return fail(`"${text}" không phải là năm (viết 4 chữ số, ví dụ 2024)`);
}

/** A unit code as text: "06073" stays "06073"; a number cell gives its digits; a leading ' (Excel's text mark) is dropped. */
export function codeText(cell: Cell): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0) return fail(`"${shown(cell)}" không phải mã đơn vị`);
    return ok(String(cell));
  }
  const text = String(cell ?? '').trim().replace(/^'/, '');
  if (text === '') return fail('thiếu mã đơn vị');
  if (/\s/.test(text)) return fail(`"${text}" không phải mã đơn vị`);
  return ok(text);
}

/**
 * A rate in percent, as a spreadsheet may hold it: "14,38", "14.38", "14,38%", or a
 * number (14.38, or 0.1438 in a cell formatted as a percentage). Returns both readings
 * of a bare number below 1; the caller compares.
 */
export function parseRate(cell: Cell): Parsed<number[]> {
  if (typeof cell === 'number') return ok(cell < 1 ? [cell, cell * 100] : [cell]);
  const text = String(cell ?? '').trim().replace(/\s*%$/, '');
  if (/^\d+([.,]\d+)?$/.test(text)) return ok([Number(text.replace(',', '.'))]);
  return fail(`"${String(cell)}" không phải là tỷ lệ`);
}
