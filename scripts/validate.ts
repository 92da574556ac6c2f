// npm run validate -- [--data DIR] [--release ID | --drafts] [--content DIR] [--format text|json] [--lang vi|en] [--help]
// --drafts validates the newest draft, the release a build with --drafts shows (the current one when there is no draft).
// Exit 0: no errors; 1: errors in the data; 2: usage problem (scripts/cli/run.ts).
import { folders } from '../src/config.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { formatText } from '../src/domain/validation/format-report.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';

export function main(argv: string[], io: Io): number {
  const t = cliText(argv);
  const { values } = parseCommandArgs(
    {
      args: argv,
      options: {
        data: { type: 'string' },
        release: { type: 'string' },
        content: { type: 'string' },
        format: { type: 'string', default: 'text' },
        drafts: { type: 'boolean', default: false },
        ...LANG_OPTIONS,
      },
      strict: true,
      allowPositionals: false,
    },
    t.validate.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.validate.help);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw usageFailure(t.validate.format(values.format));
  if (values.drafts && values.release) throw usageFailure(t.validate.draftsWithRelease);
  const { report, manifest } = validate({ ...folders(values), releaseId: values.release, preferDraft: values.drafts });
  // On stderr: with --format json, standard output holds the report and nothing else.
  const checked = manifest?.releases.find((r) => r.id === report.release);
  if (values.drafts && checked && checked.status !== 'draft') io.err(t.validate.noDraft(checked.id));
  io.out(values.format === 'json' ? JSON.stringify(report, null, 2) : formatText(report, t.report));
  return report.ok ? 0 : 1;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
