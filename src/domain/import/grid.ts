/**
 * A spreadsheet as the importer sees it, whatever the file: rows of cells (row 0 is the
 * sheet's row 1, column 0 is column A) and the merged ranges of an .xlsx.
 */
export type Cell = string | number | null;

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  kind: 'csv' | 'xlsx';
  rows: Cell[][];
  merges: MergedRange[];
  /** CSV only: the separator found. */
  delimiter?: string;
  /** .xlsx only: the worksheet read, and every worksheet of the file. */
  sheet?: string;
  sheets?: string[];
}

/** "A" → 0, "AB" → 27. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → "A", 27 → "AB": how Excel names a column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "C1:D2" → the range; a single cell "C1" is a 1×1 range. */
export function parseRange(ref: string): MergedRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const left = columnIndex(m[1]!);
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

export const isBlank = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** A copy of the rows in which every cell of a merged range holds the range's top-left value. */
export function fillMerges(grid: Grid): Cell[][] {
  const rows = grid.rows.map((r) => [...r]);
  for (const m of grid.merges) {
    const value = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      if (!rows[r]) rows[r] = [];
      for (let c = m.left; c <= m.right; c++) rows[r]![c] = value;
    }
  }
  return rows;
}
