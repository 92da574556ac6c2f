import { columnLetter, fillMerges, isBlank, type Cell, type Grid } from './grid.ts';
import { headerKey, tidy } from './names.ts';

/**
 * Which column holds what. Headers are matched on `headerKey` (no case, no diacritics,
 * đ = d, brackets and punctuation ignored), so "SỐ HỘ NGHÈO", "so ho ngheo" and
 * "Số hộ nghèo (hộ)" are the same header.
 */
const importFields = [
  'unit', 'name', 'year', 'vintage', 'households', 'poor', 'nearPoor', 'emHouseholds', 'emPoor', 'source', 'sourceId',
  'poorRate', 'nearPoorRate', 'emPoorRate',
] as const;
export type ImportField = (typeof importFields)[number];

/** The headers of docs/data-format.md#import-format first, then common variants seen in provincial spreadsheets. */
export const HEADERS: Record<ImportField, readonly string[]> = {
  unit: ['Mã đơn vị', 'Mã ĐVHC', 'unit', 'code', 'Mã', 'Mã xã', 'Mã huyện', 'Mã đơn vị hành chính', 'unit code', 'Mã số'],
  name: ['Tên đơn vị', 'Tên ĐVHC', 'Đơn vị', 'Đơn vị hành chính', 'Tên', 'Tên xã', 'Tên huyện', 'Tên xã, phường, thị trấn', 'name', 'unit name'],
  year: ['Năm', 'year', 'Năm rà soát'],
  vintage: ['Thời kỳ địa giới', 'vintage', 'Thời kỳ'],
  households: ['Tổng số hộ', 'households', 'Số hộ', 'Tổng số hộ dân', 'Tổng số hộ dân cư', 'total households'],
  poor: ['Số hộ nghèo', 'Hộ nghèo', 'poor', 'poor households'],
  nearPoor: ['Số hộ cận nghèo', 'Hộ cận nghèo', 'nearPoor', 'near_poor', 'near poor households'],
  emHouseholds: ['Số hộ DTTS', 'em_households', 'Hộ DTTS', 'Tổng số hộ DTTS', 'Số hộ dân tộc thiểu số', 'Hộ dân tộc thiểu số'],
  emPoor: ['Số hộ nghèo DTTS', 'em_poor', 'Hộ nghèo DTTS', 'Số hộ nghèo dân tộc thiểu số', 'Hộ nghèo dân tộc thiểu số'],
  source: ['Nguồn', 'source', 'Nguồn số liệu', 'Căn cứ', 'source title'],
  sourceId: ['Mã nguồn', 'source_id'],
  poorRate: ['Tỷ lệ hộ nghèo', 'poor_rate', 'Tỷ lệ nghèo'],
  nearPoorRate: ['Tỷ lệ hộ cận nghèo', 'near_poor_rate', 'Tỷ lệ cận nghèo'],
  emPoorRate: ['Tỷ lệ hộ nghèo DTTS', 'em_poor_rate'],
};

/** Columns that are expected and not used: numbering, notes, what our own CSV adds. */
const IGNORED = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Ghi chú', 'note', 'type', 'level', 'Loại', 'Loại đơn vị', 'Cấp', 'parent_code', 'parent_name',
  'Mã đơn vị cấp trên', 'Tên đơn vị cấp trên', 'source_kind', 'Loại nguồn', 'Huyện', 'Thành phố, huyện'].map(headerKey);

/**
 * Two-row headers: a group cell over sub-headers. The group names the figure, the
 * sub-header says whether the column is its count or its rate.
 */
const GROUPS: { group: readonly string[]; subs: [ImportField, readonly string[]][] }[] = [
  { group: ['Tổng số hộ', 'Số hộ', 'Hộ dân', 'Tổng số', 'Hộ dân cư', 'households'], subs: [['households', ['Số hộ', 'Số lượng', 'SL', 'Số', 'Tổng số', 'Hộ', 'households', 'count']]] },
  {
    group: ['Hộ nghèo', 'Số hộ nghèo', 'Hộ nghèo cuối năm', 'poor'],
    subs: [['poor', ['Số hộ', 'Số lượng', 'SL', 'Số', 'Tổng số', 'Hộ', 'count', 'households']], ['poorRate', ['Tỷ lệ', '%', 'rate', 'Tỷ lệ hộ nghèo']]],
  },
  {
    group: ['Hộ cận nghèo', 'Số hộ cận nghèo', 'Hộ cận nghèo cuối năm', 'near poor'],
    subs: [['nearPoor', ['Số hộ', 'Số lượng', 'SL', 'Số', 'Tổng số', 'Hộ', 'count', 'households']], ['nearPoorRate', ['Tỷ lệ', '%', 'rate', 'Tỷ lệ hộ cận nghèo']]],
  },
  {
    group: ['Hộ DTTS', 'DTTS', 'Dân tộc thiểu số', 'Hộ dân tộc thiểu số', 'Hộ đồng bào DTTS', 'Đồng bào DTTS', 'ethnic minority'],
    subs: [
      ['emHouseholds', ['Số hộ', 'Tổng số hộ', 'Tổng số', 'Số lượng', 'SL', 'households']],
      ['emPoor', ['Hộ nghèo', 'Số hộ nghèo', 'poor']],
      ['emPoorRate', ['Tỷ lệ hộ nghèo', 'Tỷ lệ', '%', 'poor rate']],
    ],
  },
];

const headerIndex = new Map<string, ImportField>();
for (const field of importFields) for (const h of HEADERS[field]) if (!headerIndex.has(headerKey(h))) headerIndex.set(headerKey(h), field);

export function fieldOfHeader(text: string): ImportField | undefined {
  return headerIndex.get(headerKey(text));
}

function fieldOfGroup(group: string, sub: string): ImportField | undefined {
  const g = headerKey(group);
  const s = headerKey(sub);
  for (const { group: names, subs } of GROUPS) {
    if (!names.some((n) => headerKey(n) === g)) continue;
    for (const [field, subNames] of subs) if (subNames.some((n) => headerKey(n) === s)) return field;
  }
  return undefined;
}

export interface Column {
  index: number;
  /** The header as written (both rows joined for a two-row header), for messages. */
  header: string;
}

export interface HeaderLayout {
  /** Index of the first header row, and how many rows the header takes (1 or 2). */
  row: number;
  height: 1 | 2;
  columns: Partial<Record<ImportField, Column>>;
  /** Headers recognised by no rule, reported and otherwise ignored. */
  unknown: Column[];
  /** Two columns for the same field. */
  duplicates: { field: ImportField; columns: Column[] }[];
}

const text = (cell: Cell | undefined): string => (isBlank(cell) ? '' : tidyKeepCase(String(cell)));
const tidyKeepCase = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function resolve(top: Cell[], bottom: Cell[] | undefined, width: number, row: number, height: 1 | 2): HeaderLayout {
  const layout: HeaderLayout = { row, height, columns: {}, unknown: [], duplicates: [] };
  const seen = new Map<ImportField, Column[]>();
  let group = '';
  for (let c = 0; c < width; c++) {
    const t = text(top[c]);
    const b = bottom ? text(bottom[c]) : '';
    // A blank top cell over a sub-header continues the group to its left (merged or not).
    if (t !== '') group = t;
    const upper = t !== '' ? t : b !== '' ? group : '';
    let field: ImportField | undefined;
    let header: string;
    if (!bottom || b === '' || tidy(b) === tidy(upper)) {
      header = upper;
      field = upper === '' ? undefined : fieldOfHeader(upper);
    } else {
      header = upper === '' ? b : `${upper} – ${b}`;
      field = (upper !== '' ? fieldOfGroup(upper, b) : undefined) ?? fieldOfHeader(b) ?? (upper !== '' ? fieldOfHeader(`${upper} ${b}`) : undefined);
    }
    if (header === '') continue;
    const column = { index: c, header };
    if (field) {
      const list = seen.get(field) ?? [];
      list.push(column);
      seen.set(field, list);
    } else if (!IGNORED.includes(headerKey(header)) && !(bottom && IGNORED.includes(headerKey(upper)))) {
      layout.unknown.push(column);
    }
  }
  for (const [field, columns] of seen) {
    layout.columns[field] = columns[0];
    if (columns.length > 1) layout.duplicates.push({ field, columns });
  }
  return layout;
}

const REQUIRED: readonly ImportField[] = ['unit', 'households', 'poor', 'nearPoor'];

export function missingRequired(layout: HeaderLayout, yearGiven: boolean): ImportField[] {
  const required = yearGiven ? REQUIRED : [...REQUIRED, 'year' as const];
  return required.filter((f) => !layout.columns[f]);
}

/** The header row is searched for among the first rows: title rows above it are common. */
export const SEARCH_ROWS = 20;

/** Recognised columns count; a field named twice or a header nobody knows counts against. */
const score = (l: HeaderLayout) => 10 * Object.keys(l.columns).length - 20 * l.duplicates.length - l.unknown.length;

/**
 * Finds the header among the first 20 rows: of every reading of one row, or of a row
 * with the row below it (a group cell over sub-headers, merged or not), the one that
 * names every required field and recognises the most columns; the earliest and the
 * one-row reading win ties. A data row read as sub-headers recognises nothing, so a
 * one-row header stays one row. Returns the best partial reading when none is
 * complete, so the error can say what is missing.
 */
export function locateHeader(grid: Grid, yearGiven: boolean): { layout: HeaderLayout; complete: boolean } {
  const rows = fillMerges(grid);
  // Only the rows searched (and the one under the last) can hold the header; a loop, as
  // spreading 200,000 rows into Math.max overflows the stack.
  let width = 0;
  for (const r of rows.slice(0, SEARCH_ROWS + 1)) width = Math.max(width, r.length);
  let best: HeaderLayout | undefined;
  let bestPartial: HeaderLayout | undefined;
  const partialScore = (l: HeaderLayout) => score(l) - 100 * missingRequired(l, yearGiven).length;
  for (let r = 0; r < Math.min(rows.length, SEARCH_ROWS); r++) {
    const top = rows[r] ?? [];
    if (top.every(isBlank)) continue;
    const candidates = [resolve(top, undefined, width, r, 1)];
    // A row with a single filled cell above the header is the form's title ("… NĂM 2026"), not a group row.
    const filled = top.filter((c) => !isBlank(c)).length;
    if (r + 1 < rows.length && filled > 1) candidates.push(resolve(top, rows[r + 1] ?? [], width, r, 2));
    for (const c of candidates) {
      if (missingRequired(c, yearGiven).length === 0) {
        if (!best || score(c) > score(best)) best = c;
      } else if (!bestPartial || partialScore(c) > partialScore(bestPartial)) bestPartial = c;
    }
  }
  if (best) return { layout: best, complete: true };
  return { layout: bestPartial ?? { row: 0, height: 1, columns: {}, unknown: [], duplicates: [] }, complete: false };
}

/** "(1) (2) (3)" or "A B 1 2" under the header: the column numbering of official forms. */
export function isNumberingRow(row: Cell[]): boolean {
  const filled = row.filter((c) => !isBlank(c)).map((c) => String(c).trim());
  return filled.length >= 3 && filled.every((c) => /^\(?([0-9]{1,2}|[A-Z]|[0-9]{1,2}\s*=.*)\)?$/.test(c));
}

export const describeColumn = (c: Column): string => `"${c.header}" (${columnLetter(c.index)})`;
