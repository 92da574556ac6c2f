/**
 * Smoke test of the built site in a real browser: every page type (two
 * representatives of each route pattern found in dist/, plus PAGES, plus an
 * address the site does not have, which must get 404.html) at 360
 * and 1280 px — HTTP 200 (404), lang, h1, demo banner above the fold, no horizontal
 * overflow, the self-hosted font, no console error, no CSP violation, no
 * failed request, nothing fetched from another origin; a screenshot of each into
 * screenshots/ (the whole page at 360 px, the first screen at 1280 px). Also reads
 * every page's CSP <meta>.
 *
 *   npm run build && node tests/e2e/smoke.ts      (or npm run test:e2e for every suite)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { checkClean, newSiteContext, TabPool, watch, type Watch } from './lib/browser.ts';
import { checkInFlight, PAGES_IN_FLIGHT } from './lib/pool.ts';
import { representatives } from './lib/pages.ts';
import { langOfPath } from '../../src/i18n/lang.ts';
import { runSuites, saveScreenshot, screenshotPath, type Suite, type SuiteContext } from './lib/run.ts';

/** Pages that must always exist and be checked, whatever else the build has. */
const PAGES: readonly string[] = ['/', '/tieu-chi/', '/du-lieu/', '/du-lieu/2026.1/', '/du-lieu/2026.2/', '/ke-hoach/', '/tien-do/', '/dia-ban/2020-01/181-binh-gia/', '/dia-ban/2020-01/06073-hoa-tham/', '/dia-ban/2025-07/20-lang-son/', '/ban-do/', '/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/', '/ban-do/2020-01/huyen/dat-tieu-chi/2024/'];

/** Addresses no page has: the server answers 404 with dist/404.html, or dist/en/404.html under /en/. */
const NOT_FOUND = ['/dia-ban/khong-co-trang-nay/', '/en/dia-ban/khong-co-trang-nay/'];

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;


/** Pages to open: PAGES, then two of every route pattern (the first and a seeded pick). */
function smokePages(all: readonly string[]): { path: string; pattern: string }[] {
  const out = PAGES.map((path) => ({ path, pattern: 'PAGES' }));
  for (const r of representatives(all.filter((p) => p.endsWith('/')), 2)) {
    if (!PAGES.includes(r.path)) out.push(r);
  }
  return out;
}

/** One page at one width; `ctx.report` is the page's own (buffered) report. */
async function checkPage(ctx: SuiteContext, tabs: TabPool, path: string, width: number, height: number, status = 200) {
  await tabs.use(async (page) => {
    await page.setViewportSize({ width, height });
    const w = watch(page, ctx.site.origin);
    const fontSizes: Promise<number>[] = [];
    const onResponse = (res: Response) => {
      if (res.request().resourceType() === 'font') fontSizes.push(res.body().then((b) => b.length, () => 0));
    };
    page.on('response', onResponse);
    try {
      await checkLoadedPage(ctx, page, w, fontSizes, path, width, height, status);
    } finally {
      w.stop();
      page.off('response', onResponse);
    }
  });
}

async function checkLoadedPage(ctx: SuiteContext, page: Page, w: Watch, fontSizes: Promise<number>[], path: string, width: number, height: number, status: number) {
  const { report, site } = ctx;
  const where = `${path} ${width}×${height}`;

  const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  report.check(`${where}  HTTP ${status}`, response?.status() === status, `got ${response?.status() ?? 'no response'}`);
  if (status !== 200) {
    // The page's own status is expected here; Chromium also logs it as a console error.
    const own = w.failedRequests.indexOf(`${site.origin}${path} HTTP ${status}`);
    if (own >= 0) {
      w.failedRequests.splice(own, 1);
      const logged = w.consoleErrors.findIndex((e) => e.includes(`status of ${status}`));
      if (logged >= 0) w.consoleErrors.splice(logged, 1);
    }
    // The English page leads to the English search and map.
    const prefix = langOfPath(path) === 'en' ? '/en' : '';
    const ways = await page.evaluate((prefix) => ({
      search: document.querySelector(`main form[action="${prefix}/tim-kiem/"] input[name="q"]`) !== null,
      map: document.querySelector(`main a[href="${prefix}/ban-do/"]`) !== null,
      noindex: document.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex',
    }), prefix);
    report.check(`${where}  search box, link to the map, noindex`, ways.search && ways.map && ways.noindex, JSON.stringify(ways));
  }

  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  const expected = langOfPath(new URL(page.url()).pathname);
  report.check(`${where}  <html lang="${expected}">`, lang === expected, `lang=${JSON.stringify(lang)}`);

  const h1 = await page.locator('h1').count();
  report.check(`${where}  has an h1`, h1 >= 1, `${h1} found`);

  const demo = await page.evaluate(() => document.documentElement.dataset['demo'] === 'true');
  if (demo) {
    const banner = page.locator('[data-demo-banner]').first();
    const visible = (await banner.count()) > 0 && (await banner.isVisible());
    const box = visible ? await banner.boundingBox() : null;
    const inFirstViewport = box !== null && box.y >= 0 && box.y + box.height <= height;
    report.check(
      `${where}  demo banner visible in the first viewport`,
      visible && inFirstViewport,
      box ? `top ${Math.round(box.y)} px, bottom ${Math.round(box.y + box.height)} px` : 'not visible',
    );
  }

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  report.check(`${where}  no horizontal overflow`, overflow <= 0, overflow > 0 ? `${overflow} px too wide` : '');

  // The system font stack (src/styles/global.css, issue 14): no web font at all.
  const fontBytes = (await Promise.all(fontSizes)).reduce((a, b) => a + b, 0);
  report.check(`${where}  no web font downloaded`, fontSizes.length === 0, `${fontSizes.length} file(s), ${fontBytes} B`);

  if (width === VIEWPORTS[0].width) await checkOneFont(ctx, page, where);

  await checkClean(report, where, w);

  // Whole pages at 1280 px were 60% of the pixels drawn (up to 16 megapixels each) and a
  // quarter of the suite's time; the phone's whole page is the one people read through.
  await saveScreenshot(page, { path: screenshotPath(path, `${width}x${height}`), fullPage: width === VIEWPORTS[0].width });
}

/**
 * The page's text is set in one font. Chromium draws a letter its first font lacks in the
 * next one that has it, so a font stack whose first installed family misses Vietnamese
 * letters (Liberation Sans 1.x as Arial on Debian) sets ơ, ư and the tone-marked vowels
 * in another font, mid-word. Counted on the text directly in the title, the first
 * paragraphs and table cells of <main>; the monospace hashes and citations are skipped.
 */
async function checkOneFont(ctx: SuiteContext, page: Page, where: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'main h1, main h2, main p, main th, main td, main li' });
  const families = new Map<string, number>();
  for (const nodeId of nodeIds.slice(0, 40)) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of fonts) families.set(f.familyName, (families.get(f.familyName) ?? 0) + f.glyphCount);
  }
  await cdp.detach();
  const proportional = [...families].filter(([name]) => !/mono/i.test(name));
  ctx.report.check(
    `${where}  text set in one font`,
    proportional.length === 1,
    proportional.map(([name, glyphs]) => `${name}: ${glyphs} glyphs`).join(', ') || 'no text measured',
  );
}

/** Every page carries Astro's CSP <meta>, and its script policy allows no inline code and no eval. */
async function checkCspMeta(ctx: SuiteContext): Promise<void> {
  const problems: string[] = [];
  const policies = new Set<string>();
  for (const path of ctx.pages) {
    const file = join(ctx.dist, path.endsWith('/') ? `${path}index.html` : path);
    const html = await readFile(file, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
    if (!meta) {
      problems.push(`${path}: no CSP <meta>`);
      continue;
    }
    const directives = meta[1]!.split(';').map((d) => d.trim()).filter(Boolean);
    const script = directives.filter((d) => /^script-src(-elem|-attr)?\s/.test(d));
    if (script.length === 0) problems.push(`${path}: no script-src`);
    for (const d of script) if (/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/.test(d)) problems.push(`${path}: ${d.slice(0, 80)}`);
    if (!directives.some((d) => d.startsWith('default-src'))) problems.push(`${path}: no default-src`);
    policies.add(directives.filter((d) => !/^(script|style)-src/.test(d)).join('; '));
  }
  ctx.report.check(
    `CSP <meta> on all ${ctx.pages.length} pages; script-src without 'unsafe-inline', 'unsafe-eval', wildcards or other hosts`,
    problems.length === 0,
    problems.slice(0, 5).join(' | ') + (problems.length > 5 ? ` … ${problems.length} in all` : ''),
  );
  for (const p of policies) ctx.report.info(`policy (besides hashed script-src/style-src): ${p}`);
}

/**
 * A page as printed (a press office prints a story or a unit page to PDF): the header's
 * controls a printed page cannot use are gone, the demo notice and the heading stay.
 */
async function checkPrint(ctx: SuiteContext, context: BrowserContext, path: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.emulateMedia({ media: 'print' });
    await page.goto(ctx.site.origin + path);
    const shown = async (selector: string) => page.locator(selector).first().isVisible();
    const gone = { skip: !(await shown('.skip-link')), menu: !(await shown('.site-menu')), language: !(await shown('.site-language')) };
    const kept = { h1: await shown('h1'), demo: await shown('[data-demo-banner]') };
    ctx.report.check(`${path}  printed: no menu or language switch, heading and demo notice kept`, Object.values({ ...gone, ...kept }).every(Boolean), JSON.stringify({ gone, kept }));
  } finally {
    await page.close();
  }
}

export const smoke: Suite = {
  name: 'smoke',
  async run(ctx) {
    await checkCspMeta(ctx);
    const targets = smokePages(ctx.pages);
    ctx.report.info(`${targets.length} pages × ${VIEWPORTS.length} widths: ${targets.map((t) => t.path).join(' ')}`);
    const context = await newSiteContext(ctx.browser, ctx.site.origin);
    const tabs = new TabPool(context, ctx.site.origin);
    const loads = [...targets.map((t) => ({ path: t.path, status: 200 })), ...NOT_FOUND.map((path) => ({ path, status: 404 }))].flatMap(({ path, status }) =>
      VIEWPORTS.map(({ width, height }) => ({ path, status, width, height })),
    );
    try {
      await checkInFlight(
        ctx.report,
        loads,
        PAGES_IN_FLIGHT,
        ({ path, width, height }) => `${path} ${width}×${height}  page loaded and checked`,
        ({ path, status, width, height }, report) => checkPage({ ...ctx, report }, tabs, path, width, height, status),
      );
      const printed = ['/dien-hinh/', '/dia-ban/', '/en/dia-ban/'].map((prefix) => ctx.pages.find((p) => p.startsWith(prefix) && p !== prefix)!);
      for (const path of printed) await checkPrint(ctx, context, path);
    } finally {
      await context.close();
    }
  },
};

if (import.meta.main) await runSuites([smoke]);
