import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isForwardingPageFile } from '../../../src/site/forwarding-file.ts';

/** The text pagefind indexed for each page of a built site, by address (its fragments: gzip, a marker, JSON). */
export function searchIndex(site: string): Map<string, string> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(path.join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

/**
 * Every page file under `dir` (`index.html` by default; `anyHtml` also takes 404.html and the
 * like). Not the pages that only forward to another (src/site/forwarding.ts), unless
 * `forwarding`: they have no content of their own to check, and tests/build/forwarding-build.test.ts
 * checks them.
 */
export function pagesUnder(dir: string, { anyHtml = false, forwarding = false } = {}): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return pagesUnder(p, { anyHtml, forwarding });
    return (anyHtml ? name.endsWith('.html') : name === 'index.html') && (forwarding || !isForwardingPageFile(p)) ? [p] : [];
  });
}
