/**
 * /robots.txt: everything may be crawled (pages that should not be indexed say so with
 * their own noindex: embeds, search, the offline page), and where the sitemap is. The
 * address comes from the site's setting (src/config.ts), never written here.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
