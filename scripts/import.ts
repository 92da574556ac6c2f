// npm run import -- --release ID --vintage V FILE [--sheet NAME] [--source "…"] [--year YYYY] [--dry-run]
//                   [--replace-years [--delete N]] [--title "…"] [--notes "…"] [--data DIR] [--content DIR]
// npm run import -- --release ID [--title "…"] [--notes "…"]      sets a draft's title and notes only
// Exit codes as every command (scripts/cli/run.ts): 0 imported (or, with --dry-run, would
// import); 1 problems in the file or the release may not be changed; 2 usage or environment;
// 3 another command is writing the data folder.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, folders } from '../src/config.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { importSpreadsheet, type ImportOptions } from '../src/domain/import/import.ts';
import { formatImportProblem, type ImportProblem } from '../src/domain/import/problems.ts';
import { describeDraft } from '../src/domain/release/describe.ts';
import { formatInt } from '../src/format/vi.ts';
import { runCli, type Io } from './cli/run.ts';

const USAGE =
  'Cách dùng: npm run import -- --release <mã phiên bản> --vintage <thời kỳ> <tệp .csv hoặc .xlsx>\n' +
  '           [--sheet "tên trang tính"] [--source "tên văn bản nguồn"] [--year <năm>] [--dry-run]\n' +
  '           [--replace-years [--delete <số bản ghi>]] [--title "…"] [--notes "…"] [--data DIR]\n' +
  '       npm run import -- --release <mã bản nháp> --title "…" --notes "…"   (chỉ sửa tên, ghi chú của bản nháp)';

const LEVEL = { error: 'lỗi', warning: 'cảnh báo', notice: 'ghi chú' } as const;
/** At most this many lines per level; the rest are counted (a broken file can have thousands). */
const MAX_LINES = 200;

/** What tests replace: the lock's patience and the disk. */
export type ImportDeps = Pick<ImportOptions, 'lockWaitMs' | 'writeOps'>;

export async function main(argv: string[], io: Io, deps: ImportDeps = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        release: { type: 'string' },
        vintage: { type: 'string' },
        sheet: { type: 'string' },
        source: { type: 'string' },
        year: { type: 'string' },
        title: { type: 'string' },
        notes: { type: 'string' },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        content: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'replace-years': { type: 'boolean', default: false },
        delete: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usageFailure(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.release && positionals.length === 0 && !values.vintage && (values.title !== undefined || values.notes !== undefined)) {
    const described = await describeDraft({ dataRoot: values.data, releaseId: values.release, title: values.title, notes: values.notes, ...deps });
    io.out(`${described.changed ? 'Đã ghi' : 'Không đổi'} tên bản nháp ${values.release}: "${described.title}"` + (described.notes ? `; ghi chú: "${described.notes}"` : '') + '.');
    return 0;
  }
  if (!values.release || !values.vintage || positionals.length !== 1) throw usageFailure(USAGE);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw usageFailure(`--year phải là năm 4 chữ số, không phải "${values.year}"`);
  if (values.delete !== undefined && !/^\d{1,7}$/.test(values.delete)) throw usageFailure(`--delete phải là số bản ghi sẽ xóa (lệnh chạy thử in ra số này), không phải "${values.delete}"`);
  const file = positionals[0]!;
  const dryRun = values['dry-run'];
  const result = await importSpreadsheet({
    dataRoot: values.data,
    releaseId: values.release,
    vintage: values.vintage,
    file,
    sheet: values.sheet,
    source: values.source,
    year: values.year === undefined ? undefined : Number(values.year),
    dryRun,
    replaceYears: values['replace-years'],
    deleteCount: values.delete === undefined ? undefined : Number(values.delete),
    title: values.title,
    notes: values.notes,
    contentRoot: folders(values).contentRoot,
    ...deps,
  });
  printProblems(result.problems, io);
  if (result.refused) {
    io.err(`Không nhập: ${result.refused}`);
    return 1;
  }
  const s = result.summary;
  const errors = result.problems.filter((p) => p.level === 'error').length;
  const warnings = result.problems.filter((p) => p.level === 'warning').length;
  const name = path.basename(file);
  if (s.sheets && s.sheets.length > 1 && values.sheet === undefined) {
    io.out(`Tệp ${name} có ${s.sheets.length} trang tính (${s.sheets.map((x) => `"${x}"`).join(', ')}); đã đọc trang đầu "${s.sheet}". Chọn trang khác bằng --sheet "tên trang".`);
  }
  io.out(
    `Tệp ${name}${s.sheet !== undefined ? `, trang tính "${s.sheet}"` : ''}: ${formatInt(s.rows)} dòng số liệu hợp lệ của thời kỳ ${values.vintage}` +
      (s.years.length > 0 ? `, năm ${s.years.join(', ')}` : '') +
      `; ${errors} lỗi, ${warnings} cảnh báo.`,
  );
  if (!result.ok) {
    io.err(`Không ghi gì: còn ${errors} lỗi. Sửa tệp rồi chạy lại lệnh.`);
    return 1;
  }
  const verb = dryRun ? 'Sẽ' : 'Đã';
  if (s.fromDemo) {
    const { kept, dropped } = s.fromDemo;
    io.out(
      `Phiên bản ${s.createdFrom} là dữ liệu minh họa: bản nháp ${values.release} chỉ giữ đơn vị hành chính, chuyển đổi đơn vị và số liệu có nguồn chính thức, báo chí hoặc suy ra ` +
        `(${formatInt(kept.observations)} bản ghi số liệu, ${formatInt(kept.classifications)} phân loại, ${formatInt(kept.recognitions)} khen thưởng); ` +
        `bỏ ${formatInt(dropped.observations)} số liệu, ${formatInt(dropped.classifications)} phân loại, ${formatInt(dropped.recognitions)} khen thưởng và ${formatInt(dropped.sources)} nguồn minh họa.`,
    );
  }
  io.out(
    `${verb} thêm ${formatInt(s.added)}, sửa ${formatInt(s.corrected)}, giữ nguyên ${formatInt(s.unchanged)}` +
      (s.removed > 0 ? `, xóa ${formatInt(s.removed)}` : '') +
      ` bản ghi trong bản nháp ${values.release}` +
      (s.createdFrom ? ` (tạo mới, chép từ phiên bản ${s.createdFrom})` : '') + '.',
  );
  for (const source of s.sourcesAdded) io.out(`${verb} thêm nguồn ${source.id}: "${source.title}" (loại official).`);
  if (values.title !== undefined || values.notes !== undefined || s.createdFrom) {
    io.out(`Tên bản nháp: "${s.title}"` + (s.notes ? `; ghi chú: "${s.notes}"` : '; chưa có ghi chú (thêm bằng --notes "…")') + '.');
  }
  if (dryRun) {
    if (s.removed > 0 && values.delete === undefined) io.out(`Khi ghi thật, thêm --delete ${s.removed} để xác nhận xóa ${s.removed} bản ghi.`);
    io.out('Chạy thử (--dry-run): không ghi tệp nào.');
  } else {
    for (const f of result.files) io.out(`Đã ghi ${path.join(values.data, f)}`);
    if (result.files.length === 0) io.out('Bản nháp đã có đúng các số liệu này: không có gì thay đổi.');
    io.out(`Tiếp theo: npm run validate -- --release ${values.release}; xem trước: npm run build -- --drafts && npx astro preview`);
  }
  return 0;
}

/** In sheet order; past MAX_LINES of a level, only counted. */
function printProblems(problems: readonly ImportProblem[], io: Io): void {
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const p of problems) {
    if (shown[p.level]++ < MAX_LINES) io.out(`${LEVEL[p.level]}  ${formatImportProblem(p)}  [${p.rule}]`);
  }
  for (const level of ['error', 'warning', 'notice'] as const) {
    if (shown[level] > MAX_LINES) io.out(`… và ${formatInt(shown[level] - MAX_LINES)} ${LEVEL[level]} khác không liệt kê`);
  }
}

if (import.meta.main) process.exitCode = await runCli((io) => main(process.argv.slice(2), io));
