import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../scripts/build/service-worker.ts';
import { cacheName, isDroppedCache, isOutdated, isPagesCache, isSavedCache } from '../src/client/offline/caches.ts';

/** A built site of seven files: a page, the offline page in both languages with its script, a stylesheet, the icon. */
function site(css = 'body{margin:0}'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-site-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Trang chủ</title>',
    'ngoai-tuyen/index.html': '<!doctype html><title>Đọc khi không có mạng</title><script type="module" src="/_astro/list.B1.js"></script>',
    'en/ngoai-tuyen/index.html': '<!doctype html><title>Reading offline</title><script type="module" src="/_astro/list.B1.js"></script>',
    '_astro/list.B1.js': 'import"./shared.C2.js";',
    '_astro/shared.C2.js': 'export{}',
    '_astro/global.A1.css': css,
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('the service worker written by the build', () => {
  it('precaches the shell: stylesheets, icon, the offline page of each language by its address and the scripts it loads', async () => {
    const dir = site();
    const written = await writeServiceWorker(dir, '2026.1');
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['_astro/global.A1.css', '_astro/list.B1.js', '_astro/shared.C2.js', 'en/ngoai-tuyen/', 'favicon.svg', 'ngoai-tuyen/']);
    expect(written).toMatchObject({ precached: 6, version: expect.stringMatching(/^2026\.1-[0-9a-f]{12}$/) });
    expect(sw).toContain(JSON.stringify(written.version));
    expect(sw).not.toContain('self.__WB_MANIFEST');
  }, 30_000);

  it('is the same bytes for the same site, and a new version when any file changes', async () => {
    const [a, b, c] = [site(), site(), site('body{margin:1px}')];
    const [va, vb, vc] = [await writeServiceWorker(a, '2026.1'), await writeServiceWorker(b, '2026.1'), await writeServiceWorker(c, '2026.1')];
    expect(readFileSync(path.join(a, 'sw.js'))).toEqual(readFileSync(path.join(b, 'sw.js')));
    expect(va.version).toBe(vb.version);
    expect(vc.version).not.toBe(va.version);
    expect((await writeServiceWorker(site(), '2026.2')).version.startsWith('2026.2-')).toBe(true);
  }, 30_000);
});

describe('cache names', () => {
  it('end with the version, so a new build knows which caches are old', () => {
    const v = '2026.1-0123456789ab';
    expect(cacheName('pages', v)).toBe('lsvnn-pages-2026.1-0123456789ab');
    expect(isOutdated(cacheName('saved', '2026.1-ffffffffffff'), v)).toBe(true);
    expect(isOutdated(cacheName('shell', v), v)).toBe(false);
    expect(isOutdated('other-site-cache', v)).toBe(false);
    expect(isSavedCache(cacheName('saved', v))).toBe(true);
    expect(isPagesCache(cacheName('saved', v))).toBe(false);
    // The list of pages a release could not fetch again is read apart from the saved pages, and goes at the next release.
    expect(isDroppedCache(cacheName('dropped', v))).toBe(true);
    expect(isSavedCache(cacheName('dropped', v))).toBe(false);
    expect(isOutdated(cacheName('dropped', '2026.1-ffffffffffff'), v)).toBe(true);
  });
});
