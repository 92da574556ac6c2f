import { runCli, type Io } from '../../scripts/cli/run.ts';

export interface CliRun {
  status: number;
  out: string[];
  err: string[];
  stdout: string;
  stderr: string;
}

/**
 * Runs a command's main in this process, as `runCli` runs it from the command line, and
 * captures what it prints: the commands' behaviour without Node's start-up per run.
 * `argv` is what the command line would carry, for the language of a failure (`--lang en`).
 */
export async function runMain(main: (io: Io) => Promise<number> | number, argv: readonly string[] = []): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(main, { out: (l) => out.push(l), err: (l) => err.push(l) }, argv);
  return { status, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
}
