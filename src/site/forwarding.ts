/**
 * Pages that only forward to another page (src/pages/[...forward].astro: addresses cut short,
 * old addresses of renamed units) say so the way Astro's own redirects do on a static site: a
 * refresh at once in <head>. The sitemap (astro.config.mjs) and the browser tests tell them
 * from pages with content of their own by it, so neither keeps a second list of them.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export const refreshContent = (target: string): string => `0; url=${target}`;

const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;

/** Where a built page forwards to, if it only forwards. */
export function forwardTarget(html: string): string | undefined {
  return REFRESH.exec(html)?.[1];
}

/** The refresh is in <head>, within the first few kilobytes: a large page is not read whole. */
const HEAD_BYTES = 16 * 1024;

/** Whether the built page file at `file` only forwards. */
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
