// npm run import -- --release ID --vintage V FILE [--sheet NAME] [--source "…"] [--year YYYY] [--dry-run]
//                   [--replace-years [--delete N]] [--title "…"] [--notes "…"] [--data DIR] [--content DIR] [--lang vi|en] [--help]
// npm run import -- --release ID [--title "…"] [--notes "…"]      sets a draft's title and notes only
// Exit codes as every command (scripts/cli/run.ts): 0 imported (or, with --dry-run, would
// import); 1 problems in the file or the release may not be changed; 2 usage or environment;
// 3 another command is writing the data folder.
import path from 'node:path';
import { DEFAULT_DATA_DIR, folders } from '../src/config.ts';
import { formatProblems } from '../src/domain/content/check.ts';
import { usageFailure } from '../src/domain/failure.ts';
import { importSpreadsheet, type ImportOptions } from '../src/domain/import/import.ts';
import { formatImportProblemInFile, whatToFix, type ImportProblem } from '../src/domain/import/problems.ts';
import { describeDraft } from '../src/domain/release/describe.ts';
import type { CliText } from '../src/i18n/cli.vi.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';
import { shellWord } from './cli/shell.ts';

/** At most this many lines per level; the rest are counted (a broken file can have thousands). */
const MAX_LINES = 200;

/** What tests replace: the lock's patience and the disk. */
export type ImportDeps = Pick<ImportOptions, 'lockWaitMs' | 'writeOps'>;

export async function main(argv: string[], io: Io, deps: ImportDeps = {}): Promise<number> {
  const t = cliText(argv);
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      options: {
        release: { type: 'string' },
        vintage: { type: 'string' },
        sheet: { type: 'string' },
        source: { type: 'string' },
        year: { type: 'string' },
        title: { type: 'string' },
        notes: { type: 'string' },
        data: { type: 'string' },
        content: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'replace-years': { type: 'boolean', default: false },
        delete: { type: 'string' },
        ...LANG_OPTIONS,
      },
      allowPositionals: true,
      strict: true,
    },
    t.import.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.import.help);
    return 0;
  }
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  if (values.release && positionals.length === 0 && !values.vintage && (values.title !== undefined || values.notes !== undefined)) {
    const described = await describeDraft({ dataRoot: dataDir, releaseId: values.release, title: values.title, notes: values.notes, ...deps });
    io.out(t.import.described(described.changed, values.release, described.title, described.notes ?? ''));
    return 0;
  }
  const [file, ...extra] = positionals;
  if (extra.length > 0) throw usageFailure(`${t.import.oneFile(extra)}\n${t.import.usage}`);
  if (!values.release || !values.vintage || file === undefined) {
    const given = { release: values.release, vintage: values.vintage, file };
    throw usageFailure(`${t.import.missing((['release', 'vintage', 'file'] as const).filter((part) => !given[part]))}\n${t.import.usage}`);
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw usageFailure(t.import.year(values.year));
  if (values.delete !== undefined && !/^\d{1,7}$/.test(values.delete)) throw usageFailure(t.import.deleteCount(values.delete));
  const dryRun = values['dry-run'];
  const result = await importSpreadsheet({
    dataRoot: dataDir,
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
  printProblems(result.problems, io, t);
  if (result.refused) {
    io.err(t.import.refused(result.refused));
    return 1;
  }
  const s = result.summary;
  const errors = result.problems.filter((p) => p.level === 'error').length;
  const warnings = result.problems.filter((p) => p.level === 'warning').length;
  const name = path.basename(file);
  if (s.sheets && s.sheets.length > 1 && values.sheet === undefined) {
    io.out(t.import.sheets(name, s.sheets, s.sheet ?? ''));
  }
  io.out(t.import.summary(name, s.sheet, s.rows, values.vintage, s.years, errors, warnings));
  if (!result.ok) {
    io.err(t.import.nothingWritten(errors, whatToFix(result.problems, name)));
    return 1;
  }
  if (s.fromDemo) io.out(t.import.fromDemo(s.createdFrom ?? '', values.release, s.fromDemo.kept, s.fromDemo.dropped));
  io.out(t.import.changes(dryRun, s, values.release, s.createdFrom));
  for (const source of s.sourcesAdded) io.out(t.import.sourceAdded(dryRun, source.id, source.title));
  for (const r of s.sourcesReused) io.out(t.import.sourceReused(dryRun, r.given, r.source.id, r.source.title, r.number));
  // A new draft given no --title carries a stand-in title, which publishing would make permanent.
  if (values.title !== undefined || values.notes !== undefined || s.createdFrom) io.out(t.import.draftTitle(s.title ?? '', s.notes, Boolean(s.createdFrom) && values.title === undefined));
  // As npm run uploads reports: the content the draft no longer fits, said before the preview build fails on it.
  const contentToFix = (draft: string) => {
    if (result.contentToFix.length === 0) return;
    io.out(t.import.contentToFix(result.contentToFix.length, draft));
    io.out(formatProblems(result.contentToFix));
  };
  if (dryRun) {
    if (s.removed > 0 && values.delete === undefined) io.out(t.import.confirmDelete(s.removed));
    contentToFix(values.release);
    io.out(t.import.dryRun);
  } else {
    for (const f of result.files) io.out(t.import.wrote(path.join(dataDir, f)));
    if (result.files.length === 0) io.out(t.import.unchanged);
    contentToFix(values.release);
    // The next commands must read the folders this import wrote, not the default ones.
    const folderOptions = (['data', 'content'] as const).flatMap((name) => {
      const dir = values[name];
      return dir === undefined ? [] : [`--${name} ${shellWord(dir)}`];
    });
    io.out(t.import.next(values.release, folderOptions));
  }
  return 0;
}

/** In sheet order; past MAX_LINES of a level, only counted. */
function printProblems(problems: readonly ImportProblem[], io: Io, t: CliText): void {
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const p of problems) {
    if (shown[p.level]++ < MAX_LINES) io.out(`${t.import.level[p.level]}  ${formatImportProblemInFile(p)}  [${p.rule}]`);
  }
  for (const level of ['error', 'warning', 'notice'] as const) {
    if (shown[level] > MAX_LINES) io.out(t.import.more(shown[level] - MAX_LINES, t.import.level[level]));
  }
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
