/**
 * Global setup of both suites: every temporary folder a test makes (`mkdtempSync(os.tmpdir())`,
 * a mini fixture, a built site, a browser profile) goes into one scratch folder for the run,
 * removed at the end, so runs do not leave thousands of folders in the machine's /tmp.
 * os.tmpdir() reads TMPDIR (POSIX) or TEMP/TMP (Windows) at each call, and the test workers
 * start after this setup with its environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'lang-son-tests-'));
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
