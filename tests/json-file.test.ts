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

describe('readJsonFile: UTF-8 text', () => {
  // Parsed as Latin-1 and its non-ASCII strings decoded afterwards (json-file.ts): the value
  // must be exactly what JSON.parse makes of the decoded text.
  const utf8Parse = (text: string) => JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;

  it.each([
    ['names and types', '{"units": [{"code": "05977", "name": "Đông Kinh", "type": "phường"}, {"name": "Lạng Sơn", "type": "tỉnh"}]}'],
    ['strings in arrays, nested', '[["Hữu Lũng", ["Chi Lăng", "Văn Quan"]], "Bắc Sơn", 1, null, true]'],
    ['keys with diacritics, in order, "__proto__" among them', '{"z": 1, "tên": "Bình Gia", "__proto__": "Cao Lộc", "2": "hai", "ghi chú": {"Đình Lập": "x"}}'],
    ['four-byte characters and escapes beside them', '{"a": "🙂 \\n \\"Tràng Định\\"", "b": "\\\\Lộc Bình"}'],
    ['a file that is one string', '"Lạng Sơn"'],
    ['a \\u escape (decoded whole)', '{"name": "L\\u1ea1ng S\\u01a1n", "raw": "Lạng Sơn", "e": "\\u00e9"}'],
  ])('%s', (_label, text) => {
    const r = read('utf8.json', text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toStrictEqual(utf8Parse(text));
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(utf8Parse(text)));
  });

  it('keeps "__proto__" with diacritics beside it an own key, not the prototype', () => {
    const r = read('proto.json', '{"__proto__": {"polluted": "có"}, "tên": "x"}');
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__', 'tên']);
  });

  it('names a key with diacritics written twice by its text', () => {
    expect(read('dup.json', '{"đơn vị": [{"tên": "A", "tên": "B"}]}')).toMatchObject({ ok: true, duplicates: [['đơn vị', 0, 'tên']] });
  });

  it.each([
    // V8 quotes a short text, and gives a long one's position in characters.
    ['{"tên": Lạng Sơn}', 1, 9, 'Lạng Sơn'],
    [`{\n  "name": "Lạng Sơn",\n  "type": "tỉnh" x${' '.repeat(300)}\n}`, 3, 18, 'position 41'],
  ])('reports a syntax error as in the decoded text: %#', (text, line, column, quoted) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message.split('\n')[0]!;
    }
    expect(message).toContain(quoted);
    expect(read('syntax.json', text)).toMatchObject({ ok: false, problem: 'syntax', line, column, message });
  });

  it('still reports a byte-order mark', () => {
    expect(read('bom.json', '\uFEFF{"name": "Lạng Sơn"}')).toMatchObject({ ok: true, bom: true, value: { name: 'Lạng Sơn' } });
  });
});
