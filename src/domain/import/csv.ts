import { isBlank, type Grid } from './grid.ts';
import { MAX_ROWS, thousands } from './limits.ts';

export class FileFormatError extends Error {}

/**
 * The text of a CSV file: UTF-8 with or without a byte-order mark, or UTF-16 with one
 * (Excel's "Unicode text"). Anything else — typically a legacy Vietnamese code page —
 * is refused with advice, rather than read as garbled names.
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FileFormatError(
      'tệp không phải văn bản UTF-8 (có thể là bảng mã cũ như TCVN3 hay Windows-1258). Trong Excel, chọn Lưu thành → "CSV UTF-8 (Comma delimited)", rồi nhập lại.',
    );
  }
}

/**
 * The separator of the file: the one of comma, semicolon and tab that occurs most often,
 * outside quotes, in the first lines that hold any (Excel writes ";" where the decimal
 * mark is a comma, as in Vietnamese settings).
 */
function detectDelimiter(text: string): string {
  const candidates = [',', ';', '\t'];
  const counts = new Map(candidates.map((c) => [c, 0]));
  let inQuotes = false;
  let lines = 0;
  let lineHasAny = false;
  for (let i = 0; i < text.length && lines < 10; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
      lineHasAny = true;
    } else if (!inQuotes && ch === '\n') {
      if (lineHasAny) lines++;
      lineHasAny = false;
    }
  }
  let best = ',';
  for (const c of candidates) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks; CRLF,
 * LF or CR end a record. Every line is a record, blank ones too, so record i is the row
 * i + 1 that Excel shows when it opens the file.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export function readCsv(bytes: Uint8Array): Grid {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows: Grid['rows'] = parseCsv(text, delimiter).map((r) => r.map((cell) => (cell.trim() === '' ? null : cell.trim())));
  while (rows.length > 0 && rows.at(-1)!.every(isBlank)) rows.pop();
  let filled = 0;
  for (const row of rows) if (!row.every(isBlank)) filled++;
  if (filled > MAX_ROWS) {
    throw new FileFormatError(`tệp có ${thousands(filled)} dòng có nội dung, vượt giới hạn ${thousands(MAX_ROWS)} dòng của một lần nhập: tách tệp theo năm hoặc theo thời kỳ địa giới.`);
  }
  return { kind: 'csv', rows, merges: [], delimiter };
}
