/**
 * A Windows checkout must validate. Git for Windows converts line endings
 * (core.autocrlf=true) unless .gitattributes pins LF, and a published release is
 * checked by the SHA-256 of its files' bytes: one converted JSON file and the
 * build refuses the release (published-hash-mismatch). So clone this repository's
 * HEAD the way Windows would and validate the copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../src/domain/validation/validate.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let tmp = '';
let clone = '';

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr || run.error}`);
  return run.stdout;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'crlf-clone-'));
  clone = path.join(tmp, 'repo');
  // clone -c writes the setting into the clone before its files are checked out, as a global setting would.
  git(['clone', '--quiet', '-c', 'core.autocrlf=true', repoRoot, clone], tmp);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a clone made with core.autocrlf=true (Git for Windows)', () => {
  it('really converts where attributes allow it', () => {
    expect(git(['config', 'core.autocrlf'], clone).trim()).toBe('true');
  });

  it('checks out every tracked file with LF line endings, as stored', () => {
    // `w/crlf` or `w/mixed`: git found CR LF in the checked-out file.
    const converted = git(['ls-files', '--eol'], clone)
      .split('\n')
      .filter((line) => /\bw\/(crlf|mixed)\b/u.test(line))
      .map((line) => line.slice(line.indexOf('\t') + 1));
    expect(converted).toEqual([]);
  });

  it('validates: every release file hashes to its recorded SHA-256', () => {
    const { report } = validate({ dataRoot: path.join(clone, 'data') });
    expect(report.errors.filter((e) => e.rule === 'published-hash-mismatch')).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
