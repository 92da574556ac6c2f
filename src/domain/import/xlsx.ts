import { readSheet } from 'read-excel-file/node';
import path from 'node:path';
import { FileFormatError } from './csv.ts';
import { parseRange, type Cell, type Grid, type MergedRange } from './grid.ts';
import { readZipEntries } from './zip.ts';

/**
 * The first worksheet of an .xlsx: cell values from read-excel-file, and the merged
 * ranges, which that library does not report, read from the sheet's XML here.
 */
export async function readXlsx(bytes: Buffer): Promise<Grid> {
  let data: unknown[][];
  try {
    data = (await readSheet(bytes, { trim: true })) as unknown[][];
  } catch (e) {
    throw new FileFormatError(`không đọc được tệp Excel (${(e as Error).message}). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.`);
  }
  const rows: Cell[][] = data.map((row) => row.map(toCell));
  return { kind: 'xlsx', rows, merges: readMerges(bytes) };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** The merged ranges of the first sheet, in workbook order (the sheet read-excel-file reads). */
export function readMerges(bytes: Buffer): MergedRange[] {
  let entries: Map<string, () => Buffer>;
  try {
    entries = readZipEntries(bytes);
  } catch {
    return [];
  }
  const text = (name: string) => entries.get(name)?.().toString('utf8');
  const sheetPath = firstSheetPath(text) ?? 'xl/worksheets/sheet1.xml';
  const xml = text(sheetPath);
  if (!xml) return [];
  const merges: MergedRange[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const range = parseRange(m[1]!);
    if (range) merges.push(range);
  }
  return merges;
}

function firstSheetPath(text: (name: string) => string | undefined): string | undefined {
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return undefined;
  const sheet = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook) ?? /<(?:\w+:)?sheet\b[^>]*\b\w+:id="([^"]+)"/.exec(workbook);
  if (!sheet) return undefined;
  for (const rel of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
    if (id === sheet[1] && target) {
      return target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl', target));
    }
  }
  return undefined;
}
