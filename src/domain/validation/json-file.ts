import { isAscii, isUtf8 } from 'node:buffer';
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
  // Checked, then decoded: a third of the time of a fatal TextDecoder on a large ASCII file.
  // ASCII (observations and crosswalks: codes and numbers) reads the same as Latin-1, which
  // copies bytes instead of decoding them: a tenth of the time on the 12 MB observations.json.
  const ascii = isAscii(bytes);
  if (!ascii && !isUtf8(bytes)) return { ok: false, problem: 'encoding', bytes };
  let text = bytes.toString(ascii ? 'latin1' : 'utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.split('\n')[0] ?? '';
    const { line, column } = lineAndColumn(text, scanJson(text).errorOffset ?? 0);
    return { ok: false, problem: 'syntax', line, column, message, bytes };
  }
  // The grammar scan, which names each key written twice, only when there is one: a file has
  // one when it writes more keys than the parsed objects hold (JSON.parse keeps the last).
  const duplicates = keysWritten(text) === keysHeld(value) ? [] : scanJson(text).duplicates;
  return { ok: true, value, bytes, bom, duplicates };
}

/**
 * Object keys written in a valid JSON text: colons after a string. A colon inside a string
 * never follows an unescaped quote (that quote would have closed the string), so a colon
 * whose last non-blank character before it is a quote preceded by an even number of
 * backslashes ends a key. One indexOf per colon: far cheaper than scanning the grammar.
 */
function keysWritten(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    for (let c = text.charCodeAt(j); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(--j));
    if (text.charCodeAt(j) !== 0x22) continue;
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/** Keys of every object in a parsed value; a stack, not recursion, for deeply nested files. */
function keysHeld(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        n++;
        const item = (v as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return n;
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
