import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { releaseDownloads } from '../src/domain/export/downloads.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { workbookXlsx, type SheetSpec, type WorkbookMeta } from '../src/domain/export/xlsx.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { downloadWords } from '../src/site/data/releases.ts';
import { cachedWorkbookXlsx, canonicalJson, writerVersion } from '../src/site/data/xlsx-cache.ts';

/** The build's cache of Excel workbooks (src/site/data/xlsx-cache.ts), in a folder of each test's own. */
let cacheDir: string;
const runCache = process.env['BUILD_CACHE_DIR'];
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'xlsx-cache-'));
  process.env['BUILD_CACHE_DIR'] = cacheDir;
});
afterAll(() => {
  process.env['BUILD_CACHE_DIR'] = runCache;
});

const sheet: SheetSpec = {
  name: 'bang',
  title: 'Bảng thử',
  notes: ['Phiên bản 2026.1', 'DỮ LIỆU MINH HỌA: không phải số liệu chính thức.'],
  columns: [
    { header: 'Mã', kind: 'text' },
    { header: 'Số hộ nghèo', kind: 'count' },
    { header: 'Tỷ lệ', kind: 'percent' },
  ],
  rows: [
    ['05971', 1234, '14.38'],
    ['05974', 56, '2.5'],
  ],
};
const meta: WorkbookMeta = { title: 'Thử', creator: 'Ai đó', date: '2026-11-25' };
const VERSION = 'thử 1';

/** A writer that counts its calls and writes what workbookXlsx writes. */
function countingWriter() {
  const calls: SheetSpec[][] = [];
  const write = (sheets: readonly SheetSpec[], m: WorkbookMeta) => {
    calls.push([...sheets]);
    return workbookXlsx(sheets, m);
  };
  return { calls, write };
}

const never = () => Promise.reject(new Error('the writer must not be called on a hit'));

const cachedFiles = (): string[] => readdirSync(path.join(cacheDir, 'xlsx')).map((f) => path.join(cacheDir, 'xlsx', f));

describe('the workbook cache', () => {
  it('serves a workbook written before, byte for byte, without calling the writer', async () => {
    const { calls, write } = countingWriter();
    const written = await cachedWorkbookXlsx([sheet], meta, { write, version: VERSION });
    expect(calls).toHaveLength(1);
    expect(written.equals(await workbookXlsx([sheet], meta))).toBe(true);
    const served = await cachedWorkbookXlsx([sheet], meta, { write: never, version: VERSION });
    expect(served.equals(written)).toBe(true);
    expect(cachedFiles()).toHaveLength(1);
  });

  it('keys on the content, not on the order its objects were built in', async () => {
    await cachedWorkbookXlsx([sheet], meta, { version: VERSION });
    const reordered: SheetSpec = { rows: sheet.rows, columns: sheet.columns.map((c) => ({ kind: c.kind, header: c.header })), notes: sheet.notes, title: sheet.title, name: sheet.name };
    const served = await cachedWorkbookXlsx([reordered], { date: meta.date, creator: meta.creator, title: meta.title }, { write: never, version: VERSION });
    expect(served.equals(await workbookXlsx([sheet], meta))).toBe(true);
  });

  const changes: [string, SheetSpec[], WorkbookMeta, string][] = [
    ['a cell', [{ ...sheet, rows: [sheet.rows[0]!, ['05974', 57, '2.5']] }], meta, VERSION],
    ['a cell left empty', [{ ...sheet, rows: [sheet.rows[0]!, ['05974', null, '2.5']] }], meta, VERSION],
    ['a note', [{ ...sheet, notes: ['Phiên bản 2026.2', sheet.notes[1]!] }], meta, VERSION],
    ['a column kind', [{ ...sheet, columns: [sheet.columns[0]!, { header: 'Số hộ nghèo', kind: 'integer' }, sheet.columns[2]!] }], meta, VERSION],
    ['a second sheet', [sheet, { ...sheet, name: 'bang2' }], meta, VERSION],
    ['the meta date', [sheet], { ...meta, date: '2026-11-26' }, VERSION],
    ['the meta title', [sheet], { ...meta, title: 'Thử 2' }, VERSION],
    ['the writer version', [sheet], meta, 'thử 2'],
  ];

  it.each(changes)('writes the workbook again after a change in %s', async (_, sheets, changedMeta, version) => {
    await cachedWorkbookXlsx([sheet], meta, { version: VERSION });
    const { calls, write } = countingWriter();
    const bytes = await cachedWorkbookXlsx(sheets, changedMeta, { write, version });
    expect(calls).toHaveLength(1);
    expect(bytes.equals(await workbookXlsx(sheets, changedMeta))).toBe(true);
    expect(cachedFiles()).toHaveLength(2);
  });

  const damage: [string, (stored: Buffer) => Buffer][] = [
    ['cut short', (stored) => stored.subarray(0, Math.floor(stored.length / 2))],
    ['missing its last byte', (stored) => stored.subarray(0, stored.length - 1)],
    ['empty', () => Buffer.alloc(0)],
    ['with one byte changed in the middle', (stored) => {
      const copy = Buffer.from(stored);
      const middle = copy.length >> 1;
      copy.writeUInt8(copy.readUInt8(middle) ^ 0xff, middle);
      return copy;
    }],
    ['the workbook without its checksum', (stored) => stored.subarray(0, stored.length - 32)],
  ];

  it.each(damage)('never serves a cached file %s, and writes it again', async (_, harm) => {
    const written = await cachedWorkbookXlsx([sheet], meta, { version: VERSION });
    const [file] = cachedFiles();
    writeFileSync(file!, harm(readFileSync(file!)));
    const { calls, write } = countingWriter();
    const served = await cachedWorkbookXlsx([sheet], meta, { write, version: VERSION });
    expect(calls).toHaveLength(1);
    expect(served.equals(written)).toBe(true);
    // Written again whole: the next build reads it.
    expect((await cachedWorkbookXlsx([sheet], meta, { write: never, version: VERSION })).equals(written)).toBe(true);
  });

  it('leaves no temporary file behind', async () => {
    await cachedWorkbookXlsx([sheet], meta, { version: VERSION });
    await cachedWorkbookXlsx([sheet], { ...meta, date: '2026-11-26' }, { version: VERSION });
    expect(cachedFiles().map((f) => path.extname(f))).toEqual(['.xlsx', '.xlsx']);
  });

  it('names the installed write-excel-file and fflate in the writer version', () => {
    const version = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    expect(writerVersion()).toMatch(/^xlsx\.ts \d+, /);
    expect(writerVersion()).toContain(`write-excel-file ${version('write-excel-file')}`);
    expect(writerVersion()).toContain(`fflate ${version('fflate')}`);
  });
});

describe('canonical JSON of the sheets', () => {
  it('sorts object keys and keeps array order', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: 'x', c: null } })).toBe('{"a":{"c":null,"d":"x"},"b":[2,1]}');
  });

  // A text cell shows String(value): values JSON.stringify would merge must not share a key.
  it.each([
    [Number.NaN, null],
    [-0, 0],
    [Number.POSITIVE_INFINITY, null],
    [undefined, null],
    ['1', 1],
    [true, 'true'],
  ])('tells %s from %s', (a, b) => {
    expect(canonicalJson([a])).not.toBe(canonicalJson([b]));
  });
});

describe("a release's downloads through the cache", () => {
  it('are the same bytes as written directly, and the second time come from the cache', async () => {
    const { manifest } = validate({ dataRoot: 'data' });
    const entry = manifest!.releases.find((r) => r.id === manifest!.current)!;
    const url = `https://x.example/du-lieu/${entry.id}/`;
    const options = { homepage: url, words: downloadWords(entry, url) };
    const snapshot = loadSnapshot('data', entry.id);
    const direct = await releaseDownloads(snapshot, entry, options);
    const filled = await releaseDownloads(snapshot, entry, { ...options, writeWorkbook: cachedWorkbookXlsx });
    const served = await releaseDownloads(snapshot, entry, { ...options, writeWorkbook: (s, m) => cachedWorkbookXlsx(s, m, { write: never }) });
    const xlsx = direct.filter((f) => f.name.endsWith('.xlsx'));
    expect(xlsx.length).toBeGreaterThan(2);
    expect(cachedFiles()).toHaveLength(xlsx.length);
    for (const result of [filled, served]) {
      expect(result.map((f) => [f.name, f.bytes.toString('base64')])).toEqual(direct.map((f) => [f.name, f.bytes.toString('base64')]));
    }
  }, 60_000);
});
