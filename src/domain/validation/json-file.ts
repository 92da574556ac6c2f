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
  // UTF-8 text (units.json: names with diacritics) is parsed as Latin-1 too, and only its few
  // non-ASCII strings decoded afterwards: a UTF-8 sequence is all bytes ≥ 0x80, so it never
  // looks like JSON's quotes, brackets or escapes, and each string holds its own bytes
  // intact. Decoding the whole file instead makes a two-byte string that JSON.parse reads
  // slower: on a 8.5 MB units.json, 130 ms against 60. A \u escape could write a character
  // ≥ 0x80 that is not a byte, and a byte-order mark is reported: those files are decoded.
  const latin1 = ascii || (!startsWithBom(bytes) && bytes.indexOf('\\u') < 0);
  // Read as Latin-1 with UTF-8 in it: its non-ASCII strings are decoded after parsing.
  const recode = latin1 && !ascii;
  let text = bytes.toString(latin1 ? 'latin1' : 'utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    let error = e;
    // Columns count characters, and the message quotes the text: both from the decoded text.
    if (recode) {
      text = bytes.toString('utf8');
      try {
        JSON.parse(text);
      } catch (again) {
        error = again;
      }
    }
    const message = (error as Error).message.split('\n')[0] ?? '';
    const { line, column } = lineAndColumn(text, scanJson(text).errorOffset ?? 0);
    return { ok: false, problem: 'syntax', line, column, message, bytes };
  }
  // Walked from a holder, so a file that is one string is decoded too.
  const holder = [value];
  const held = keysHeld(holder, recode);
  value = holder[0];
  // The grammar scan, which names each key written twice, only when there is one: a file has
  // one when it writes more keys than the parsed objects hold (JSON.parse keeps the last).
  const duplicates = keysWritten(text) === held ? [] : scanJson(recode ? bytes.toString('utf8') : text).duplicates;
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

const startsWithBom = (bytes: Buffer): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Read as Latin-1, every character is a byte: those above ASCII are the UTF-8 to decode. */
const NON_ASCII = /[\x80-\xff]/;

/**
 * Decodes strings read as Latin-1, each distinct one once: a release repeats its names and
 * types ("xã", "phường") thousands of times, and a lookup is a third of the cost of a decode.
 */
function utf8Decoder(): (latin1: string) => string {
  const seen = new Map<string, string>();
  return (latin1) => {
    if (!NON_ASCII.test(latin1)) return latin1;
    let text = seen.get(latin1);
    if (text === undefined) seen.set(latin1, (text = Buffer.from(latin1, 'latin1').toString('utf8')));
    return text;
  };
}

/**
 * Keys of every object in a parsed value; a stack, not recursion, for deeply nested files.
 * With `decode`, the value was parsed from UTF-8 bytes read as Latin-1: each string and key
 * holding bytes ≥ 0x80 is decoded in place, in the same walk.
 */
function keysHeld(value: unknown, decode: boolean): number {
  const decoded = utf8Decoder();
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (item !== null && typeof item === 'object') stack.push(item);
        else if (decode && typeof item === 'string') v[i] = decoded(item);
      }
    } else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      let renamed = false;
      for (const key in o) {
        n++;
        const item = o[key];
        if (item !== null && typeof item === 'object') stack.push(item);
        else if (decode && typeof item === 'string') o[key] = decoded(item);
        if (decode && NON_ASCII.test(key)) renamed = true;
      }
      if (renamed) decodeKeys(o, decoded);
    }
  }
  return n;
}

/** Renames an object's keys to their decoded text, keeping their order. Defined, not assigned: "__proto__" stays a key. */
function decodeKeys(o: Record<string, unknown>, decoded: (latin1: string) => string): void {
  const entries = Object.entries(o);
  for (const [key] of entries) delete o[key];
  for (const [key, item] of entries) Object.defineProperty(o, decoded(key), { value: item, writable: true, enumerable: true, configurable: true });
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
