/**
 * Excel workbooks (.xlsx) for people who open tables in a spreadsheet: the same tables
 * as the CSVs, with every cell typed so that Excel, in any language, reads it right —
 * codes as text (05971 keeps its zero), counts as whole numbers, rates as numbers shown
 * as percentages, dates as dates — the title, the source and the illustrative mark in
 * rows above a frozen header.
 *
 * The cells are written by write-excel-file (a maintained library). It zips with the
 * current time on every entry and writes no document properties, so the archive is
 * unpacked and packed again here with fflate: entries in a fixed order, a fixed date,
 * and a docProps/core.xml whose dates are the release's. The same tables give the same
 * bytes on any machine, in any time zone. Deflating every part twice cost a cold build
 * 1.5 s, most of it fflate setting up a compressor per part (10 ms of a small workbook's
 * 14): patches/write-excel-file+4.1.1.patch has write-excel-file store its parts
 * uncompressed (deflate level 0), and they are compressed only here.
 *
 * write-excel-file 4 has no hyperlinks (no option, type or style for one), so an address
 * cell (`link`) is written as underlined blue text by it and made a link here, in the same
 * repacking: a <hyperlinks> element in its sheet and an external relationship beside it,
 * numbered in cell order, so the bytes stay the same.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import type { CsvValue } from './csv.ts';

/**
 * How a column's cells are written. `percent` takes hundredths of a percent as text
 * ("14.38", as the CSVs hold them) and writes the number 0.1438 shown as 14.38% (14,38%
 * in Vietnamese Excel); `points` writes 2.32 with two decimals; `count` a whole number
 * with a thousands separator; `integer` a whole number without one (years, classes);
 * `link` an http(s) address that opens when clicked (any other text stays plain text).
 */
export type CellKind = 'text' | 'integer' | 'count' | 'percent' | 'points' | 'number' | 'date' | 'boolean' | 'link';

export interface SheetColumn {
  header: string;
  kind: CellKind;
}

export interface SheetSpec {
  /** Sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  /** First row, bold. */
  title: string;
  /** Rows under the title and above the header: release, source, licence, illustrative mark. */
  notes: readonly string[];
  columns: readonly SheetColumn[];
  rows: readonly (readonly (CsvValue | boolean)[])[];
}

export interface WorkbookMeta {
  title: string;
  /** Publisher, in docProps/core.xml. */
  creator: string;
  /** YYYY-MM-DD: the release's date, the workbook's created and modified dates. */
  date: string;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Bump when this file writes other bytes for the same sheets: the build keeps workbooks
 * under a hash of their sheets, their meta, this and the libraries' versions
 * (src/site/data/xlsx-cache.ts), and would otherwise serve the old ones.
 */
export const XLSX_WRITER_REVISION = 1;

/**
 * Number formats are stored in the file in Excel's neutral notation ("." for decimals,
 * "," for thousands) and shown in the reader's own: 14,38% and 23.511 in Vietnamese Excel.
 */
const FORMATS: Partial<Record<CellKind, string>> = {
  count: '#,##0',
  integer: '0',
  percent: '0.00%',
  points: '0.00',
  date: 'dd/mm/yyyy',
};

/** "14.38" → 1438, "-0.05" → -5: exact, never through a binary fraction. */
export function decimalToHundredths(text: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new RangeError(`XLSX: "${text}" không phải số thập phân`);
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** Whether a cell of the kind holds an address the workbook links (a spreadsheet would follow any scheme: only the web's). */
const isLink = (kind: CellKind, value: CsvValue | boolean): boolean => kind === 'link' && typeof value === 'string' && /^https?:\/\//i.test(value);

function cell(kind: CellKind, value: CsvValue | boolean): Cell {
  if (value === null || value === undefined || value === '') return null;
  const format = FORMATS[kind];
  // Excel's own Hyperlink style: its blue, underlined.
  if (isLink(kind, value)) return { value: String(value), type: String, textColor: '#0563C1', textDecoration: { underline: true } };
  switch (kind) {
    case 'text':
    case 'link':
      // A text cell of an .xlsx is never run as a formula, whatever it starts with.
      return { value: String(value), type: String };
    case 'boolean':
      return { value: value === true || value === 'true', type: Boolean };
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      if (!m) throw new RangeError(`XLSX: "${value}" không phải ngày YYYY-MM-DD`);
      return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), type: Date, format: format! };
    }
    case 'percent': {
      const hundredths = typeof value === 'number' ? Math.round(value * 100) : decimalToHundredths(String(value));
      return { value: hundredths / 10000, type: Number, format: format! };
    }
    case 'points': {
      const hundredths = typeof value === 'number' ? Math.round(value * 100) : decimalToHundredths(String(value));
      return { value: hundredths / 100, type: Number, format: format! };
    }
    default: {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) throw new RangeError(`XLSX: "${value}" không phải số`);
      return format ? { value: n, type: Number, format } : { value: n, type: Number };
    }
  }
}

/** Column width in characters: the longest of header and cells, within 8–60. */
function widths(sheet: SheetSpec): { width: number }[] {
  return sheet.columns.map((c, i) => {
    let longest = [...c.header].length;
    for (const row of sheet.rows) {
      const v = row[i];
      const n = v === null || v === undefined ? 0 : [...String(v)].length + (c.kind === 'count' ? 2 : 0);
      if (n > longest) longest = n;
    }
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

function sheetData(sheet: SheetSpec): SheetData {
  const data: Row[] = [[{ value: sheet.title, type: String, fontWeight: 'bold', fontSize: 13 }]];
  for (const note of sheet.notes) data.push([{ value: note, type: String }]);
  data.push(sheet.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold', backgroundColor: '#EDEDED', bottomBorderStyle: 'thin' })));
  for (const row of sheet.rows) {
    if (row.length !== sheet.columns.length) throw new Error(`XLSX ${sheet.name}: dòng có ${row.length} ô, cần ${sheet.columns.length}`);
    data.push(row.map((v, i) => cell(sheet.columns[i]!.kind, v)));
  }
  return data;
}

const xmlText = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const xmlAttribute = (s: string): string => xmlText(s).replaceAll('"', '&quot;');

/** "A", "Z", "AA" for columns 0, 25, 26. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Link {
  /** "F5". */
  ref: string;
  target: string;
}

/** The sheet's address cells, by their place: the title, the notes and the header come first, as sheetData writes them. */
function sheetLinks(sheet: SheetSpec): Link[] {
  const first = 1 + sheet.notes.length + 1 + 1;
  return sheet.rows.flatMap((row, r) =>
    row.flatMap((value, c) => (isLink(sheet.columns[c]!.kind, value) ? [{ ref: `${columnLetters(c)}${first + r}`, target: String(value) }] : [])),
  );
}

/** Makes the address cells of sheet N (1-based, as write-excel-file names its parts) links. */
function addLinks(files: Record<string, Uint8Array>, n: number, links: readonly Link[]): void {
  if (links.length === 0) return;
  const sheetPath = `xl/worksheets/sheet${n}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${n}.xml.rels`;
  const sheet = strFromU8(files[sheetPath]!);
  const rels = strFromU8(files[relsPath]!);
  // <hyperlinks> comes after <sheetData> and before any merged cells, conditional formats,
  // validations or page setup (the order of CT_Worksheet, ECMA-376 §18.3.1.99): Excel offers
  // to "repair" a sheet out of that order. The library writes none of them after the data
  // today; should a new version do, this stops the build instead of writing such a file.
  if (!sheet.endsWith('</sheetData></worksheet>') || !rels.includes('</Relationships>')) throw new Error(`XLSX: không tìm thấy chỗ ghi liên kết trong ${sheetPath}`);
  const id = (i: number) => `rId-link-${i + 1}`;
  const elements = links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="${id(i)}"/>`).join('');
  const relationships = links
    .map((l, i) => `<Relationship Id="${id(i)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlAttribute(l.target)}" TargetMode="External"/>`)
    .join('');
  files[sheetPath] = strToU8(sheet.replace('</sheetData>', `</sheetData><hyperlinks>${elements}</hyperlinks>`));
  files[relsPath] = strToU8(rels.replace('</Relationships>', `${relationships}</Relationships>`));
}

function coreXml(meta: WorkbookMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(meta.title)}</dc:title><dc:creator>${xmlText(meta.creator)}</dc:creator><dc:language>vi-VN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The release date as a zip entry's date. Zip dates have no time zone and fflate reads
 * the local fields of a Date, so it is built from local fields, at each call (the time
 * zone may change while the process runs): every machine writes the same bytes.
 */
function zipDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Math.max(1980, y), m - 1, d, 12, 0, 0);
}

/** Packs the library's archive again: fixed order and dates, with document properties and the sheets' links. */
function repack(xlsx: Uint8Array, meta: WorkbookMeta, links: readonly (readonly Link[])[]): Buffer {
  const mtime = zipDate(meta.date);
  const files = unzipSync(xlsx);
  links.forEach((sheetLinks, i) => addLinks(files, i + 1, sheetLinks));
  files['docProps/core.xml'] = strToU8(coreXml(meta));
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(
    types.replace('</Types>', '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
  );
  const rels = strFromU8(files['_rels/.rels']!);
  files['_rels/.rels'] = strToU8(
    rels.replace('</Relationships>', '<Relationship Id="rId-core" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
  );
  // [Content_Types].xml first, as Office writes it; the rest by name.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [files[name]!, { mtime, level: 6 }];
  return Buffer.from(zipSync(ordered, { mtime }));
}

/** What makes a workbook's bytes: workbookXlsx, or a cache around it. */
export type WorkbookWriter = (sheets: readonly SheetSpec[], meta: WorkbookMeta) => Promise<Buffer>;

/** A workbook of one or more sheets, each with its title, notes and frozen header. */
export async function workbookXlsx(sheets: readonly SheetSpec[], meta: WorkbookMeta): Promise<Buffer> {
  if (sheets.length === 0) throw new Error('XLSX: không có trang tính nào');
  const written = await writeXlsxFile(
    sheets.map((s) => ({
      data: sheetData(s),
      sheet: s.name,
      columns: widths(s),
      // Title and notes stay in view with the header: the source and the mark travel with every screen.
      stickyRowsCount: 2 + s.notes.length,
    })),
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBuffer();
  return repack(new Uint8Array(written), meta, sheets.map(sheetLinks));
}
