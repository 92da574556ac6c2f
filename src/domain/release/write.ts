import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Failure, isSystemError, systemFailure } from '../failure.ts';

/**
 * Every write to a data root goes through a temporary file with a unique name in the
 * same directory, flushed to disk, then renamed over the target (docs/budgets-and-quality.md): a reader
 * sees the old file or the new one, never half of one, and two writers never share a
 * temporary file. The two operations are injectable so tests can fill the disk.
 */
export interface WriteOps {
  /** Creates `file` (which does not exist yet) with these bytes, flushed to disk. */
  writeNew(file: string, bytes: Uint8Array): void;
  rename(from: string, to: string): void;
}

export const nodeWriteOps: WriteOps = {
  writeNew(file, bytes) {
    const fd = openSync(file, 'wx');
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: renameSync,
};

/** One file to write: where (absolute or relative to the working directory), what, and its name in messages. */
export interface FileWrite {
  file: string;
  bytes: Uint8Array;
  /** How messages name the file, e.g. "releases/2027.1/observations.json". */
  label: string;
}

const uniqueSuffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`;
const temporaryName = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${uniqueSuffix()}.tmp`);

/**
 * Windows refuses to replace a file that another program (an editor, Excel, an
 * antivirus scan) holds open, with EPERM, EACCES or EBUSY; such locks are brief, so the
 * rename is retried for a few seconds. libuv renames with MoveFileEx and
 * MOVEFILE_REPLACE_EXISTING, so replacing an existing file is otherwise fine there.
 */
const TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 30;

function renameWithRetry(ops: WriteOps, from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      ops.rename(from, to);
      return;
    } catch (error) {
      if (!isSystemError(error) || !TRANSIENT.has(error.code!) || attempt >= RENAME_ATTEMPTS) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * Writes the files in two steps: every temporary file first (a full disk stops here,
 * and nothing has changed), then one rename each, in the order given — so the file
 * that points at the others (the manifest) goes last.
 */
export function writeFilesAtomic(files: readonly FileWrite[], ops: WriteOps = nodeWriteOps): void {
  const staged: { temporary: string; target: FileWrite }[] = [];
  const discard = () => {
    for (const s of staged) rmSync(s.temporary, { force: true });
  };
  for (const f of files) {
    const temporary = temporaryName(f.file);
    try {
      ops.writeNew(temporary, f.bytes);
      staged.push({ temporary, target: f });
    } catch (error) {
      rmSync(temporary, { force: true });
      discard();
      throw asFailure(error, `không ghi được ${f.label}; chưa có tệp nào bị thay đổi`);
    }
  }
  for (let i = 0; i < staged.length; i++) {
    const { temporary, target } = staged[i]!;
    try {
      renameWithRetry(ops, temporary, target.file);
    } catch (error) {
      for (const s of staged.slice(i)) rmSync(s.temporary, { force: true });
      const done = staged.slice(0, i).map((s) => s.target.label);
      throw asFailure(error, `không thay được ${target.label}` + (done.length > 0 ? ` (đã ghi xong: ${done.join(', ')})` : '; chưa có tệp nào bị thay đổi'));
    }
  }
}

/**
 * A new directory with its files, appearing whole: written under a temporary name beside
 * it, then renamed. The directory must not exist yet.
 */
export function createDirectoryAtomic(dir: string, label: string, files: readonly { name: string; bytes: Uint8Array }[], ops: WriteOps = nodeWriteOps): void {
  const temporary = temporaryName(dir);
  try {
    mkdirSync(temporary);
    for (const f of files) ops.writeNew(path.join(temporary, f.name), f.bytes);
    renameWithRetry(ops, temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw asFailure(error, `không tạo được thư mục ${label}; chưa có tệp nào bị thay đổi`);
  }
}

function asFailure(error: unknown, what: string): unknown {
  if (error instanceof Failure) return error;
  return isSystemError(error) ? systemFailure(error, what) : error;
}
