/**
 * Loads every built page in headless Chromium (360×740, cold cache) from a local static
 * server, and records what each page requests
 * with the size of each response body, raw and gzipped (level 9).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium, type Browser, type Request } from 'playwright-core';
import { classify, pageType, summarize, type PageWeight, type RequestRecord } from './budget.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/lib/browser.ts';
import { BLANK_PATH, serveSite } from '../../tests/e2e/lib/server.ts';
import { isForwardingPageFile } from '../../src/site/forwarding-file.ts';
import { EDITOR_PATH } from '../../src/site/urls.ts';

export const VIEWPORT = { width: 360, height: 740 } as const;


/**
 * Every `index.html` of the public site, as routes ("/", "/tieu-chi/", …), sorted: the
 * budgets are the citizens'. Not the staff editor under /quan-tri/ (Decap CMS).
 */
export function discoverPages(distDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (`/${rel}${entry.name}/` === EDITOR_PATH) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${rel}${entry.name}/`);
      // A forwarding page (an address cut short, an old unit's address) refreshes to its target
      // as soon as it loads, which is measured as a page of its own; loading it raced the
      // refresh ("Execution context was destroyed") on every run of 2026-12-05's fourth session.
      else if (entry.name === 'index.html' && !isForwardingPageFile(path.join(dir, entry.name))) routes.push(`/${rel}`);
    }
  };
  walk(distDir, '');
  return routes.sort();
}

/**
 * The `n` pages of each page type with the largest HTML: pages of one type load the
 * same assets, so these are the ones that can break a budget first.
 */
export function heaviestPerType(distDir: string, routes: readonly string[], n: number): string[] {
  const byType = new Map<string, { route: string; bytes: number }[]>();
  for (const route of routes) {
    const list = byType.get(pageType(route)) ?? [];
    list.push({ route, bytes: statSync(path.join(distDir, route, 'index.html')).size });
    byType.set(pageType(route), list);
  }
  return [...byType.values()]
    .flatMap((list) => list.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route)).slice(0, n))
    .map((x) => x.route)
    .sort();
}

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION }).length;

export interface MeasureOptions {
  distDir: string;
  concurrency?: number;
  /** Only the N pages with the largest HTML of each page type (all pages when absent). */
  heaviest?: number;
  /** Exactly these routes (instead of every page, or the heaviest). */
  routes?: readonly string[];
  /** Called after each page, for progress output. */
  onPage?: (page: PageWeight, done: number, total: number) => void;
}

export interface MeasureResult {
  pages: PageWeight[];
  browserVersion: string;
  origin: string;
  elapsedMs: number;
}

export async function measurePages({ distDir, concurrency = 4, heaviest, routes: only, onPage }: MeasureOptions): Promise<MeasureResult> {
  const started = performance.now();
  const all = only ? [] : discoverPages(distDir);
  const routes = only ?? (heaviest === undefined ? all : heaviestPerType(distDir, all, heaviest));
  const server = await serveSite(path.resolve(distDir));
  let browser: Browser | undefined;
  try {
    // A plain launch runs Chromium on a fresh temporary profile (Playwright makes and removes it).
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const gzCache = new Map<string, number>();
    const pages: PageWeight[] = new Array(routes.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      const tab = await openTab(browser!, server.origin);
      try {
        while (next < routes.length) {
          const i = next++;
          pages[i] = await tab.measure(routes[i]!, gzCache);
          done++;
          onPage?.(pages[i]!, done, routes.length);
        }
      } finally {
        await tab.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, routes.length) }, worker));
    return { pages, browserVersion: browser.version(), origin: server.origin, elapsedMs: performance.now() - started };
  } finally {
    await browser?.close();
    await server.close();
  }
}

const notNetwork = (url: string) => /^(data|blob|about|chrome-error):/.test(url);

/**
 * One browser tab that measures page after page. Every load is cold: the HTTP and memory
 * caches are disabled through the DevTools protocol, and the tab steps onto the test server's
 * empty page between pages, so no request of one page is counted for the next. (A fresh
 * context per page gives the same numbers, at about twice the time; about:blank between
 * pages, a new renderer process for each.)
 */
async function openTab(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  // Nothing may leave the site's origin: record such requests, and never let them out.
  await context.route((url) => url.origin !== origin, (r) => r.abort('blockedbyclient'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  // The requests of the page being measured; events of an earlier page's requests
  // (cancelled by the next navigation) find nothing here and are ignored.
  let seen = new Set<Request>();
  let inflight = new Set<Request>();
  let offOrigin: string[] = [];
  let failed: string[] = [];
  let lastActivity = performance.now();
  page.on('request', (req) => {
    const url = req.url();
    if (notNetwork(url)) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
    else seen.add(req);
    inflight.add(req);
    lastActivity = performance.now();
  });
  const settle = (req: Request) => {
    if (inflight.delete(req)) lastActivity = performance.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', (req) => {
    if (seen.has(req)) failed.push(`${req.url().slice(origin.length)} ${req.failure()?.errorText ?? ''}`.trim());
    settle(req);
  });
  /** Nothing in flight for 120 ms (at most 10 s). */
  const quiet = async () => {
    const deadline = performance.now() + 10_000;
    while (performance.now() < deadline && (inflight.size > 0 || performance.now() - lastActivity < 120)) {
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  const measure = async (route: string, gzCache: Map<string, number>): Promise<PageWeight> => {
    await page.goto(origin + BLANK_PATH);
    seen = new Set();
    inflight = new Set();
    offOrigin = [];
    failed = [];
    let response;
    try {
      response = await page.goto(origin + route, { waitUntil: 'load', timeout: 30_000 });
    } catch (e) {
      return summarize(route, [], offOrigin, [...failed, `${route} ${(e as Error).message.split('\n')[0]}`], 0);
    }
    // Scroll through the page when something could load on view (lazy images or frames,
    // or a script that might observe the viewport); a page with neither can't.
    await page.evaluate(async () => {
      const lazy = document.querySelector('[loading="lazy"], script') !== null;
      if (lazy) {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        }
        window.scrollTo(0, document.documentElement.scrollHeight);
      }
      await document.fonts.ready;
    });
    // Chromium fetches the page's icon on its own schedule, often after the network has
    // gone quiet: when it hasn't yet, fetch the first declared icon from the page, so
    // every page counts it the same way (once: requests are counted once per URL below).
    const icon = await page.evaluate(() => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href ?? null);
    if (icon && new URL(icon).origin === origin && ![...seen].some((r) => r.url() === icon)) {
      await page.evaluate((href) => fetch(href).then((r) => r.arrayBuffer()).then(() => undefined, () => undefined), icon);
    }
    await quiet();

    const records: RequestRecord[] = [];
    const counted = new Set<string>();
    for (const req of seen) {
      // With caching on, a second request for the same URL would come from the cache.
      if (counted.has(req.url())) continue;
      counted.add(req.url());
      const res = await req.response();
      const status = res?.status() ?? 0;
      if (status >= 400) failed.push(`${req.url().slice(origin.length)} HTTP ${status}`);
      let body: Buffer | undefined;
      if (res && !(status >= 300 && status < 400)) {
        try {
          body = await res.body();
        } catch {
          body = undefined;
        }
      }
      const raw = body?.length ?? 0;
      let gz = 0;
      if (body) {
        const cached = gzCache.get(req.url());
        gz = cached ?? gzipSize(body);
        if (cached === undefined) gzCache.set(req.url(), gz);
      }
      records.push({ url: req.url().slice(origin.length), kind: classify(req.url(), req.resourceType()), status, rawBytes: raw, gzBytes: gz });
    }
    return summarize(route, records, [...offOrigin], [...failed], response?.status() ?? 0);
  };

  return { measure, close: () => context.close() };
}
