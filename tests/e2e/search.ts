/**
 * Search in a real browser (Debian's /usr/bin/chromium through playwright-core),
 * on the built site with its pagefind index:
 *
 *   npm run build && node tests/e2e/search.ts
 *
 * - typing without tone marks finds the accented words ("dinh lap" → Đình Lập,
 *   "hoa tham" → Hoa Thám; "đ" searched as "d");
 * - results show their kind and place;
 * - the index and its script load only when a search is made, never on other pages;
 * - the header's search box works, and without JavaScript the page says why;
 * - the profile list's filters work in place with JavaScript and as pages without;
 * - the English edition searches its own index (/en/tim-kiem/) and keeps its addresses English;
 * - a commune's name typed a letter off ("dong dag", "dihn lap") offers today's commune first,
 *   said to be a near name, and Enter in the finder does not open a guess;
 * - places come first (issue 13): every commune name of the oldest and the newest
 *   vintage, typed without tone marks, finds its place among the first three
 *   results (all namesakes first, each with its district), old ones saying which
 *   commune of today they are part of; unit pages do not come back as full-text results;
 * - the place finder ("Xã tôi") on the home and map pages filters as you type and
 *   Enter opens today's commune; without JavaScript it is a list of links; on the English
 *   home page it speaks English and leads to English pages;
 * - a screen reader hears the count of a search, not every result, and the finder's count
 *   from the first key (its live region is in the accessibility tree before it speaks);
 * - "Xem thêm" from the keyboard moves focus to the first new result.
 *
 * Prints one line per check and "N passed, M failed"; exits 1 on any failure.
 * Runs on Node 24 (type stripping): erasable TypeScript only.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fold } from '../../src/client/place-match.ts';
import { successors } from '../../src/domain/lineage.ts';
import { validate } from '../../src/domain/validation/validate.ts';
import { unitPath } from '../../src/site/urls.ts';
import { CHROMIUM, CHROMIUM_ARGS, inAccessibilityTree, layoutShift, recordLayoutShifts } from './lib/browser.ts';

const DIST = resolve(process.env['E2E_DIST'] ?? 'dist');
/** docs/budgets-and-quality.md#page-weight: at most 20 KB of JavaScript (gzipped) on a page's first load. */
const JS_BUDGET = 20 * 1024;
const FINDER_JS_BUDGET = 15 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

let passed = 0;
let failed = 0;
function check(label: string, ok: boolean, detail = ''): boolean {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  (${detail})` : ''}`);
  return ok;
}

const isFile = (p: string) => stat(p).then((s) => s.isFile(), () => false);
const isDir = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);

function serve(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = join(DIST, decodeURIComponent(url.pathname));
    if (target !== DIST && !target.startsWith(DIST + sep)) return void res.writeHead(403).end();
    let file = target;
    if (await isDir(target)) {
      if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      file = join(target, 'index.html');
    }
    if (!(await isFile(file))) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Result {
  /** The whole entry as read. */
  text: string;
  title: string;
  meta: string;
  href: string;
  links: string[];
  excerpt: string;
}

/** Types a query into the search page's box and waits for the results. */
async function search(page: Page, query: string): Promise<Result[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => {
      const out = document.querySelector<HTMLElement>('[data-search-results]');
      return out?.dataset['state'] === 'done' && (out.querySelector('h2')?.textContent ?? '').includes(q);
    },
    query,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-search-results] li', (items) =>
    items.map((li) => ({
      text: li.textContent ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      meta: li.querySelector('.search-result__meta')?.textContent ?? '',
      excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
    })),
  );
}

/** What a search announces: the text of the live regions that hold no result link, and how many result links sit inside a live region. */
async function searchAnnouncements(page: Page): Promise<{ said: string[]; linksInLiveRegion: number }> {
  return page.evaluate(() => {
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]';
    const regions = [...document.querySelectorAll('main')].flatMap((m) => [...m.querySelectorAll(live)]);
    return {
      said: regions.filter((r) => !r.querySelector('a')).map((r) => r.textContent?.trim() ?? ''),
      linksInLiveRegion: [...document.querySelectorAll('[data-search-results] a')].filter((a) => a.closest(live)).length,
    };
  });
}

const someResult = (results: Result[], re: RegExp) => results.some((r) => re.test(r.title) || re.test(r.meta) || re.test(r.excerpt));

/**
 * Issue 13's acceptance test on the real search page: every commune name of the oldest and
 * the newest vintage, typed without tone marks, finds its place among the first three entries
 * (or, for a name several places share, among the first as many as there are): today's commune
 * as a link to its page, an old one by its name and district, "trước sáp nhập", with a link to
 * every commune of today it went into.
 */
async function everyCommuneName(page: Page): Promise<{ passed: number; total: number; misses: string[] }> {
  const { dataset } = validate({ dataRoot: resolve('data') });
  const ds = dataset!;
  const newest = ds.vintages.at(-1)!;
  const cases = [ds.vintages[0]!, newest].flatMap((v) => v.units.filter((u) => u.level === 'commune').map((u) => ({ v: v.id, u })));
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  const byQuery = new Map<string, Result[]>();
  const misses: string[] = [];
  for (const { v, u } of cases) {
    const q = fold(u.name);
    if (!byQuery.has(q)) byQuery.set(q, await search(page, q));
    const namesakes = cases.filter((c) => fold(c.u.name) === q).length;
    const top = byQuery.get(q)!.slice(0, Math.max(3, namesakes));
    let ok: boolean;
    if (v === newest.id) {
      ok = top.some((r) => r.href === unitPath(v, u));
    } else {
      const parent = u.parent ? ds.unit(v, u.parent) : undefined;
      const district = parent?.level === 'district' ? `${parent.type} ${parent.name}, ` : '';
      const now = (successors(ds, v, u.code).find((g) => g.vintage === newest.id)?.links ?? []).map((l) => unitPath(newest.id, ds.unit(newest.id, l.code)!));
      ok = top.some((r) => r.text.startsWith(`${capital(`${u.type} ${u.name}`)} (${district}trước sáp nhập`) && now.length > 0 && now.every((p) => r.links.includes(p)));
    }
    if (!ok) misses.push(`${q} (${v}/${u.code}) → ${top.map((r) => r.text.slice(0, 40)).join(' / ')}`);
  }
  return { passed: cases.length - misses.length, total: cases.length, misses };
}

/** JavaScript bytes (gzipped) a page loads before anyone touches it. */
async function initialJs(context: BrowserContext, url: string): Promise<{ bytes: number; files: string[] }> {
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  const files: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') {
      files.push(new URL(res.url()).pathname);
      bodies.push(res.body().then((b) => gzipSync(b).length, () => 0));
    }
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const html = (await response?.text()) ?? '';
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => gzipSync(m[1]!).length);
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0) + inline.reduce((a, b) => a + b, 0);
  await page.close();
  return { bytes, files };
}

async function main(): Promise<void> {
  if (!check('dist/pagefind exists (run npm run build first)', await isFile(join(DIST, 'pagefind', 'pagefind.js')))) return;
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profileDir = await mkdtemp(join(tmpdir(), 'search-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, locale: 'vi-VN' });
  try {
    const pagefindRequests: string[] = [];
    context.on('request', (req) => {
      if (req.url().includes('/pagefind/')) pagefindRequests.push(req.url());
    });

    // Pages other than search load nothing of pagefind, and stay within the JS budget.
    for (const path of ['/', '/dien-hinh/', '/dien-hinh/xa-hai-yen-cao-loc/', '/tin-tuc/', '/tim-kiem/']) {
      pagefindRequests.length = 0;
      const { bytes } = await initialJs(context, origin + path);
      check(`${path}  loads no search index on first load`, pagefindRequests.length === 0, pagefindRequests.slice(0, 2).join(' '));
      check(`${path}  JavaScript within ${JS_BUDGET / 1024} KB gzipped`, bytes <= JS_BUDGET, `${bytes} B`);
      // Issue 13: the place finder ("Xã tôi", on the home page) loads no more than 15 KB gzipped.
      if (path === '/') check('/  the place finder and all else within 15 KB of JavaScript gzipped', bytes <= FINDER_JS_BUDGET, `${bytes} B`);
    }

    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    pagefindRequests.length = 0;
    await recordLayoutShifts(page);
    await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'networkidle' });
    check('/tim-kiem/  index not loaded before a search', pagefindRequests.length === 0);
    check('/tim-kiem/  no-JavaScript notice hidden when JavaScript runs', !(await page.isVisible('[data-search-nojs]')));
    // Issue 14: no layout shift (CLS < 0.05). Hiding the notice by script alone shifted the lists below it: 0.126.
    const cls = await layoutShift(page);
    check('/tim-kiem/  no layout shift while the page loads (CLS < 0.05)', cls < 0.05, cls.toFixed(3));

    const cases: [string, RegExp][] = [
      ['dinh lap', /Đình Lập/],
      ['Đình Lập', /Đình Lập/],
      ['hoa tham', /Hoa Thám/],
      ['chau son', /Châu Sơn/],
      ['tu nguyen dang ky thoat ngheo', /tự nguyện đăng ký thoát nghèo/],
      ['dong kinh', /Đông Kinh/],
      ['vietcombank', /Vietcombank/],
      ['ket qua ra soat', /Kết quả rà soát/],
    ];
    for (const [query, expected] of cases) {
      const results = await search(page, query);
      check(`search "${query}" finds ${expected.source}`, someResult(results, expected), results.slice(0, 3).map((r) => r.title).join(' | ') || 'no result');
    }
    check('the index was fetched once a search was made', pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js')));
    // A screen reader hears how many results there are, once, not every result read out after each search.
    await search(page, 'hoa tham');
    const heard = await searchAnnouncements(page);
    const countHeading = (await page.textContent('[data-search-results] h2')) ?? '';
    check('search "hoa tham": the count is announced, the results are not', heard.linksInLiveRegion === 0 && heard.said.includes(countHeading), `announced ${JSON.stringify(heard.said)}; ${heard.linksInLiveRegion} result link(s) inside a live region`);

    const bo = (await search(page, 'bo sinh san thuy hung')).find((r) => /Hai con bò sinh sản/.test(r.title));
    check('a profile result shows its kind and place', !!bo && /Điển hình/.test(bo.meta) && /Thụy Hùng/.test(bo.meta), bo?.meta ?? 'not found');
    const news = (await search(page, 'ket qua ra soat')).find((r) => /Kết quả rà soát/.test(r.title));
    check('an update result shows its kind and date', !!news && /Tin tức · \d{2}\/\d{1,2}\/\d{4}/.test(news.meta), news?.meta ?? 'not found');
    check('the address bar keeps the query', new URL(page.url()).searchParams.get('q') === 'ket qua ra soat', page.url());

    for (const [query, path] of [['dinh lap', '/dia-ban/2024-12/189-dinh-lap/']] as const) {
      const results = await search(page, query);
      check(`search "${query}" lists the unit page ${path}`, results.slice(0, 10).some((r) => r.href === path), results.slice(0, 3).map((r) => r.href).join(' '));
    }
    // Today's unit comes before the old units of the same name.
    for (const [query, path] of [['dinh lap', '/dia-ban/2025-07/06613-dinh-lap/'], ['hoa tham', '/dia-ban/2025-07/06073-hoa-tham/'], ['dong dang', '/dia-ban/2025-07/06184-dong-dang/'], ['that khe', '/dia-ban/2025-07/06040-that-khe/']] as const) {
      const first = (await search(page, query)).find((r) => r.href.startsWith('/dia-ban/'));
      check(`search "${query}": first unit is today's ${path}`, first?.href === path, first?.href ?? 'no unit');
    }
    // A letter off (missing, swapped): the commune of today first, with a word that it is a guess.
    for (const [query, path] of [['dong dag', '/dia-ban/2025-07/06184-dong-dang/'], ['dihn lap', '/dia-ban/2025-07/06613-dinh-lap/']] as const) {
      const first = (await search(page, query)).find((r) => r.href.startsWith('/dia-ban/'));
      const said = (await page.textContent('[data-search-results] h3 + p')) ?? '';
      check(`search "${query}" (a letter off): first unit is today's ${path}, offered as a near name`, first?.href === path && /^Không có tên nào đúng như đã gõ/.test(said), `${first?.href ?? 'no unit'} ${said}`);
    }
    // Places first: every commune name of the oldest and newest vintage, typed without tone marks.
    const names = await everyCommuneName(page);
    check(`every commune name typed without tone marks finds its place in the first three (${names.passed} of ${names.total})`, names.misses.length === 0, names.misses.slice(0, 3).join(' | '));
    const dinhLap = await search(page, 'dinh lap');
    check('search "dinh lap": today\'s commune first, then the old units of that name saying where they are now', dinhLap[0]?.href === '/dia-ban/2025-07/06613-dinh-lap/' && /trước sáp nhập; nay thuộc xã Đình Lập/.test(dinhLap[1]?.text ?? ''), dinhLap.slice(0, 3).map((r) => r.text).join(' | '));
    check('unit pages do not come back as full-text results', !(await page.$$eval('[data-search-results] ol li .search-result__meta', (ps) => ps.some((p) => /Địa bàn/.test(p.textContent ?? '')))));
    // "Xem thêm" from the keyboard: the reader carries on at the first new result, not left on the
    // button below them (or on <body> once the button goes, when the list is whole).
    const before = (await search(page, 'ho ngheo')).length;
    const more = page.locator('[data-search-results] > button');
    if (check('search "ho ngheo" has more results than the first page shows', (await more.count()) === 1, `${before} shown`)) {
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before, { timeout: 10_000 });
      const landed = await page.evaluate((n) => {
        const el = document.activeElement;
        const items = [...document.querySelectorAll('[data-search-results] li')];
        return el?.closest('li') === items[n] && el?.tagName === 'A' ? 'the first new result' : `${el?.tagName} "${el?.textContent?.trim().slice(0, 40)}"`;
      }, before);
      check('"Xem thêm" by keyboard moves focus to the first new result', landed === 'the first new result', landed);
    }
    check('no errors on the search page', errors.length === 0, errors.slice(0, 2).join(' | '));
    await page.close();

    // The profile list's filters (also pre-rendered pages) filter in place with JavaScript, and combine.
    const list = await context.newPage();
    await list.goto(`${origin}/dien-hinh/`, { waitUntil: 'networkidle' });
    const visible = () => list.$$eval('[data-profile-list] > li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
    const total = await visible();
    await list.click('[data-dimension="loai"] summary');
    await list.click('a[data-filter="loai"][data-value="ho-gia-dinh"]');
    check('profile filter: one click shows the households only, without loading a page', (await visible()) === 1 && list.url().endsWith('/dien-hinh/loai/ho-gia-dinh/'), `${await visible()} of ${total}, ${list.url()}`);
    await list.click('a[data-filter="loai"][data-value=""]');
    await list.click('[data-dimension="dia-ban"] summary');
    await list.click('a[data-filter="dia-ban"][data-value="2020-01/181"]');
    const inBinhGia = await visible();
    await list.click('a[data-filter="loai"][data-value="tap-the"]');
    const combined = await visible();
    check('profile filter: place and kind combine', inBinhGia > combined && combined >= 1 && list.url().includes('?loai=tap-the&dia-ban=2020-01%2F181'), `${inBinhGia} → ${combined}, ${list.url()}`);
    check('profile filter: the count follows', ((await list.textContent('[data-profile-count]')) ?? '').startsWith(`${combined} / ${total}`));
    await list.close();

    // The English edition (issue 15): /en/tim-kiem/ searches the English index (pagefind picks
    // the index by <html lang>), its results are English pages, and the address stays English.
    const english = await context.newPage();
    await english.goto(`${origin}/en/tim-kiem/`, { waitUntil: 'networkidle' });
    const border = await search(english, 'bien phong');
    // Profiles come first; English staff pages and the plan's English page may follow (they name the Border Guard too).
    check('English search "bien phong": English pages only, profiles first, kinds in English', border.length > 0 && border.every((r) => r.href.startsWith('/en/')) && /^Exemplary profile · /.test(border[0]!.meta) && border.every((r) => /^[A-Za-z][A-Za-z ]*( · |$)/.test(r.meta)), border.map((r) => `${r.href} ${r.meta}`).join(' | '));
    check('English search: the heading and the address stay English', /^\d+ results? for “bien phong”$/.test((await english.textContent('[data-search-results] h2')) ?? '') && new URL(english.url()).pathname === '/en/tim-kiem/', english.url());
    await english.goto(`${origin}/en/dien-hinh/`, { waitUntil: 'networkidle' });
    await english.click('[data-dimension="loai"] summary');
    await english.click('a[data-filter="loai"][data-value="ho-gia-dinh"]');
    check('English profile filter: the address stays in the English edition', english.url().endsWith('/en/dien-hinh/loai/ho-gia-dinh/'), english.url());
    await english.fill('#header-search-q', 'hoa tham');
    await Promise.all([english.waitForURL(/\/en\/tim-kiem\/\?q=hoa\+tham/), english.press('#header-search-q', 'Enter')]);
    check('English header search box → /en/tim-kiem/?q=…', true);
    await english.close();

    // The header's box is a plain GET form to /tim-kiem/?q=…
    const home = await context.newPage();
    await home.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await home.fill('#header-search-q', 'hoa tham');
    await Promise.all([home.waitForURL(/\/tim-kiem\/\?q=hoa\+tham/), home.press('#header-search-q', 'Enter')]);
    await home.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['state'] === 'done', null, { timeout: 15_000 });
    const fromHeader = await home.$$eval('[data-search-results] li a', (as) => as.map((a) => a.textContent ?? ''));
    check('header search box → /tim-kiem/?q=… with results', fromHeader.length > 0 && (await home.inputValue('#search-q')) === 'hoa tham', fromHeader.slice(0, 2).join(' | '));
    await home.close();

    // "Xã tôi" on the home and map pages: it filters as you type, and Enter opens today's commune.
    for (const path of ['/', '/ban-do/']) {
      const p = await context.newPage();
      await p.goto(origin + path, { waitUntil: 'networkidle' });
      check(`${path}  finder: its count's live region is in the accessibility tree before the first key`, await inAccessibilityTree(p, '[data-place-status]'));
      await p.fill('#xa-toi-q', 'binh xa');
      await p.waitForFunction(() => /Bính Xá/.test(document.querySelector('[data-place-results] li')?.textContent ?? ''), null, { timeout: 10_000 });
      const first = (await p.textContent('[data-place-results] li')) ?? '';
      check(`${path}  finder: "binh xa" → xã Bính Xá, now part of two communes`, first.startsWith('Xã Bính Xá (huyện Đình Lập, trước sáp nhập; nay thuộc xã Đình Lập, xã Kiên Mộc)'), first);
      // What Enter will do is said with the count (a screen reader hears it in the live region).
      const count = (await p.textContent('[data-place-status]')) ?? '';
      check(`${path}  finder: the count says “Tìm” or Enter opens the first place`, /^\d+ nơi phù hợp\. .*Bấm “Tìm” \(hay Enter\) để mở nơi đầu tiên\.$/.test(count), count);
      // A letter off: offered, but said to be a guess, and Enter does not open it.
      await p.fill('#xa-toi-q', 'dong dag');
      await p.waitForFunction(() => /^Xã Đồng Đăng/.test(document.querySelector('[data-place-results] li')?.textContent ?? ''), null, { timeout: 10_000 });
      const note = (await p.textContent('[data-place-status]')) ?? '';
      check(`${path}  finder: "dong dag" (a letter off) offers xã Đồng Đăng and says no name is exactly as typed`, /^Không có tên nào đúng như đã gõ/.test(note), note);
      await p.fill('#xa-toi-q', 'dinhlap');
      await p.waitForFunction(() => /^Xã Đình Lập/.test(document.querySelector('[data-place-results] li')?.textContent ?? ''), null, { timeout: 10_000 });
      await Promise.all([p.waitForURL(/\/dia-ban\/2025-07\/06613-dinh-lap\/$/, { timeout: 10_000 }), p.press('#xa-toi-q', 'Enter')]);
      check(`${path}  finder: "dinhlap" + Enter opens today's xã Đình Lập`, true);
      await p.close();
    }
    // The English edition's finder: the same list, in English words, leading to English pages.
    const en = await context.newPage();
    await en.goto(`${origin}/en/`, { waitUntil: 'networkidle' });
    await en.fill('#xa-toi-q', 'binh xa');
    await en.waitForFunction(() => /Bính Xá/.test(document.querySelector('[data-place-results] li')?.textContent ?? ''), null, { timeout: 10_000 });
    const enFirst = (await en.textContent('[data-place-results] li')) ?? '';
    const enLinks = await en.$$eval('[data-place-results] li:first-child a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    check('/en/  finder: "binh xa" → Bính Xá commune, in English, linking to English pages', enFirst.startsWith('Bính Xá commune (Đình Lập district, before the merger; now part of Đình Lập commune, Kiên Mộc commune)') && enLinks.length > 0 && enLinks.every((h) => h.startsWith('/en/dia-ban/')), `${enFirst} ${enLinks.join(' ')}`);
    await en.fill('#xa-toi-q', 'dinh lap commune');
    await en.waitForFunction(() => /^Đình Lập commune/.test(document.querySelector('[data-place-results] li')?.textContent ?? ''), null, { timeout: 10_000 });
    await Promise.all([en.waitForURL(/\/en\/dia-ban\/2025-07\/06613-dinh-lap\/$/, { timeout: 10_000 }), en.press('#xa-toi-q', 'Enter')]);
    check('/en/  finder: "dinh lap commune" + Enter opens the English page of today\'s Đình Lập commune', true);
    await en.close();
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }

  // Without JavaScript: the form still submits, and the page explains and offers the units.
  const noJsDir = await mkdtemp(join(tmpdir(), 'search-chromium-nojs-'));
  const noJs = await chromium.launchPersistentContext(noJsDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, javaScriptEnabled: false });
  try {
    const page = await noJs.newPage();
    await page.goto(`${origin}/`);
    await page.fill('#header-search-q', 'dinh lap');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=dinh\+lap/), page.press('#header-search-q', 'Enter')]);
    check('without JavaScript: the header form reaches /tim-kiem/?q=…', true);
    check('without JavaScript: the page says search needs JavaScript', await page.isVisible('[data-search-nojs]'));
    const units = await page.$$eval('.search-browse a[href^="/dia-ban/"]', (as) => as.length);
    check('without JavaScript: the units are listed to browse', units >= 65, `${units} links`);
    await page.goto(`${origin}/`);
    const listed = await page.$$eval('details.place-finder__list a[href^="/dia-ban/2025-07/"]', (as) => as.length);
    check('without JavaScript: the home page\'s finder lists today\'s communes as links', listed === 65, `${listed} links`);
    await page.goto(`${origin}/dien-hinh/loai/ho-gia-dinh/`);
    const shown = await page.$$eval('[data-profile-list] > li', (lis) => lis.filter((li) => getComputedStyle(li).display !== 'none').length);
    check('without JavaScript: a pre-rendered filter page shows only its profiles', shown === 1, `${shown} shown`);
  } finally {
    await noJs.close();
    await rm(noJsDir, { recursive: true, force: true });
    await new Promise((done) => server.close(done));
  }
}

try {
  await main();
} catch (err) {
  check('search test ran', false, String(err));
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
