/**
 * A release table (tables.ts) or a figure's table (chart-csv.ts) as a sheet of an Excel
 * workbook (xlsx.ts): the column's Frictionless type decides how its cells are written.
 */
import type { FigureTable } from './chart-csv.ts';
import type { Field, Table } from './tables.ts';
import type { CellKind, SheetSpec } from './xlsx.ts';

/**
 * Web addresses (`format: 'uri'`) are links. Counts are the integers that cannot be
 * negative (the `count` columns of tables.ts); other integers are years and classes,
 * written without a thousands separator. Rates (`*_rate`, in percent with two decimals)
 * are shown as percentages; other numbers (a crosswalk's share) as they are.
 */
export function fieldKind(f: Field): CellKind {
  switch (f.type) {
    case 'string':
      return f.format === 'uri' ? 'link' : 'text';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'year':
      return 'integer';
    case 'integer':
      return f.constraints?.minimum === 0 ? 'count' : 'integer';
    case 'number':
      return f.name.endsWith('_rate') ? 'percent' : 'number';
  }
}

/** Sheet name from a file name: "observations.csv" → "observations" (Excel allows 31 characters). */
const sheetName = (fileName: string): string => fileName.replace(/\.[a-z]+$/, '').slice(0, 31);

export function tableSheet(table: Table, notes: readonly string[]): SheetSpec {
  return {
    name: sheetName(table.name),
    title: table.title,
    notes,
    columns: table.fields.map((f) => ({ header: `${f.title} (${f.name})`, kind: fieldKind(f) })),
    rows: table.rows,
  };
}

/**
 * A figure's table as a sheet; each heading in words with the CSV's name in brackets, as a
 * release table's ("Tỷ lệ hộ nghèo (poor_rate)"), so the workbook and the CSV can be matched.
 */
export function figureSheet(name: string, title: string, table: FigureTable, notes: readonly string[], heading: (column: string) => string): SheetSpec {
  // A column without its kind would be written as the next column's type: a flag read as a number.
  if (table.kinds.length !== table.header.length) {
    throw new Error(`${name}: ${table.header.length} cột nhưng ${table.kinds.length} kiểu (${table.header.join(', ')})`);
  }
  return {
    name: sheetName(name),
    title,
    notes,
    columns: table.header.map((column, i) => {
      const words = heading(column);
      return { header: words === column ? column : `${words} (${column})`, kind: table.kinds[i]! };
    }),
    rows: table.rows,
  };
}

/** The words of the workbook's first sheet, which explains the others' columns. */
export interface DictionaryWords {
  sheetName: string;
  title: string;
  notes: readonly string[];
  /** Headings: sheet, column as in the CSV, column in words, kind of value, meaning, the values it takes. */
  columns: readonly [string, string, string, string, string, string];
  kind: Record<Field['type'], string>;
}

/**
 * One row per column of every table, from the same fields as datapackage.json: a reader of
 * the workbook, who may never open that file, finds what "level", "not-met" or "carried"
 * mean, and which values a column takes, beside the data.
 */
export function dictionarySheet(tables: readonly Table[], words: DictionaryWords): SheetSpec {
  return {
    name: words.sheetName,
    title: words.title,
    notes: words.notes,
    columns: words.columns.map((header) => ({ header, kind: 'text' as const })),
    rows: tables.flatMap((t) =>
      t.fields.map((f) => [sheetName(t.name), f.name, f.title, words.kind[f.type], f.description ?? '', f.constraints?.enum?.join(', ') ?? '']),
    ),
  };
}

