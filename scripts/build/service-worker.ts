/**
 * Writes the service worker (src/client/offline/service-worker.ts) into a built site, after
 * Astro and pagefind (scripts/build.ts): esbuild bundles it with Workbox, and workbox-build
 * (injectManifest) puts in the list of shell files to precache, each with a hash of its
 * bytes. The version in every cache name is the release id and a hash of the whole built
 * site, so any change to any page gives readers a new worker and new caches.
 *
 * Deterministic: the same site gives the same sw.js (the manifest is sorted, no clock).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { englishPath } from '../../src/i18n/lang.ts';
import { OFFLINE_PATH, SERVICE_WORKER_PATH } from '../../src/site/urls.ts';

const SOURCE = path.resolve('src/client/offline/service-worker.ts');

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]))
    .sort();
}

/** sha256 over every file's path and bytes: changes when anything in the site changes. */
function siteHash(siteDir: string): string {
  const hash = createHash('sha256');
  for (const file of files(siteDir)) hash.update(file).update('\0').update(createHash('sha256').update(readFileSync(path.join(siteDir, file))).digest()).update('\0');
  return hash.digest('hex');
}

/**
 * The offline page and the scripts it runs (with the chunks they import): precached, so the
 * page can list what is kept when there is no network.
 */
function offlinePageFiles(siteDir: string): string[] {
  // Both languages' offline pages: the worker answers an English page with the English one.
  const pages = [OFFLINE_PATH, englishPath(OFFLINE_PATH)].map((p) => `${p.slice(1)}index.html`);
  const found = new Set<string>(pages);
  const queue = [...pages];
  while (queue.length > 0) {
    const text = readFileSync(path.join(siteDir, queue.pop()!), 'utf8');
    for (const m of text.matchAll(/["'(]\/?(_astro\/[\w.-]+\.js)["')]|from\s*["']\.\/([\w.-]+\.js)["']|import\s*["']\.\/([\w.-]+\.js)["']/g)) {
      const file = m[1] ?? (m[2] ?? m[3] ? `_astro/${m[2] ?? m[3]}` : undefined);
      if (file && !found.has(file)) {
        found.add(file);
        queue.push(file);
      }
    }
  }
  return [...found].sort();
}

export interface WrittenWorker {
  version: string;
  precached: number;
  bytes: number;
}

export async function writeServiceWorker(siteDir: string, releaseId: string): Promise<WrittenWorker> {
  const version = `${releaseId}-${siteHash(siteDir).slice(0, 12)}`;
  const bundled = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    // Workbox's development logging is left out in production.
    define: { SW_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  });
  const temp = mkdtempSync(path.join(tmpdir(), 'sw-'));
  try {
    const swSrc = path.join(temp, 'sw.js');
    writeFileSync(swSrc, bundled.outputFiles[0]!.contents);
    const swDest = path.join(siteDir, SERVICE_WORKER_PATH.slice(1));
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: siteDir,
      // The shell: every stylesheet and font, the icon, the offline page and its scripts.
      globPatterns: ['_astro/*.{css,woff2,woff}', 'favicon.svg', ...offlinePageFiles(siteDir)],
      globFollow: false,
      // Fingerprinted names need no revision of their own.
      dontCacheBustURLsMatching: /^_astro\//,
      // Pages by their address ("ngoai-tuyen/"), as the worker looks them up; sorted, for the same bytes every build.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })).sort((a, b) => a.url.localeCompare(b.url)),
          warnings: [],
        }),
      ],
    });
    if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);
    return { version, precached: count, bytes: size };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
