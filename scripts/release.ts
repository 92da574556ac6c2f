// npm run release -- publish <id> [--data DIR] [--content DIR] [--date YYYY-MM-DD]
// --date defaults to today in Vietnam (UTC+7). Exit codes as every command (scripts/cli/run.ts):
// 0 published, 1 the draft may not be published (problems listed), 2 usage or environment,
// 3 another command is writing the data folder.
import { parseArgs } from 'node:util';
import { folders } from '../src/config.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { vietnameseDate } from '../src/domain/release/dates.ts';
import { publishRelease, type PublishOptions } from '../src/domain/release/publish.ts';
import { runCli, type Io } from './cli/run.ts';

const USAGE = 'Cách dùng: npm run release -- publish <mã phiên bản> [--date YYYY-MM-DD] [--data DIR] [--content DIR]';

/** What tests replace: today's date, the lock's patience, the disk. */
export type ReleaseDeps = Pick<PublishOptions, 'today' | 'lockWaitMs' | 'writeOps'>;

export async function main(argv: string[], io: Io, deps: ReleaseDeps = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, content: { type: 'string' }, date: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usageFailure(`${(e as Error).message}. ${USAGE}`);
  }
  const [command, releaseId, ...rest] = parsed.positionals;
  if (command !== 'publish' || !releaseId || rest.length > 0) throw usageFailure(USAGE);
  const result = await publishRelease({ ...folders(parsed.values), releaseId, date: parsed.values.date, ...deps });
  if (!result.ok) {
    for (const p of result.problems) io.err(`${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}`);
    io.err(`Không công bố: ${result.reason}`);
    return 1;
  }
  io.out(`Đã công bố phiên bản ${releaseId} ngày ${vietnameseDate(result.date)}; đây là phiên bản hiện hành.`);
  return 0;
}

if (import.meta.main) process.exitCode = await runCli((io) => main(process.argv.slice(2), io));
