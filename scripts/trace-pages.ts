/**
 * npm run bench:trace -- [--dist DIR] [--against DIR] [--runs N] [--only NAME,NAME]
 *
 * A benchmark report, not a test: what loading one page of each kind (the pages
 * `npm run bench:lighthouse` audits, scripts/bench/samples.ts) costs the browser's main
 * thread, from a Chromium trace at 412 px without throttling, N loads each (5 by default),
 * medians with their range. With --against DIR, a second built site is loaded in turn with the
 * first, load for load, so both see the machine in the same state, and the difference is
 * printed. Why: on the shared virtual machines the bench runs on, Lighthouse's performance
 * score of one build moved from 92 to 99 between runs, while main-thread time tells changes
 * of a few tens of milliseconds apart (scripts/bench/main-thread.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, newSiteContext } from '../tests/e2e/lib/browser.ts';
import { serveSite, type SiteServer } from '../tests/e2e/lib/server.ts';
import { benchArgsOrExit } from './bench/command-args.ts';
import { median, table } from './bench/format.ts';
import { summarizeMainThread, WORK_KINDS, type MainThreadSummary, type TraceEvent } from './bench/main-thread.ts';
import { runsOrExit, samplesOrExit } from './bench/report-args.ts';

const usage = 'usage: npm run bench:trace -- [--dist DIR] [--against DIR] [--runs N] [--only NAME,NAME]';
const args = benchArgsOrExit({ dist: { type: 'string', default: 'dist' }, against: { type: 'string' }, runs: { type: 'string', default: '5' }, only: { type: 'string' } }, usage);
const runs = runsOrExit(args.runs, usage);
const distDir = path.resolve(args.dist);
const samples = samplesOrExit(args.dist, args.only, usage);

/** The categories the summary reads: tasks and the work inside them. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'];
const progress = (text: string) => process.stderr.write(`[trace] ${text}\n`);

const sites: { label: string; server: SiteServer }[] = [{ label: args.dist, server: await serveSite(distDir, { likeHost: true }) }];
// Labelled by the folder as given; the same folder twice (to see the spread alone) stays two sites.
if (args.against) sites.push({ label: args.against === args.dist ? `${args.against} (again)` : args.against, server: await serveSite(path.resolve(args.against), { likeHost: true }) });
const browser = await launchBrowser();
const traceDir = mkdtempSync(path.join(tmpdir(), 'trace-pages-'));
const results = new Map<string, MainThreadSummary[]>();
try {
  for (const sample of samples) {
    for (let i = 0; i < runs; i++) {
      for (const [index, site] of sites.entries()) {
        progress(`${sample.name} ${sample.route} — ${site.label}, load ${i + 1}/${runs}`);
        const context = await newSiteContext(browser, site.server.origin, { viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const file = path.join(traceDir, 'trace.json');
        await browser.startTracing(page, { path: file, categories: CATEGORIES });
        await page.goto(site.server.origin + sample.route, { waitUntil: 'load' });
        // The scripts' work after load (a map's names, the offline worker's registration) is part of it.
        await page.waitForTimeout(1500);
        await browser.stopTracing();
        await context.close();
        const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
        const key = `${sample.name}\u0000${index}`;
        results.set(key, [...(results.get(key) ?? []), summarizeMainThread(events)]);
      }
    }
  }
} finally {
  await browser.close();
  for (const site of sites) await site.server.close();
  rmSync(traceDir, { recursive: true, force: true });
}

const ms = (v: number) => v.toFixed(0);
const spread = (values: number[]) => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
const kinds = Object.keys(WORK_KINDS) as (keyof typeof WORK_KINDS)[];
const rows: string[][] = [];
for (const sample of samples) {
  const medians: number[] = [];
  for (const [index, site] of sites.entries()) {
    const list = results.get(`${sample.name}\u0000${index}`) ?? [];
    medians.push(median(list.map((s) => s.busyMs)));
    rows.push([
      sample.name,
      site.label,
      spread(list.map((s) => s.busyMs)),
      spread(list.map((s) => s.longestTaskMs)),
      spread(list.map((s) => s.blockingAt4xMs)),
      [...kinds, 'other' as const].map((k) => `${k} ${ms(median(list.map((s) => s.byKind[k])))}`).join(', '),
    ]);
  }
  if (sites.length === 2) rows.push([sample.name, 'difference', `${medians[0]! - medians[1]! >= 0 ? '+' : ''}${ms(medians[0]! - medians[1]!)}`, '', '', '']);
}
console.log(`Main-thread time of a page load, Chromium at 412 px without throttling, ${runs} load(s) per page${sites.length === 2 ? ', the two sites in turn' : ''}; ms, median (range).`);
console.log('blocking at 4×: each task × 4 less 50 ms, summed from the start of the load (Lighthouse counts from the first paint, so its TBT reads lower).');
console.log('');
console.log(table(['page', 'site', 'main thread', 'longest task', 'blocking at 4×', 'self time by kind (medians)'], rows, ['left', 'left', 'right', 'right', 'right', 'left']));
