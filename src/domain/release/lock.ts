import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Failure, isSystemError, systemFailure } from '../failure.ts';

/**
 * One writer at a time on a data root (docs/budgets-and-quality.md). `npm run import` and `npm run release
 * -- publish` hold an exclusive lock file, `<data>/.write-lock`, created with O_EXCL
 * (`wx`, which is atomic on local disks, Windows included) and holding who took it: process
 * id, machine, command, time. A second writer polls until the lock is free or `waitMs` has
 * passed, then gives up with a `busy` failure that says who holds it.
 *
 * A lock left behind by a command that was killed is stale and is taken over: on the same
 * machine when its process no longer runs; from any machine when it is older than
 * STALE_AFTER_MS (no import or publish takes that long). Taking over renames the stale
 * file away first and checks it was the one judged stale, so two waiting writers cannot
 * both take over the same lock.
 */
export const LOCK_FILE = '.write-lock';
const DEFAULT_LOCK_WAIT_MS = 20_000;
const STALE_AFTER_MS = 15 * 60_000;
/** A lock file with no readable content yet is being written; older than this, it is debris. */
const UNREADABLE_GRACE_MS = 5_000;
const POLL_MS = 100;

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  token: string;
}

export interface LockOptions {
  /** What takes the lock, as the staff type it: "npm run import". */
  command: string;
  waitMs?: number;
}

export async function withDataLock<T>(dataRoot: string, options: LockOptions, work: () => Promise<T> | T): Promise<T> {
  const release = await acquireDataLock(dataRoot, options);
  try {
    return await work();
  } finally {
    release();
  }
}

/** Takes the lock (waiting up to `waitMs`); returns the function that gives it back. */
export async function acquireDataLock(dataRoot: string, { command, waitMs = DEFAULT_LOCK_WAIT_MS }: LockOptions): Promise<() => void> {
  const file = path.join(dataRoot, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const started = Date.now();
  for (;;) {
    if (tryCreate(file, me)) return () => releaseLock(file, me);
    const seen = readHolder(file);
    if (seen.state === 'gone') continue;
    if (seen.state === 'stale') {
      takeOver(file, seen.text);
      continue;
    }
    if (Date.now() - started >= waitMs) throw busy(dataRoot, seen.holder, waitMs);
    await sleep(POLL_MS);
  }
}

function tryCreate(file: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if (isSystemError(error) && error.code === 'EEXIST') return false;
    throw isSystemError(error) ? systemFailure(error, `không tạo được tệp khóa ${file}`) : error;
  }
  try {
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  return true;
}

type Seen = { state: 'gone' } | { state: 'stale'; text: string } | { state: 'held'; holder?: LockHolder };

function readHolder(file: string): Seen {
  let text: string;
  let age: number;
  try {
    text = readFileSync(file, 'utf8');
    age = Date.now() - statSync(file).mtimeMs;
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') return { state: 'gone' };
    throw error;
  }
  let holder: LockHolder | undefined;
  try {
    holder = JSON.parse(text) as LockHolder;
  } catch {
    return age > UNREADABLE_GRACE_MS ? { state: 'stale', text } : { state: 'held' };
  }
  const sinceMs = Date.parse(holder.since);
  const old = !Number.isFinite(sinceMs) || Date.now() - sinceMs > STALE_AFTER_MS;
  const dead = holder.host === hostname() && !processRuns(holder.pid);
  return old || dead ? { state: 'stale', text } : { state: 'held', holder };
}

/** Whether a process of this machine still runs. */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isSystemError(error) && error.code === 'EPERM';
  }
}

/** Moves a stale lock aside; if what was moved is not the stale lock (another writer just took it), puts it back. */
function takeOver(file: string, staleText: string): void {
  const aside = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') return;
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) {
      try {
        linkSync(aside, file);
      } catch {
        // Someone holds a newer lock again; the one moved aside is lost, and its holder's writes still go through temporary files.
      }
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

function releaseLock(file: string, me: LockHolder): void {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    if (holder.token === me.token) rmSync(file, { force: true });
  } catch {
    // Already gone, or no longer ours: nothing to give back.
  }
}

const vietnamTime = (iso: string) => {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const d = new Date(t + 7 * 3600_000);
  return `${d.toISOString().slice(11, 19)} ngày ${d.toISOString().slice(8, 10)}/${d.toISOString().slice(5, 7)}/${d.toISOString().slice(0, 4)}`;
};

function busy(dataRoot: string, holder: LockHolder | undefined, waitMs: number): Failure {
  const who = holder
    ? `lệnh "${holder.command}" (tiến trình ${holder.pid} trên máy ${holder.host}, từ ${vietnamTime(holder.since)})`
    : 'một lệnh khác';
  return new Failure(
    'busy',
    `thư mục dữ liệu ${dataRoot} đang được ${who} ghi; đã chờ ${String(Math.round(waitMs / 100) / 10).replace('.', ',')} giây. ` +
      `Chờ lệnh đó chạy xong rồi chạy lại. Nếu chắc chắn không còn lệnh nào đang chạy, xóa tệp ${path.join(dataRoot, LOCK_FILE)}.`,
  );
}
