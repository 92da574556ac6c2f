import { columnLetter } from './grid.ts';

/** A problem found while importing, located by spreadsheet row and column when it has one. */
export interface ImportProblem {
  level: 'error' | 'warning' | 'notice';
  /** Where it is: the spreadsheet's name, or a file of the draft relative to the data folder (releases/2027.1/observations.json). */
  file?: string;
  /** The worksheet of an .xlsx the problem is in. */
  sheet?: string;
  /** Row number as the spreadsheet program shows it (1 = first row). */
  row?: number;
  /** The rows of an error said once for many (a cause of the whole file): every one, ascending; `row` is the first. */
  rows?: number[];
  column?: { index: number; header: string };
  /** English id of the check, like the validator's rules. */
  rule: string;
  /** Vietnamese, for the staff who fix the spreadsheet. */
  message: string;
}

/** `trang tính "KQ 2025", dòng 14, cột "Số hộ nghèo" (D): …`; `dòng 5–69 (65 dòng), cột "Năm" (C): …` */
export function formatImportProblem(p: ImportProblem): string {
  const where = placeInFile(p);
  return where ? `${where}: ${p.message}` : p.message;
}

/**
 * As the validator's lines name a file and a place in it (file:place): `ket-qua.xlsx:trang
 * tính "KQ 2025", dòng 14, cột "Số hộ nghèo" (D): …`, `ket-qua.csv: …`. The spreadsheet's
 * name is said once in the summary too, but a line copied alone into a message to a
 * colleague must still say which file to open.
 */
export function formatImportProblemInFile(p: ImportProblem): string {
  if (p.file === undefined) return formatImportProblem(p);
  const where = placeInFile(p);
  return where ? `${p.file}:${where}: ${p.message}` : `${p.file}: ${p.message}`;
}

function placeInFile(p: ImportProblem): string {
  return [
    p.sheet !== undefined ? `trang tính "${p.sheet}"` : undefined,
    p.rows !== undefined ? `dòng ${rowSpan(p.rows)}` : p.row !== undefined ? `dòng ${p.row}` : undefined,
    p.column ? `cột "${p.column.header}" (${columnLetter(p.column.index)})` : undefined,
  ].filter(Boolean).join(', ');
}

/**
 * Errors whose fix is an option of the command, the spreadsheet being right: --replace-years
 * without the --delete N that confirms the deletions (or with another N).
 */
const OPTION_ERRORS: ReadonlySet<string> = new Set(['replace-years-unconfirmed']);

/**
 * What the errors ask to change, for the line that closes a refused import: the spreadsheet
 * (`spreadsheet`, the name its problems carry), only the command's options, or either as
 * each error says (an error about the draft's own figures, such as a parent-sum mismatch on
 * a unit the file lacks, is fixed by adding rows to the file or by --replace-years).
 */
export function whatToFix(problems: readonly ImportProblem[], spreadsheet: string): 'file' | 'options' | 'either' {
  const errors = problems.filter((p) => p.level === 'error');
  if (errors.every((p) => OPTION_ERRORS.has(p.rule))) return 'options';
  if (errors.every((p) => p.file === spreadsheet && !OPTION_ERRORS.has(p.rule))) return 'file';
  return 'either';
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

/** Consecutive rows as ranges: [2, 3, 4, 9] → ["2–4", "9"]. */
function ranges(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return out;
}

/**
 * "5–69 (65 dòng)", "2, 7, 9–12 (6 dòng)": every row of an error said once, none left
 * out — a row that needs its own fix must be findable from the message.
 */
export function rowSpan(rows: readonly number[]): string {
  return `${ranges(rows).join(', ')} (${new Set(rows).size} dòng)`;
}

/** "dòng 2–66" or "các dòng 2, 5, 9–12 và 3 dòng khác". */
function rowList(rows: readonly number[]): string {
  const all = ranges(rows);
  const shown = all.slice(0, 8).join(', ');
  const rest = all.length > 8 ? ` và ${all.length - 8} đoạn khác` : '';
  return `${new Set(rows).size > 1 ? 'các dòng' : 'dòng'} ${shown}${rest}`;
}

/**
 * Errors whose cause belongs to the whole file, not to the row they are found on: the
 * same message on many rows means one fix (another vintage, another year for the file),
 * so it is said once with every row it stopped. Any other error stays one per row: each
 * row needs its own fix.
 */
const FILE_WIDE_ERRORS: ReadonlySet<string> = new Set([
  // "năm 2024 nằm ngoài thời kỳ địa giới 2025-07 …": the file's year, or the vintage chosen for it.
  'year-outside-vintage',
  // "năm 2027 chưa tới …" on every row: the file is of a year not yet reviewed, not a typo of each row.
  'year-in-future',
  // "năm 2024 khác năm 2099 ghi ở --year …": one --year against the file's year column.
  'year-conflict',
]);

/** What a row's code says when read in a boundary period it does not belong to. */
const VINTAGE_ECHOES: ReadonlySet<string> = new Set(['unit-unknown', 'name-mismatch', 'name-diacritics']);

/**
 * A row whose year lies outside the chosen boundary period has its code read in the wrong
 * period, so "no such unit", "the name does not match" on it only echo that one mistake:
 * a 2026 file imported with --vintage 2020-01 gave 28 name mismatches around the one line
 * that names the right --vintage. They are left out; with the right vintage they are
 * checked again.
 */
function withoutVintageEchoes(problems: readonly ImportProblem[]): ImportProblem[] {
  const key = (p: ImportProblem) => `${p.sheet ?? ''}|${p.row}`;
  const outside = new Set(problems.filter((p) => p.rule === 'year-outside-vintage' && p.row !== undefined).map(key));
  return outside.size === 0 ? [...problems] : problems.filter((p) => !(VINTAGE_ECHOES.has(p.rule) && outside.has(key(p))));
}

/**
 * A file-wide error (FILE_WIDE_ERRORS) with the same message on two rows or more becomes
 * one, with `rows` instead of `row` and the column when all share it, placed where the
 * first one was in the (sorted) list.
 */
function mergeFileWide(problems: readonly ImportProblem[]): ImportProblem[] {
  const key = (p: ImportProblem) =>
    p.level === 'error' && p.row !== undefined && FILE_WIDE_ERRORS.has(p.rule) ? `${p.sheet ?? ''}|${p.rule}|${p.message}` : undefined;
  const groups = new Map<string, ImportProblem[]>();
  for (const p of problems) {
    const k = key(p);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out: ImportProblem[] = [];
  for (const p of problems) {
    const k = key(p);
    const group = k === undefined ? undefined : groups.get(k)!;
    if (!group || group.length < 2) {
      out.push(p);
      continue;
    }
    if (group[0] !== p) continue;
    const { row: first, column, ...rest } = p;
    const sameColumn = column && group.every((g) => g.column?.index === column.index);
    out.push({ ...rest, row: first, rows: [...new Set(group.map((g) => g.row!))].sort((a, b) => a - b), ...(sameColumn ? { column } : {}) });
  }
  return out;
}

/**
 * Warnings and notices of one kind that repeat more than `threshold` times become one
 * line ("65 mã bị Excel bỏ số 0 ở đầu (các dòng 2–66) …"), placed where the first one
 * was in the (sorted) list. Errors are merged only when their cause is the whole file's
 * (mergeFileWide); any other error needs its own fix and keeps its own line.
 */
export function summariseRepeated(all: readonly ImportProblem[], threshold = 3): ImportProblem[] {
  const problems = mergeFileWide(withoutVintageEchoes(all));
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
      ...(p.file !== undefined ? { file: p.file } : {}),
      ...(p.sheet !== undefined ? { sheet: p.sheet } : {}),
      rule: p.rule,
      message: summary ? summary(group.length, rows, p) : `${group.length} lần (${rows}), ví dụ ở dòng ${p.row}: ${p.message}`,
    });
  }
  return out;
}
