/**
 * The lists of the offline page (/ngoai-tuyen/): the pages saved with "Lưu để đọc khi
 * không có mạng", the pages opened recently, and the saved pages a new release could not
 * fetch again (shown only when there are some), read from the service worker's caches,
 * each with its title.
 */
import { forwardTarget } from '../../site/forwarding.ts';
import { isDroppedCache, isPagesCache, isSavedCache } from './caches.ts';

interface Kept {
  path: string;
  title: string;
}

async function pages(match: (name: string) => boolean): Promise<Kept[]> {
  const found = new Map<string, Kept>();
  for (const name of (await caches.keys()).filter(match)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/') || found.has(url.pathname)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      // An address that only forwards (/dia-ban/ …) is kept like any page opened, but it is not
      // a page to read: the one it led to is listed in its own right.
      if (forwardTarget(html) !== undefined) continue;
      // Only the <title> is parsed: a whole page parsed here would be checked against this
      // page's CSP, which does not list the other page's style hashes.
      const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      const title = new DOMParser().parseFromString(`<title>${raw}</title>`, 'text/html').title;
      found.set(url.pathname, { path: url.pathname, title: title || url.pathname });
    }
  }
  return [...found.values()].sort((a, b) => a.title.localeCompare(b.title, 'vi'));
}

function fill(list: HTMLElement, kept: Kept[], none: string): void {
  list.replaceChildren(
    ...(kept.length === 0
      ? [Object.assign(document.createElement('li'), { textContent: none })]
      : kept.map((k) => {
          const li = document.createElement('li');
          li.append(Object.assign(document.createElement('a'), { href: k.path, textContent: k.title }));
          return li;
        })),
  );
}

const root = document.querySelector<HTMLElement>('[data-offline-lists]');
const note = document.querySelector<HTMLElement>('[data-offline-nojs]');
if (root) {
  const saved = root.querySelector<HTMLElement>('[data-saved]');
  const opened = root.querySelector<HTMLElement>('[data-opened]');
  const none = root.dataset['none'] ?? '';
  if (!('caches' in window) || !('serviceWorker' in navigator) || !saved || !opened) {
    if (note) note.textContent = root.dataset['unsupported'] ?? '';
  } else {
    root.hidden = false;
    note?.remove();
    const savedPages = pages(isSavedCache);
    void savedPages.then((kept) => fill(saved, kept, none));
    void pages(isPagesCache).then((kept) => fill(opened, kept, none));
    const droppedSection = root.querySelector<HTMLElement>('[data-dropped-section]');
    const dropped = droppedSection?.querySelector<HTMLElement>('[data-dropped]');
    void Promise.all([savedPages, pages(isDroppedCache)]).then(([kept, lost]) => {
      const notAgain = lost.filter((l) => !kept.some((k) => k.path === l.path));
      if (!droppedSection || !dropped || notAgain.length === 0) return;
      fill(dropped, notAgain, none);
      droppedSection.hidden = false;
    });
  }
}
