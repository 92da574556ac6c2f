import path from 'node:path';
import { usageFailure } from '../failure.ts';
import { FileFormatError } from './csv.ts';
import { isBlank, parseRange, type Cell, type Grid, type MergedRange } from './grid.ts';
import { MAX_ROWS, MAX_SHEET_XML_BYTES, megabytes, thousands } from './limits.ts';
import { headerKey } from './names.ts';
import { readZipEntries, type ZipEntry } from './zip.ts';

interface SheetRef {
  name: string;
  /** Path of the worksheet's XML inside the archive. */
  part: string;
}

/**
 * One worksheet of an .xlsx — the first, or the one named by `--sheet` — as a grid: cell
 * values from read-excel-file, and the merged ranges, which that library does not report,
 * read from the sheet's XML here. Trailing blank rows are dropped.
 */
/** `sheetOption` names where the worksheet was asked for, in a message that it is not there. */
export async function readXlsx(bytes: Buffer, sheetName?: string, sheetOption = '--sheet'): Promise<Grid> {
  let entries: Map<string, ZipEntry>;
  let sheets: SheetRef[];
  try {
    entries = readZipEntries(bytes);
    sheets = sheetRefs(entries);
  } catch (e) {
    throw new FileFormatError(`không đọc được tệp Excel (${(e as Error).message}). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.`);
  }
  if (sheets.length === 0) throw new FileFormatError('tệp Excel không có trang tính nào. Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.');
  const sheet = sheetName === undefined ? sheets[0]! : findSheet(sheets, sheetName, sheetOption);
  for (const part of [sheet.part, 'xl/sharedStrings.xml']) {
    const size = entries.get(part)?.size ?? 0;
    if (size > MAX_SHEET_XML_BYTES) {
      throw new FileFormatError(`trang tính "${sheet.name}" quá lớn (${megabytes(size)} dữ liệu khi giải nén, giới hạn ${megabytes(MAX_SHEET_XML_BYTES)}): chép riêng bảng kết quả rà soát sang một tệp mới rồi nhập tệp đó.`);
    }
  }
  let data: unknown[][];
  try {
    // Loaded here, not at the top: read-excel-file and its unzipper take about 60 ms to load,
    // on every start of `npm run import`, and a CSV import never needs them.
    const { readSheet } = await import('read-excel-file/node');
    data = (await readSheet(bytes, sheet.name, { trim: true })) as unknown[][];
  } catch (e) {
    throw new FileFormatError(`không đọc được trang tính "${sheet.name}" (${(e as Error).message}). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.`);
  }
  const rows: Cell[][] = data.map((row) => row.map(toCell));
  while (rows.length > 0 && rows.at(-1)!.every(isBlank)) rows.pop();
  let filled = 0;
  for (const row of rows) if (!row.every(isBlank)) filled++;
  if (filled > MAX_ROWS) {
    throw new FileFormatError(`trang tính "${sheet.name}" có ${thousands(filled)} dòng có nội dung, vượt giới hạn ${thousands(MAX_ROWS)} dòng của một lần nhập: tách tệp theo năm hoặc theo thời kỳ địa giới.`);
  }
  return { kind: 'xlsx', rows, merges: readMerges(entries, sheet.part), sheet: sheet.name, sheets: sheets.map((s) => s.name) };
}

function findSheet(sheets: SheetRef[], wanted: string, option: string): SheetRef {
  const exact = sheets.find((s) => s.name.normalize('NFC') === wanted.normalize('NFC'));
  const loose = sheets.filter((s) => headerKey(s.name) === headerKey(wanted));
  const found = exact ?? (loose.length === 1 ? loose[0] : undefined);
  if (!found) throw usageFailure(`không có trang tính "${wanted}" (${option}); tệp có: ${sheets.map((s) => `"${s.name}"`).join(', ')}`);
  return found;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

/** The worksheets in workbook order, with their names and XML parts. */
function sheetRefs(entries: Map<string, ZipEntry>): SheetRef[] {
  const text = (name: string) => entries.get(name)?.read(MAX_SHEET_XML_BYTES).toString('utf8');
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook) throw new Error('thiếu xl/workbook.xml');
  const targets = new Map<string, string>();
  for (const rel of (rels ?? '').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl', target)));
  }
  const refs: SheetRef[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\b(?:r|\w+):id="([^"]+)"/.exec(m[0])?.[1];
    if (name === undefined) continue;
    refs.push({ name: decodeXml(name), part: (id && targets.get(id)) ?? `xl/worksheets/sheet${refs.length + 1}.xml` });
  }
  return refs;
}

/** The merged ranges of one worksheet. */
function readMerges(entries: Map<string, ZipEntry>, part: string): MergedRange[] {
  const xml = entries.get(part)?.read(MAX_SHEET_XML_BYTES).toString('utf8');
  if (!xml) return [];
  const merges: MergedRange[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const range = parseRange(m[1]!);
    if (range) merges.push(range);
  }
  return merges;
}
