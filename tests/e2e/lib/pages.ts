/**
 * Pages are discovered from the built site, never listed by hand, so the
 * checks cover every page type that exists when they run — including the
 * ones added after this file was written.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { mulberry32 } from '../../../scripts/demo/prng.ts';
import { isForwardingPageFile } from '../../../src/site/forwarding-file.ts';
import { EDITOR_PATH } from '../../../src/site/urls.ts';

/**
 * Every HTML page of the public site as a URL path: `/`, `/tieu-chi/`, `/404.html`. Not the
 * staff editor under /quan-tri/ (Decap CMS, its own policy and budget): tests/e2e/editor.ts.
 * Nor the pages that only forward at once to another (src/site/forwarding.ts): a check on one
 * would read the page it lands on, or lose its page midway; tests/e2e/journeys.ts follows them.
 */
export async function htmlPages(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (`/${rel}`.startsWith(EDITOR_PATH)) continue;
    const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    if (!isForwardingPageFile(join(entry.parentPath, entry.name))) out.push(path);
  }
  return out.sort();
}

const UNIT_LEVELS: Record<number, string> = { 2: 'province', 3: 'district', 5: 'commune' };

/**
 * The route pattern a page belongs to, one per template:
 * `/dia-ban/2020-01/06073-hoa-tham/` → `/dia-ban/2020-01/[commune]/` (unit pages
 * differ by level and boundary vintage), `/tin-tuc/abc/` → `/tin-tuc/[x]/`.
 */
function routePattern(path: string): string {
  if (!path.endsWith('/')) return path; // 404.html and other single files
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  const unit = segments[0] === 'dia-ban' && segments.length === 3 ? /^(\d+)-/.exec(segments[2]!) : null;
  if (unit) return `/dia-ban/${segments[1]}/[${UNIT_LEVELS[unit[1]!.length] ?? `${unit[1]!.length}-digit`}]/`;
  return `/${[segments[0], ...segments.slice(1).map(() => '[x]')].join('/')}/`;
}

/** A small deterministic generator, so "random" samples repeat from run to run. */
export const seededRandom = mulberry32;

export const SEED = Number(process.env.E2E_SEED ?? 2025);

/** Picks `n` distinct items, seeded. */
export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** Pages grouped by route pattern, in path order. */
export function byPattern(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const key = routePattern(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Up to `perPattern` representatives of every route pattern: the first page
 * in path order, then seeded picks among the rest.
 */
export function representatives(paths: readonly string[], perPattern: number, seed = SEED): { pattern: string; path: string }[] {
  const random = seededRandom(seed);
  const out: { pattern: string; path: string }[] = [];
  for (const [pattern, group] of byPattern(paths)) {
    const picked = [group[0]!, ...sample(group.slice(1), perPattern - 1, random)];
    for (const path of picked) out.push({ pattern, path });
  }
  return out;
}
