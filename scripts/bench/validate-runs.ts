/**
 * Child process of `npm run bench`: validates one data root N times and prints one JSON
 * line with the timings, the counts and the process's peak RSS. Run apart from the bench
 * so the peak RSS belongs to this validation alone.
 *
 *   node scripts/bench/validate-runs.ts --data DIR [--content DIR] [--runs N]
 */
import { parseArgs } from 'node:util';
import { folders } from '../../src/config.ts';
import { validate } from '../../src/domain/validation/validate.ts';

export interface ValidateRunsResult {
  release: string | null;
  runsMs: number[];
  /**
   * CPU of each run: of the whole process (V8's garbage collector and optimising compiler
   * work on other threads), and of the thread that validates, the floor of its wall time.
   * On a machine shared with other work these move far less than the wall time.
   */
  runsCpuMs: number[];
  runsMainThreadCpuMs: number[];
  ok: boolean;
  errors: number;
  warnings: number;
  firstErrors: string[];
  observations: number;
  units: number;
  evaluations: number;
  evaluable: number;
  met: number;
  targets: number;
  peakRssBytes: number;
}

const { values } = parseArgs({ options: { data: { type: 'string' }, content: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (!values.data) {
  console.error('usage: validate-runs.ts --data DIR [--content DIR] [--runs N]');
  process.exit(2);
}
const runs = Number(values.runs);
const roots = folders(values);
const runsMs: number[] = [];
const runsCpuMs: number[] = [];
const runsMainThreadCpuMs: number[] = [];
const cpuMs = (before: NodeJS.CpuUsage, after: NodeJS.CpuUsage) => (after.user - before.user + after.system - before.system) / 1000;
let last: ReturnType<typeof validate> | undefined;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const thread = process.threadCpuUsage();
  last = validate(roots);
  runsMs.push(performance.now() - started);
  runsCpuMs.push(cpuMs(cpu, process.cpuUsage()));
  runsMainThreadCpuMs.push(cpuMs(thread, process.threadCpuUsage()));
}
const { report, dataset } = last!;
const result: ValidateRunsResult = {
  release: report.release,
  runsMs,
  runsCpuMs,
  runsMainThreadCpuMs,
  ok: report.ok,
  errors: report.errors.length + report.omittedErrors,
  warnings: report.warnings.length + report.omittedWarnings,
  firstErrors: report.errors.slice(0, 5).map((e) => `${e.file}:${e.path} ${e.rule} ${e.message}`),
  observations: dataset?.data.observations.observations.length ?? 0,
  units: dataset?.vintages.reduce((t, v) => t + v.units.length, 0) ?? 0,
  evaluations: report.evaluations.length,
  evaluable: report.evaluations.filter((e) => e.evaluable).length,
  met: report.evaluations.filter((e) => e.met).length,
  targets: report.targets.length,
  // maxRSS is in kibibytes.
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(JSON.stringify(result) + '\n');
