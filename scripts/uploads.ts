// npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR]
// Every new spreadsheet upload of the editor (uploads/ket-qua-ra-soat/*.md and its workbook)
// into a draft release through the importer, with a report in Vietnamese beside it
// (uploads/bao-cao/*.md); an upload already reported is skipped (src/domain/uploads/).
// Folders as every command (src/config.ts): without --uploads, the uploads/ folder beside the data.
// Exit codes as every command (scripts/cli/run.ts): 0 every new upload is in a draft (or
// nothing new); 1 an upload was refused (its report lists why); 2 usage or environment;
// 3 another command is writing the data folder.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { folders, uploadsBeside } from '../src/config.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { processUploads } from '../src/domain/uploads/process.ts';
import { runCli, type Io } from './cli/run.ts';

const USAGE = 'Cách dùng: npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR]';

export async function main(argv: string[], io: Io, deps: { lockWaitMs?: number } = {}): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { data: { type: 'string' }, content: { type: 'string' }, uploads: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    throw usageFailure(`${(e as Error).message}\n${USAGE}`);
  }
  const { dataRoot, contentRoot } = folders(values);
  const uploadsRoot = values.uploads ? path.resolve(values.uploads) : uploadsBeside(dataRoot);
  const outcomes = await processUploads({ dataRoot, contentRoot, uploadsRoot, ...deps });
  const shown = (p: string) => path.relative(process.cwd(), path.join(uploadsRoot, p)) || p;
  let refused = 0;
  for (const o of outcomes) {
    if (o.status === 'already-processed') continue;
    if (o.status === 'refused') refused++;
    io.out(
      o.status === 'draft-written'
        ? `${shown(o.upload)}: đã nhập vào bản nháp ${o.release}; báo cáo: ${shown(o.report)}`
        : `${shown(o.upload)}: chưa nhập (${o.errors > 0 ? `${o.errors} lỗi` : 'phiếu hoặc tệp không dùng được'}); báo cáo: ${shown(o.report)}`,
    );
  }
  const done = outcomes.filter((o) => o.status === 'already-processed').length;
  io.out(outcomes.length === done ? `Không có tệp tải lên mới (${done} tệp đã xử lý trước đó).` : `Xong: ${outcomes.length - done} tệp mới, ${refused} tệp chưa nhập được; ${done} tệp đã xử lý trước đó.`);
  return refused > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await runCli((io) => main(process.argv.slice(2), io));
