// npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR] [--lang vi|en] [--help]
// Every new spreadsheet upload of the editor (uploads/ket-qua-ra-soat/*.md and its workbook)
// into a draft release through the importer, with a report in Vietnamese beside it
// (uploads/bao-cao/*.md); an upload already reported is skipped (src/domain/uploads/).
// Folders as every command (src/config.ts): without --uploads, the uploads/ folder beside the data.
// Exit codes as every command (scripts/cli/run.ts): 0 every upload is in a draft (or there
// is none); 1 an upload could not be imported — refused now, or by an earlier run and not
// fixed since (its report lists why): the README's promise, and what fails the preview
// workflow's run until it is fixed; 2 usage or environment; 3 another command is writing the data folder.
import path from 'node:path';
import { folders, uploadsBeside } from '../src/config.ts';
import { processUploads } from '../src/domain/uploads/process.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';

export async function main(argv: string[], io: Io, deps: { lockWaitMs?: number } = {}): Promise<number> {
  const t = cliText(argv);
  const { values } = parseCommandArgs(
    { args: argv, options: { data: { type: 'string' }, content: { type: 'string' }, uploads: { type: 'string' }, ...LANG_OPTIONS }, strict: true, allowPositionals: false },
    t.uploads.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.uploads.help);
    return 0;
  }
  const { dataRoot, contentRoot } = folders(values);
  const uploadsRoot = values.uploads ? path.resolve(values.uploads) : uploadsBeside(dataRoot);
  const outcomes = await processUploads({ dataRoot, contentRoot, uploadsRoot, ...deps });
  const shown = (p: string) => path.relative(process.cwd(), path.join(uploadsRoot, p)) || p;
  let refused = 0;
  for (const o of outcomes) {
    if (o.status === 'already-processed') {
      if (o.reported === 'refused') io.out(t.uploads.stillRefused(shown(o.upload), shown(o.report)));
      continue;
    }
    if (o.status === 'refused') refused++;
    io.out(o.status === 'draft-written' ? t.uploads.imported(shown(o.upload), o.release ?? '', shown(o.report)) : t.uploads.refused(shown(o.upload), o.errors, shown(o.report)));
  }
  const done = outcomes.filter((o) => o.status === 'already-processed').length;
  const stillRefused = outcomes.filter((o) => o.reported === 'refused').length;
  io.out(outcomes.length === done ? t.uploads.nothingNew(done) : t.uploads.done(outcomes.length - done, refused, done));
  return refused + stillRefused > 0 ? 1 : 0;
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
