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

  it('does nothing on a second run, and processes an upload again once its workbook changes', async () => {
    const f = setup();
    f.upload('2026-12-02-co-loi', BAD);
    expect((await f.run()).code).toBe(1);
    const before = tree(f.root);
    const again = await f.run();
    expect(again).toEqual({ code: 0, output: 'Không có tệp tải lên mới (1 tệp đã xử lý trước đó).' });
    expect(tree(f.root)).toEqual(before);

    f.upload('2026-12-02-co-loi', GOOD);
    const fixed = await f.run();
    expect(fixed.code, fixed.output).toBe(0);
    expect(readFrontmatter(f.report('2026-12-02-co-loi'))).toMatchObject({ ok: true, data: { status: 'draft-written' } });
    expect(f.manifest().releases.map((r: { id: string }) => r.id)).toEqual([MINI_RELEASE, DRAFT]);
  });

  it.each([
    ['a form without its source', { source: '' }, undefined, /phiếu ket-qua-ra-soat\/u\.md chưa đủ hoặc sai: source: /],
    ['a release id that is not YYYY.N', { release: '2026' }, undefined, /release: mã phiên bản có dạng YYYY\.N/],
    ['a workbook the form does not have', { workbook: 'khac.xlsx' }, undefined, /không tìm thấy tệp “khac\.xlsx” mà phiếu nêu/],
    ['a workbook outside the uploads folder', { workbook: '../../data/releases/index.json' }, undefined, /tệp “\.\.\/\.\.\/data\/releases\/index\.json” nằm ngoài thư mục tải lên/],
    ['an Excel 97–2003 file', {}, 'u.xls', /u\.xls: tệp \.xls \(Excel 97–2003\) không đọc được: mở bằng Excel và lưu thành \.xlsx/],
    ['a published release', { release: MINI_RELEASE }, undefined, /phiên bản 2025\.1 đang ở trạng thái "published" và không được sửa/],
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

  it('says when nothing was uploaded', async () => {
    const { dataRoot } = writeMini();
    const lines: string[] = [];
    expect(await uploadsMain(['--data', dataRoot], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual(['Không có tệp tải lên mới (0 tệp đã xử lý trước đó).']);
  });
});
