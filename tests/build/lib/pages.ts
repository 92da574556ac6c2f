import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every page file under `dir` (`index.html` by default; `anyHtml` also takes 404.html and the like). */
export function pagesUnder(dir: string, { anyHtml = false } = {}): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return pagesUnder(p, { anyHtml });
    return (anyHtml ? name.endsWith('.html') : name === 'index.html') ? [p] : [];
  });
}
