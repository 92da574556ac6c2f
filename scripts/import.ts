// npm run import -- --release ID --vintage V FILE [--source "…"] [--year YYYY] [--dry-run]
//                   [--replace-years] [--title "…"] [--data DIR] [--content DIR]
// Exit 0: imported (or, with --dry-run, would import); 1: problems in the file or the
// release may not be changed; 2: usage problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, folders } from '../src/config.ts';
import { ImportUsageError, importSpreadsheet } from '../src/domain/import/import.ts';
import { formatImportProblem } from '../src/domain/import/problems.ts';
import { formatInt } from '../src/format/vi.ts';

const USAGE =
  'Cách dùng: npm run import -- --release <mã phiên bản> --vintage <thời kỳ> <tệp .csv hoặc .xlsx>\n' +
  '           [--source "tên văn bản nguồn"] [--year <năm>] [--dry-run] [--replace-years] [--title "…"] [--data DIR]';

const LEVEL = { error: 'lỗi', warning: 'cảnh báo', notice: 'ghi chú' } as const;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        release: { type: 'string' },
        vintage: { type: 'string' },
        source: { type: 'string' },
        year: { type: 'string' },
        title: { type: 'string' },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        content: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'replace-years': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    console.error(`Sai tham số: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.release || !values.vintage || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    console.error(`Sai tham số: --year phải là năm 4 chữ số, không phải "${values.year}"`);
    return 2;
  }
  const file = positionals[0]!;
  const dryRun = values['dry-run'];
  try {
    const result = await importSpreadsheet({
      dataRoot: values.data,
      releaseId: values.release,
      vintage: values.vintage,
      file,
      source: values.source,
      year: values.year === undefined ? undefined : Number(values.year),
      dryRun,
      replaceYears: values['replace-years'],
      title: values.title,
      contentRoot: folders(values).contentRoot,
    });
    for (const p of result.problems) {
      const line = `${LEVEL[p.level]}  ${formatImportProblem(p)}  [${p.rule}]`;
      console.log(line);
    }
    if (result.refused) {
      console.error(`Không nhập: ${result.refused}`);
      return 1;
    }
    const s = result.summary;
    const errors = result.problems.filter((p) => p.level === 'error').length;
    const warnings = result.problems.filter((p) => p.level === 'warning').length;
    const name = path.basename(file);
    console.log(
      `Tệp ${name}: ${formatInt(s.rows)} dòng số liệu hợp lệ của thời kỳ ${values.vintage}` +
        (s.years.length > 0 ? `, năm ${s.years.join(', ')}` : '') +
        `; ${errors} lỗi, ${warnings} cảnh báo.`,
    );
    if (!result.ok) {
      console.error(`Không ghi gì: còn ${errors} lỗi. Sửa tệp rồi chạy lại lệnh.`);
      return 1;
    }
    const verb = dryRun ? 'Sẽ' : 'Đã';
    console.log(
      `${verb} thêm ${formatInt(s.added)}, sửa ${formatInt(s.corrected)}, giữ nguyên ${formatInt(s.unchanged)}` +
        (s.removed > 0 ? `, xóa ${formatInt(s.removed)}` : '') +
        ` bản ghi trong bản nháp ${values.release}` +
        (s.createdFrom ? ` (tạo mới, chép từ phiên bản ${s.createdFrom})` : '') + '.',
    );
    for (const source of s.sourcesAdded) console.log(`${verb} thêm nguồn ${source.id}: "${source.title}" (loại official).`);
    if (dryRun) {
      console.log('Chạy thử (--dry-run): không ghi tệp nào.');
    } else {
      for (const f of result.files) console.log(`Đã ghi ${path.join(values.data, f)}`);
      if (result.files.length === 0) console.log('Bản nháp đã có đúng các số liệu này: không có gì thay đổi.');
      console.log(`Tiếp theo: npm run validate -- --release ${values.release}; xem trước: npm run build -- --drafts && npx astro preview`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportUsageError) {
      console.error(`Sai tham số: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main();
