// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { validateData } from './src/integrations/validate-data.ts';
import { unpublishedProfileSlugs } from './src/domain/content/files.ts';
import { profilePath } from './src/site/urls.ts';

/**
 * Public origin of the site. A placeholder until the province assigns a real
 * domain: `.example` is reserved (RFC 2606), so canonical links, share cards
 * and the sitemap can never point at somebody else's host by accident.
 * Change it here and nowhere else.
 */
export const SITE = 'https://giamngheo.langson.example';

/**
 * Data root for the build (layout in docs/data-format.md#layout). `DATA_DIR=fixtures/x npm run build`
 * builds another dataset; relative paths are taken from the project root.
 */
export const DATA_DIR = process.env.DATA_DIR || 'data';
export const DATA_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), DATA_DIR);

/**
 * Integrations run in order. Add new ones here (e.g. data validation first,
 * so an invalid dataset fails before any page is rendered).
 * @type {import('astro').AstroIntegration[]}
 */
/** Profiles referenced by the data live in `content/` beside the data root unless CONTENT_DIR says otherwise. */
const CONTENT_ROOT = resolve(process.env.CONTENT_DIR || resolve(DATA_ROOT, '..', 'content'));
/**
 * sitemap.xml lists what search engines should find: no profile page outside its subject's
 * consent (src/domain/content/public-profile.ts), no search page, and not the pre-rendered
 * filters of /dien-hinh/ (each one repeats the whole list).
 */
const NOT_IN_SITEMAP = new Set([...unpublishedProfileSlugs(CONTENT_ROOT)].map(profilePath));
const inSitemap = (/** @type {string} */ page) => {
  const path = new URL(page).pathname;
  return !NOT_IN_SITEMAP.has(path) && !path.startsWith('/tim-kiem/') && !path.startsWith('/nhung/') && !/^\/dien-hinh\/(loai|dia-ban|khen-thuong)\//.test(path);
};
const integrations = [validateData({ dataRoot: DATA_ROOT, contentRoot: CONTENT_ROOT }), mdx(), sitemap({ filter: inSitemap })];

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
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
  markdown: { syntaxHighlight: false },
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
