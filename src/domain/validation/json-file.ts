import { readFileSync } from 'node:fs';

export type JsonRead =
  | { ok: true; value: unknown; bytes: Buffer }
  | { ok: false; missing: true }
  | { ok: false; missing: false; line: number; column: number; message: string; bytes: Buffer };

/** Reads and parses a JSON file; a syntax error carries its 1-based line and column. */
export function readJsonFile(absolutePath: string): JsonRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch {
    return { ok: false, missing: true };
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text), bytes };
  } catch (e) {
    const offset = findSyntaxErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, missing: false, line, column, message: (e as Error).message.split('\n')[0] ?? '', bytes };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
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

/**
 * The offset of the first syntax error. V8's messages do not always carry a position,
 * so a small scanner walks the grammar and stops where it breaks.
 */
function findSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new ScanError(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (e) {
    if (e instanceof ScanError) return e.offset;
    throw e;
  }
  return text.length;
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super('syntax');
    this.offset = offset;
  }
}
