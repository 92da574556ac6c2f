/**
 * The site's service worker (Workbox), bundled by scripts/build/service-worker.ts after
 * Astro and pagefind, with the list of shell files and the build's version put in:
 *
 * - the shell (styles, scripts, fonts, icon, the offline page) is precached on install;
 * - pages are network first, so a reader online always gets the current release; each
 *   page opened is kept (the 80 most recent) for when the network fails or takes longer
 *   than 6 s, as on a weak mountain connection;
 * - fingerprinted assets (/_astro/, and the map layers' boundaries under /ban-do/hinh/) come
 *   from the cache once fetched;
 * - "Lưu để đọc khi không có mạng" (save-button.ts) sends the URLs of a page, its assets
 *   and its parent's page: they are kept until the next release, which fetches them anew;
 * - offline, a page neither opened nor saved gets the offline page of its language, which lists what is kept;
 * - a page served from the caches says so at its top, with its release and the day it was downloaded (kept-copy.ts).
 *
 * Never the staff editor (/quan-tri/) or the embeds (/nhung/): those go to the network.
 * Caches are named after the build's version; a new build's worker takes over at once and
 * deletes the old caches, so an old release is never shown after a new one is published.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { englishPath, langOfPath } from '../../i18n/lang.ts';
import { MAP_SHAPES_DIR, OFFLINE_EXCLUDED_PREFIXES, OFFLINE_PATH } from '../../site/urls.ts';
import { CACHE_PREFIX, cacheName, isOutdated, isSavedCache, type SaveAnswer, type SaveMessage } from './caches.ts';
import { keptOn, markKeptCopy } from './kept-copy.ts';

/** Put in by the build: "<release id>-<hash of the built site>". */
declare const SW_VERSION: string;

interface WorkerScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown; ports: readonly MessagePort[]; waitUntil(p: Promise<unknown>): void }) => void): void;
}
const scope = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: CACHE_PREFIX, precache: 'shell', runtime: 'runtime', suffix: SW_VERSION });
const PAGES = cacheName('pages', SW_VERSION);
const ASSETS = cacheName('assets', SW_VERSION);
const SAVED = cacheName('saved', SW_VERSION);
const DROPPED = cacheName('dropped', SW_VERSION);

scope.addEventListener('install', () => void scope.skipWaiting());
clientsClaim();
// Written as `self.__WB_MANIFEST` for workbox-build to find and fill in.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);

/** The release of this build: every cache it reads was filled from it. */
const RELEASE = SW_VERSION.split('-')[0]!;

async function asKeptCopy(request: Request, response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = markKeptCopy(await response.text(), langOfPath(new URL(request.url).pathname), RELEASE, keptOn(response.headers.get('date')));
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

const ours = (url: URL) => url.origin === scope.location.origin && !OFFLINE_EXCLUDED_PREFIXES.some((p) => url.pathname.startsWith(p));

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && ours(url),
  new NetworkFirst({
    cacheName: PAGES,
    networkTimeoutSeconds: 6,
    plugins: [
      new ExpirationPlugin({ maxEntries: 80 }),
      // The whole page is read before it is shown: a connection that drops halfway through
      // then counts as no network (the kept copy, or the offline page), never half a page.
      // (A redirect, opaque to the worker, is passed on as it is.)
      { fetchDidSucceed: async ({ response }) => (response.type === 'opaqueredirect' ? response : new Response(await response.blob(), response)) },
      // Called only when the copy is read from the cache, in place of the network's answer.
      { cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse && asKeptCopy(request, cachedResponse) },
    ],
  }),
);
const FINGERPRINTED = ['/_astro/', MAP_SHAPES_DIR];
registerRoute(({ url }) => ours(url) && FINGERPRINTED.some((p) => url.pathname.startsWith(p)), new CacheFirst({ cacheName: ASSETS, plugins: [new ExpirationPlugin({ maxEntries: 120 })] }));
// Anything else of the site's (map data, downloads, the search index) from the network, or from
// the saved pages when offline (the catch handler).
registerRoute(({ url }) => ours(url), new NetworkOnly());

setCatchHandler(async ({ request }) => {
  const saved = await (await caches.open(SAVED)).match(request);
  if (saved) return request.mode === 'navigate' ? asKeptCopy(request, saved) : saved;
  if (request.mode === 'navigate') {
    const offlinePage = langOfPath(new URL(request.url).pathname) === 'en' ? englishPath(OFFLINE_PATH) : OFFLINE_PATH;
    return (await matchPrecache(offlinePage)) ?? Response.error();
  }
  return Response.error();
});

scope.addEventListener('message', (event) => {
  const data = event.data as SaveMessage | undefined;
  const port = event.ports[0];
  if (data?.type !== 'save' || !Array.isArray(data.urls) || !port) return;
  event.waitUntil(
    save(data.urls).then(
      (saved) => port.postMessage({ ok: true, saved } satisfies SaveAnswer),
      () => port.postMessage({ ok: false, saved: 0 } satisfies SaveAnswer),
    ),
  );
});

/** The pages (ending in "/") must all be kept, or the save fails; the files they loaded, as many as can be. */
async function save(urls: readonly string[]): Promise<number> {
  const wanted = [...new Set(urls.map((u) => new URL(u, scope.location.href)).filter(ours).map((u) => u.pathname + u.search))];
  const cache = await caches.open(SAVED);
  const pages = wanted.filter((u) => u.endsWith('/'));
  await cache.addAll(pages);
  const dropped = await caches.open(DROPPED);
  await Promise.all(pages.map((u) => dropped.delete(u)));
  const files = await Promise.allSettled(wanted.filter((u) => !u.endsWith('/')).map((u) => cache.add(u)));
  return pages.length + files.filter((f) => f.status === 'fulfilled').length;
}

scope.addEventListener('activate', (event) => event.waitUntil(dropOldCaches()));

/**
 * Caches of other versions go at once; the pages saved under an older release are then
 * fetched again from this one (best effort, after taking over). One that fails (no network,
 * or the page is gone) is never kept stale: the offline page lists it, by its title, as not
 * downloaded again.
 */
async function dropOldCaches(): Promise<void> {
  const old = (await caches.keys()).filter((name) => isOutdated(name, SW_VERSION));
  const urls = new Set<string>();
  const titles = new Map<string, string>();
  for (const name of old.filter(isSavedCache)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      urls.add(request.url);
      if (!new URL(request.url).pathname.endsWith('/')) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      titles.set(request.url, /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '');
    }
  }
  await Promise.all(old.map((name) => caches.delete(name)));
  if (urls.size > 0) void saveAgain([...urls], titles);
}

async function saveAgain(urls: readonly string[], titles: ReadonlyMap<string, string>): Promise<void> {
  const saved = await caches.open(SAVED);
  const dropped = await caches.open(DROPPED);
  await Promise.allSettled(
    urls.map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
      if (response?.ok) await saved.put(url, response);
      else if (titles.has(url)) await dropped.put(url, new Response(titles.get(url), { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    }),
  );
}
