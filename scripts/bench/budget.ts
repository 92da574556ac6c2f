/**
 * Page-weight budgets (docs/budgets-and-quality.md#page-weight), and the pure bookkeeping behind them: what kind a
 * request is, which page type a route belongs to, and whether a measured page fits.
 * KB = 1024 bytes throughout.
 */

export const KB = 1024;

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'photo' | 'other';
const KINDS: readonly Kind[] = ['html', 'css', 'js', 'font', 'image', 'photo', 'other'];

export interface Budget {
  /** Gzipped bytes of everything the page loads, photos excepted. */
  totalGz: number;
  /** Gzipped bytes of JavaScript; null where docs/budgets-and-quality.md sets no separate limit. */
  jsGz: number | null;
}

/** The map explorer's views and the map embeds: "map pages", ≤ 80 KB before interaction. */
const MAP_TYPES: readonly string[] = ['ban-do', 'nhung/ban-do'];

/** Every other page, at any scale: ≤ 50 KB and ≤ 10 KB of JavaScript (docs/budgets-and-quality.md). */
const NON_MAP: Budget = { totalGz: 50 * KB, jsGz: 10 * KB };
const MAP: Budget = { totalGz: 80 * KB, jsGz: null };

/** An English page has the budget of its Vietnamese twin (`en/ban-do` as `ban-do`). */
export function budgetFor(type: string): Budget {
  return MAP_TYPES.includes(type.replace(/^en\//, '')) ? MAP : NON_MAP;
}

/**
 * "/" → "home"; "/dia-ban/2020-01/181-binh-gia/" → "dia-ban"; embeds by what they show:
 * "/nhung/2026.1/ban-do/…" → "nhung/ban-do", "/nhung/bieu-do/…" → "nhung/bieu-do"; "/en/" → "en/home".
 */
export function pageType(route: string): string {
  const parts = route.split('/').filter(Boolean);
  // The English edition (docs/english-edition.md) is reported beside the Vietnamese pages: "/en/ban-do/…" → "en/ban-do".
  if (parts[0] === 'en') return `en/${pageType(`/${parts.slice(1).join('/')}`)}`;
  if (parts[0] === 'nhung') {
    const kind = parts.find((p) => p === 'ban-do' || p === 'bieu-do');
    return kind ? `nhung/${kind}` : 'nhung';
  }
  return parts[0] ?? 'home';
}

const EXT_KIND: Record<string, Kind> = {
  html: 'html', htm: 'html',
  css: 'css',
  js: 'js', mjs: 'js',
  woff: 'font', woff2: 'font', ttf: 'font', otf: 'font', eot: 'font',
  png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', svg: 'image', webp: 'image', avif: 'image', ico: 'image',
};

const PHOTO_EXT = new Set(['jpg', 'jpeg', 'webp', 'avif']);
/**
 * Where photographs live: a /photos/ folder, a content image folder, or Astro's asset
 * folder (profile photos processed by astro:assets land in /_astro/ as .webp/.jpg;
 * icons and charts are SVG or PNG and so never count as photos).
 */
const PHOTO_DIRS = ['/photos/', '/images/', '/anh/', '/_astro/'];

function extensionOf(pathname: string): string {
  const last = pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot < 0 ? '' : last.slice(dot + 1).toLowerCase();
}

export function isPhoto(pathname: string): boolean {
  return PHOTO_EXT.has(extensionOf(pathname)) && PHOTO_DIRS.some((dir) => pathname.includes(dir));
}

/** The kind of a request, from the browser's resource type first and the file extension after. */
export function classify(url: string, resourceType: string): Kind {
  const pathname = new URL(url).pathname;
  const ext = extensionOf(pathname);
  let kind: Kind;
  switch (resourceType) {
    case 'document': kind = 'html'; break;
    case 'stylesheet': kind = 'css'; break;
    case 'script': kind = 'js'; break;
    case 'font': kind = 'font'; break;
    case 'image': kind = 'image'; break;
    default: kind = EXT_KIND[ext] ?? 'other';
  }
  if (kind === 'image' && isPhoto(pathname)) kind = 'photo';
  return kind;
}

export interface RequestRecord {
  url: string;
  kind: Kind;
  status: number;
  rawBytes: number;
  gzBytes: number;
}

export interface KindBytes {
  raw: number;
  gz: number;
  count: number;
}

export interface PageWeight {
  route: string;
  type: string;
  requests: RequestRecord[];
  byKind: Record<Kind, KindBytes>;
  /** All requests, photos included. */
  totalRaw: number;
  totalGz: number;
  /** What the budget counts: everything but photos. */
  budgetedGz: number;
  jsRaw: number;
  jsGz: number;
  /** Requests to anything but the site's own origin (must be none). */
  offOrigin: string[];
  /** Requests that failed or answered ≥ 400 (reported, not budgeted). */
  failed: string[];
  /** HTTP status of the page itself (0: no response). */
  status: number;
}

export function summarize(route: string, requests: RequestRecord[], offOrigin: string[] = [], failed: string[] = [], status = 200): PageWeight {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gz: 0, count: 0 }])) as Record<Kind, KindBytes>;
  for (const r of requests) {
    const k = byKind[r.kind];
    k.raw += r.rawBytes;
    k.gz += r.gzBytes;
    k.count += 1;
  }
  const totalRaw = KINDS.reduce((t, k) => t + byKind[k].raw, 0);
  const totalGz = KINDS.reduce((t, k) => t + byKind[k].gz, 0);
  return {
    route,
    type: pageType(route),
    requests,
    byKind,
    totalRaw,
    totalGz,
    budgetedGz: totalGz - byKind.photo.gz,
    jsRaw: byKind.js.raw,
    jsGz: byKind.js.gz,
    offOrigin,
    failed,
    status,
  };
}

export interface Verdict {
  ok: boolean;
  budget: Budget;
  /** Why it fails, one line each; empty when ok. */
  problems: string[];
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

export function checkBudget(page: Pick<PageWeight, 'route' | 'type' | 'budgetedGz' | 'jsGz' | 'offOrigin'> & { status?: number }): Verdict {
  const budget = budgetFor(page.type);
  const problems: string[] = [];
  if (page.status !== undefined && page.status !== 200) {
    problems.push(`${page.route}: the page itself answered HTTP ${page.status || 'nothing'}, so its weight was not measured`);
  }
  if (page.budgetedGz > budget.totalGz) {
    problems.push(`${page.route}: ${kb(page.budgetedGz)} gzipped in total, over the ${kb(budget.totalGz)} budget by ${page.budgetedGz - budget.totalGz} bytes`);
  }
  if (budget.jsGz !== null && page.jsGz > budget.jsGz) {
    problems.push(`${page.route}: ${kb(page.jsGz)} of JavaScript gzipped, over the ${kb(budget.jsGz)} budget by ${page.jsGz - budget.jsGz} bytes`);
  }
  if (page.offOrigin.length > 0) {
    problems.push(`${page.route}: ${page.offOrigin.length} request(s) to another origin: ${page.offOrigin.slice(0, 3).join(', ')}`);
  }
  return { ok: problems.length === 0, budget, problems };
}

export function budgetText(budget: Budget): string {
  return budget.jsGz === null ? `≤${budget.totalGz / KB} KB` : `≤${budget.totalGz / KB} KB, JS ≤${budget.jsGz / KB} KB`;
}

export interface TypeSummary {
  type: string;
  pages: number;
  /** The page with the most budgeted gzipped bytes. */
  heaviest: PageWeight;
  /** The most JavaScript any page of the type loads (gzipped). */
  maxJsGz: number;
  failing: { route: string; problems: string[] }[];
}

/** Groups pages by type; types sorted with "home" first, then alphabetically. */
export function summarizeTypes(pages: readonly PageWeight[]): TypeSummary[] {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(p.type, [...(groups.get(p.type) ?? []), p]);
  const types = [...groups.keys()].sort((a, b) => (a === 'home' ? -1 : b === 'home' ? 1 : a.localeCompare(b)));
  return types.map((type) => {
    const list = groups.get(type)!;
    const heaviest = list.reduce((h, p) => (p.budgetedGz > h.budgetedGz || (p.budgetedGz === h.budgetedGz && p.route < h.route) ? p : h));
    const failing = list.map((p) => ({ route: p.route, verdict: checkBudget(p) })).filter((f) => !f.verdict.ok).map((f) => ({ route: f.route, problems: f.verdict.problems }));
    return { type, pages: list.length, heaviest, maxJsGz: Math.max(...list.map((p) => p.jsGz)), failing };
  });
}
