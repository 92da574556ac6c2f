/**
 * What the commands print with `--lang en`: the same keys as src/i18n/cli.vi.ts (the type
 * says so). Numbers in English style (23,511), dates as ISO dates (2027-01-20).
 */
import type { CliText } from './cli.vi.ts';

const int = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`): string => `${int(n)} ${n === 1 ? one : many}`;

const LANG_HELP = '  --lang vi|en     language of the messages (default: vi, Vietnamese)';

const EXIT_HELP =
  'Exit codes: 0 = done; 1 = problems in the data or the spreadsheet, nothing written; 2 = wrong usage, or the machine\n' +
  '            cannot read or write; 3 = another command is writing the data folder.';

export const cliEn: CliText = {
  failure: {
    prefix: { data: 'Data error', usage: 'Usage error', environment: 'Environment error', busy: 'Busy' },
    cannotReadOrWrite: (file) => `cannot read or write ${file}`,
    system: 'system error',
    systemReasons: {
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      EACCES: 'permission denied',
      EPERM: 'not allowed (the file is open in another program, or no permission)',
      EBUSY: 'the file is in use by another program',
      EROFS: 'the disk is read-only',
      ENOENT: 'no such file or folder',
      ENOTDIR: 'the path is not a folder',
      EISDIR: 'the path is a folder, not a file',
      EMFILE: 'too many files open at once',
      EIO: 'disk read/write error',
    },
    unexpected: (message) =>
      `Unexpected program error: ${message}. No file was left half-written; please tell the developers (run again with DEBUG=1 for details).`,
    lang: (value) => `--lang must be "vi" or "en", not "${value}"`,
  },
  args: {
    unknownOption: (option, closest) => `there is no option ${option}` + (closest.length > 0 ? `; did you mean ${closest.join(' or ')}?` : ''),
    missingValue: (option) => `${option} needs a value after it`,
    valueLikeOption: (option, next) =>
      `${option} needs a value: "${next}" is an option; a value that starts with - is written joined: ${option}="${next}"`,
    takesNoValue: (option, value) => `${option} takes no value; drop "=${value}"`,
    unexpected: (value) => `unexpected "${value}": this command takes only options, which start with --; put a path with spaces in double quotes`,
    dashLookalike: (word, dash, closest) =>
      `"${word}" starts with "${dash}", not with two hyphens "--" (Word and Zalo turn "--" into "—" when a command is copied)` +
      (closest.length > 0 ? `; did you mean ${closest.join(' or ')}?` : ''),
    oneHyphen: (word, closest) => `there is no option ${word}: an option's name is written after two hyphens; did you mean ${closest.join(' or ')}?`,
    repeated: (option, first, second) => `${option} is given twice ("${first}", then "${second}"), but takes one value: drop one`,
    npmHeld: (flags, command, exact) =>
      `npm kept the ${flags.length === 1 ? 'option' : 'options'} ${flags.join(', ')} for itself because "--" was missing: ` +
      (exact ? `run again as  ${command}` : `type the command again with every option and its value after "--":  ${command}`),
  },
  report: {
    error: 'error',
    warning: 'warning',
    value: (json) => ` (value: ${json})`,
    moreErrors: (n) => `… and ${plural(n, 'more error')} not listed`,
    moreWarnings: (n) => `… and ${plural(n, 'more warning')} not listed`,
    unknownRelease: '(unknown)',
    summary: (release, errors, warnings, evaluations, met, unevaluable) =>
      `Release ${release}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; ${plural(evaluations, 'criterion evaluation')} (${int(met)} met, ${int(unevaluable)} without enough data)`,
    indications: (n) => `, ${plural(n, 'indication')} on today's boundaries (on carried figures, not official results)`,
    valid: 'The data is valid.',
    invalid: 'The data is NOT valid.',
  },
  validate: {
    usage: 'Usage: npm run validate -- [--data DIR] [--release <release id> | --drafts] [--content DIR] [--format text|json] [--lang vi|en]',
    help: [
      'Usage: npm run validate -- [--data DIR] [--release <release id> | --drafts] [--content DIR] [--format text|json] [--lang vi|en]',
      '',
      'Validates a data release and the content that goes with it; one line per problem: file, place (JSON Pointer), rule id, explanation, value.',
      '  --data DIR       the data folder (default: data)',
      '  --content DIR    the content folder (default: content beside the data folder)',
      '  --release ID     the release to validate (default: the current release)',
      '  --drafts         validate the newest draft, the one npm run build -- --drafts builds',
      '  --format json    machine-readable report, with the criteria evaluations',
      LANG_HELP,
      'Exit codes: 0 = valid; 1 = problems; 2 = wrong usage.',
    ].join('\n'),
    format: (value) => `--format must be "text" or "json", not "${value}"`,
    noDraft: (id) => `There is no draft: checked the current release ${id}.`,
    draftsWithRelease: '--drafts and --release do not go together: --drafts validates the newest draft',
  },
  release: {
    usage: 'Usage: npm run release -- publish <release id> [--date YYYY-MM-DD] [--data DIR] [--content DIR] [--lang vi|en]',
    help: [
      'Usage: npm run release -- publish <release id> [--date YYYY-MM-DD] [--data DIR] [--content DIR] [--lang vi|en]',
      '',
      'Publishes a valid draft: records the SHA-256 hash of every file and the publication date, and makes it the current release.',
      'From then on its files are locked; corrections go into a new draft.',
      '  --date YYYY-MM-DD  publication date (default: today in Vietnam; not after today)',
      '  --data DIR         the data folder (default: data)',
      '  --content DIR      the content folder (default: content beside the data folder)',
      LANG_HELP,
      EXIT_HELP,
    ].join('\n'),
    notPublish: (command) => (command === undefined ? 'missing what to do: publish and a release id' : `the command only knows "publish", not "${command}"`),
    missingId: 'missing the id of the release to publish, e.g. 2027.1',
    oneRelease: (extra) => `one release per run, but the command also got ${extra.map((x) => `"${x}"`).join(', ')}`,
    refused: (reason) => `Not published: ${reason}`,
    published: (id, date) => `Published release ${id} on ${date}; it is now the current release.`,
  },
  uploads: {
    usage: 'Usage: npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR] [--lang vi|en]',
    help: [
      'Usage: npm run uploads -- [--data DIR] [--content DIR] [--uploads DIR] [--lang vi|en]',
      '',
      "Imports every new spreadsheet uploaded in the editor (uploads/ket-qua-ra-soat/) into a draft, through npm run import's",
      'importer; the report of each upload is written to uploads/bao-cao/. Uploads already processed are skipped.',
      '  --data DIR       the data folder (default: data)',
      '  --content DIR    the content folder (default: content beside the data folder)',
      '  --uploads DIR    the uploads folder (default: uploads beside the data folder)',
      LANG_HELP,
      'Exit codes: 0 = every upload is in a draft (or there is none); 1 = an upload could not be imported, in this run or an earlier one (see its report);',
      '            2 = wrong usage, or the machine cannot read or write; 3 = another command is writing the data folder.',
    ].join('\n'),
    imported: (upload, release, report) => `${upload}: imported into draft ${release}; report: ${report}`,
    refused: (upload, errors, report) =>
      `${upload}: not imported (${errors > 0 ? plural(errors, 'error') : 'the form or the file cannot be used'}); report: ${report}`,
    nothingNew: (done) => `No new upload (${plural(done, 'upload')} processed before).`,
    done: (fresh, refused, done) => `Done: ${plural(fresh, 'new upload')}, ${int(refused)} not imported; ${plural(done, 'upload')} processed before.`,
    // An upload refused by an earlier run and not fixed since: the run still exits 1.
    stillRefused: (upload, report) => `${upload}: still not imported (reported by an earlier run; fix the file or the form and upload it again); report: ${report}`,
  },
  import: {
    usage:
      'Usage: npm run import -- --release <release id> --vintage <vintage> <.csv or .xlsx file>\n' +
      '       [--sheet "sheet name"] [--source "source document title"] [--year <year>] [--dry-run]\n' +
      '       [--replace-years [--delete <records>]] [--title "…"] [--notes "…"] [--data DIR] [--content DIR] [--lang vi|en]\n' +
      '   or: npm run import -- --release <draft id> --title "…" --notes "…"   (only sets the draft\'s title and notes)',
    help: [
      'Usage: npm run import -- --release <release id> --vintage <vintage> <.csv or .xlsx file> [options]',
      '   or: npm run import -- --release <draft id> --title "…" --notes "…"   (only sets the draft\'s title and notes)',
      '',
      'Imports poor and near-poor household survey results from a spreadsheet into a draft release (created when missing).',
      'Any error and nothing is written; a published release is never changed.',
      '  --release ID          the draft id, year.number (e.g. 2027.1)',
      '  --vintage V           the boundary vintage of the unit codes in the file: 2020-01 or 2025-07',
      '  --sheet "name"        the sheet to read (default: the first)',
      '  --source "…"          the source document of every row, when the file has no source column',
      '  --year YYYY           the year of the rows that give none (no year column, or a blank year cell); an error where the file says another year',
      '  --dry-run             check only: report problems and changes, write nothing',
      "  --replace-years       the file is the whole survey of its years: delete that vintage's figures of those years the file lacks",
      '  --delete N            confirm how many records will be deleted (the dry run prints this number)',
      "  --title \"…\"           the draft's title",
      "  --notes \"…\"           the draft's notes: what changed and why",
      '  --data DIR            the data folder (default: data)',
      '  --content DIR         the content folder (default: content beside the data folder)',
      LANG_HELP,
      EXIT_HELP,
    ].join('\n'),
    oneFile: (extra) =>
      `one file per import, but the command also got ${extra.map((x) => `"${x}"`).join(', ')}; put a file name with spaces in double quotes`,
    missing: (parts) =>
      `missing ${parts.map((p) => ({ release: '--release <draft id>', vintage: '--vintage <vintage>', file: 'the .csv or .xlsx file to import' })[p]).join(', ')}`,
    year: (value) => `--year must be a 4-digit year, not "${value}"`,
    deleteCount: (value) => `--delete must be the number of records to delete (the dry run prints it), not "${value}"`,
    level: { error: 'error', warning: 'warning', notice: 'notice' },
    more: (n, level) => `… and ${int(n)} more ${level}${n === 1 ? '' : 's'} not listed`,
    described: (changed, id, title, notes) =>
      `${changed ? 'Wrote' : 'Unchanged:'} the title of draft ${id}: "${title}"` + (notes ? `; notes: "${notes}"` : '') + '.',
    refused: (reason) => `Not imported: ${reason}`,
    sheets: (file, sheets, first) =>
      `${file} has ${sheets.length} sheets (${sheets.map((x) => `"${x}"`).join(', ')}); read the first, "${first}". Pick another with --sheet "name".`,
    summary: (file, sheet, rows, vintage, years, errors, warnings) =>
      `${file}${sheet !== undefined ? `, sheet "${sheet}"` : ''}: ${plural(rows, 'valid data row')} of vintage ${vintage}` +
      (years.length > 0 ? `, ${years.length === 1 ? 'year' : 'years'} ${years.join(', ')}` : '') +
      `; ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`,
    nothingWritten: (errors, fix) =>
      `Nothing written: ${plural(errors, 'error')} left. ` +
      {
        file: 'Fix the file and run the command again.',
        options: 'The file needs no change: add or change the options of the command as the error above says, and run it again.',
        either: 'Fix the file or the options of the command as each error above says, and run the command again.',
      }[fix],
    fromDemo: (from, id, kept, dropped) =>
      `Release ${from} is demo data: draft ${id} keeps only the units, the crosswalks and the figures with an official, press or derived source ` +
      `(${plural(kept.observations, 'observation')}, ${plural(kept.classifications, 'classification')}, ${plural(kept.recognitions, 'recognition')}); ` +
      `dropped ${plural(dropped.observations, 'observation')}, ${plural(dropped.classifications, 'classification')}, ${plural(dropped.recognitions, 'recognition')} and ${plural(dropped.sources, 'illustrative source')}.`,
    changes: (dryRun, c, id, createdFrom) =>
      `${dryRun ? 'Would add' : 'Added'} ${int(c.added)}, ${dryRun ? 'correct' : 'corrected'} ${int(c.corrected)}, ${dryRun ? 'leave' : 'left'} ${int(c.unchanged)} unchanged` +
      (c.removed > 0 ? `, ${dryRun ? 'delete' : 'deleted'} ${int(c.removed)}` : '') +
      ` records in draft ${id}` +
      (createdFrom ? ` (new, copied from release ${createdFrom})` : '') +
      '.',
    sourceAdded: (dryRun, id, title) => `${dryRun ? 'Would add' : 'Added'} source ${id}: "${title}" (type official).`,
    draftTitle: (title, notes, placeholder) =>
      `Draft title: "${title}"` +
      (placeholder ? ' (a stand-in: give the title with --title "…" before publishing; it cannot change once published)' : '') +
      (notes ? `; notes: "${notes}"` : '; no notes yet (add them with --notes "…")') +
      '.',
    confirmDelete: (n) => `When writing for real, add --delete ${n} to confirm deleting ${plural(n, 'record')}.`,
    dryRun: 'Dry run (--dry-run): no file written.',
    wrote: (file) => `Wrote ${file}`,
    unchanged: 'The draft already has exactly these figures: nothing changed.',
    contentToFix: (n, id) =>
      `Content to fix before previewing and publishing: ${plural(n, 'problem')} in the profiles and pages of content/ with draft ${id} ` +
      '(e.g. a profile citing a recognition the draft lacks); npm run build -- --drafts and npm run release would stop there. Fix these lines:',
    next: (id, folders) =>
      `Next: ${['npm run validate -- --release', id, ...folders].join(' ')}; preview: ${['npm run build -- --drafts', ...folders].join(' ')}, then npx astro preview`,
    // An existing source used for --source given as its id, or for a title naming the same decision.
    sourceReused: (dryRun, given, id, title, number) =>
      number === undefined
        ? `${dryRun ? 'Will use' : 'Used'} the existing source ${id}: "${title}".`
        : `"${given}" has the same document number ${number} as the existing source ${id} ("${title}"): ${dryRun ? 'will use' : 'used'} that source, no new one added.`,
  },
  build: {
    usage: 'Usage: npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR] [--lang vi|en]',
    help: [
      'Usage: npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR] [--lang vi|en]',
      '',
      'Validates the data and the content, then builds the site into a temporary folder that replaces the output folder only once complete.',
      '  --data DIR       the data folder (default: data)',
      '  --content DIR    the content folder (default: content beside the data folder)',
      '  --drafts         a preview built from the newest draft (under a "BẢN NHÁP — chưa công bố" banner, not indexed)',
      '  --out DIR        the output folder (default: dist)',
      LANG_HELP,
      'Exit codes: 0 = built; 1 = invalid data or content, or a failed build; 2 = wrong usage, or the machine cannot read or write.',
    ].join('\n'),
    outContainsProject: (out) => `--out ${out} contains the whole project; pick a folder of its own to delete and rebuild`,
    invalidData: (out) => `Invalid data: the site was not built; ${out} is left as it was.`,
    invalidContent: (n, out) => `Invalid content (${plural(n, 'error')}): the site was not built; ${out} is left as it was.`,
    astroFailed: (code) => `Astro stopped with exit code ${code}`,
    pagefindFailed: 'pagefind could not build the search index',
    pagefind: (dir, ms) => `[pagefind] search index: ${dir}/pagefind (${ms} ms)`,
    editor: (dir, decapKb, totalKb) => `[quan-tri] staff editor: ${dir}/quan-tri (Decap CMS ${decapKb} KB, ${totalKb} KB in all)`,
    offline: (version, files, kb) => `[offline] service worker ${version}: ${plural(files, 'shell file')} (${kb} KB)`,
    built: (out) => `Built the site into ${out}.`,
    failed: (why, out) => `The site could not be built (${why}); ${out} is left as it was.`,
    cannotReplace: (out) => `cannot replace ${out} (close the program that has this folder open, then build again)`,
    noParent: (parent) => `there is no folder ${parent} to build into`,
  },
  editor: {
    usage: 'Usage: npm run editor -- [--port N] [--root DIR] [--dist DIR] [--lang vi|en]',
    help: [
      'Usage: npm run editor -- [--port N] [--root DIR] [--dist DIR] [--lang vi|en]',
      '',
      'Opens the staff editor on this machine, no account needed: http://127.0.0.1:4322/quan-tri/ (run npm run build first).',
      "The editor writes the project's files directly. Stop with Ctrl+C.",
      '  --port N         the port (default: 4322)',
      '  --root DIR       the project folder the editor writes to (default: the current folder)',
      '  --dist DIR       the built site (default: dist)',
      LANG_HELP,
      'Exit codes: 2 = the site is not built, the port is taken, or wrong usage.',
    ].join('\n'),
    port: (value) => `--port must be a port number, not "${value}"`,
    notBuilt: (dist) => `no built site in ${dist}: run npm run build first`,
    backendFailed: (code) => `decap-server did not start (exit code ${code})`,
    unknownCode: 'unknown',
    portTaken: (port) => `port ${port} is used by another program: pick another with --port`,
    started: (url, root) => `Staff editor: ${url} — it edits the files in ${root} directly. Stop with Ctrl+C.`,
  },
  geo: {
    usage: 'Usage: npm run geo -- [--source DIR] [--data DIR] [--check] [--lang vi|en]',
    help: [
      'Usage: npm run geo -- [--source DIR] [--data DIR] [--check] [--lang vi|en]',
      '',
      'Rebuilds data/geo/ (simplified TopoJSON per vintage and level) from the boundary files in sources/boundaries/.',
      '  --source DIR     the boundaries folder (default: sources/boundaries)',
      '  --data DIR       the data folder (default: data)',
      '  --check          write nothing; exit 1 when data/geo/ differs from what the sources give',
      LANG_HELP,
      'Exit codes: 0 = done; 1 = problems (or data/geo/ out of date, with --check); 2 = wrong usage.',
    ].join('\n'),
    noSource: (dir) => `no source folder ${dir}`,
    layer: (file, features, vertices, points, kb, share, code) =>
      `${file}: ${int(features)} areas, ${int(vertices)} → ${int(points)} points, ${kb} KB, largest area change ${share}% (${code})`,
    problems: (n, release) => `${plural(n, 'problem')}, no file written (data release ${release}):`,
    stale: (files) => `data/geo/ is out of date: ${files}. Run npm run geo`,
    upToDate: 'data/geo/ matches the sources.',
    wrote: (n, dir, ms) => `Wrote ${plural(n, 'file')} into ${dir} in ${int(ms)} ms.`,
  },
};
