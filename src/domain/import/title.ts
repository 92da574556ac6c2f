import { isBlank, type Cell } from './grid.ts';
import { foldKey } from './names.ts';

export interface TitleYear {
  year: number;
  /** Index of the row that says it (0 = the sheet's row 1). */
  row: number;
  text: string;
}

/**
 * The review year a form's title gives when the table has no year column: "BIỂU TỔNG
 * HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026" → 2026. Only "năm" followed by a
 * year counts ("giai đoạn 2021–2025" does not), in the rows above `beforeRow`.
 */
export function titleYears(rows: readonly Cell[][], beforeRow: number): TitleYear[] {
  const found: TitleYear[] = [];
  for (let r = 0; r < Math.min(beforeRow, rows.length); r++) {
    for (const cell of rows[r] ?? []) {
      if (isBlank(cell) || typeof cell !== 'string') continue;
      for (const m of foldKey(cell).matchAll(/\bnam (20\d\d)\b/g)) found.push({ year: Number(m[1]), row: r, text: cell.replace(/\s+/g, ' ').trim() });
    }
  }
  return found;
}
