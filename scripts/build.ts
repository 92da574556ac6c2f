// npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR] [--lang vi|en] [--help]
// Folders as every command (src/config.ts): without --content, the content/ folder beside the data.
// Checks the data and the content first (a problem ends in a list of problems, not in
// Astro's stack trace), then builds the site into a temporary folder beside the output
// folder (dist/ by default) and puts it in place only when Astro and pagefind have both
// finished: a build that fails, or is stopped or killed, leaves the previous site exactly
// as it was (or none, if there was none) — never a partial one. Exit codes as every
// command (scripts/cli/run.ts): 0 built, 1 invalid data or content or a failed build,
// 2 usage or environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkContent } from '../src/domain/content/check-collection.ts';
import { formatProblems } from '../src/domain/content/check.ts';
import { Failure, isSystemError, systemFailure, usageFailure } from '../src/domain/failure.ts';
import { processRuns } from '../src/domain/release/lock.ts';
import { formatText } from '../src/domain/validation/format-report.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { buildEnv, folders } from '../src/config.ts';
import type { CliText } from '../src/i18n/cli.vi.ts';
import { parseCommandArgs } from './cli/args.ts';
import { checkLanguage, cliText, LANG_OPTIONS } from './cli/lang.ts';
import { runCli, type Io } from './cli/run.ts';
import { writeEditor } from './editor/write.ts';
import { writeServiceWorker } from './build/service-worker.ts';
import { SEARCH_INDEX_GLOB } from '../src/site/urls.ts';

/** `.dist.1234-9f3a.building`: hidden, beside the output, named after the process that owns it. */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]+\.(building|old)$/;

export async function main(argv: string[], io: Io): Promise<number> {
  const t = cliText(argv);
  const { values } = parseCommandArgs(
    {
      args: argv,
      options: { data: { type: 'string' }, content: { type: 'string' }, drafts: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' }, ...LANG_OPTIONS },
      strict: true,
      allowPositionals: false,
    },
    t.build.usage,
    t,
  );
  checkLanguage(values.lang, t);
  if (values.help) {
    io.out(t.build.help);
    return 0;
  }
  const { dataRoot, contentRoot } = folders(values);
  const out = path.resolve(values.out);
  if (holdsProject(out, process.cwd())) throw usageFailure(t.build.outContainsProject(values.out));

  // The same checks Astro's build runs first (src/integrations/validate-data.ts, src/content.config.ts).
  const { report, dataset } = validate({ dataRoot, contentRoot, preferDraft: values.drafts });
  if (!report.ok || !dataset) {
    io.err(formatText(report, t.report));
    io.err(t.build.invalidData(shown(out)));
    return 1;
  }
  const problems = checkContent(contentRoot, dataset);
  if (problems.length > 0) {
    io.err(formatProblems(problems));
    io.err(t.build.invalidContent(problems.length, shown(out)));
    return 1;
  }

  removeAbandoned(out, t);
  const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const building = path.join(path.dirname(out), `.${path.basename(out)}.${suffix}.building`);
  const env = buildEnv(values);
  const stop = (signal: NodeJS.Signals) => {
    current?.kill(signal);
    rmSync(building, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const astro = await run(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', building], env);
    if (astro !== 0) return failed(io, building, t.build.failed(t.build.astroFailed(astro), shown(out)));
    // Search index (issue 4): pagefind reads the pages that can be searched (SEARCH_INDEX_GLOB) and
    // writes <site>/pagefind/. Pages mark what is indexed with data-pagefind-body; the search page
    // loads the index only when used. Pagefind folds tone marks but not đ; the search page also
    // queries a d→đ variant (docs/known-traps.md).
    const started = performance.now();
    const pagefindArgs = ['--site', building, '--glob', SEARCH_INDEX_GLOB, '--output-subdir', 'pagefind', '--silent'];
    const pagefind = await run(process.execPath, [path.resolve('node_modules/pagefind/lib/runner/bin.cjs'), ...pagefindArgs], env);
    if (pagefind !== 0) return failed(io, building, t.build.failed(t.build.pagefindFailed, shown(out)));
    io.out(t.build.pagefind(shown(out), Math.round(performance.now() - started)));
    // After pagefind, so the staff editor is never in the search index (scripts/editor/write.ts).
    const editor = await writeEditor(building, dataset);
    io.out(t.build.editor(shown(out), Math.round(editor.decapBytes / 1024), Math.round(editor.totalBytes / 1024)));
    // Offline reading (issue 14): the service worker, last, because its version is a hash of the whole site.
    const worker = await writeServiceWorker(building, dataset.data.release.id);
    io.out(t.build.offline(worker.version, worker.precached, Math.round(worker.bytes / 1024)));
    replace(out, building, suffix, t);
    io.out(t.build.built(shown(out)));
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    rmSync(building, { recursive: true, force: true });
  }
}

const shown = (dir: string) => path.relative(process.cwd(), dir) || dir;

/**
 * Whether the output folder, which the build replaces whole, is the project folder or holds it.
 * A folder on another Windows drive holds nothing: path.relative then gives the project's
 * absolute path (`D:\site` to `C:\…\project`), not a path up with "..".
 */
export function holdsProject(out: string, project: string, p: path.PlatformPath = path): boolean {
  const back = p.relative(out, project);
  return !back.startsWith('..') && !p.isAbsolute(back);
}

/** The child running now (Astro or pagefind), stopped with the build. */
let current: ChildProcess | undefined;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    current = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function failed(io: Io, building: string, line: string): number {
  rmSync(building, { recursive: true, force: true });
  io.err(line);
  return 1;
}

/**
 * The new site in place of the old: two renames in the same folder. Between them there is
 * no site at all, never a partial one; a failure of the second puts the old one back.
 */
function replace(out: string, building: string, suffix: string, t: CliText): void {
  const old = path.join(path.dirname(out), `.${path.basename(out)}.${suffix}.old`);
  const had = existsSync(out);
  try {
    if (had) renameSync(out, old);
    try {
      renameSync(building, out);
    } catch (error) {
      if (had) renameSync(old, out);
      throw error;
    }
  } catch (error) {
    // Windows refuses to rename a folder a program has open (a preview server, an Explorer window).
    throw isSystemError(error) ? systemFailure(error, t.build.cannotReplace(shown(out))) : error;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

/** Folders left by builds that were killed (their process is gone): removed before building. */
function removeAbandoned(out: string, t: CliText): void {
  const parent = path.dirname(out);
  if (!existsSync(parent)) throw new Failure('usage', t.build.noParent(parent));
  for (const name of readdirSync(parent)) {
    const m = TEMPORARY.exec(name);
    if (!m || m[1] !== path.basename(out) || processRuns(Number(m[2]))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  process.exitCode = await runCli((io) => main(argv, io), undefined, argv);
}
