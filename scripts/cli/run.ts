/**
 * How every command of the project ends (validate, import, release, build): with its
 * own output and an exit code, or with one Vietnamese line saying what went wrong and
 * where — never a stack trace, which staff cannot act on.
 *
 * Exit codes, the same for every command:
 *   0  done
 *   1  the data (or the spreadsheet) has problems; nothing was written
 *   2  wrong usage, or the machine cannot do it (folder missing, disk full, no permission)
 *   3  another command is writing the data folder right now; run again when it is done
 * Set DEBUG=1 to see the stack of an unexpected error.
 */
import { Failure, isSystemError, systemFailure, type FailureKind } from '../../src/domain/failure.ts';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

export const EXIT: Record<'ok' | FailureKind, number> = { ok: 0, data: 1, usage: 2, environment: 2, busy: 3 };

const PREFIX: Record<FailureKind, string> = {
  data: 'Lỗi dữ liệu',
  usage: 'Sai tham số',
  environment: 'Lỗi môi trường',
  busy: 'Đang bận',
};

/** The one line and the exit code for an error that ended a command. */
export function describeFailure(error: unknown): { line: string; code: number } {
  if (error instanceof Failure) return { line: `${PREFIX[error.kind]}: ${error.message}`, code: EXIT[error.kind] };
  if (isSystemError(error)) {
    const f = systemFailure(error, error.path ? `không đọc hoặc ghi được ${error.path}` : 'lỗi hệ thống');
    return { line: `${PREFIX.environment}: ${f.message}`, code: EXIT.environment };
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    line: `Lỗi không lường trước của chương trình: ${message}. Không có tệp nào bị ghi dở; hãy báo cho nhóm phát triển (chạy lại với DEBUG=1 để xem chi tiết).`,
    code: EXIT.environment,
  };
}

export async function runCli(main: (io: Io) => Promise<number> | number, io: Io = consoleIo): Promise<number> {
  try {
    return await main(io);
  } catch (error) {
    const { line, code } = describeFailure(error);
    io.err(line);
    if (process.env['DEBUG'] && error instanceof Error && !(error instanceof Failure)) io.err(error.stack ?? '');
    return code;
  }
}
