import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA_RESULTS_CSV, criteriaResultsTable } from '../src/domain/export/criteria-results.ts';
import { releaseDownloads, type Download } from '../src/domain/export/downloads.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { fieldKind, tableSheet } from '../src/domain/export/table-sheets.ts';
import { releaseTables } from '../src/domain/export/tables.ts';
import { decimalToHundredths, workbookXlsx, type SheetSpec } from '../src/domain/export/xlsx.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { explainEvaluation, resultStatusText, statusText } from '../src/i18n/results.vi.ts';
import { downloadWords } from '../src/site/data/releases.ts';

/**
 * The Excel downloads, read back the way a reader would (read-excel-file) and as the XML
 * inside the archive: what type each cell has and how Excel will show it.
 */
const DATA = 'data';
const meta = { title: 'Thử', creator: 'Ai đó', date: '2026-11-25' };

const xml = (bytes: Buffer, part: string): string => strFromU8(unzipSync(new Uint8Array(bytes))[part]!);

/** The number format of one cell ("A5") of sheet N: the formatCode of its style. */
function formatOf(bytes: Buffer, sheet: number, ref: string): string | undefined {
  const sheetXml = xml(bytes, `xl/worksheets/sheet${sheet}.xml`);
  const style = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheetXml)?.[1];
  if (style === undefined) return undefined;
  const styles = xml(bytes, 'xl/styles.xml');
  const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b([^>]*)>/g)].map((m) => m[1]!);
  const numFmtId = /numFmtId="(\d+)"/.exec(xfs[Number(style)] ?? '')?.[1];
  if (numFmtId === undefined) return undefined;
  return new RegExp(`<numFmt numFmtId="${numFmtId}" formatCode="([^"]*)"`).exec(styles)?.[1]?.replaceAll('&quot;', '"');
}

/** The links of sheet N, as Excel resolves them: cell → target of its relationship. */
function linksOf(bytes: Buffer, sheet: number): Record<string, string> {
  const rels = xml(bytes, `xl/worksheets/_rels/sheet${sheet}.xml.rels`);
  const target = (id: string) => {
    const rel = new RegExp(`<Relationship Id="${id}" Type="([^"]+)" Target="([^"]*)" TargetMode="External"/>`).exec(rels);
    expect(rel?.[1], id).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink');
    return rel![2]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
  };
  const links = /<hyperlinks>(.*?)<\/hyperlinks>/.exec(xml(bytes, `xl/worksheets/sheet${sheet}.xml`))?.[1] ?? '';
  return Object.fromEntries([...links.matchAll(/<hyperlink ref="([A-Z]+\d+)" r:id="([^"]+)"\/>/g)].map((m) => [m[1]!, target(m[2]!)]));
}

describe('a workbook', () => {
  const sheet: SheetSpec = {
    name: 'bang',
    title: 'Bảng thử',
    notes: ['Phiên bản 2026.1', 'DỮ LIỆU MINH HỌA: không phải số liệu chính thức.'],
    columns: [
      { header: 'Mã', kind: 'text' },
      { header: 'Số hộ', kind: 'count' },
      { header: 'Tỷ lệ', kind: 'percent' },
      { header: 'Mức giảm', kind: 'points' },
      { header: 'Ngày', kind: 'date' },
      { header: 'Năm', kind: 'integer' },
      { header: 'Minh họa', kind: 'boolean' },
    ],
    rows: [
      ['05971', 23511, '14.38', '-0.05', '2025-07-01', 2021, 'true'],
      ['=1+1', 0, null, '6.00', null, 2022, 'false'],
    ],
  };

  it('keeps codes as text, counts as integers, rates as percentages, dates as dates', async () => {
    const bytes = await workbookXlsx([sheet], meta);
    const rows = await readSheet(bytes);
    expect(rows[0]![0]).toBe('Bảng thử');
    expect(rows[2]![0]).toBe('DỮ LIỆU MINH HỌA: không phải số liệu chính thức.');
    expect(rows[3]).toEqual(['Mã', 'Số hộ', 'Tỷ lệ', 'Mức giảm', 'Ngày', 'Năm', 'Minh họa']);
    const [code, count, rate, points, date, year, flag] = rows[4]!;
    expect(code).toBe('05971');
    expect(count).toBe(23511);
    expect(rate).toBe(0.1438);
    expect(points).toBe(-0.05);
    expect(date).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(year).toBe(2021);
    expect(flag).toBe(true);
    // Text that looks like a formula stays text: a shared string, never <f>.
    expect(rows[5]![0]).toBe('=1+1');
    expect(xml(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect(formatOf(bytes, 1, 'B5')).toBe('#,##0');
    expect(formatOf(bytes, 1, 'C5')).toBe('0.00%');
    expect(formatOf(bytes, 1, 'D5')).toBe('0.00');
    expect(formatOf(bytes, 1, 'E5')).toBe('dd/mm/yyyy');
    expect(formatOf(bytes, 1, 'F5')).toBe('0');
    expect(xml(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="A5"[^>]* t="s"/);
  });

  it('freezes the title, the notes and the header', async () => {
    const bytes = await workbookXlsx([sheet], meta);
    expect(xml(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<pane ySplit="4" xSplit="0" topLeftCell="A5"[^>]*state="frozen"/);
  });

  it('gives the same bytes in any time zone, with the release date in its properties', async () => {
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'Asia/Ho_Chi_Minh';
      const a = await workbookXlsx([sheet], meta);
      process.env['TZ'] = 'America/Los_Angeles';
      const b = await workbookXlsx([sheet], meta);
      expect(a.equals(b)).toBe(true);
      const core = xml(a, 'docProps/core.xml');
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:modified>');
      expect(xml(a, '[Content_Types].xml')).toContain('PartName="/docProps/core.xml"');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('makes an address cell a link to it, underlined in blue; only a web address, and the same bytes each time', async () => {
    const sources: SheetSpec = {
      name: 'nguon',
      title: 'Nguồn',
      notes: ['Phiên bản 2026.1'],
      columns: [
        { header: 'Mã', kind: 'text' },
        { header: 'Địa chỉ', kind: 'link' },
      ],
      rows: [
        ['a', 'https://langson.gov.vn/tin.html?id=1&x="2"'],
        ['b', null],
        ['c', 'javascript:alert(1)'],
        ['d', 'http://x.example/'],
      ],
    };
    const bytes = await workbookXlsx([sheet, sources], meta);
    // Title, note and header take rows 1–3: the rows start at 4, the addresses are in column B.
    expect(linksOf(bytes, 2)).toEqual({ B4: 'https://langson.gov.vn/tin.html?id=1&x="2"', B7: 'http://x.example/' });
    expect(linksOf(bytes, 1)).toEqual({});
    const read = await readSheet(bytes, 'nguon');
    expect(read.slice(3).map((r) => r[1])).toEqual(['https://langson.gov.vn/tin.html?id=1&x="2"', null, 'javascript:alert(1)', 'http://x.example/']);
    // Excel's Hyperlink look: the link cells share a style with a blue, underlined font; the plain one has none.
    const styleOf = (ref: string) => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml(bytes, 'xl/worksheets/sheet2.xml'))?.[1];
    expect(styleOf('B4')).toBe(styleOf('B7'));
    expect(styleOf('B6')).not.toBe(styleOf('B4'));
    const styles = xml(bytes, 'xl/styles.xml');
    const xf = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b([^>]*)>/g)][Number(styleOf('B4'))]![1]!;
    const font = [...styles.matchAll(/<font>(.*?)<\/font>/g)][Number(/fontId="(\d+)"/.exec(xf)![1])]![1]!;
    expect(font).toContain('<u/>');
    expect(font).toContain('FF0563C1');
    expect((await workbookXlsx([sheet, sources], meta)).equals(bytes)).toBe(true);
  });

  it('is deflated once: write-excel-file stores its parts (patches/write-excel-file+4.1.1.patch), the workbook compresses them', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => sheet.rows[i % sheet.rows.length]!);
    const raw = Buffer.from(await writeXlsxFile([{ data: [[{ value: 'a' }], ...rows.map((r) => r.map((v) => ({ value: v === null ? '' : String(v) })))] }]).toBuffer());
    const partBytes = (zip: Uint8Array) => Object.values(unzipSync(zip)).reduce((sum, part) => sum + part.length, 0);
    expect(raw.length).toBeGreaterThan(partBytes(raw));
    const workbook = await workbookXlsx([{ ...sheet, rows }], meta);
    expect(workbook.length).toBeLessThan(partBytes(workbook) / 3);
  });

  it('writes text as XML allows: escaped, and without the characters XML forbids or discourages (also through the patch\'s fast paths)', async () => {
    // Expected values are what write-excel-file 4.1.1 unpatched gives (compared on 200,000 random strings).
    const texts: [string, string][] = [
      ['Xã Đồng Đăng', 'Xã Đồng Đăng'],
      ['A & B <c> "d" \'e\'', 'A & B <c> "d" \'e\''],
      ['a\u0001b\u000bc\td', 'abc\td'],
      ['x\u007fy\u0085z\u0086w', 'xy\u0085zw'],
      ['\ufdd0q\ufdcf', 'q\ufdcf'],
      ['\ufffcr\ufffd', '\ufffcr'],
      ['😀 ok', '😀 ok'],
      ['lone \ud800 high', 'lone  high'],
    ];
    const bytes = await workbookXlsx([{ name: 'chu', title: 'Chữ', notes: [], columns: [{ header: 'Chữ', kind: 'text' }], rows: texts.map(([text]) => [text]) }], meta);
    const rows = await readSheet(bytes);
    expect(rows.slice(2).map((r) => r[0])).toEqual(texts.map(([, kept]) => kept));
    expect(xml(bytes, 'xl/sharedStrings.xml')).toContain('A &amp; B &lt;c&gt; "d" \'e\'');
  });

  it.each([
    ['14.38', 1438],
    ['0.05', 5],
    ['-1.5', -150],
    ['100', 10000],
  ])('reads the decimal %s as %i hundredths', (text, hundredths) => {
    expect(decimalToHundredths(text)).toBe(hundredths);
  });

  it('refuses a value that is not a number where a number belongs', async () => {
    await expect(workbookXlsx([{ ...sheet, rows: [['1', 'nhiều', null, null, null, 1, null]] }], meta)).rejects.toThrow(/"nhiều" không phải số/);
  });
});

describe('the Excel downloads of the demo release', () => {
  let files: Download[];
  let id = '';
  let url = '';
  const timezone = process.env['TZ'];
  afterEach(() => {
    if (timezone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = timezone;
  });

  beforeAll(async () => {
    const { dataset, engine, carriedEngine, manifest } = validate({ dataRoot: DATA });
    const entry = manifest!.releases.find((r) => r.id === manifest!.current)!;
    id = entry.id;
    url = `https://x.example/du-lieu/${id}/`;
    files = await releaseDownloads(loadSnapshot(DATA, entry.id), entry, {
      homepage: url,
      words: downloadWords(entry, url),
      criteria: { dataset: dataset!, evaluations: [...engine!.evaluateAll(), ...carriedEngine!.evaluateCarried()], reason: (e) => explainEvaluation(e, dataset!.baselineYear).join(' '), status: resultStatusText },
    });
  }, 60_000);

  it('offers an .xlsx beside every CSV, and one workbook with a sheet per table', async () => {
    const csvs = files.filter((f) => f.kind === 'csv').map((f) => f.name);
    expect(csvs).toContain(CRITERIA_RESULTS_CSV);
    for (const name of csvs) expect(files.some((f) => f.name === name.replace('.csv', '.xlsx') && f.kind === 'xlsx'), name).toBe(true);
    const workbook = files.find((f) => f.kind === 'workbook')!;
    const names = [...xml(workbook.bytes, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['giai-thich', ...csvs.map((n) => n.replace('.csv', ''))]);
  });

  it('the workbook opens on a sheet that explains every column of the others, with the values a code column takes', async () => {
    const workbook = files.find((f) => f.kind === 'workbook')!;
    const rows = await readSheet(workbook.bytes, 'giai-thich');
    const header = rows.findIndex((r) => r[0] === 'Trang tính');
    expect(rows.slice(1, header).some((r) => String(r[0]).includes('MINH HỌA'))).toBe(true);
    const explained = rows.slice(header + 1);
    const row = (sheet: string, column: string) => explained.find((r) => r[0] === sheet && r[1] === column);
    expect(row('observations', 'code')!.slice(2, 4)).toEqual(['Mã đơn vị', 'chữ']);
    expect(String(row('observations', 'source_kind')![4])).toMatch(/^official: văn bản của cơ quan có thẩm quyền/);
    expect(row('observations', 'source_kind')![5]).toBe('official, press, derived, synthetic');
    expect(row('observations', 'poor')![3]).toBe('số nguyên');
    // every column of every other sheet, once
    const columns = files.filter((f) => f.kind === 'csv').reduce((n, f) => n + f.bytes.toString('utf8').split('\r\n')[0]!.split(',').length, 0);
    expect(explained).toHaveLength(columns);
  });

  it("the workbook's sources sheet links every source's address: a click opens the document", async () => {
    const workbook = files.find((f) => f.kind === 'workbook')!;
    const names = [...xml(workbook.bytes, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const rows = await readSheet(workbook.bytes, 'sources');
    const header = rows.findIndex((r) => r[0] === 'Mã nguồn (id)');
    const column = rows[header]!.indexOf('Địa chỉ (url)');
    expect(column).toBeGreaterThan(0);
    const expected = Object.fromEntries(
      rows.slice(header + 1).flatMap((r, i) => (r[column] ? [[`${String.fromCharCode(65 + column)}${header + 2 + i}`, String(r[column])]] : [])),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(Object.values(expected)).toContain('https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/phe-duyet-ket-qua-ra-soat-ho-ngheo-ho-can-ngheo-nam-2025-tren-dia-ban-tinh.html');
    expect(linksOf(workbook.bytes, names.indexOf('sources') + 1)).toEqual(expected);
    // sources.xlsx alone too, and datapackage.json says the column holds addresses.
    expect(Object.values(linksOf(files.find((f) => f.name === 'sources.xlsx')!.bytes, 1))).toEqual(Object.values(expected));
    const pkg = JSON.parse(files.find((f) => f.kind === 'datapackage')!.bytes.toString('utf8')) as { resources: { path: string; schema?: { fields: { name: string; format?: string }[] } }[] };
    expect(pkg.resources.find((r) => r.path === 'sources.csv')!.schema!.fields.find((f) => f.name === 'url')!.format).toBe('uri');
  });

  it('observations.xlsx: 05971 keeps its zero, counts are integers, the rate is 1.43% as a number, the mark and source are in the sheet', async () => {
    const bytes = files.find((f) => f.name === 'observations.xlsx')!.bytes;
    const rows = await readSheet(bytes);
    const header = rows.findIndex((r) => r[1] === 'Mã đơn vị (code)');
    expect(header).toBeGreaterThan(1);
    const col = (name: string) => rows[header]!.findIndex((c) => String(c).endsWith(`(${name})`));
    const row = rows.find((r) => r[col('code')] === '05971' && r[col('year')] === 2021)!;
    expect(row[col('households')]).toBe(2662);
    expect(Number.isInteger(row[col('poor')])).toBe(true);
    expect(row[col('poor_rate')]).toBe(0.0143);
    const excelRow = rows.indexOf(row) + 1;
    const letter = (i: number) => String.fromCharCode(65 + i);
    expect(formatOf(bytes, 1, `${letter(col('poor_rate'))}${excelRow}`)).toBe('0.00%');
    expect(formatOf(bytes, 1, `${letter(col('households'))}${excelRow}`)).toBe('#,##0');
    const notes = rows.slice(1, header).map((r) => String(r[0]));
    expect(notes.some((n) => n.includes('MINH HỌA'))).toBe(true);
    expect(notes.some((n) => n.includes(url))).toBe(true);
    // Read by software, 0.0143 under "poor_rate" is a hundredth of the CSV's 1.43: the sheet says so.
    expect(notes).toContain('Tỷ lệ ghi theo kiểu phần trăm của Excel: ô hiện 8,36% chứa số 0,0836; tệp CSV cùng tên ghi 8.36.');
    expect(row[col('source_kind')]).toBe('synthetic');
    expect(xml(bytes, 'xl/worksheets/sheet1.xml')).toMatch(new RegExp(`<pane ySplit="${header + 1}"[^>]*state="frozen"`));
  });

  it('units.xlsx holds the vintage dates as dates', async () => {
    const rows = await readSheet(files.find((f) => f.name === 'units.xlsx')!.bytes);
    const header = rows.findIndex((r) => r[0] === 'Thời kỳ địa giới (vintage)');
    // No rate in this table, so no word about rates.
    expect(rows.slice(1, header).some((r) => String(r[0]).startsWith('Tỷ lệ'))).toBe(false);
    const from = rows[header]!.findIndex((c) => c === 'Hiệu lực từ ngày (vintage_valid_from)');
    expect(rows[header + 1]![from]).toEqual(new Date(Date.UTC(2020, 0, 1)));
  });

  it('the criteria results say met, evaluable, the reason and the basis of every evaluation', async () => {
    const rows = await readSheet(files.find((f) => f.name === 'ket-qua-tieu-chi.xlsx')!.bytes);
    const header = rows.findIndex((r) => r[0] === 'Thời kỳ địa giới (vintage)');
    const at = (name: string) => rows[header]!.findIndex((c) => String(c).endsWith(`(${name})`));
    const data = rows.slice(header + 1);
    expect(data.length).toBeGreaterThan(100);
    expect(data.every((r) => typeof r[at('met')] === 'boolean' && typeof r[at('evaluable')] === 'boolean')).toBe(true);
    const bases = new Set(data.map((r) => r[at('basis')]));
    expect([...bases].sort()).toEqual(['carried', 'reported']);
    // Today's communes have no reported 2021–2024 figures: their criteria rest on carried series only.
    expect(data.filter((r) => r[at('vintage')] === '2025-07' && r[at('year')] === 2023).every((r) => r[at('basis')] === 'carried')).toBe(true);
    expect(data.some((r) => r[at('met')] === true && String(r[at('reason')]).startsWith('Giảm'))).toBe(true);
    expect(data.some((r) => r[at('evaluable')] === false && r[at('status_text')] === 'Chưa đủ số liệu')).toBe(true);
    // An estimate on carried figures never reads as an official result in the words column.
    expect(data.some((r) => r[at('basis')] === 'carried' && r[at('status_text')] === 'Đạt (ước tính)')).toBe(true);
    expect(data.every((r) => String(r[at('status_text')]).endsWith('(ước tính)') === (r[at('basis')] === 'carried'))).toBe(true);
    const json = JSON.parse(files.find((f) => f.name === 'ket-qua-tieu-chi.json')!.bytes.toString('utf8'));
    expect(json.evaluations).toHaveLength(data.length);
    expect(json.evaluations[0].alternatives.length).toBeGreaterThan(0);
  });

  it('datapackage.json lists the Excel files and the criteria results with their hashes', () => {
    const pkg = JSON.parse(files.find((f) => f.name === 'datapackage.json')!.bytes.toString('utf8'));
    const results = pkg.resources.find((r: any) => r.path === CRITERIA_RESULTS_CSV);
    expect(results.schema.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['vintage', 'code', 'criterion', 'year', 'met', 'evaluable', 'reason', 'basis']));
    expect(results.schema.fields.find((f: any) => f.name === 'met').type).toBe('boolean');
    for (const name of ['observations.xlsx', 'ket-qua-tieu-chi.xlsx', 'ket-qua-tieu-chi.json', `lang-son-ho-ngheo-${id}.xlsx`]) {
      expect(pkg.resources.some((r: any) => r.path === name), name).toBe(true);
    }
  });
});

describe('criteria result rows', () => {
  it('take a basis from each evaluation: carried figures join the reported ones in the same table', () => {
    const { dataset, engine } = validate({ dataRoot: DATA });
    const [first] = engine!.evaluateAll();
    const table = criteriaResultsTable({
      dataset: dataset!,
      evaluations: [first!, { ...first!, basis: 'carried' }],
      reason: () => 'lý do',
      status: statusText,
    });
    const basis = table.fields.findIndex((f) => f.name === 'basis');
    expect(table.rows.map((r) => r[basis])).toEqual(['reported', 'carried']);
  });

  it('mark a carried indication illustrative when the figures carried into it are: every 2025-07 row of a year before 2025', () => {
    const { dataset, carriedEngine } = validate({ dataRoot: DATA });
    const indications = carriedEngine!.evaluateCarried().filter((e) => e.vintage === '2025-07' && e.asOf < 2025);
    expect(indications.length).toBeGreaterThan(200);
    // Such a commune has no figures of its own in those years: they are all carried from the
    // synthetic figures of the communes it was formed from.
    const [first] = indications;
    expect(dataset!.figures(first!.vintage, first!.unit, first!.asOf)).toBeUndefined();
    const table = criteriaResultsTable({ dataset: dataset!, evaluations: indications, reason: () => 'lý do', status: statusText });
    const column = (name: string) => table.fields.findIndex((f) => f.name === name);
    expect(new Set(table.rows.map((r) => `${r[column('basis')]} ${r[column('illustrative')]}`))).toEqual(new Set(['carried true']));
  });

  it('every column of every release table has a spreadsheet kind: rates are percentages, shares plain numbers', () => {
    const kinds = Object.fromEntries(releaseTables(loadSnapshot(DATA, '2026.1')).flatMap((t) => t.fields.map((f) => [`${t.name}:${f.name}`, fieldKind(f)])));
    expect(kinds['observations.csv:poor_rate']).toBe('percent');
    expect(kinds['observations.csv:households']).toBe('count');
    expect(kinds['observations.csv:year']).toBe('integer');
    expect(kinds['observations.csv:code']).toBe('text');
    expect(kinds['crosswalks.csv:share']).toBe('number');
    expect(kinds['units.csv:vintage_valid_from']).toBe('date');
    expect(kinds['classifications.csv:from']).toBe('integer');
    expect(kinds['sources.csv:url']).toBe('link');
    expect(kinds['sources.csv:title']).toBe('text');
    expect(tableSheet(releaseTables(loadSnapshot(DATA, '2026.1'))[0]!, []).columns[1]).toEqual({ header: 'Mã đơn vị (code)', kind: 'text' });
  });
});
