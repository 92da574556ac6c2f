/**
 * Peak memory and CPU time of a command and every process it starts (a build runs Astro
 * and pagefind as children), read from /proc every 200 ms: Node gives no resource usage
 * of grandchildren. Linux only; elsewhere both are null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface TreeRun {
  code: number;
  wallMs: number;
  /** User + system CPU of the whole tree (the last reading of each process). */
  cpuMs: number | null;
  /** Largest sum of resident memory over the tree at one reading. */
  peakRssBytes: number | null;
  /**
   * Largest resident memory of each program in the tree, by name (programName): which of
   * Astro, pagefind or the build script holds the memory of the peak.
   */
  peakRssByProgram: Map<string, number> | null;
  output: string;
}

const PAGE = 4096;
export const TICK_MS = 10; // USER_HZ = 100 on Linux

/** The fields of a /proc/<pid>/stat line after the command name "(…)", which may hold spaces: the first is field 3 (state). */
export function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

function stat(pid: number): { ppid: number; cpuMs: number; rss: number } | undefined {
  try {
    const f = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS, rss: Number(f[21]) * PAGE };
  } catch {
    return undefined;
  }
}

/** Options of node that take the next argument as their value. */
const NODE_OPTION_VALUES = new Set(['--import', '--require', '-r', '--loader', '--env-file', '-e', '--eval', '-p', '--print']);

/**
 * A process's program as a reader knows it: for node, the script it runs (`astro.mjs`,
 * `build.ts`, `bin.cjs`), else the executable (`pagefind_extended`).
 */
export function programName(argv: readonly string[]): string {
  const executable = path.basename(argv[0] ?? '?');
  if (executable !== 'node') return executable;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (NODE_OPTION_VALUES.has(arg)) i++;
    else if (!arg.startsWith('-')) return path.basename(arg);
  }
  return executable;
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<TreeRun> {
  const started = performance.now();
  const proc = existsSync('/proc/self/stat');
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const cpu = new Map<number, number>();
  const programs = new Map<number, string>();
  const byProgram = new Map<string, number>();
  let peak = 0;
  const sample = () => {
    const stats = new Map<number, { ppid: number; cpuMs: number; rss: number }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const s = stat(Number(name));
      if (s) stats.set(Number(name), s);
    }
    const tree = new Set([child.pid!]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, s] of stats) if (!tree.has(pid) && tree.has(s.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
    let rss = 0;
    for (const pid of tree) {
      const s = stats.get(pid);
      if (!s) continue;
      rss += s.rss;
      cpu.set(pid, s.cpuMs);
      let program = programs.get(pid);
      if (program === undefined) programs.set(pid, (program = programName(commandLine(pid))));
      byProgram.set(program, Math.max(byProgram.get(program) ?? 0, s.rss));
    }
    peak = Math.max(peak, rss);
  };
  const timer = proc ? setInterval(sample, 200) : undefined;
  return new Promise((done) => {
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      done({
        code: code ?? 1,
        wallMs: performance.now() - started,
        cpuMs: proc ? [...cpu.values()].reduce((a, b) => a + b, 0) : null,
        peakRssBytes: proc ? peak : null,
        peakRssByProgram: proc ? byProgram : null,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    });
  });
}
