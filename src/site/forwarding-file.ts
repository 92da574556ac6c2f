import { closeSync, openSync, readSync } from 'node:fs';
import { forwardTarget } from './forwarding.ts';

/** The refresh is in <head>, within the first few kilobytes: a large page is not read whole. */
const HEAD_BYTES = 16 * 1024;

/** Whether the built page file at `file` only forwards (src/site/forwarding.ts). */
export function isForwardingPageFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return forwardTarget(buffer.toString('utf8', 0, read)) !== undefined;
  } finally {
    closeSync(fd);
  }
}
