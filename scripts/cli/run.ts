/**
 * How every command of the project ends (validate, import, release, build): with its
 * own output and an exit code, or with one line saying what went wrong and where
 * (Vietnamese; English with `--lang en`) — never a stack trace, which staff cannot act on.
 *
 * Exit codes, the same for every command:
 *   0  done
 *   1  the data (or the spreadsheet) has problems; nothing was written
 *   2  wrong usage, or the machine cannot do it (folder missing, disk full, no permission)
 *   3  another command is writing the data folder right now; run again when it is done
 * Set DEBUG=1 to see the stack of an unexpected error.
 */
import { Failure, isSystemError, systemFailure, type FailureKind } from '../../src/domain/failure.ts';
import { cliVi, type CliText } from '../../src/i18n/cli.vi.ts';
import { cliText } from './lang.ts';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

export const EXIT: Record<'ok' | FailureKind, number> = { ok: 0, data: 1, usage: 2, environment: 2, busy: 3 };

/** The one line and the exit code for an error that ended a command. */
export function describeFailure(error: unknown, t: CliText = cliVi): { line: string; code: number } {
  const prefix = t.failure.prefix;
  if (error instanceof Failure) return { line: `${prefix[error.kind]}: ${error.message}${error.rule ? `  [${error.rule}]` : ''}`, code: EXIT[error.kind] };
  if (isSystemError(error)) {
    const f = systemFailure(error, error.path ? t.failure.cannotReadOrWrite(error.path) : t.failure.system, t.failure.systemReasons);
    return { line: `${prefix.environment}: ${f.message}`, code: EXIT.environment };
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { line: t.failure.unexpected(message ?? ''), code: EXIT.environment };
}

/** Runs a command's main; `argv` says the language of the line that reports a failure (`--lang en`). */
export async function runCli(main: (io: Io) => Promise<number> | number, io: Io = consoleIo, argv: readonly string[] = []): Promise<number> {
  try {
    return await main(io);
  } catch (error) {
    const { line, code } = describeFailure(error, cliText(argv));
    io.err(line);
    if (process.env['DEBUG'] && error instanceof Error && !(error instanceof Failure)) io.err(error.stack ?? '');
    return code;
  }
}
