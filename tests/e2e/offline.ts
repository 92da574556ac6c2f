/**
 * Offline reading in a real browser (Debian's Chromium, playwright-core) with the site's
 * service worker running, on a copy of the built site:
 *
 *   npm run build && node tests/e2e/offline.ts        (E2E_DIST=dir for another build)
 *
 * - the worker registers after the page's load event and controls the site's pages;
 * - "Lưu để đọc khi không có mạng" on a commune page says the page is kept (its status is in
 *   the accessibility tree from the start, so a screen reader hears the first word too);
 * - pressed when the connection dropped before the worker could register, it says at once
 *   that the page was not saved, and pressed again online it saves;
 * - with the network switched off (Playwright offline, and the server stopped): the saved
 *   commune page opens, styled; its district's page opens although it was never opened;
 *   a page opened before opens; a page neither opened nor saved gets the offline page,
 *   which lists the saved pages by title (an English page, the English offline page); every
 *   page served from the caches says it is a kept copy, of which release (never a page online);
 * - a connection that drops halfway through a page gives the kept copy, with its note, never
 *   half a page;
 * - embeds are left to the network;
 * - a new build (another version of sw.js) takes over: every cache of the old version is
 *   deleted, and the saved pages are kept, fetched again from the new build; one the new
 *   build lacks (a district's page, a story whose subject withdrew consent) is dropped, and the
 *   offline page lists it as not downloaded again.
 *
 * Prints one line per check and "N passed, M failed"; exits 1 on any failure.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inAccessibilityTree, launchBrowser, newSiteContext, watch } from './lib/browser.ts';
import { Report } from './lib/report.ts';
import { serveSite } from './lib/server.ts';
import { offline as t } from '../../src/i18n/offline.vi.ts';
import { offline as tEn } from '../../src/i18n/offline.en.ts';
import { englishPath } from '../../src/i18n/lang.ts';
import { forwardPage } from '../../src/i18n/pages.vi.ts';
import { OFFLINE_PATH, SERVICE_WORKER_PATH } from '../../src/site/urls.ts';
import { keptOn } from '../../src/client/offline/kept-copy.ts';

const DIST = path.resolve(process.env['E2E_DIST'] ?? 'dist');
const report = new Report();

/** A commune page of the oldest vintage whose save button also keeps its district's page (the second address it saves). */
function communeWithParent(dist: string): { path: string; parent: string } {
  // Folders only: /dia-ban/ and each /dia-ban/<vintage>/ have a page that forwards (src/site/trimmed-addresses.ts).
  const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const vintage of folders(path.join(dist, 'dia-ban'))) {
    for (const name of folders(path.join(dist, 'dia-ban', vintage))) {
      const html = readFileSync(path.join(dist, 'dia-ban', vintage, name, 'index.html'), 'utf8');
      const urls = /data-save-offline[^>]*?data-urls="([^"]+)"/.exec(html)?.[1];
      const parent = urls ? (JSON.parse(urls.replaceAll('&quot;', '"')) as string[])[1] : undefined;
      if (parent) return { path: `/dia-ban/${vintage}/${name}/`, parent };
    }
  }
  throw new Error('no unit page with a parent and a save button');
}

const h1 = (page: Page) => page.locator('h1').first().textContent().then((s) => s?.trim() ?? '', () => '');
const ourCaches = (page: Page) => page.evaluate(() => caches.keys().then((names) => names.filter((n) => n.startsWith('lsvnn-')).sort()));

// A copy, so that the test can publish "a new build" by changing its sw.js.
const root = mkdtempSync(path.join(tmpdir(), 'offline-site-'));
cpSync(DIST, root, { recursive: true });
const server = await serveSite(root);
const browser = await launchBrowser();
try {
  const { origin } = server;
  const unit = communeWithParent(root);
  const context = await newSiteContext(browser, origin, { serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const w = watch(page, origin);

  // ---- online: the worker registers after load and takes control
  // The page's own state when it registers the worker: the order of Playwright's "load" and
  // "request" events crosses two targets (page and worker) and once arrived swapped in CI.
  await page.addInitScript(() => {
    // Not in every document the page opens (an insecure or opaque one has no service workers).
    if (typeof ServiceWorkerContainer === 'undefined') return;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, ...args: Parameters<typeof register>) {
      (window as unknown as { __swRegisteredAt: string }).__swRegisteredAt = document.readyState;
      return register.apply(this, args);
    };
  });
  let fetched = false;
  context.on('request', (r) => {
    if (new URL(r.url()).pathname === SERVICE_WORKER_PATH) fetched = true;
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const registeredAt = await page.evaluate(() => (window as unknown as { __swRegisteredAt?: string }).__swRegisteredAt);
  report.check('the service worker is registered only once the page has loaded, and fetched', registeredAt === 'complete' && fetched, `readyState at register: ${registeredAt}; sw.js fetched: ${fetched}`);
  await page.goto(`${origin}/`);
  const homeTitle = await h1(page);
  // An address cut short, opened: it forwards to the province's page (src/site/trimmed-addresses.ts).
  await page.goto(`${origin}/dia-ban/`);
  await page.waitForURL((url) => url.pathname !== '/dia-ban/', { waitUntil: 'load' });
  const provinceTitle = await h1(page);
  const version = /"(\d{4}\.\d+-[0-9a-f]{12})"/.exec(readFileSync(path.join(root, 'sw.js'), 'utf8'))?.[1] ?? '';
  const names = await ourCaches(page);
  report.check('every cache is named after the build\'s version', version !== '' && names.length > 0 && names.every((n) => n.endsWith(`-${version}`)), names.join(', '));

  await page.goto(`${origin}${unit.path}`);
  const unitTitle = await h1(page);
  const button = page.getByRole('button', { name: t.save.button });
  report.check('a commune page shows "Lưu để đọc khi không có mạng"', await button.isVisible());
  report.check('its status is in the accessibility tree before the first press, so "saving" is heard', await inAccessibilityTree(page, '.save-offline [role="status"]'));
  await button.click();
  await page.locator('.save-offline [role="status"]').filter({ hasText: t.save.saved }).waitFor({ timeout: 30_000 }).catch(() => undefined);
  report.check('pressing it says the page is kept', (await page.locator('.save-offline [role="status"]').textContent()) === t.save.saved);
  report.check('a page online does not say it is a kept copy', (await page.locator('[data-kept-copy]').count()) === 0);

  // The connection drops before the worker could register (its sw.js never arrives), then comes back.
  {
    const ctx = await newSiteContext(browser, origin, { serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
    await ctx.route(`**${SERVICE_WORKER_PATH}`, (route) => route.abort('internetdisconnected'));
    const p = await ctx.newPage();
    await p.goto(`${origin}${unit.path}`);
    await ctx.setOffline(true);
    const status = p.locator('.save-offline [role="status"]');
    await p.getByRole('button', { name: t.save.button }).click();
    await status.filter({ hasText: t.save.failed }).waitFor({ timeout: 10_000 }).catch(() => undefined);
    report.check('pressed offline before the worker registered, it says the page was not saved (not "saving" for ever)', (await status.textContent()) === t.save.failed, (await status.textContent()) ?? '');
    await ctx.unroute(`**${SERVICE_WORKER_PATH}`);
    await ctx.setOffline(false);
    // A button left disabled by the first press cannot be pressed: the check below says so.
    await p.getByRole('button', { name: t.save.button }).click({ timeout: 5_000 }).catch(() => undefined);
    await status.filter({ hasText: t.save.saved }).waitFor({ timeout: 30_000 }).catch(() => undefined);
    report.check('pressed again online, it saves', (await status.textContent()) === t.save.saved, (await status.textContent()) ?? '');
    await ctx.close();
  }
  const parentTitle = await (async () => {
    const other = await context.newPage();
    await other.goto(`${origin}${unit.parent}`);
    const title = await h1(other);
    await other.close();
    return title;
  })();
  // The district page above was opened only to learn its title: forget it as "opened".
  await page.evaluate(async (parent) => {
    for (const name of (await caches.keys()).filter((n) => n.startsWith('lsvnn-pages-'))) await (await caches.open(name)).delete(parent);
  }, unit.parent);
  const embed = readdirSync(path.join(root, 'nhung')).length > 0;
  // A map view opened online: its areas are drawn from the layer's file of shapes (/ban-do/hinh/).
  const mapView = await context.newPage();
  await mapView.goto(`${origin}/ban-do/`, { waitUntil: 'networkidle' });
  const drawnAreas = (p: Page) => p.evaluate(() => [...document.querySelectorAll<SVGGraphicsElement>('.choropleth__areas use')].filter((u) => u.getBBox().width > 0).length);
  const areasOnline = await drawnAreas(mapView);

  // The connection drops halfway through a page opened before: a proxy of the site (its own
  // origin, so its own worker) that sends the first 12 KB of a page, then cuts.
  {
    let cut = false;
    const proxy = createServer((req, res) => {
      const upstream = request(`${origin}${req.url}`, { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (r) => {
        const { 'content-length': _length, ...headers } = r.headers;
        res.writeHead(r.statusCode ?? 502, headers);
        if (!cut || !req.url?.endsWith('/')) return void r.pipe(res);
        let sent = 0;
        r.on('data', (chunk: Buffer) => {
          if (sent >= 12_000) return;
          res.write(chunk.subarray(0, 12_000 - sent));
          sent += chunk.length;
          if (sent >= 12_000) setTimeout(() => res.socket?.destroy(), 200);
        });
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxied = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const ctx = await newSiteContext(browser, proxied, { serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
    const p = await ctx.newPage();
    await p.goto(`${proxied}/`);
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await p.goto(`${proxied}${unit.path}`);
    cut = true;
    await p.goto(`${proxied}${unit.path}`, { timeout: 20_000 }).catch(() => undefined);
    const whole = await p.locator('footer').count();
    const noted = await p.locator('main > [data-kept-copy]:first-child').count();
    report.check('the connection dropping halfway through a page opened before gives its kept copy, whole and noted as such', whole > 0 && noted === 1, `footer: ${whole}, note: ${noted}`);
    await ctx.close();
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  }

  // The button's place is kept before its script shows it (no layout shift), and only where scripts run.
  const saveBox = async (javaScriptEnabled: boolean) => {
    const ctx = await newSiteContext(browser, origin, { javaScriptEnabled, viewport: { width: 360, height: 740 } });
    await ctx.route('**/_astro/*.js', (route) => route.abort());
    const p = await ctx.newPage();
    await p.goto(`${origin}${unit.path}`, { waitUntil: 'load' });
    const box = await p.locator('[data-save-offline]').evaluate((el) => ({ height: el.getBoundingClientRect().height, visibility: getComputedStyle(el).visibility }));
    await ctx.close();
    return box;
  };
  const waiting = await saveBox(true);
  const noScript = await saveBox(false);
  report.check('before its script runs, the hidden save button keeps its place (nothing below it moves when it shows)', waiting.height > 40 && waiting.visibility === 'hidden', `${Math.round(waiting.height)} px, ${waiting.visibility}`);
  report.check('without JavaScript, the save button takes no room', noScript.height === 0, `${noScript.height} px`);

  // ---- offline
  await context.setOffline(true);
  await server.close();
  await page.goto(`${origin}${unit.path}`);
  report.check('offline: the saved commune page opens', (await h1(page)) === unitTitle, `${await h1(page)} / ${unitTitle}`);
  const brand = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
  report.check('offline: with its styles', brand !== 'rgba(0, 0, 0, 0)' && brand !== '', brand);
  const release = version.split('-')[0]!;
  const keptNote = () => page.locator('main > [data-kept-copy]:first-child').textContent().then((s) => s ?? '', () => '');
  // Downloaded today (the server's Date header), in Vietnam time.
  const notedAsCopy = (note: string) => note.replace(/\s+/g, ' ').trim() === `${t.copy.note(release, keptOn(new Date().toUTCString()))} ${t.copy.list}`;
  report.check('offline: it says it is the copy kept on the device, with its release, first in its content', notedAsCopy(await keptNote()), await keptNote());
  await page.goto(`${origin}${unit.parent}`);
  report.check('offline: its district\'s page opens (saved with it, never opened)', (await h1(page)) === parentTitle, `${await h1(page)} / ${parentTitle}`);
  report.check('offline: and says it is a kept copy', notedAsCopy(await keptNote()), await keptNote());
  await page.goto(`${origin}/`);
  report.check('offline: a page opened before opens', (await h1(page)) === homeTitle, await h1(page));
  report.check('offline: and says it is a kept copy too', notedAsCopy(await keptNote()), await keptNote());
  await mapView.reload({ waitUntil: 'load' });
  const areasOffline = await drawnAreas(mapView);
  report.check('offline: a map view opened before draws every area (its shapes kept from /ban-do/hinh/)', areasOnline > 0 && areasOffline === areasOnline, `${areasOffline} of ${areasOnline} areas drawn`);
  await mapView.close();
  await page.goto(`${origin}/tieu-chi/`);
  report.check('offline: a page neither opened nor saved gives the offline page', (await h1(page)) === t.page.title, await h1(page));
  await page.locator('[data-saved] a').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const listed = await page.locator('[data-saved] a').allTextContents();
  // The list shows each page's <title>; a heading may add words after the name ("(trước sáp nhập)").
  const nameOf = (s: string) => s.replace(/\s+/g, ' ').split(' (')[0]!.trim();
  report.check('the offline page lists the saved pages by title', listed.some((s) => s.startsWith(nameOf(unitTitle))) && listed.some((s) => s.startsWith(nameOf(parentTitle))), listed.join(' | '));
  const opened = await page.locator('[data-opened] a').allTextContents();
  report.check(
    'it lists the pages opened, not the address cut short that led to one',
    opened.some((s) => s.startsWith(nameOf(provinceTitle))) && !opened.some((s) => s.startsWith(forwardPage.title)),
    opened.join(' | '),
  );
  await page.goto(`${origin}${englishPath(unit.parent)}`);
  report.check('offline: an English page neither opened nor saved gives the English offline page', (await h1(page)) === tEn.page.title, await h1(page));
  if (embed) {
    const response = await page.goto(`${origin}/nhung/`).catch(() => null);
    report.check('offline: embeds are left to the network (no copy, no offline page)', response === null || (await h1(page)) !== t.page.title);
  }

  // ---- a new build is published
  await context.setOffline(false);
  // Served again on the same port: a worker belongs to its origin.
  const again = await serveSite(root, { port: Number(new URL(origin).port) });
  const newVersion = `${version.split('-')[0]}-${'f'.repeat(12)}`;
  // A story kept by a reader whose subject then withdraws consent: the new build has no page for it.
  const withdrawn = readdirSync(path.join(root, 'dien-hinh'), { withFileTypes: true }).find((d) => d.isDirectory() && !['dia-ban', 'loai', 'khen-thuong'].includes(d.name))?.name;
  const withdrawnPath = `/dien-hinh/${withdrawn}/`;
  await page.goto(`${origin}${OFFLINE_PATH}`);
  await page.evaluate(([v, p]) => caches.open(`lsvnn-saved-${v}`).then((c) => c.add(p)), [version, withdrawnPath] as const);
  rmSync(path.join(root, 'dien-hinh', withdrawn!), { recursive: true, force: true });
  writeFileSync(path.join(root, 'sw.js'), readFileSync(path.join(root, 'sw.js'), 'utf8').replaceAll(version, newVersion));
  // The district's page is gone from the new build: its old copy must not stay, and the reader is told.
  rmSync(path.join(root, unit.parent.slice(1)), { recursive: true });
  await page.goto(`${origin}${OFFLINE_PATH}`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const newOnly = (names: string[]) => names.length > 0 && names.every((n) => n.endsWith(`-${newVersion}`));
  let after = await ourCaches(page);
  for (let waited = 0; waited < 30 && !newOnly(after); waited++) {
    await new Promise((r) => setTimeout(r, 1000));
    after = await ourCaches(page);
  }
  report.check('a new build\'s worker deletes every cache of the old version', newOnly(after), after.join(', '));
  const savedNow = () => page.evaluate((v) => caches.open(`lsvnn-saved-${v}`).then((c) => c.keys()).then((k) => k.map((r) => new URL(r.url).pathname)), newVersion);
  let savedAfter = await savedNow();
  for (let waited = 0; waited < 30 && !savedAfter.includes(unit.path); waited++) {
    await new Promise((r) => setTimeout(r, 1000));
    savedAfter = await savedNow();
  }
  report.check('and keeps the saved pages, fetched again from the new build', savedAfter.includes(unit.path), savedAfter.filter((p) => p.endsWith('/')).join(', '));
  report.check('a saved page the new build no longer has is not kept as it was', !savedAfter.includes(unit.parent), savedAfter.filter((p) => p.endsWith('/')).join(', '));
  report.check('nor a saved story the new build no longer has (consent withdrawn)', withdrawn !== undefined && !savedAfter.includes(withdrawnPath), withdrawnPath);
  await page.goto(`${origin}${OFFLINE_PATH}`);
  const droppedList = page.locator('[data-dropped] a');
  await droppedList.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const droppedTitles = await droppedList.allTextContents();
  report.check(
    'the offline page lists them, by their titles, as saved but not downloaded again',
    (await page.getByRole('heading', { name: t.page.droppedHeading }).isVisible()) && droppedTitles.length === 2 && droppedTitles.some((d) => d.startsWith(nameOf(parentTitle))),
    droppedTitles.join(' | '),
  );
  report.check('no console error and no request to another origin', w.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)).length === 0 && w.foreignRequests.length === 0, [...w.consoleErrors, ...w.foreignRequests].slice(0, 3).join(' | '));
  await again.close();
  await context.close();
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = report.summary();

