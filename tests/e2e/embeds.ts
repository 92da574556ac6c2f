/**
 * Embeds (/nhung/…) and per-figure downloads in the built site, in Chromium:
 *
 * - every chart of /tien-do/ and every view of the map explorer has a live embed and one
 *   pinned to each release built (dist/nhung/<release>/), and its files (CSV, SVG, PNG)
 *   are served with the right type: CSV with a BOM, SVG a standalone drawing, PNG a PNG;
 * - an embed inside an <iframe> 360 px wide on a host page: it loads under the site's
 *   CSP with no error, fits the width, shows the demo notice, the figure, the source line
 *   and the link back within the suggested height;
 * - the "Nhúng" box: without JavaScript a <details> with the code to select, with it a
 *   copy button that puts the <iframe> code on the clipboard;
 * - embeds that fit: on a host page with the snippet of the "Nhúng" box, the iframe grows
 *   (and shrinks) to its content's height; without the snippet it keeps its height;
 * - the suggested height: every embed listed on /nhung/, in a frame 320, 600 and 900 px
 *   wide of the height its code gives, shows everything down to the link back without
 *   scrolling inside (a host that pastes the code without the snippet);
 * - /nhung/ lists every chart and map view with its live and pinned codes;
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA) on a chart embed, a map embed and the "Nhúng"
 *   box opened on /tien-do/ and /ban-do/;
 * - other sites may frame /nhung/ only once the host headers say so (frame-ancestors):
 *   checked when public/_headers has such a rule, listed as skipped until then.
 *
 *   npm run build && node tests/e2e/embeds.ts [--dist DIR]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { CHROMIUM, launchBrowser, TabPool } from './lib/browser.ts';
import { mapInFlight, PAGES_IN_FLIGHT } from './lib/pool.ts';
import { Report } from './lib/report.ts';
import { headersFor, serveSite, type SiteServer } from './lib/server.ts';
import { saveScreenshot } from './lib/run.ts';
import { isForwardingPageFile } from '../../src/site/forwarding-file.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } }, strict: false });
const DIST = resolve((values.dist as string | undefined) ?? process.env['E2E_DIST'] ?? process.env['DIST'] ?? 'dist');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HOST_PAGE = '/__embed-host__.html';
/** How long a framed embed's height must stay the same to count as settled (`settled`). */
const SETTLE_MS = 300;

const report = new Report();

const pagesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        // Not a page that only forwards (an address cut short: src/site/forwarding.ts).
        return statSync(p).isDirectory() ? pagesUnder(p) : name === 'index.html' && !isForwardingPageFile(p) ? [dir] : [];
      })
    : [];
const urlPath = (dir: string) => `/${dir.slice(DIST.length + 1)}/`;
const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

interface EmbedCode {
  chart: string;
  live: string;
  pinned: string;
  height: number;
  files: string[];
}

/** The "Nhúng" boxes and download links of a built page, read from its HTML. */
function embedCodes(html: string): EmbedCode[] {
  return [...html.matchAll(/<div class="figure-actions"[\s\S]*?<\/details>/g)].map((m) => {
    const box = m[0];
    const codes = [...box.matchAll(/<textarea id="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)].map((t) => ({ id: t[1]!, code: decode(t[2]!) }));
    const src = (key: string) => new URL(/src="([^"]+)"/.exec(codes.find((c) => c.id.endsWith(`-${key}`))?.code ?? '')?.[1] ?? 'about:blank').pathname;
    const live = codes.find((c) => c.id.endsWith('-live'));
    return {
      chart: live?.id.replace(/-nhung-live$/, '') ?? '?',
      live: src('live'),
      pinned: src('pinned'),
      height: Number(/height="(\d+)"/.exec(live?.code ?? '')?.[1] ?? 0),
      files: [...box.matchAll(/<a href="([^"]+)" download=/g)].map((a) => a[1]!),
    };
  });
}

async function fetchOk(site: SiteServer, path: string): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await fetch(site.origin + path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

// ------------------------------------------------------------------ files --

async function checkStructure(site: SiteServer): Promise<{ charts: EmbedCode[]; maps: EmbedCode[] }> {
  report.heading('Every chart and map view has its embeds and files');
  // The province's charts are on /tien-do/, each district's on its own page under it.
  const tienDo = pagesUnder(join(DIST, 'tien-do')).map((dir) => readFileSync(join(dir, 'index.html'), 'utf8')).join('\n');
  const index = readFileSync(join(DIST, 'nhung/index.html'), 'utf8');
  const chartIds = [...tienDo.matchAll(/<h[23] id="(chart-[\w-]+)-h"/g)].map((m) => m[1]!);
  const charts = embedCodes(tienDo);
  report.check(`/tien-do/ and its district pages: a "Nhúng" box under each of the ${chartIds.length} charts`, chartIds.length > 0 && charts.map((c) => c.chart).join() === chartIds.join(), `${charts.length} boxes`);
  const release = /^\/nhung\/(\d{4}\.\d+)\//.exec(charts[0]?.pinned ?? '')?.[1] ?? '?';
  const pinnedReleases = existsSync(join(DIST, 'nhung')) ? readdirSync(join(DIST, 'nhung')).filter((d) => /^\d{4}\.\d+$/.test(d)) : [];
  report.check(`pinned embeds built for the current release ${release}`, pinnedReleases.includes(release), `releases under /nhung/: ${pinnedReleases.join(', ')}`);

  const missing: string[] = [];
  for (const c of charts) {
    for (const p of [c.live, c.pinned]) if (!existsSync(join(DIST, p, 'index.html'))) missing.push(p);
    const rest = c.live.replace(/^\/nhung\//, '');
    for (const id of pinnedReleases) if (!existsSync(join(DIST, 'nhung', id, rest, 'index.html'))) missing.push(`/nhung/${id}/${rest}`);
  }
  report.check(`every chart: live embed and one pinned to each release (${charts.length} × ${1 + pinnedReleases.length} pages)`, missing.length === 0, missing.slice(0, 5).join(' '));

  const views = pagesUnder(join(DIST, 'ban-do')).map(urlPath).filter((p) => p !== '/ban-do/');
  const noEmbed = views.filter((v) => !existsSync(join(DIST, 'nhung', v, 'index.html')) || pinnedReleases.some((id) => !existsSync(join(DIST, 'nhung', id, v, 'index.html'))));
  report.check(`every map view: live embed and one pinned to each release (${views.length} × ${1 + pinnedReleases.length} pages)`, views.length > 0 && noEmbed.length === 0, noEmbed.slice(0, 5).join(' '));
  const extra = pagesUnder(join(DIST, 'nhung', 'ban-do')).map(urlPath).filter((p) => !views.includes(p.replace(/^\/nhung/, '')));
  report.check('no map embed without its explorer view', extra.length === 0, extra.slice(0, 3).join(' '));

  const maps: EmbedCode[] = [];
  for (const v of ['/ban-do/', ...views]) {
    const box = embedCodes(readFileSync(join(DIST, v, 'index.html'), 'utf8'))[0];
    if (box) maps.push(box);
  }
  report.check(`a "Nhúng" box under the map of all ${views.length + 1} explorer pages`, maps.length === views.length + 1);
  const wrongTarget = maps.slice(1).filter((m, i) => m.live !== `/nhung${views[i]}`);
  report.check('each explorer page offers the embed of its own view', wrongTarget.length === 0, wrongTarget.slice(0, 3).map((m) => m.live).join(' '));

  const files = [...new Set([...charts, ...maps].flatMap((c) => c.files))];
  const bad: string[] = [];
  const kinds = { csv: 0, xlsx: 0, svg: 0, png: 0 } as Record<string, number>;
  for (const f of files) {
    const ext = f.split('.').at(-1)!;
    const r = await fetchOk(site, f);
    kinds[ext] = (kinds[ext] ?? 0) + 1;
    const ok =
      r.status === 200 &&
      (ext === 'csv'
        ? r.type.startsWith('text/csv') && r.body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) && r.body.includes('\r\n')
        : ext === 'xlsx'
          ? r.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' && r.body.subarray(0, 2).toString('latin1') === 'PK'
        : ext === 'svg'
          ? r.type.startsWith('image/svg+xml') && /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<title[^>]*>[^<]+<\/title>[\s\S]*<desc/.test(r.body.toString('utf8')) && r.body.includes('Nguồn: ')
          : r.type === 'image/png' && r.body.subarray(1, 4).toString('latin1') === 'PNG');
    if (!ok) bad.push(`${f} (${r.status} ${r.type})`);
  }
  report.check(`every download link serves its file: ${kinds['csv']} CSV (BOM, CRLF), ${kinds['xlsx']} XLSX, ${kinds['svg']} SVG (standalone, title, desc, source), ${kinds['png']} PNG`, files.length > 0 && bad.length === 0 && kinds['xlsx'] === kinds['csv'], bad.slice(0, 5).join(' | '));

  const listed = new Set([...index.matchAll(/<textarea id="nhung-\d+-(?:live|pinned)"[^>]*>([^<]*)<\/textarea>/g)].map((m) => new URL(/src="([^"]+)"/.exec(decode(m[1]!))?.[1] ?? 'about:blank').pathname));
  const wanted = [...charts, ...maps.slice(1)].flatMap((c) => [c.live, c.pinned]);
  const unlisted = wanted.filter((p) => !listed.has(p));
  report.check(`/nhung/ lists the live and pinned code of all ${charts.length} charts and ${maps.length - 1} map views`, unlisted.length === 0 && listed.size === wanted.length, `${listed.size} codes; missing ${unlisted.slice(0, 3).join(' ')}`);
  report.check('/nhung/ is indexed (the embeds are not)', !/<meta name="robots" content="noindex"/.test(index) && /<meta name="robots" content="noindex"/.test(readFileSync(join(DIST, charts[0]!.live, 'index.html'), 'utf8')));
  return { charts, maps };
}

/** The host snippet of the "Nhúng" box, for a host that frames this test server. */
function snippetFor(origin: string): string {
  const tienDo = readFileSync(join(DIST, 'tien-do/index.html'), 'utf8');
  const code = decode(/<textarea id="[^"]+-fit"[^>]*>([^<]*)<\/textarea>/.exec(tienDo)?.[1] ?? '');
  return code.replace(/e\.origin !== '[^']+'/, `e.origin !== '${origin}'`);
}

/** A host page with the snippet grows the iframe to the content's height; one without it leaves the iframe alone. */
async function checkFit(tabs: TabPool, site: SiteServer, code: EmbedCode, label: string): Promise<void> {
  const snippet = snippetFor(site.origin);
  report.check('the "Nhúng" box offers the host snippet', snippet.includes("addEventListener('message'") && snippet.includes('.height = '), snippet.slice(0, 60));
  for (const withSnippet of [true, false]) {
    await tabs.use(async (page) => {
      try {
        const iframe = `<iframe src="${site.origin}${code.live}" title="Khung nhúng" width="100%" height="240"></iframe>${withSnippet ? snippet : ''}`;
        await hostPage(page, site.origin, iframe);
        const handle = await page.waitForSelector('iframe');
        const frame = (await handle.contentFrame())!;
        await frame.waitForSelector('h1', { timeout: 10_000 });
        await frame.evaluate(() => document.fonts.ready.then(() => undefined));
        // The drawing may grow with the frame until it reaches its full width; without the
        // snippet, nothing may change the frame's height however long the embed runs.
        await settled(page, withSnippet);
        const height = Number(await handle.getAttribute('height'));
        const box = await handle.boundingBox();
        const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
        if (withSnippet) {
          report.check(`${label}: a host page with the snippet grows the iframe to the content's height`, height > 240 && Math.abs(height - content) <= 2 && !scrolls && Math.abs((box?.height ?? 0) - height) <= 4, `iframe ${height} px (drawn ${Math.round(box?.height ?? 0)} px), content ${content} px, scrolls inside: ${scrolls}`);
          await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          // In the short frame the opened table has a scrollbar and wraps taller; once the frame
          // is grown the scrollbar goes, the text rewraps and the snippet sends the final height
          // (read at the first message, 13,201 px against 12,713 on a busy CI).
          await settled(page, true);
          const opened = Number(await handle.getAttribute('height'));
          const openedContent = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
          report.check(`${label}: opening the table grows it again`, opened > height && Math.abs(opened - openedContent) <= 2, `${height} → ${opened} px, content ${openedContent} px`);
        } else {
          report.check(`${label}: without the snippet the iframe keeps its height and the embed still shows`, height === 240 && content > 240 && scrolls, `iframe ${height} px, content ${content} px`);
        }
      } catch (err) {
        report.check(`${label}: resizes through the snippet`, false, String(err));
      }
    });
  }
}

/**
 * Every embed of /nhung/ in a frame of its suggested height, at a phone's and two article
 * columns' widths. Each embed is loaded once and measured at the three widths in turn (a
 * resize lays the page out again as a load at that width would; three loads each were 420
 * page loads and half of this script's time), a few tabs at a time.
 */
async function checkSuggestedHeights(tabs: TabPool, site: SiteServer): Promise<void> {
  report.heading('The suggested height holds the whole embed');
  const index = readFileSync(join(DIST, 'nhung/index.html'), 'utf8');
  const codes = [...index.matchAll(/<textarea id="nhung-\d+-(?:live|pinned)"[^>]*>([^<]*)<\/textarea>/g)].map((m) => {
    const code = decode(m[1]!);
    return { path: new URL(/src="([^"]+)"/.exec(code)?.[1] ?? 'about:blank').pathname, height: Number(/height="(\d+)"/.exec(code)?.[1] ?? 0) };
  });
  const widths = [320, 600, 900];
  const cut = new Map(widths.map((w) => [w, [] as string[]]));
  try {
    await mapInFlight(codes, PAGES_IN_FLIGHT, (code) => tabs.use(async (page) => {
      // The embed's own page at the frame's size is what the iframe shows.
      await page.setViewportSize({ width: widths[0]!, height: code.height });
      await page.goto(site.origin + code.path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      for (const width of widths) {
        await page.setViewportSize({ width, height: code.height });
        const r = await page.evaluate(() => ({
          inside: document.documentElement.scrollHeight - innerHeight,
          back: Math.ceil(document.querySelector('[data-embed-back]')?.getBoundingClientRect().bottom ?? Infinity),
        }));
        if (r.inside > 0 || r.back > code.height) cut.get(width)!.push(`${code.path} (${code.height} px: ${r.inside} px more, link back at ${r.back} px)`);
      }
    }));
    for (const [width, cuts] of cut) {
      report.check(`${width} px wide: each of the ${codes.length} embeds fits its suggested height, link back included, no scrolling inside`, codes.length > 0 && cuts.length === 0, `${cuts.length} cut: ${cuts.slice(0, 3).join(' | ')}`);
    }
  } catch (err) {
    report.check('the embeds load at their suggested height', false, String(err));
  }
}

/** A host page with the snippet and the code as given shrinks the iframe to the content, with no gap below it. */
async function checkShrink(tabs: TabPool, site: SiteServer, code: EmbedCode, label: string): Promise<void> {
  await tabs.use(async (page) => {
    try {
      const iframe = `<iframe src="${site.origin}${code.live}" title="Khung nhúng" width="100%" height="${code.height}"></iframe>${snippetFor(site.origin)}`;
      await hostPage(page, site.origin, iframe);
      const handle = await page.waitForSelector('iframe');
      const frame = (await handle.contentFrame())!;
      await frame.waitForSelector('h1', { timeout: 10_000 });
      await settled(page, true);
      const height = Number(await handle.getAttribute('height'));
      const r = await frame.evaluate(() => {
        const foot = document.querySelector('.embed__foot')!.getBoundingClientRect();
        return { content: Math.ceil(document.body.getBoundingClientRect().height), gap: Math.round(innerHeight - foot.bottom) };
      });
      report.check(`${label}: a host page with the snippet shrinks the iframe from the suggested ${code.height} px to the content`, height < code.height && Math.abs(height - r.content) <= 2 && r.gap <= 24, `iframe ${height} px, content ${r.content} px, ${r.gap} px below the footer`);
    } catch (err) {
      report.check(`${label}: shrinks through the snippet`, false, String(err));
    }
  });
}

// ---------------------------------------------------------------- browser --

async function context(browser: Browser, site: SiteServer, js = true): Promise<BrowserContext> {
  const ctx = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: js, viewport: { width: 420, height: 900 } });
  await ctx.route('**/*', (route) => (route.request().url().startsWith(`${site.origin}/`) ? route.continue() : route.abort('blockedbyclient')));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`);
    });
  });
  return ctx;
}

/**
 * The embeds' own context. Its tabs are reused (`TabPool`) by every check below that needs
 * JavaScript and no permission: a new tab starts a renderer, about 1 s of CPU, and these
 * checks opened 16 of them. A host page (`hostPage`) is served at HOST_PAGE by a route, not
 * from dist/, its iframe code in the query.
 */
async function embedsContext(browser: Browser, site: SiteServer): Promise<BrowserContext> {
  const ctx = await context(browser, site);
  await ctx.route((url) => url.pathname === HOST_PAGE, (route) => {
    const iframe = new URL(route.request().url()).searchParams.get('iframe') ?? '';
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang báo thử</title><style>body{margin:0} #cot{width:360px}</style></head><body><main><h1>Bài báo</h1><div id="cot">${iframe}</div></main></body></html>`;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return ctx;
}

/** A page of another site, 360 px wide, with the iframe code pasted in, opened in `page` (a tab of `embedsContext`). */
async function hostPage(page: Page, origin: string, iframe: string): Promise<void> {
  await page.setViewportSize({ width: 400, height: 1100 });
  await page.goto(`${origin}${HOST_PAGE}?${new URLSearchParams({ iframe })}`);
}

/**
 * Waits until the host page's iframe and its content have kept their heights for SETTLE_MS,
 * and with `fits`, until the two agree (what the snippet is for); at most 10 s, then the check
 * reads what is there. An embed posts its height at each change and the snippet answers
 * within a few frames; this replaced fixed pauses of 1 to 1.5 s (and 0.6 s or more for an
 * opened table).
 */
async function settled(page: Page, fits: boolean): Promise<void> {
  await page
    .waitForFunction(
      ({ hold, fits }) => {
        const iframe = document.querySelector('iframe')!;
        const doc = iframe.contentDocument;
        const content = doc?.readyState === 'complete' ? Math.ceil(doc.body.getBoundingClientRect().height) : -1;
        const height = Number(iframe.getAttribute('height'));
        const now = `${height} ${content}`;
        const w = window as unknown as { __settle?: { seen: string; since: number } };
        if (w.__settle?.seen !== now) w.__settle = { seen: now, since: performance.now() };
        return content > 0 && (!fits || Math.abs(height - content) <= 2) && performance.now() - w.__settle.since >= hold;
      },
      { hold: SETTLE_MS, fits },
      { polling: 50, timeout: 10_000 },
    )
    .catch(() => undefined);
}

async function checkInFrame(tabs: TabPool, site: SiteServer, code: EmbedCode, label: string): Promise<void> {
  await tabs.use(async (page) => {
    const errors: string[] = [];
    const iframe = `<iframe src="${site.origin}${code.live}" title="Khung nhúng" width="100%" height="${code.height}" loading="lazy"></iframe>`;
    const onConsole = (m: ConsoleMessage) => void (m.type() === 'error' && errors.push(m.text()));
    const onPage = (p: Page) => p.on('console', onConsole);
    page.context().on('page', onPage);
    page.on('console', onConsole);
    try {
      await hostPage(page, site.origin, iframe);
      const handle = await page.waitForSelector('iframe');
      const frame = await handle.contentFrame();
      await frame!.waitForSelector('h1', { timeout: 10_000 });
      await frame!.evaluate(() => document.fonts.ready.then(() => undefined));
      const box = await handle.boundingBox();
      const r = await frame!.evaluate(() => {
        const foot = document.querySelector('.embed__foot')?.getBoundingClientRect();
        // A chart's drawing is its frame: the HTML axis labels beside the plot's SVG.
        const fig = document.querySelector('.chart__frame, svg.choropleth')?.getBoundingClientRect();
        const demo = document.querySelector('[data-demo-banner]')?.getBoundingClientRect();
        return {
          width: innerWidth,
          overflow: document.documentElement.scrollWidth - innerWidth,
          footBottom: foot ? Math.round(foot.bottom) : -1,
          figure: fig ? Math.round(fig.width) : 0,
          demo: demo ? Math.round(demo.height) : null,
          isDemo: document.documentElement.dataset['demo'] === 'true',
          csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
          back: document.querySelector('[data-embed-back]')?.getAttribute('href') ?? '',
          source: document.querySelector('[data-embed-source]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        };
      });
      report.check(`${label}: loads in an iframe 360 px wide on another page`, r.width === 360, `frame ${Math.round(box?.width ?? 0)} px with its border, inner ${r.width} px`);
      report.check(`${label}: fits the width (no horizontal scroll), the drawing fills it`, r.overflow <= 0 && r.figure >= 300, `overflow ${r.overflow} px, figure ${r.figure} px`);
      report.check(`${label}: demo notice on one short line at the top`, !r.isDemo || (r.demo !== null && r.demo <= 60), `${r.demo} px tall`);
      report.check(`${label}: source line and link back inside the suggested height (${code.height} px)`, r.footBottom > 0 && r.footBottom <= code.height && r.source.startsWith('Nguồn:') && r.back.startsWith('https://'), `bottom of source/back at ${r.footBottom} px; "${r.source.slice(0, 60)}…"`);
      report.check(`${label}: no CSP violation, no console error`, r.csp.length === 0 && errors.length === 0, [...r.csp, ...errors].slice(0, 3).join(' | '));
      await saveScreenshot(page, { path: resolve('screenshots', `embed-${label.replace(/[^a-z0-9]+/gi, '-')}-360.png`), fullPage: true }).catch(() => undefined);
    } catch (err) {
      report.check(`${label}: loads in an iframe`, false, String(err));
    } finally {
      page.context().off('page', onPage);
      page.off('console', onConsole);
    }
  });
}

/** Framing from another origin works only when the headers allow it. */
async function checkCrossOrigin(browser: Browser, site: SiteServer, code: EmbedCode): Promise<void> {
  const headers = headersFor(site.headerRules, code.live);
  const values = [...(headers['content-security-policy'] ?? '').matchAll(/frame-ancestors ([^;,]+)/g)].map((m) => m[1]!.trim());
  const blocked = values.some((v) => !/(^|\s)(\*|https:)(\s|$)/.test(v)) || 'x-frame-options' in headers;
  report.info(`headers of ${code.live}: frame-ancestors ${values.join(' and ') || '(not sent)'}${headers['x-frame-options'] ? `, X-Frame-Options ${headers['x-frame-options']}` : ''}`);
  if (blocked) {
    report.skip(
      'another site can frame /nhung/',
      `the host headers forbid it for ${code.live}; /nhung/* needs frame-ancestors * (or none at all) and no X-Frame-Options (public/_headers, deploy/nginx.conf)`,
    );
    return;
  }
  // The other site: a second server on another port (another origin, both on loopback, so
  // Chromium's local-network checks do not step in as they would for a routed page).
  const body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang khác</title></head><body><iframe src="${site.origin}${code.live}" title="Khung nhúng" width="360" height="${code.height}"></iframe></body></html>`;
  const other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  const ctx = await browser.newContext({ viewport: { width: 400, height: 900 } });
  try {
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    const title = await frame!.waitForSelector('h1', { timeout: 5000 }).then((h) => h.textContent(), () => null);
    report.check('another site (another origin) can frame /nhung/', Boolean(title), title ?? `frame shows ${frame?.url()}`);
  } finally {
    await ctx.close();
    await new Promise((done) => other.close(done));
  }
}

async function checkEmbedBox(browser: Browser, site: SiteServer): Promise<void> {
  report.heading('The "Nhúng" box');
  const noJs = await context(browser, site, false);
  try {
    const page = await noJs.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.origin}/tien-do/`);
    const box = page.locator('[data-embed-code]').first();
    await box.locator('summary').click();
    const code = await box.locator('textarea').first().inputValue();
    const button = await box.locator('button[data-copy]').first().isVisible();
    report.check('without JavaScript: a <details> opens on the code to select, no copy button', /^<iframe src="https:\/\/[^"]+\/nhung\/bieu-do\/[^"]+\/" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/.test(code) && !button, code.slice(0, 80));
  } finally {
    await noJs.close();
  }
  const withJs = await context(browser, site);
  try {
    await withJs.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await withJs.newPage();
    await page.goto(`${site.origin}/ban-do/`);
    const box = page.locator('[data-embed-code]').first();
    await box.locator('summary').click();
    const copy = box.locator('button[data-copy]').nth(1);
    await copy.click();
    await page.waitForFunction(() => document.querySelector('[data-embed-code] [role="status"]')?.textContent !== '');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    const expected = await box.locator('textarea').nth(1).inputValue();
    const status = await box.locator('[role="status"]').textContent();
    report.check('with JavaScript: "Sao chép mã" puts the pinned <iframe> code on the clipboard and says so', clip === expected && /\/nhung\/\d{4}\.\d+\/ban-do\//.test(clip) && Boolean(status?.trim()), `${status} — ${clip.slice(0, 70)}`);
    // A live region announces changes only: the same words again must pass through empty.
    const said = await page.evaluate(async () => {
      const region = document.querySelector('[data-embed-code] [role="status"]')!;
      const seen: (string | null)[] = [];
      new MutationObserver(() => seen.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
      document.querySelectorAll<HTMLButtonElement>('[data-embed-code] button[data-copy]')[1]!.click();
      await new Promise((done) => setTimeout(done, 500));
      return seen;
    });
    report.check('pressed again, "Sao chép mã" says so again (its status empties, then fills)', said.length >= 2 && said.at(-2) === '' && said.at(-1) === status, JSON.stringify(said));
  } catch (err) {
    report.check('with JavaScript: the copy button works', false, String(err));
  } finally {
    await withJs.close();
  }
}

let axeSource: string | undefined;

async function axe(tabs: TabPool, site: SiteServer, path: string, width: number, open = false): Promise<void> {
  await tabs.use(async (page) => {
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      if (open) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      axeSource ??= readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} ×${v.nodes.length} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')})`);
      }, AXE_TAGS);
      report.check(`${path} ${width} px${open ? ', every <details> open' : ''}: axe finds no WCAG 2.2 A/AA violation`, violations.length === 0, violations.join(' | '));
    } catch (err) {
      report.check(`${path} ${width} px: axe ran`, false, String(err));
    }
  });
}

// -------------------------------------------------------------------- run --

if (!existsSync(join(DIST, 'tien-do/index.html'))) {
  console.error(`Không thấy bản dựng ở ${DIST}: chạy "npm run build" trước (hoặc --dist DIR).`);
  process.exit(2);
}
const site = await serveSite(DIST);
let browser: Browser | undefined;
try {
  const { charts, maps } = await checkStructure(site);
  if (!existsSync(CHROMIUM)) {
    report.skip('browser checks', `no Chromium at ${CHROMIUM}`);
  } else {
    browser = await launchBrowser();
    const tabs = new TabPool(await embedsContext(browser, site), site.origin);
    report.heading('Embeds inside an iframe');
    const province = charts.find((c) => c.chart === 'chart-province-rate') ?? charts[0]!;
    const district = charts.find((c) => c.chart.startsWith('chart-district-'));
    const communeMap = maps.find((m) => m.live.includes('/xa/ty-le-ho-ngheo/')) ?? maps[0]!;
    await checkInFrame(tabs, site, province, 'chart embed');
    if (district) await checkInFrame(tabs, site, district, 'district chart embed');
    await checkInFrame(tabs, site, communeMap, 'map embed');
    const criteria = maps.find((m) => m.live.includes('/dat-tieu-chi/'));
    if (criteria) await checkInFrame(tabs, site, criteria, 'criteria map embed');
    report.heading('Embeds that fit');
    await checkFit(tabs, site, province, 'chart embed');
    await checkFit(tabs, site, communeMap, 'map embed');
    await checkShrink(tabs, site, province, 'chart embed');
    await checkShrink(tabs, site, communeMap, 'map embed');
    await checkSuggestedHeights(tabs, site);
    await checkCrossOrigin(browser, site, province);
    await checkEmbedBox(browser, site);
    report.heading('Accessibility (axe-core)');
    for (const width of [360, 1280]) {
      await axe(tabs, site, province.pinned, width, true);
      await axe(tabs, site, communeMap.live, width, true);
    }
    await axe(tabs, site, '/tien-do/', 360, true);
    await axe(tabs, site, '/ban-do/', 360, true);
  }
} finally {
  await browser?.close();
  await site.close();
}
process.exitCode = report.summary();
