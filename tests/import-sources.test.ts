import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../scripts/cli/run.ts';
import { main as importMain } from '../scripts/import.ts';
import { importSpreadsheet, type ImportOptions } from '../src/domain/import/import.ts';
import { formatImportProblem } from '../src/domain/import/problems.ts';
import { SourceRegistry } from '../src/domain/import/sources.ts';
import type { Source } from '../src/domain/schemas/index.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { writeMini, type MiniFiles } from './fixtures/mini.ts';
import { scratchFiles, tree } from './helpers/files.ts';

/**
 * The source an import gives its rows (the audit: the README's own --source example added
 * a second, bare record of Quyết định 83 beside the one with its link and issuer, and
 * typing that record's id made a third, "s-s-83-qd-ubnd-2026"). An existing source's id
 * is that source; a title naming the same decision as one official source is that source,
 * and the import says so; two such sources are not guessed between; anything else is a
 * new source, as before.
 */
const DRAFT = '2026.1';
const { file } = scratchFiles('import-sources-');

const Q83: Source = {
  id: 's-83-qd-ubnd-2026', kind: 'official', title: 'Quyết định số 83/QĐ-UBND ngày 15/01/2026 phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025',
  issuer: 'UBND tỉnh Lạng Sơn', date: '2026-01-15', url: 'https://langson.gov.vn/phe-duyet-ket-qua-ra-soat.html',
};
/** The same number a year earlier: numbering starts again every year. */
const Q83_2025: Source = { id: 's-83-qd-ubnd-2025', kind: 'official', title: 'Quyết định số 83/QĐ-UBND ngày 20/01/2025 phê duyệt kết quả rà soát năm 2024', issuer: 'UBND tỉnh Lạng Sơn', date: '2025-01-20', url: null };
/** A news item about the decision is not the decision. */
const PRESS: Source = { id: 's-tin-qd-83', kind: 'press', title: 'Tin về Quyết định số 83/QĐ-UBND ngày 15/01/2026', issuer: 'Báo Lạng Sơn', date: '2026-01-16', url: null };

const CSV = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo\n20001,2025,3000,150,250\n20002,2025,2100,120,200\n20,2025,5100,270,450\n';

function setup(sources: Source[] = [Q83, PRESS]) {
  const { root, dataRoot } = writeMini((f: MiniFiles) => {
    f.observations.sources.push(...sources);
  });
  const run = (options: Partial<ImportOptions>) =>
    importSpreadsheet({ dataRoot, releaseId: DRAFT, vintage: '2025-07', file: file('xa.csv', CSV), contentRoot: path.join(root, 'content'), ...options });
  const draft = () => JSON.parse(readFileSync(path.join(dataRoot, 'releases', DRAFT, 'observations.json'), 'utf8'));
  return { root, dataRoot, run, draft };
}

describe('--source: an existing source by id, or by the decision its title names', () => {
  it.each([
    ['the README\'s example, the same decision and date', 'Quyết định số 83/QĐ-UBND ngày 15/01/2026', 's-83-qd-ubnd-2026', [], [{ by: 'decision', number: '83/QĐ-UBND' }]],
    ['the id of a source of the release', 's-83-qd-ubnd-2026', 's-83-qd-ubnd-2026', [], [{ by: 'id' }]],
    ['the id of a source in another file of the release', 's-sap-xep', 's-sap-xep', [], [{ by: 'id' }]],
    ['the exact title, spaced oddly', '  Quyết định số 83/QĐ-UBND   ngày 15/01/2026 phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025 ', 's-83-qd-ubnd-2026', [], []],
    ['the number without diacritics and without a date', 'QĐ số 83/QD-UBND', 's-83-qd-ubnd-2026', [], [{ by: 'decision', number: '83/QD-UBND' }]],
    ['the same number, another date', 'Quyết định số 83/QĐ-UBND ngày 20/01/2026', 's-quyet-dinh-so-83-qd-ubnd-ngay-20-01-2026', ['s-quyet-dinh-so-83-qd-ubnd-ngay-20-01-2026'], []],
    ['the same number, another year', 'Quyết định số 83/QĐ-UBND ngày 15/01/2025', 's-quyet-dinh-so-83-qd-ubnd-ngay-15-01-2025', ['s-quyet-dinh-so-83-qd-ubnd-ngay-15-01-2025'], []],
    ['another number', 'Quyết định số 84/QĐ-UBND ngày 15/01/2026', 's-quyet-dinh-so-84-qd-ubnd-ngay-15-01-2026', ['s-quyet-dinh-so-84-qd-ubnd-ngay-15-01-2026'], []],
    ['a title with no number', 'Báo cáo kết quả rà soát năm 2025', 's-bao-cao-ket-qua-ra-soat-nam-2025', ['s-bao-cao-ket-qua-ra-soat-nam-2025'], []],
  ])('%s', async (_, source, used, added, reused) => {
    const { dataRoot, run, draft } = setup();
    const result = await run({ source });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.summary.sourcesAdded.map((s) => s.id)).toEqual(added);
    expect(result.summary.sourcesReused.map(({ by, number }) => ({ by, ...(number ? { number } : {}) }))).toEqual(reused);
    const written = draft();
    expect(new Set(written.observations.filter((o: { vintage: string }) => o.vintage === '2025-07').map((o: { source: string }) => o.source))).toEqual(new Set([used]));
    // the source used is the record as it was, link and issuer included; no second record of it
    expect(written.sources.filter((s: Source) => s.id === 's-83-qd-ubnd-2026')).toEqual([Q83]);
    expect(written.sources.filter((s: Source) => s.id.startsWith('s-s-'))).toEqual([]);
    expect(validate({ dataRoot, releaseId: DRAFT }).report.errors.filter((e) => !e.rule.startsWith('profile'))).toEqual([]);
  });

  it.each([
    [
      'an id no source has',
      [Q83],
      's-83-qd-ubnd',
      '--source "s-83-qd-ubnd": không có nguồn mã này trong phiên bản; ghi mã của một nguồn có sẵn (nguồn văn bản có sẵn: s-83-qd-ubnd-2026, s-sap-xep) hoặc tên đầy đủ của văn bản, ví dụ "Quyết định số 83/QĐ-UBND ngày 15/01/2026"',
    ],
    [
      'a decision two sources could be',
      [Q83, Q83_2025],
      'Quyết định số 83/QĐ-UBND',
      `--source "Quyết định số 83/QĐ-UBND": có cùng số văn bản 83/QĐ-UBND với 2 nguồn có sẵn: s-83-qd-ubnd-2026 ("${Q83.title}"), s-83-qd-ubnd-2025 ("${Q83_2025.title}"); không tự chọn: ghi mã của nguồn đúng (s-83-qd-ubnd-2026 hoặc s-83-qd-ubnd-2025) vào --source`,
    ],
  ])('refuses %s, and writes nothing', async (_, sources, source, message) => {
    const { dataRoot, run } = setup(sources);
    const before = tree(dataRoot);
    const result = await run({ source });
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.level === 'error').map(formatImportProblem)).toEqual([message]);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('refuses a "Nguồn" cell two sources could be, at its cell', async () => {
    const { dataRoot, run } = setup([Q83, Q83_2025]);
    const before = tree(dataRoot);
    const csv = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo,Nguồn\n20001,2025,3000,150,250,QĐ 83/QĐ-UBND\n';
    const result = await run({ file: file('nguon.csv', csv) });
    expect(result.problems.filter((p) => p.level === 'error').map(formatImportProblem)).toEqual([
      `dòng 2, cột "Nguồn" (F): nguồn "QĐ 83/QĐ-UBND": có cùng số văn bản 83/QĐ-UBND với 2 nguồn có sẵn: s-83-qd-ubnd-2026 ("${Q83.title}"), s-83-qd-ubnd-2025 ("${Q83_2025.title}"); không tự chọn: ghi mã của nguồn đúng vào cột "Mã nguồn"`,
    ]);
    expect(tree(dataRoot)).toEqual(before);
  });

  it('takes a "Mã nguồn" cell beside a title naming the same decision', async () => {
    const { run, draft } = setup([Q83, Q83_2025]);
    const csv = 'Mã đơn vị,Năm,Tổng số hộ,Số hộ nghèo,Số hộ cận nghèo,Nguồn,Mã nguồn\n20001,2025,3000,150,250,QĐ 83/QĐ-UBND,s-83-qd-ubnd-2026\n20002,2025,2100,120,200,Quyết định số 83/QĐ-UBND ngày 15/01/2026,s-83-qd-ubnd-2026\n';
    const result = await run({ file: file('ma-nguon.csv', csv) });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(draft().observations.filter((o: { unit: string }) => o.unit === '20001' || o.unit === '20002').map((o: { source: string }) => o.source)).toEqual(['s-83-qd-ubnd-2026', 's-83-qd-ubnd-2026']);
  });

  it('npm run import says which existing source it used', async () => {
    const { root, dataRoot } = setup();
    const lines = { out: [] as string[], err: [] as string[] };
    const args = ['--release', DRAFT, '--vintage', '2025-07', file('xa.csv', CSV), '--source', 'Quyết định số 83/QĐ-UBND ngày 15/01/2026', '--data', dataRoot, '--content', path.join(root, 'content')];
    const status = await runCli((io) => importMain(args, io), { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) });
    expect(status, lines.err.join('\n')).toBe(0);
    expect(lines.out).toContain(`Nguồn "Quyết định số 83/QĐ-UBND ngày 15/01/2026" cùng số văn bản 83/QĐ-UBND với nguồn có sẵn s-83-qd-ubnd-2026 ("${Q83.title}"): đã dùng nguồn đó, không thêm nguồn mới.`);
    expect(lines.out.filter((l) => l.startsWith('Đã thêm nguồn'))).toEqual([]);
    const byId = await runCli((io) => importMain([...args.slice(0, 5), '--source', 's-83-qd-ubnd-2026', '--dry-run', ...args.slice(7)], io), { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) });
    expect(byId).toBe(0);
    expect(lines.out).toContain(`Sẽ dùng nguồn có sẵn s-83-qd-ubnd-2026: "${Q83.title}".`);
  });
});

describe('SourceRegistry.lookup: when two titles name the same decision', () => {
  const registry = new SourceRegistry([
    Q83,
    PRESS,
    { id: 's-353-qd-ttg', kind: 'official', title: 'Quyết định số 353/QĐ-TTg ngày 15/3/2022 của Thủ tướng Chính phủ', date: '2022-03-15' },
    { id: 's-12-2025-qd-ubnd', kind: 'official', title: 'Quyết định số 12/2025/QĐ-UBND về chuẩn nghèo' },
    { id: 's-dan-viet', kind: 'derived', title: 'Số hộ nghèo năm 2021 (Dân Việt, 16/9/2025)', date: '2025-09-16' },
  ]);
  const found = (title: string) => {
    const l = registry.lookup(title);
    return l.kind === 'known' ? `${l.by}:${l.source.id}` : l.kind;
  };
  it.each([
    ['Quyết định 83/QĐ-UBND ngày 15/1/2026', 'decision:s-83-qd-ubnd-2026'],
    ['QĐ số 83 / QĐ - UBND', 'decision:s-83-qd-ubnd-2026'],
    ['Quyết định số 353/QĐ-TTg', 'decision:s-353-qd-ttg'],
    ['Quyết định số 353/QĐ-TTg ngày 16/3/2022', 'new'],
    ['Quyết định số 12/2025/QĐ-UBND', 'decision:s-12-2025-qd-ubnd'],
    ['Quyết định số 12/2024/QĐ-UBND', 'new'],
    ['Quyết định số 12/QĐ-UBND ngày 01/02/2024', 'new'],
    // a date is not a number; a derived or press source is never taken for the decision
    ['Dân Việt, 16/9/2025', 'new'],
    ['Tin về Quyết định số 83/QĐ-UBND ngày 15/01/2026', 'title:s-tin-qd-83'],
    ['s-83-qd-ubnd-2026', 'new'],
  ])('%s → %s', (title, expected) => {
    expect(found(title)).toBe(expected);
  });
});
