import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../src/domain/content/frontmatter.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { main as uploadsMain } from '../scripts/uploads.ts';
import { runCli } from '../scripts/cli/run.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { xlsx, type Cell } from './fixtures/import/xlsx.ts';
import { tree } from './helpers/files.ts';

/**
 * `npm run uploads` (issue 16): each upload saved by the editor — a form in
 * uploads/ket-qua-ra-soat/ and its workbook — becomes a draft through the importer, with a
 * Vietnamese report in uploads/bao-cao/ naming every problem by row and column; a workbook
 * with errors writes no draft; a second run does nothing.
 */
const DRAFT = '2026.1';
const HEADER: Cell[] = ['Mã đơn vị', 'Tên đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'];
/** One near-poor household more in xã Hoa Thám in 2024, and in its district. */
const GOOD: Cell[][] = [HEADER, [10001, 'Hoa Thám', 2024, 1000, 100, 101], [101, 'Bắc Khê', 2024, 2000, 200, 201]];
/** Row 2: a decimal count (column E); row 3: poor + near-poor over the households; both break their district's sums. */
const BAD: Cell[][] = [HEADER, [10001, 'Hoa Thám', 2024, 1000, 100.5, 101], [10002, 'Quý Hòa', 2024, 1000, 600, 500]];

function setup() {
  const { root, dataRoot } = writeMini();
  const forms = path.join(root, 'uploads', 'ket-qua-ra-soat');
  mkdirSync(forms, { recursive: true });
  const upload = (slug: string, rows: Cell[][], form: Record<string, string | number> = {}, workbook = `${slug}.xlsx`) => {
    writeFileSync(path.join(forms, workbook), xlsx({ rows }));
    const fields = { title: 'Kết quả rà soát năm 2024', release: DRAFT, vintage: '2020-01', source: 'Quyết định số 7/QĐ-UBND ngày 10/01/2025', notes: 'Sửa số hộ cận nghèo xã Hoa Thám năm 2024.', workbook, ...form };
    const yaml = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`).join('\n');
    writeFileSync(path.join(forms, `${slug}.md`), `---\n${yaml}\n---\n`);
  };
  const run = async () => {
    const lines: string[] = [];
    const code = await runCli((io) => uploadsMain(['--data', dataRoot], io), { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return { code, output: lines.join('\n') };
  };
  const report = (slug: string) => readFileSync(path.join(root, 'uploads', 'bao-cao', `${slug}.md`), 'utf8');
  const manifest = () => JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
  return { root, dataRoot, upload, run, report, manifest };
}

describe('npm run uploads', () => {
  it('turns a valid workbook into a draft, with a report in Vietnamese beside the upload', async () => {
    const f = setup();
    f.upload('2026-12-01-kq-2024', GOOD);
    const { code, output } = await f.run();
    expect(code, output).toBe(0);
    expect(output).toContain('đã nhập vào bản nháp 2026.1');
    const entry = f.manifest().releases.find((r: { id: string }) => r.id === DRAFT);
    expect(entry).toEqual({ id: DRAFT, title: 'Kết quả rà soát năm 2024', publishedAt: null, status: 'draft', notes: 'Sửa số hộ cận nghèo xã Hoa Thám năm 2024.' });
    expect(f.manifest().current).toBe(MINI_RELEASE);
    const observations = JSON.parse(readFileSync(path.join(f.dataRoot, 'releases', DRAFT, 'observations.json'), 'utf8')).observations;
    expect(observations.find((o: { unit: string; year: number }) => o.unit === '10001' && o.year === 2024)).toMatchObject({ households: 1000, poor: 100, nearPoor: 101 });
    expect(validate({ dataRoot: f.dataRoot, releaseId: DRAFT, contentRoot: path.join(f.root, 'content') }).report.errors).toEqual([]);

    const text = f.report('2026-12-01-kq-2024');
    const front = readFrontmatter(text);
    expect(front.ok && front.data).toMatchObject({ title: 'Kết quả xử lý: Kết quả rà soát năm 2024', upload: 'ket-qua-ra-soat/2026-12-01-kq-2024.md', workbook: '2026-12-01-kq-2024.xlsx', release: DRAFT, status: 'draft-written' });
    expect(text).toContain(`**Đã nhập vào bản nháp ${DRAFT}** (tạo mới, chép từ phiên bản ${MINI_RELEASE}).`);
    expect(text).toContain('2 dòng số liệu năm 2024; thêm 0, sửa 2, giữ nguyên 0 bản ghi.');
    // Staff read the report in the editor: where the preview is and who publishes, never a command to run.
    expect(text).toContain('thẻ Actions của kho mã nguồn → lần chạy “Xem trước kết quả rà soát” → Artifacts → xem-truoc');
    expect(text).toContain(`báo người có thẩm quyền với kho mã nguồn công bố bản nháp ${DRAFT}.`);
    expect(text).not.toMatch(/npm run|--drafts/);
  });

  it('names a profile the draft breaks by its collection and title, as staff find it in the editor, not by file and line', async () => {
    const f = setup();
    const profile = path.join(f.root, 'content', 'profiles', 'xa-hoa-tham.md');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('sample: true\n', 'sample: true\nrecognitions: [r-khong-co]\n'));
    f.upload('2026-12-01-kq-2024', GOOD);
    const { code, output } = await f.run();
    expect(code, output).toBe(0);
    const text = f.report('2026-12-01-kq-2024');
    expect(text).toContain('- Hồ sơ điển hình “Cán bộ và Nhân dân xã Hoa Thám”: không có khen thưởng "r-khong-co" trong phiên bản dữ liệu 2026.1: bỏ mã này khỏi hồ sơ, hoặc chọn một khen thưởng có trong phiên bản đó (recognition-unknown)');
    expect(text).not.toMatch(/xa-hoa-tham\.md|dòng \d+:/);
    // The preview stops at that profile: the report says so, and when it is built again.
    expect(text).toContain('Xem trước: chưa dựng được khi các mục ở phần “Nội dung cần sửa” dưới đây chưa sửa.');
    // Saving the fix sets the preview workflow off again (.github/workflows/xem-truoc.yml runs on content/).
    expect(text).toContain('Sửa và lưu xong, vài phút sau trang xem trước được dựng lại');
  });

  it('writes no draft from a workbook with errors, and reports each by row and column', async () => {
    const f = setup();
    f.upload('2026-12-02-co-loi', BAD);
    const data = tree(f.dataRoot);
    const { code, output } = await f.run();
    expect(code, output).toBe(1);
    expect(output).toContain('chưa nhập (4 lỗi)');
    expect(tree(f.dataRoot)).toEqual(data);
    expect(existsSync(path.join(f.dataRoot, 'releases', DRAFT))).toBe(false);
    const text = f.report('2026-12-02-co-loi');
    expect(readFrontmatter(text)).toMatchObject({ ok: true, data: { status: 'refused', release: DRAFT } });
    expect(text).toContain('**Chưa nhập gì**: còn 4 lỗi trong bảng tính. Không có bản nháp nào được ghi.');
    const rows = text.split('\n').filter((l) => l.startsWith('| lỗi '));
    expect(rows).toContain('| lỗi | Sheet1 | 2 | “Số hộ nghèo” (E) | 100,5 không phải số nguyên; số hộ phải là số nguyên | count-invalid |');
    expect(rows).toContain('| lỗi | Sheet1 | 3 | “Số hộ nghèo” (E) | hộ nghèo + hộ cận nghèo = 1100 vượt tổng số hộ 1000 | poor-within-households |');
    expect(rows.filter((l) => l.includes('| parent-sum-mismatch |') && l.startsWith('| lỗi |  |  |  | huyện Bắc Khê (mã 101, thời kỳ 2020-01) năm 2024'))).toHaveLength(2);
  });

  it('does nothing on a second run but still exits 1 while an upload stays refused, and processes it again once its workbook changes', async () => {
    const f = setup();
    f.upload('2026-12-02-co-loi', BAD);
    expect((await f.run()).code).toBe(1);
    const before = tree(f.root);
    const again = await f.run();
    // README: exit 1 = an upload could not be imported; it still cannot, though this run read nothing new
    const shown = (p: string) => path.relative(process.cwd(), path.join(f.root, 'uploads', p));
    expect(again).toEqual({
      code: 1,
      output:
        `${shown('ket-qua-ra-soat/2026-12-02-co-loi.md')}: vẫn chưa nhập (đã báo ở lần chạy trước; sửa tệp hoặc phiếu rồi tải lại); báo cáo: ${shown('bao-cao/2026-12-02-co-loi.md')}\n` +
        'Không có tệp tải lên mới (1 tệp đã xử lý trước đó).',
    });
    expect(tree(f.root)).toEqual(before);

    f.upload('2026-12-02-co-loi', GOOD);
    const fixed = await f.run();
    expect(fixed.code, fixed.output).toBe(0);
    expect(readFrontmatter(f.report('2026-12-02-co-loi'))).toMatchObject({ ok: true, data: { status: 'draft-written' } });
    expect(f.manifest().releases.map((r: { id: string }) => r.id)).toEqual([MINI_RELEASE, DRAFT]);
  });

  it.each([
    ['a form without its source', { source: '' }, undefined, /phiếu ket-qua-ra-soat\/u\.md chưa đủ hoặc sai: ô “Văn bản nguồn của số liệu”: /],
    ['a release id that is not YYYY.N', { release: '2026' }, undefined, /ô “Mã bản nháp”: mã phiên bản có dạng YYYY\.N/],
    ['a workbook the form does not have', { workbook: 'khac.xlsx' }, undefined, /không tìm thấy tệp “khac\.xlsx” mà phiếu nêu/],
    ['a workbook outside the uploads folder', { workbook: '../../data/releases/index.json' }, undefined, /tệp “\.\.\/\.\.\/data\/releases\/index\.json” nằm ngoài thư mục tải lên/],
    ['an Excel 97–2003 file', {}, 'u.xls', /u\.xls: tệp \.xls \(Excel 97–2003\) không đọc được: mở bằng Excel và lưu thành \.xlsx/],
    ['a published release', { release: MINI_RELEASE }, undefined, /phiên bản 2025\.1 đang ở trạng thái "đã công bố" và không được sửa/],
    ['a source id no source has', { source: 's-khong-co' }, undefined, /\| ô “Văn bản nguồn của số liệu” "s-khong-co": không có nguồn mã này trong phiên bản; ghi mã của một nguồn có sẵn \(nguồn văn bản có sẵn: s-sap-xep\) hoặc tên đầy đủ của văn bản/],
  ])('refuses %s, with a report saying why', async (_, form, workbook, why) => {
    const f = setup();
    f.upload('u', GOOD, form, workbook);
    const data = tree(f.dataRoot);
    const { code } = await f.run();
    expect(code).toBe(1);
    expect(tree(f.dataRoot)).toEqual(data);
    const text = f.report('u');
    expect(readFrontmatter(text)).toMatchObject({ ok: true, data: { status: 'refused' } });
    expect(text).toMatch(why);
  });

  it.each([
    ['no draft yet: a new one', false, 'Hãy nhập vào một bản nháp mới 2025.2 (ghi 2025.2 vào ô “Mã bản nháp” của phiếu).'],
    ['a draft under way: that draft', true, `Hãy nhập vào bản nháp đang có ${DRAFT} (ghi ${DRAFT} vào ô “Mã bản nháp” của phiếu).`],
  ])('refuses a published release in the form\'s words, not a flag; %s', async (_, withDraft, instead) => {
    const f = setup();
    if (withDraft) f.upload('1-nhap', GOOD);
    f.upload('2-cong-bo', GOOD, { release: MINI_RELEASE });
    const { code } = await f.run();
    expect(code).toBe(1);
    const refusal = f.report('2-cong-bo').split('\n').find((l) => l.startsWith('**Chưa nhập gì**'));
    expect(refusal).toBe(`**Chưa nhập gì**: phiên bản ${MINI_RELEASE} đang ở trạng thái "đã công bố" và không được sửa: các tệp của nó giữ nguyên từng byte. ${instead} Không có bản nháp nào được ghi.`);
  });

  it('says a whole-file mistake once in the report\'s table, with its rows, and writes nothing', async () => {
    const f = setup();
    f.upload('u', GOOD.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === 2 ? 2025 : c)))));
    const data = tree(f.dataRoot);
    const { code, output } = await f.run();
    expect(code, output).toBe(1);
    expect(output).toContain('chưa nhập (1 lỗi)');
    expect(tree(f.dataRoot)).toEqual(data);
    const text = f.report('u');
    expect(text).toContain('**Chưa nhập gì**: còn 1 lỗi trong bảng tính. Không có bản nháp nào được ghi.');
    expect(text.split('\n').filter((l) => l.startsWith('| lỗi '))).toEqual([
      '| lỗi | Sheet1 | 2–3 (2 dòng) | “Năm” (C) | năm 2025 nằm ngoài thời kỳ địa giới 2020-01 (01/01/2020–30/11/2024): mã đơn vị của năm đó thuộc thời kỳ khác, cùng một mã có thể là một đơn vị khác; ' +
        'số liệu năm 2025 nhập với thời kỳ 2025-07 (chọn ở ô “Thời kỳ địa giới của mã đơn vị trong bảng tính” của phiếu) | year-outside-vintage |',
    ]);
  });

  // The staff who upload fill in a form: a message names its fields, never a flag of npm run import.
  const NO_YEAR: Cell[][] = GOOD.map((row) => row.filter((_, j) => j !== 2));
  it.each([
    [
      'a year in the form outside the vintage',
      NO_YEAR,
      { year: 2025 },
      '| lỗi | Sheet1 |  |  | năm 2025 (ô “Năm rà soát”) nằm ngoài thời kỳ địa giới 2020-01 (01/01/2020–30/11/2024): mã đơn vị của năm đó thuộc thời kỳ khác, cùng một mã có thể là một đơn vị khác; ' +
        'số liệu năm 2025 nhập với thời kỳ 2025-07 (chọn ở ô “Thời kỳ địa giới của mã đơn vị trong bảng tính” của phiếu) | year-outside-vintage |',
    ],
    ['no year anywhere', NO_YEAR, {}, 'Nếu cả tệp là một năm, ghi năm trong tiêu đề phía trên bảng ("… NĂM 2025") hoặc ghi 2025 vào ô “Năm rà soát” của phiếu. | header-missing |'],
    ['a worksheet the workbook does not have', GOOD, { sheet: 'KQ 2024' }, '**Chưa nhập gì**: không có trang tính "KQ 2024" (ô “Trang tính”); tệp có: "Sheet1". Không có bản nháp nào được ghi.'],
    ['a title Excel would take for a formula', GOOD, { title: '=1+1' }, '**Chưa nhập gì**: ô “Tiêu đề” "=1+1" bắt đầu bằng "=": Excel sẽ hiểu là công thức trong tệp tải về; bỏ ký tự đầu. Không có bản nháp nào được ghi.'],
  ])('names the form\'s field, not a flag: %s', async (_, rows, form, said) => {
    const f = setup();
    f.upload('u', rows, form);
    const data = tree(f.dataRoot);
    expect((await f.run()).code).toBe(1);
    expect(tree(f.dataRoot)).toEqual(data);
    const text = f.report('u');
    expect(text).toContain(said);
    expect(text).not.toMatch(/--(release|vintage|year|sheet|source|title|notes)\b/);
  });

  it('a second upload into a draft keeps the draft\'s title and notes, and its report says which of the form\'s were not used', async () => {
    const f = setup();
    f.upload('1-nhap', GOOD);
    expect((await f.run()).code).toBe(0);
    const first = f.manifest().releases.find((r: { id: string }) => r.id === DRAFT);
    const second: Cell[][] = [HEADER, [10001, 'Hoa Thám', 2024, 1000, 100, 102], [101, 'Bắc Khê', 2024, 2000, 200, 202]];
    f.upload('2-them', second, { title: 'Sửa số hộ cận nghèo', notes: 'Thêm một hộ cận nghèo nữa.', source: 's-sap-xep' });
    const { code, output } = await f.run();
    expect(code, output).toBe(0);
    expect(f.manifest().releases.find((r: { id: string }) => r.id === DRAFT)).toEqual(first);
    const text = f.report('2-them');
    expect(text).toContain('Tên bản nháp: “Kết quả rà soát năm 2024”. Ghi chú: “Sửa số hộ cận nghèo xã Hoa Thám năm 2024.”.');
    expect(text).toContain(
      `Bản nháp ${DRAFT} đã có tên “Kết quả rà soát năm 2024” nên giữ tên đó; tên “Sửa số hộ cận nghèo” trong phiếu không được dùng. ` +
        `Bản nháp ${DRAFT} đã có ghi chú nên giữ ghi chú đó; ghi chú “Thêm một hộ cận nghèo nữa.” trong phiếu không được dùng. ` +
        'Muốn đổi tên, ghi chú của bản nháp, nhờ người quản trị kho mã nguồn đổi.',
    );
    // the form's source given by id: the existing record, said in the report, none added
    expect(text).toContain('Dùng nguồn có sẵn s-sap-xep: “Nghị quyết sắp xếp đơn vị hành chính (thử)”.');
    expect(text).not.toContain('Thêm nguồn');
  });

  it('a draft with the title an import gives when none is given takes the upload\'s title, without a word', async () => {
    const f = setup();
    const { importSpreadsheet } = await import('../src/domain/import/import.ts');
    const csv = path.join(f.root, 'a.csv');
    writeFileSync(csv, 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n10001,2024,1000,100,101\n101,2024,2000,200,201\n');
    expect((await importSpreadsheet({ dataRoot: f.dataRoot, releaseId: DRAFT, vintage: '2020-01', file: csv, source: 'Quyết định số 7/QĐ-UBND ngày 10/01/2025', contentRoot: path.join(f.root, 'content') })).written).toBe(true);
    f.upload('1-nhap', GOOD);
    expect((await f.run()).code).toBe(0);
    expect(f.manifest().releases.find((r: { id: string }) => r.id === DRAFT)).toMatchObject({ title: 'Kết quả rà soát năm 2024', notes: 'Sửa số hộ cận nghèo xã Hoa Thám năm 2024.' });
    expect(f.report('1-nhap')).not.toContain('không được dùng');
  });

  it("reads each form's own workbook when two forms upload a file of the same name (the editor keeps them in tep/<form>/)", async () => {
    const f = setup();
    const forms = path.join(f.root, 'uploads', 'ket-qua-ra-soat');
    // As the editor saves a new form: its field says tep/ket-qua.xlsx, the file is in tep/<form>/.
    const form = (slug: string, rows: Cell[][]) => {
      mkdirSync(path.join(forms, 'tep', slug), { recursive: true });
      writeFileSync(path.join(forms, 'tep', slug, 'ket-qua.xlsx'), xlsx({ rows }));
      writeFileSync(path.join(forms, `${slug}.md`), `---\ntitle: Kết quả rà soát năm 2024\nrelease: "${DRAFT}"\nvintage: 2020-01\nsource: Quyết định số 7/QĐ-UBND ngày 10/01/2025\nworkbook: tep/ket-qua.xlsx\n---\n`);
    };
    form('2026-12-01-dot-1', GOOD);
    form('2026-12-02-dot-2', BAD);
    const { code, output } = await f.run();
    expect(code, output).toBe(1);
    expect(readFrontmatter(f.report('2026-12-01-dot-1'))).toMatchObject({ ok: true, data: { status: 'draft-written', workbook: 'ket-qua.xlsx' } });
    expect(f.report('2026-12-02-dot-2')).toContain('**Chưa nhập gì**: còn 4 lỗi trong bảng tính.');
  });

  it('says when nothing was uploaded', async () => {
    const { dataRoot } = writeMini();
    const lines: string[] = [];
    expect(await uploadsMain(['--data', dataRoot], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual(['Không có tệp tải lên mới (0 tệp đã xử lý trước đó).']);
  });
});
