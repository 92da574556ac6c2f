// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateData } from './src/integrations/validate-data.ts';
import { errorPages } from './src/integrations/error-pages.ts';
import { unpublishedProfileSlugs } from './src/domain/content/files.ts';
import { EDITOR_PATH, profilePath } from './src/site/urls.ts';
import { isForwardingPageFile } from './src/site/forwarding-file.ts';
import { DEFAULT_LANG, LANGS, NOT_FOUND_PATH, vietnamesePath } from './src/i18n/lang.ts';
import { SITE_URL, astroCacheDir, buildSettings } from './src/config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { photoSizes } from './src/site/content/story-photos.ts';

const { dataRoot, contentRoot, includeDrafts } = buildSettings();

/**
 * sitemap.xml lists what search engines should find: no profile page outside its subject's
 * consent (src/domain/content/public-profile.ts), no search page, no offline page, no embed
 * (the index of embeds, /nhung/, is listed), not the pre-rendered filters of /dien-hinh/
 * (each one repeats the whole list), never the staff editor, nor the English "not found" page
 * (the sitemap leaves out /404/ by itself, but not /en/404/), nor a page that only forwards to
 * another (src/site/forwarding.ts), told by its built file: the sitemap is written after the pages.
 */
const NOT_IN_SITEMAP = new Set([...unpublishedProfileSlugs(contentRoot)].map(profilePath));
const inSitemap = (/** @type {string} */ page) => {
  // An English page is listed when its Vietnamese twin is (src/i18n/lang.ts).
  const path = vietnamesePath(new URL(page).pathname);
  return !NOT_IN_SITEMAP.has(path) && path !== NOT_FOUND_PATH && !path.startsWith('/tim-kiem/') && !path.startsWith('/ngoai-tuyen/') && !(path.startsWith('/nhung/') && path !== '/nhung/') && !path.startsWith(EDITOR_PATH) && !/^\/dien-hinh\/(loai|dia-ban|khen-thuong)\//.test(path);
};
/** Where Astro writes the pages: the build script gives --outDir (scripts/build.ts). */
let outDir = new URL('./dist/', import.meta.url);
const builtPage = (/** @type {string} */ page) => fileURLToPath(new URL(`.${new URL(page).pathname}index.html`, outDir));
const pagesOut = { name: 'pages-out', hooks: { 'astro:config:done': (/** @type {{ config: { outDir: URL } }} */ { config }) => { outDir = config.outDir; } } };
/** Integrations run in order: the data is validated before any page is rendered. */
const integrations = [validateData({ dataRoot, contentRoot, preferDraft: includeDrafts }), mdx(), pagesOut, sitemap({ filter: (page) => inSitemap(page) && !isForwardingPageFile(builtPage(page)) }), errorPages()];

export default defineConfig({
  site: SITE_URL,
  cacheDir: astroCacheDir(contentRoot),
  // Astro's i18n routing, with our own middleware (src/middleware.ts) doing the routing: Vietnamese at
  // the root, English under /en/ (docs/english-edition.md). `manual` keeps Astro's middleware
  // out (it would only redirect) while Astro.currentLocale and astro:i18n know the languages.
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: 'manual' },
  output: 'static',
  trailingSlash: 'always',
  // Pages render eight at a time so that Astro writes HTML while the build's workers draw
  // share cards and PNG downloads and write workbooks (src/site/workers/pool.ts); the output is the same.
  // Styles and scripts go to /_astro/ files, never inline: each page then carries only its
  // own content (inline they were 11 MB of dist/ repeated on 1,500 pages, and their hashes
  // 1.6 KB of CSP on every page), and a reader's second page takes them from the cache.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  integrations,
  // Nothing below may depend on the network or on telemetry: builds are
  // offline and byte-identical for the same inputs (docs/architecture.md#determinism).
  devToolbar: { enabled: false },
  prefetch: false,
  // Astro 7 defaults to 'jsx': React's whitespace rules, which delete a line
  // break between text and an expression ("còn\n{rate}" → "còn3,36%"). For
  // prose-heavy Vietnamese pages we want HTML's rules: whitespace collapses to
  // one space but never disappears between words.
  compressHTML: true,
  // Content Security Policy, as a <meta> on every page. Astro hashes the
  // scripts and styles it emits and lists them in script-src / style-src, so
  // no 'unsafe-inline' is needed or allowed. 'wasm-unsafe-eval' lets pagefind
  // compile its WebAssembly search index; it does not allow eval() of JS.
  // public/_headers and deploy/nginx.conf repeat the hash-free directives as a
  // header (nginx adds frame-ancestors, which a <meta> cannot carry); keep them
  // in step with this list — tests/security.test.ts compares them.
  // Shiki colours code with inline style attributes, which the CSP refuses; the site has no code to colour.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [photoSizes] }) },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
