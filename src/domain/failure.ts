/**
 * Why a command could not do its job, said in one Vietnamese line that names the file
 * (and the row or JSON path) — never a stack trace. The kind decides the exit code of
 * every command (scripts/cli/run.ts): bad data, bad usage, a machine that cannot
 * read or write, or another command already writing the data folder.
 */
import path from 'node:path';

export type FailureKind = 'data' | 'usage' | 'environment' | 'busy';

export class Failure extends Error {
  readonly kind: FailureKind;
  /** The stable id of the check that refused, like the validator's rule ids (`date-before-previous`): what staff quote and search for. */
  readonly rule: string | undefined;
  constructor(kind: FailureKind, message: string, rule?: string) {
    super(message);
    this.name = 'Failure';
    this.kind = kind;
    this.rule = rule;
  }
}

/** A folder as the person at the terminal named it: relative to where they stand when it is inside. */
export function shownPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

export const dataFailure = (message: string, rule?: string): Failure => new Failure('data', message, rule);
export const usageFailure = (message: string, rule?: string): Failure => new Failure('usage', message, rule);

/** What the operating system's error codes mean to the staff who see them (in English: src/i18n/cli.en.ts). */
export const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết dung lượng được cấp trên ổ đĩa',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép (tệp đang mở trong chương trình khác, hoặc không có quyền)',
  EBUSY: 'tệp đang được chương trình khác dùng',
  EROFS: 'ổ đĩa chỉ cho đọc',
  ENOENT: 'không có tệp hoặc thư mục này',
  ENOTDIR: 'đường dẫn không phải thư mục',
  EISDIR: 'đường dẫn là thư mục, không phải tệp',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
  EIO: 'lỗi đọc/ghi ổ đĩa',
};

export const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('E');

/**
 * A failed read or write as an environment failure: "không ghi được data/releases/index.json:
 * ổ đĩa đã đầy (ENOSPC)". `what` says what was being done, in Vietnamese.
 */
export function systemFailure(error: NodeJS.ErrnoException, what: string, reasons: Record<string, string> = SYSTEM_REASONS): Failure {
  const code = error.code ?? 'E?';
  const reason = reasons[code] ?? error.message.split('\n')[0] ?? code;
  return new Failure('environment', `${what}: ${reason} (${code})`);
}
