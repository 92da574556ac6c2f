import { columnLetter } from './grid.ts';

/** A problem found while importing, located by spreadsheet row and column when it has one. */
export interface ImportProblem {
  level: 'error' | 'warning' | 'notice';
  /** The worksheet of an .xlsx the problem is in. */
  sheet?: string;
  /** Row number as the spreadsheet program shows it (1 = first row). */
  row?: number;
  column?: { index: number; header: string };
  /** English id of the check, like the validator's rules. */
  rule: string;
  /** Vietnamese, for the staff who fix the spreadsheet. */
  message: string;
}

/** `trang tính "KQ 2025", dòng 14, cột "Số hộ nghèo" (D): …` */
export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.sheet !== undefined ? `trang tính "${p.sheet}"` : undefined,
    p.row !== undefined ? `dòng ${p.row}` : undefined,
    p.column ? `cột "${p.column.header}" (${columnLetter(p.column.index)})` : undefined,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${p.message}` : p.message;
}

export function byPosition(a: ImportProblem, b: ImportProblem): number {
  return (a.row ?? 0) - (b.row ?? 0) || (a.column?.index ?? -1) - (b.column?.index ?? -1);
}

/** How a repeated warning reads once summarised: its count, the rows, one example. */
const SUMMARIES: Record<string, (count: number, rows: string, first: ImportProblem) => string> = {
  'unit-code-padded': (count, rows) => `${count} mã bị Excel bỏ số 0 ở đầu (${rows}), đã được hiểu đúng; nên định dạng cột mã là Văn bản (Text)`,
  'name-diacritics': (count, rows) => `${count} tên khác dấu với tên chính thức (${rows}); vẫn nhận theo mã`,
  'rate-mismatch': (count, rows) => `${count} tỷ lệ ghi trong bảng khác tỷ lệ tính từ số hộ (${rows}); trang web dùng tỷ lệ tính từ số hộ`,
  'row-skipped': (count, rows) => `${count} dòng không có mã đơn vị và số liệu, bỏ qua (${rows})`,
};

/** "dòng 2–66" or "các dòng 2, 5, 9–12 và 3 dòng khác". */
function rowList(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  const shown = ranges.slice(0, 8).join(', ');
  const rest = ranges.length > 8 ? ` và ${ranges.length - 8} đoạn khác` : '';
  return `${sorted.length > 1 ? 'các dòng' : 'dòng'} ${shown}${rest}`;
}

/**
 * Warnings and notices of one kind that repeat more than `threshold` times become one
 * line ("65 mã bị Excel bỏ số 0 ở đầu (các dòng 2–66) …"), placed where the first one
 * was in the (sorted) list. Errors are never merged: each needs its own fix.
 */
export function summariseRepeated(problems: readonly ImportProblem[], threshold = 3): ImportProblem[] {
  const groups = new Map<string, ImportProblem[]>();
  for (const p of problems) {
    if (p.level === 'error' || p.row === undefined) continue;
    const key = `${p.level}|${p.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: ImportProblem[] = [];
  for (const p of problems) {
    const group = p.level === 'error' || p.row === undefined ? undefined : groups.get(`${p.level}|${p.rule}`);
    if (!group || group.length <= threshold) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const rows = rowList(group.map((g) => g.row!));
    const summary = SUMMARIES[p.rule];
    out.push({
      level: p.level,
      ...(p.sheet !== undefined ? { sheet: p.sheet } : {}),
      rule: p.rule,
      message: summary ? summary(group.length, rows, p) : `${group.length} lần (${rows}), ví dụ ở dòng ${p.row}: ${p.message}`,
    });
  }
  return out;
}
