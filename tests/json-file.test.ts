import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../src/domain/validation/json-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'json-file-'));
const read = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return readJsonFile(file);
};

describe('readJsonFile: keys written twice', () => {
  it('finds none where strings only look like keys ("a":, escaped quotes, colons in values)', () => {
    const r = read('a.json', '{"note": "x\\": 1, \\"y\\":", "list": [{"k": "\\"k\\":"}, {"k": ":"}], "\\"q": 1}');
    expect(r).toMatchObject({ ok: true, duplicates: [] });
  });

  it('names a key written twice, in an object in an array, and an escaped one', () => {
    const r = read('b.json', '{"rows": [{"a": 1}, {"a": 1, "b": 2, "a": 3}], "\\u0063": 1, "c": 2}');
    expect(r).toMatchObject({ ok: true, duplicates: [['rows', 1, 'a'], ['c']] });
  });

  it('gives the line and column of a syntax error', () => {
    expect(read('c.json', '{\n  "a": 1,\n  "b": }')).toMatchObject({ ok: false, problem: 'syntax', line: 3, column: 8 });
  });
});
