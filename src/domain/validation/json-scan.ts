/**
 * What JSON.parse does not say: where a syntax error is (V8's messages do not always carry
 * a position) and which object keys are written twice (JSON.parse silently keeps the last
 * one, so a figure typed twice would lose the first without a word). One pass over the
 * grammar, with an explicit stack instead of recursion, so a file of 100,000 nested
 * arrays is scanned like any other.
 */
export interface JsonScan {
  /** Offset of the first syntax error; undefined when the text is valid JSON. */
  errorOffset?: number;
  /** JSON paths of the second (and later) occurrence of a key in the same object. */
  duplicates: (string | number)[][];
}

type Frame = { kind: 'object'; keys: Set<string>; key: string } | { kind: 'array'; index: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function scanJson(text: string, maxDuplicates = 100): JsonScan {
  const duplicates: (string | number)[][] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  /** Skips a string at i; false on a syntax error (i then points at it). */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  /** Reads `"key":` into the object on top of the stack. */
  const key = (frame: Extract<Frame, { kind: 'object' }>): boolean => {
    ws();
    const start = i;
    if (!string()) return false;
    // Most keys have no escape: read as they are, without a JSON.parse per key.
    const raw = text.slice(start + 1, i - 1);
    const name = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
    ws();
    if (text[i] !== ':') return false;
    i++;
    if (frame.keys.has(name)) {
      if (duplicates.length < maxDuplicates) duplicates.push([...stack.slice(0, -1).map(pathPart), name]);
    } else frame.keys.add(name);
    frame.key = name;
    return true;
  };
  const fail = (): JsonScan => ({ errorOffset: i, duplicates });

  let expectValue = true;
  for (;;) {
    if (expectValue) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
        } else {
          const frame: Frame = { kind: 'object', keys: new Set(), key: '' };
          stack.push(frame);
          if (!key(frame)) return fail();
        }
        continue;
      }
      if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          expectValue = false;
        } else stack.push({ kind: 'array', index: 0 });
        continue;
      }
      if (c === '"') {
        if (!string()) return fail();
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        for (const ch of word) {
          if (text[i] !== ch) return fail();
          i++;
        }
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m) return fail();
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    ws();
    const top = stack.at(-1);
    if (!top) return i < n ? fail() : { duplicates };
    const c = text[i];
    if (c === ',') {
      i++;
      if (top.kind === 'array') top.index++;
      else if (!key(top)) return fail();
      expectValue = true;
    } else if ((top.kind === 'array' && c === ']') || (top.kind === 'object' && c === '}')) {
      i++;
      stack.pop();
    } else return fail();
  }
}

const pathPart = (f: Frame): string | number => (f.kind === 'object' ? f.key : f.index);
