import { readFileSync, statSync } from 'node:fs';
import { isSystemError } from '../failure.ts';
import { scanJson } from './json-scan.ts';

/**
 * The largest data file read. The embedded release's observations.json is 250 KB and a
 * province with every village over ten years stays under 20 MB; a larger file is refused
 * before it is read, rather than exhausting memory.
 */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

export type JsonRead =
  | {
      ok: true;
      value: unknown;
      bytes: Buffer;
      /** The file starts with a UTF-8 byte-order mark (as Windows Notepad writes). */
      bom: boolean;
      /** Paths of keys written twice in one object. */
      duplicates: (string | number)[][];
    }
  | { ok: false; problem: 'missing' }
  | { ok: false; problem: 'too-large'; size: number }
  | { ok: false; problem: 'unreadable'; code: string }
  | { ok: false; problem: 'encoding'; bytes: Buffer }
  | { ok: false; problem: 'syntax'; line: number; column: number; message: string; bytes: Buffer };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads and parses a JSON file; a syntax error carries its 1-based line and column. */
export function readJsonFile(absolutePath: string): JsonRead {
  let bytes: Buffer;
  try {
    const size = statSync(absolutePath).size;
    if (size > MAX_JSON_BYTES) return { ok: false, problem: 'too-large', size };
    bytes = readFileSync(absolutePath);
  } catch (error) {
    if (isSystemError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return { ok: false, problem: 'missing' };
    if (isSystemError(error)) return { ok: false, problem: 'unreadable', code: error.code! };
    throw error;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: 'encoding', bytes };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const scan = scanJson(text);
  if (scan.errorOffset !== undefined) {
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message.split('\n')[0] ?? '';
    }
    const { line, column } = lineAndColumn(text, scan.errorOffset);
    return { ok: false, problem: 'syntax', line, column, message, bytes };
  }
  return { ok: true, value: JSON.parse(text), bytes, bom, duplicates: scan.duplicates };
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
