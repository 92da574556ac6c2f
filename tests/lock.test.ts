/**
 * One writer at a time, and writes that never leave half a file (issue 10, docs/budgets-and-quality.md): the
 * data root's lock file and the write-through-temporary-files helpers. The race itself —
 * two imports, an import and a publish, in separate processes, many times — is in
 * tests/build/concurrency.test.ts (slow).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Failure } from '../src/domain/failure.ts';
import { acquireDataLock, LOCK_FILE, withDataLock } from '../src/domain/release/lock.ts';
import { nodeWriteOps, writeFilesAtomic, type WriteOps } from '../src/domain/release/write.ts';

const root = () => mkdtempSync(path.join(tmpdir(), 'lock-'));
const lockFile = (dir: string) => path.join(dir, LOCK_FILE);
/** A process id that ran on this machine and has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const holder = (over: object) => JSON.stringify({ pid: process.pid, host: hostname(), command: 'npm run import', since: new Date().toISOString(), token: 'x', ...over });

describe('the data root lock', () => {
  it('makes a second writer wait, then give up with a busy failure that says who holds it', async () => {
    const dir = root();
    const release = await acquireDataLock(dir, { command: 'npm run import -- --release 2027.1' });
    const started = Date.now();
    const second = acquireDataLock(dir, { command: 'npm run release -- publish 2027.1', waitMs: 400 });
    await expect(second).rejects.toBeInstanceOf(Failure);
    await expect(second).rejects.toMatchObject({ kind: 'busy', message: expect.stringMatching(/đang được lệnh "npm run import -- --release 2027\.1" \(tiến trình \d+ trên máy .+, từ \d\d:\d\d:\d\d ngày \d\d\/\d\d\/\d{4}\) ghi; đã chờ 0,4 giây\. .*xóa tệp .*\.write-lock/) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
  });

  it('lets the second writer through as soon as the first is done', async () => {
    const dir = root();
    const order: string[] = [];
    const first = withDataLock(dir, { command: 'a' }, async () => {
      order.push('a starts');
      await new Promise((r) => setTimeout(r, 250));
      order.push('a ends');
    });
    const second = withDataLock(dir, { command: 'b', waitMs: 5_000 }, () => order.push('b'));
    await Promise.all([first, second]);
    expect(order).toEqual(['a starts', 'a ends', 'b']);
  });

  it('takes over a lock whose process has ended on this machine', async () => {
    const dir = root();
    writeFileSync(lockFile(dir), holder({ pid: deadPid() }));
    const release = await acquireDataLock(dir, { command: 'npm run import', waitMs: 0 });
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm run import' });
    release();
  });

  it('respects a recent lock from another machine, and takes over one older than 15 minutes', async () => {
    const dir = root();
    writeFileSync(lockFile(dir), holder({ host: 'may-khac', pid: 1 }));
    await expect(acquireDataLock(dir, { command: 'x', waitMs: 150 })).rejects.toMatchObject({ kind: 'busy', message: expect.stringContaining('trên máy may-khac') });
    writeFileSync(lockFile(dir), holder({ host: 'may-khac', pid: 1, since: new Date(Date.now() - 16 * 60_000).toISOString() }));
    (await acquireDataLock(dir, { command: 'x', waitMs: 0 }))();
  });

  it('takes over an unreadable lock file once it is a few seconds old (a writer killed while creating it)', async () => {
    const dir = root();
    writeFileSync(lockFile(dir), '');
    await expect(acquireDataLock(dir, { command: 'x', waitMs: 150 })).rejects.toMatchObject({ kind: 'busy', message: expect.stringContaining('một lệnh khác') });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile(dir), old, old);
    (await acquireDataLock(dir, { command: 'x', waitMs: 0 }))();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives back only its own lock', async () => {
    const dir = root();
    const release = await acquireDataLock(dir, { command: 'x' });
    writeFileSync(lockFile(dir), holder({ token: 'someone-else' }));
    release();
    expect(existsSync(lockFile(dir))).toBe(true);
  });
});

describe('writes through temporary files', () => {
  it('retries a rename that Windows refuses while another program holds the file, then succeeds', () => {
    const dir = root();
    let refusals = 2;
    const ops: WriteOps = {
      writeNew: nodeWriteOps.writeNew,
      rename: (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
        nodeWriteOps.rename(from, to);
      },
    };
    writeFilesAtomic([{ file: path.join(dir, 'index.json'), bytes: Buffer.from('{}\n'), label: 'releases/index.json' }], ops);
    expect(readdirSync(dir)).toEqual(['index.json']);
  });

  it('a full disk while staging changes nothing and leaves no temporary file', () => {
    const dir = root();
    writeFileSync(path.join(dir, 'a.json'), 'old a');
    writeFileSync(path.join(dir, 'b.json'), 'old b');
    let writes = 0;
    const ops: WriteOps = {
      writeNew: (file, bytes) => {
        if (writes++ === 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        nodeWriteOps.writeNew(file, bytes);
      },
      rename: nodeWriteOps.rename,
    };
    const files = ['a.json', 'b.json'].map((name) => ({ file: path.join(dir, name), bytes: Buffer.from(`new ${name}`), label: name }));
    expect(() => writeFilesAtomic(files, ops)).toThrow(/^không ghi được b\.json; chưa có tệp nào bị thay đổi: ổ đĩa đã đầy \(ENOSPC\)$/);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
    expect(['a.json', 'b.json'].map((n) => readFileSync(path.join(dir, n), 'utf8'))).toEqual(['old a', 'old b']);
  });
});
