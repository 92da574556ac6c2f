// npm run release -- publish <id> [--data DIR] [--content DIR] [--date YYYY-MM-DD] [--lang vi|en] [--help]
// --date defaults to today in Vietnam (UTC+7). Exit codes as every command (scripts/cli/run.ts):
// 0 published, 1 the draft may not be published (problems listed), 2 usage or environment,
// 3 another command is writing the data folder.
import { folders } from '../src/config.ts';
import { formatProblems } from '../src/domain/content/check.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { publishRelease, type PublishOptions } from '../src/domain/release/publish.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';

/** What tests replace: today's date, the lock's patience, the disk. */
export type ReleaseDeps = Pick<PublishOptions, 'today' | 'lockWaitMs' | 'writeOps'>;

export async function main(argv: string[], io: Io, deps: ReleaseDeps = {}): Promise<number> {
  const t = cliText(argv);
  const parsed = parseCommandArgs(
    {
      args: argv,
      options: { data: { type: 'string' }, content: { type: 'string' }, date: { type: 'string' }, ...LANG_OPTIONS },
      allowPositionals: true,
      strict: true,
    },
    t.release.usage,
    t,
  );
  checkLanguage(parsed.values.lang, t);
  if (parsed.values.help) {
    io.out(t.release.help);
    return 0;
  }
  const [command, releaseId, ...rest] = parsed.positionals;
  const mistake = command !== 'publish' ? t.release.notPublish(command) : !releaseId ? t.release.missingId : rest.length > 0 ? t.release.oneRelease(rest) : undefined;
  if (mistake || !releaseId) throw usageFailure(`${mistake}\n${t.release.usage}`);
  const result = await publishRelease({ ...folders(parsed.values), releaseId, date: parsed.values.date, ...deps });
  if (!result.ok) {
    for (const p of result.problems) io.err(`${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}`);
    if (result.contentProblems.length > 0) io.err(formatProblems(result.contentProblems));
    io.err(`${t.release.refused(result.reason)}  [${result.rule}]`);
    return 1;
  }
  io.out(t.release.published(releaseId, result.date));
  return 0;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
