/**
 * Smoke test of the built site in a real browser (Debian's /usr/bin/chromium
 * driven by playwright-core). Serves dist/ on 127.0.0.1, opens every page of
 * PAGES at every size of VIEWPORTS, prints one line per check and a final
 * "N passed, M failed"; exits 1 on any failure. Screenshots go to screenshots/.
 *
 *   npm run build && npm run test:e2e
 *
 * Runs on Node 24 (type stripping): erasable TypeScript only.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Pages to check. Add routes here as they are built. */
const PAGES: readonly string[] = ['/', '/tieu-chi/', '/du-lieu/', '/du-lieu/2026.1/', '/tien-do/', '/dia-ban/2020-01/181-binh-gia/', '/dia-ban/2020-01/06073-hoa-tham/', '/dia-ban/2025-07/20-lang-son/'];

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** Font bytes a page may load (two weights of latin + vietnamese ≈ 47 KB). */
const FONT_BUDGET_BYTES = 60 * 1024;

const DIST = resolve('dist');
const SCREENSHOTS = resolve('screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

// ---------------------------------------------------------------- checks --
let passed = 0;
let failed = 0;

function check(label: string, ok: boolean, detail = ''): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  (${detail})` : ''}`);
}

// ---------------------------------------------------------- static server --
async function fileAt(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** Serves dist/ like a static host: directory index.html, 301 to the slash form, 404.html. */
function serveDist(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      const type = file ? (CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      if (!file || req.method === 'HEAD') res.end(file ? undefined : String(status));
      else createReadStream(file).pipe(res);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const target = join(DIST, pathname);
      if (target !== DIST && !target.startsWith(DIST + sep)) return send(403, null);
      const kind = await fileAt(target);
      if (kind === 'dir') {
        if (!pathname.endsWith('/')) return send(301, null, { location: `${url.pathname}/${url.search}` });
        const index = join(target, 'index.html');
        if ((await fileAt(index)) === 'file') return send(200, index);
      } else if (kind === 'file') {
        return send(200, target);
      }
      const notFound = join(DIST, '404.html');
      return send(404, (await fileAt(notFound)) === 'file' ? notFound : null);
    } catch {
      return send(400, null);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

// ------------------------------------------------------------- page checks --
function screenshotName(path: string, width: number, height: number): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
  return join(SCREENSHOTS, `${slug}-${width}x${height}.png`);
}

async function checkPage(context: BrowserContext, origin: string, path: string, width: number, height: number) {
  const where = `${path} ${width}×${height}`;
  const page: Page = await context.newPage();
  await page.setViewportSize({ width, height });

  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const foreignRequests: string[] = [];
  const fontSizes: Promise<number>[] = [];

  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  page.on('requestfailed', (req) => {
    // Foreign requests are aborted on purpose and reported separately.
    if (req.url().startsWith(`${origin}/`)) failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.url()} HTTP ${res.status()}`);
    if (res.request().resourceType() === 'font') {
      fontSizes.push(res.body().then((b) => b.length, () => 0));
    }
  });

  const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  check(`${where}  HTTP 200`, response?.status() === 200, `got ${response?.status() ?? 'no response'}`);

  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  check(`${where}  <html lang="vi">`, lang === 'vi', `lang=${JSON.stringify(lang)}`);

  const h1 = await page.locator('h1').count();
  check(`${where}  has an h1`, h1 >= 1, `${h1} found`);

  const demo = await page.evaluate(() => document.documentElement.dataset['demo'] === 'true');
  if (demo) {
    const banner = page.locator('[data-demo-banner]').first();
    const visible = (await banner.count()) > 0 && (await banner.isVisible());
    const box = visible ? await banner.boundingBox() : null;
    const inFirstViewport = box !== null && box.y >= 0 && box.y + box.height <= height;
    check(
      `${where}  demo banner visible in the first viewport`,
      visible && inFirstViewport,
      box ? `top ${Math.round(box.y)} px, bottom ${Math.round(box.y + box.height)} px` : 'not visible',
    );
  }

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(`${where}  no horizontal overflow`, overflow <= 0, overflow > 0 ? `${overflow} px too wide` : '');

  const fontsLoaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Be Vietnam Pro' && f.status === 'loaded').length,
  );
  check(`${where}  self-hosted font loaded`, fontsLoaded > 0, `${fontsLoaded} face(s)`);

  const fontBytes = (await Promise.all(fontSizes)).reduce((a, b) => a + b, 0);
  check(
    `${where}  font bytes within budget`,
    fontBytes <= FONT_BUDGET_BYTES,
    `${fontSizes.length} file(s), ${fontBytes} B of ${FONT_BUDGET_BYTES} B`,
  );

  check(`${where}  no console errors`, consoleErrors.length === 0, consoleErrors.slice(0, 3).join(' | '));
  check(`${where}  no failed requests`, failedRequests.length === 0, failedRequests.slice(0, 3).join(' | '));
  check(`${where}  no request to another origin`, foreignRequests.length === 0, foreignRequests.slice(0, 3).join(' | '));

  const shot = screenshotName(path, width, height);
  await page.screenshot({ path: shot, fullPage: true });
  await page.close();
}

// -------------------------------------------------------------------- main --
async function main(): Promise<void> {
  if ((await fileAt(join(DIST, 'index.html'))) !== 'file') {
    check('dist/index.html exists (run npm run build first)', false);
    return;
  }
  if ((await fileAt(CHROMIUM)) !== 'file') {
    check(`${CHROMIUM} exists (apt-get install -y chromium)`, false);
    return;
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = await mkdtemp(join(tmpdir(), 'smoke-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'vi-VN',
      serviceWorkers: 'block',
    });
    // Nothing may leave the site's origin: abort anything else (and record it
    // in checkPage). Routing also disables the HTTP cache, so every page load
    // counts its own font bytes.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    for (const path of PAGES) {
      for (const { width, height } of VIEWPORTS) {
        try {
          await checkPage(context, origin, path, width, height);
        } catch (err) {
          check(`${path} ${width}×${height}  page loaded and checked`, false, String(err));
        }
      }
    }
  } finally {
    await context?.close();
    await new Promise((done) => server.close(done));
    await rm(userDataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  check('smoke test ran', false, String(err));
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
