/**
 * Runs e2e suites against a built site: one static server, one Chromium, one
 * report. `E2E_DIST` (or `--dist DIR`) picks another build than dist/.
 */
import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page, PageScreenshotOptions } from 'playwright-core';
import { Report } from './report.ts';
import { serveSite, type SiteServer } from './server.ts';
import { CHROMIUM, chromiumAvailable, launchBrowser } from './browser.ts';
import { htmlPages, SEED } from './pages.ts';
import { mapInFlightInOrder, SCRIPTS_IN_FLIGHT } from './pool.ts';

export interface SuiteContext {
  report: Report;
  browser: Browser;
  /** Absolute path of the built site under test. */
  dist: string;
  site: SiteServer;
  /** Every HTML page of the build, as URL paths. */
  pages: string[];
  /** Where screenshots go (gitignored). */
  screenshots: string;
}

export interface Suite {
  name: string;
  run(ctx: SuiteContext): Promise<void>;
}

const SCREENSHOTS = resolve('screenshots');

/**
 * Screenshots are for people to look at; no check reads them. Drawing them (whole phone
 * pages, up to 4,000 px tall) was a fifth of the smoke suite's CPU and a tenth of the
 * suites' time, so a run where nobody looks at them sets `E2E_SCREENSHOTS=0`: .ci/run
 * does, on its fresh clone.
 */
export const TAKE_SCREENSHOTS = process.env.E2E_SCREENSHOTS !== '0';

export function screenshotPath(path: string, suffix: string): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  return join(SCREENSHOTS, `${slug}-${suffix}.png`);
}

/** `page.screenshot`, unless screenshots are off (`TAKE_SCREENSHOTS`). */
export async function saveScreenshot(page: Page, options: PageScreenshotOptions & { path: string }): Promise<void> {
  if (TAKE_SCREENSHOTS) await page.screenshot(options);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/**
 * A standalone script's output, kept until its turn comes (the scripts before it have
 * printed theirs), then printed, and from then on passed through as it comes.
 */
export class ScriptOutput {
  #kept: [NodeJS.WriteStream, Buffer][] = [];
  #live = false;
  text = '';

  write(stream: NodeJS.WriteStream, chunk: Buffer): void {
    if (stream === process.stdout) this.text += chunk.toString();
    if (this.#live) stream.write(chunk);
    else this.#kept.push([stream, chunk]);
  }

  goLive(): void {
    if (this.#live) return;
    this.#live = true;
    for (const [stream, chunk] of this.#kept) stream.write(chunk);
    this.#kept = [];
  }
}

/**
 * A standalone script still running after this long is stopped, and fails. The slowest takes
 * about 2 minutes on the 2-core machine; one that hangs (the offline suite once waited for
 * ever on its test server) would otherwise hold CI until its 90-minute limit.
 */
const SCRIPT_TIME_LIMIT_S = 600;

/** Runs a standalone browser test (a script of its own that prints "N passed, M failed" last) against the build. */
export async function runScript(file: string, dist: string, output: ScriptOutput, limitS = SCRIPT_TIME_LIMIT_S): Promise<{ code: number | null; seconds: number; stopped: boolean }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [file], { env: { ...process.env, DIST: dist, E2E_DIST: dist }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.write(process.stdout, chunk));
  child.stderr.on('data', (chunk: Buffer) => output.write(process.stderr, chunk));
  let stopped = false;
  // Its browser goes with it: Playwright's Chromium exits when the pipe to the script closes.
  const limit = setTimeout(() => {
    stopped = true;
    child.kill('SIGKILL');
  }, limitS * 1000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(limit);
  return { code, seconds: (Date.now() - t0) / 1000, stopped };
}

/** Adds a finished script's counts to the report. */
function countScript(report: Report, file: string, out: string, code: number | null): void {
  const counts = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  if (counts) {
    report.passed += Number(counts[1]);
    report.failed += Number(counts[2]);
  }
  if (!counts || (code !== 0 && Number(counts[2]) === 0)) report.check(`${file} ran and reported its counts`, false, `exit ${code}`);
}

/**
 * The standalone scripts, SCRIPTS_IN_FLIGHT at a time, each printed whole under its heading
 * in the given order: the first one still running prints as it goes, the others wait their turn.
 */
async function runScripts(report: Report, files: readonly string[], dist: string, name: (file: string) => string): Promise<void> {
  const outputs = files.map(() => new ScriptOutput());
  let head = -1;
  const advance = (to: number) => {
    if (to === head || to >= files.length) return;
    head = to;
    report.heading(`${files[to]} (standalone)`);
    outputs[to]!.goLive();
  };
  advance(0);
  await mapInFlightInOrder(
    files.map((file, index) => ({ file, index })),
    SCRIPTS_IN_FLIGHT,
    ({ file, index }) => runScript(file, dist, outputs[index]!),
    ({ code, seconds, stopped }, { file, index }) => {
      if (stopped) report.check(`${file} finished within ${SCRIPT_TIME_LIMIT_S / 60} minutes`, false, 'stopped');
      countScript(report, file, outputs[index]!.text, code);
      console.log(`---- ${name(file)}: ${seconds.toFixed(1)} s`);
      advance(index + 1);
    },
  );
}

/**
 * Runs the suites in order, then the standalone scripts (`runScripts`), prints "N passed, M failed"
 * last and sets the exit code. Positional arguments pick suites or scripts by name.
 */
export async function runSuites(suites: readonly Suite[], argv = process.argv.slice(2), scripts: readonly string[] = []): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: { dist: { type: 'string' } }, allowPositionals: true });
  const scriptName = (f: string) => f.replace(/^.*\//, '').replace(/\.ts$/, '');
  const wanted = positionals.length > 0 ? suites.filter((s) => positionals.includes(s.name)) : suites;
  const wantedScripts = positionals.length > 0 ? scripts.filter((f) => positionals.includes(scriptName(f))) : scripts;
  const report = new Report();
  const dist = resolve(values.dist ?? process.env.E2E_DIST ?? 'dist');
  const started = Date.now();
  try {
    if (positionals.length > 0 && wanted.length + wantedScripts.length !== positionals.length) {
      report.check(`suites exist: ${positionals.join(', ')}`, false, `known: ${[...suites.map((s) => s.name), ...scripts.map(scriptName)].join(', ')}`);
    } else if (!(await isFile(join(dist, 'index.html')))) {
      report.check(`${dist}/index.html exists (run npm run build first)`, false);
    } else if (!(await chromiumAvailable())) {
      report.check(`${CHROMIUM} exists (apt-get install -y chromium chromium-headless-shell)`, false);
    } else {
      await mkdir(SCREENSHOTS, { recursive: true });
      const site = await serveSite(dist);
      const browser = await launchBrowser();
      const pages = await htmlPages(dist);
      console.log(`site ${dist}: ${pages.length} pages; browser ${CHROMIUM}; seed ${SEED}; _headers rules ${site.headerRules.length}; ${TAKE_SCREENSHOTS ? `screenshots in ${SCREENSHOTS}` : 'no screenshots (E2E_SCREENSHOTS=0)'}`);
      try {
        for (const suite of wanted) {
          const t0 = Date.now();
          report.heading(`${suite.name}`);
          try {
            await suite.run({ report, browser, dist, site, pages, screenshots: SCREENSHOTS });
          } catch (err) {
            report.check(`${suite.name} ran to the end`, false, String(err));
          }
          console.log(`---- ${suite.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        }
      } finally {
        await browser.close();
        await site.close();
      }
      await runScripts(report, wantedScripts, dist, scriptName);
    }
  } catch (err) {
    report.check('e2e suites ran', false, String(err));
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = report.summary();
}
