import { columnLetter } from './grid.ts';

/** A problem found while importing, located by spreadsheet row and column when it has one. */
export interface ImportProblem {
  level: 'error' | 'warning' | 'notice';
  /** Row number as the spreadsheet program shows it (1 = first row). */
  row?: number;
  column?: { index: number; header: string };
  /** English id of the check, like the validator's rules. */
  rule: string;
  /** Vietnamese, for the staff who fix the spreadsheet. */
  message: string;
}

/** `dòng 14, cột "Số hộ nghèo" (D): …` */
export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.row !== undefined ? `dòng ${p.row}` : undefined,
    p.column ? `cột "${p.column.header}" (${columnLetter(p.column.index)})` : undefined,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${p.message}` : p.message;
}

export function byPosition(a: ImportProblem, b: ImportProblem): number {
  return (a.row ?? 0) - (b.row ?? 0) || (a.column?.index ?? -1) - (b.column?.index ?? -1);
}
