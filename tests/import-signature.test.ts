import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../src/domain/import/import.ts';
import { formatImportProblem } from '../src/domain/import/problems.ts';
import { readRows } from '../src/domain/import/rows.ts';
import { isSignatureText } from '../src/domain/import/signature.ts';
import { SourceRegistry } from '../src/domain/import/sources.ts';
import type { Cell } from '../src/domain/import/grid.ts';
import { writeMini } from './fixtures/mini.ts';
import { xlsx } from './fixtures/import/xlsx.ts';
import { scratchFiles, tree } from './helpers/files.ts';

/**
 * The signature block under an official form (the audit: "KT. CHỦ TỊCH" under a count
 * column gave `cột "Mã ĐVHC" (B): thiếu mã đơn vị`, while the same words under the name
 * column were skipped). A signature line is known by its words wherever it sits; the lines
 * under it with neither a code nor a digit (the signer's name) belong to it. A row with a
 * figure is never skipped for its words.
 */
const { file } = scratchFiles('import-signature-');
const HEADER: Cell[] = ['STT', 'Mã ĐVHC', 'Tên đơn vị', 'Năm', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'];
const DATA: Cell[][] = [[1, '20001', 'Hoa Thám', 2025, 3000, 150, 250], [2, '20002', 'Đình Lập', 2025, 2100, 120, 200]];
const vintage = {
  id: '2025-07', validFrom: '2025-07-01', validTo: null,
  units: [
    { code: '20001', level: 'commune' as const, name: 'Hoa Thám', type: 'xã' as const, parent: '20' },
    { code: '20002', level: 'commune' as const, name: 'Đình Lập', type: 'xã' as const, parent: '20' },
  ],
};
const read = (below: Cell[][]) => {
  const result = readRows({ kind: 'csv', merges: [], rows: [HEADER, ...DATA, ...below] }, { vintage, sources: new SourceRegistry([]), source: 'Quyết định số 83/QĐ-UBND ngày 15/01/2026' });
  const at = (level: string) => result.problems.filter((p) => p.level === level).map(formatImportProblem);
  return { rows: result.rows.length, errors: at('error'), notices: at('notice') };
};
const skipped = (row: number, words: string) => `dòng ${row}: dòng chữ ký dưới bảng (không có mã đơn vị và số liệu), bỏ qua: "${words}"`;

describe('signature rows', () => {
  it.each([
    ['under a count column', [null, null, null, null, null, 'KT. CHỦ TỊCH'], 'KT. CHỦ TỊCH'],
    ['under the code column', [null, 'KT. CHỦ TỊCH'], 'KT. CHỦ TỊCH'],
    ['under the name column', [null, null, 'KT. CHỦ TỊCH'], 'KT. CHỦ TỊCH'],
    ['the place and date, under the households', [null, null, null, null, 'Lạng Sơn, ngày 15 tháng 01 năm 2026'], 'Lạng Sơn, ngày 15 tháng 01 năm 2026'],
    ['two signers on one line', ['Người lập biểu', null, null, null, null, null, 'TM. ỦY BAN NHÂN DÂN'], 'Người lập biểu · TM. ỦY BAN NHÂN DÂN'],
    ['"(Ký, ghi rõ họ tên)" under a count', [null, null, null, null, '(Ký, ghi rõ họ tên)'], '(Ký, ghi rõ họ tên)'],
    ['"Nơi nhận:" under the code', [null, 'Nơi nhận:'], 'Nơi nhận:'],
  ])('%s is skipped with a notice, not refused', (_, row, words) => {
    expect(read([[], row])).toEqual({ rows: 2, errors: [], notices: [skipped(5, words)] });
  });

  it('takes the lines under a signature without a code or a digit as the block\'s: the office, "(Đã ký)", the signer\'s name', () => {
    const block: Cell[][] = [[null, null, null, null, 'KT. CHỦ TỊCH'], [null, null, null, null, 'PHÓ CHỦ TỊCH'], [null, null, null, null, '(Đã ký)'], [null, null, null, null, 'Nguyễn Văn An']];
    expect(read(block)).toEqual({
      rows: 2, errors: [],
      notices: [skipped(4, 'KT. CHỦ TỊCH'), skipped(5, 'PHÓ CHỦ TỊCH'), skipped(6, '(Đã ký)'), skipped(7, 'Nguyễn Văn An')],
    });
  });

  it.each([
    ['a row with figures and signature words', [[null, null, 'KT. CHỦ TỊCH', 2025, 3000, 150, 250]], 'dòng 4, cột "Mã ĐVHC" (B): thiếu mã đơn vị'],
    ['a row with figures under a signature', [[null, null, null, null, 'KT. CHỦ TỊCH'], [null, null, 'Hoa Thám', 2025, 3000, 150, 250]], 'dòng 5, cột "Mã ĐVHC" (B): thiếu mã đơn vị'],
    ['a digit under a signature', [[null, null, null, null, 'KT. CHỦ TỊCH'], [null, null, null, null, '12,5']], 'dòng 5, cột "Mã ĐVHC" (B): thiếu mã đơn vị'],
    ['words that are no signature, under a count', [[null, null, null, null, 'không có số liệu']], 'dòng 4, cột "Mã ĐVHC" (B): thiếu mã đơn vị'],
  ])('still refuses %s', (_, below, message) => {
    expect(read(below).errors).toEqual([message]);
  });

  it.each([
    ['KT. CHỦ TỊCH', true], ['kt.chủ tịch', true], ['TL. GIÁM ĐỐC', true], ['Q. GIÁM ĐỐC', true], ['PHÓ GIÁM ĐỐC', true], ['THỦ TRƯỞNG ĐƠN VỊ', true],
    ['Người lập bảng', true], ['(Ký tên, đóng dấu)', true], ['Đã ký', true], ['…, ngày … tháng … năm 2026', true], ['XÁC NHẬN CỦA UBND XÃ', true],
    ['TT. Đình Lập', false], ['TP. Lạng Sơn', false], ['Hoa Thám', false], ['Chủ tịch Hồ Chí Minh', false], ['Tổng cộng', false], ['Năm 2025', false],
  ])('isSignatureText(%j) is %s', (text, expected) => {
    expect(isSignatureText(text)).toBe(expected);
  });

  it('an .xlsx form with its signature under the count columns imports, writing what a form without it would', async () => {
    const { root, dataRoot } = writeMini();
    const rows: Cell[][] = [
      ['BIỂU TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025'],
      ['STT', 'Mã ĐVHC', 'Tên đơn vị', 'Tổng số hộ', 'Số hộ nghèo', 'Số hộ cận nghèo'],
      [1, '20001', 'Hoa Thám', 3000, 150, 250],
      [2, '20002', 'Đình Lập', 2100, 120, 200],
      [],
      [null, null, null, 'Lạng Sơn, ngày 15 tháng 01 năm 2026'],
      ['Người lập biểu', null, null, null, 'KT. CHỦ TỊCH'],
      [null, null, null, null, 'PHÓ CHỦ TỊCH'],
      [],
      [null, null, null, null, 'Nguyễn Văn An'],
    ];
    const run = (sheet: Cell[][], releaseId: string) =>
      importSpreadsheet({ dataRoot, releaseId, vintage: '2025-07', file: file('bieu.xlsx', xlsx({ rows: sheet })), source: 'Quyết định số 83/QĐ-UBND ngày 15/01/2026', contentRoot: path.join(root, 'content'), dryRun: true });
    const before = tree(dataRoot);
    const signed = await run(rows, '2026.1');
    expect(signed.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    // four skipped lines make one summary line (problems.ts), as any repeated notice
    expect(signed.problems.filter((p) => p.rule === 'row-skipped').map(formatImportProblem)).toEqual(['trang tính "Sheet1": 4 dòng không có mã đơn vị và số liệu, bỏ qua (các dòng 6–8, 10)']);
    const plain = await run(rows.slice(0, 4), '2026.1');
    expect({ ...signed.summary, sheet: undefined }).toEqual({ ...plain.summary, sheet: undefined });
    expect(signed.summary).toMatchObject({ rows: 2, corrected: 2 });
    expect(tree(dataRoot)).toEqual(before);
  });
});
