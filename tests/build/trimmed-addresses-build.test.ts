import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { isTrimmedAddress } from '../../src/site/trimmed-addresses.ts';
import { vietnamesePath } from '../../src/i18n/lang.ts';
import { pagesUnder } from './lib/pages.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * An address cut short (src/site/trimmed-addresses.ts) answers on the built embedded site: no
 * folder above a reader's page is left without a page, and those that only forward lead to a
 * built page in the same language, which search engines are told to keep instead.
 */
let site: BuiltSite;
let pages: Set<string>;
const html = (route: string) => readFileSync(path.join(site.out, route, 'index.html'), 'utf8');
const refreshOf = (route: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html(route))?.[1];
/** The embeds other sites frame keep their full addresses (docs/routes.md). */
const EMBEDS = '/nhung/';

beforeAll(async () => {
  site = await builtSite('embedded');
  pages = new Set(pagesUnder(site.out).map((p) => `/${path.relative(site.out, path.dirname(p)).split(path.sep).join('/')}/`.replace('//', '/')));
});

describe('addresses cut short, on the built embedded site', () => {
  it('leaves no folder above a page without a page of its own, in either language', () => {
    const missing = new Set<string>();
    for (const page of pages) {
      if (page.startsWith(EMBEDS)) continue;
      const parts = page.split('/').filter(Boolean);
      for (let n = 1; n < parts.length; n++) {
        const folder = `/${parts.slice(0, n).join('/')}/`;
        if (!pages.has(folder)) missing.add(folder);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('forwards from each to a built page in its own language, named as the canonical address', () => {
    const forwarding = [...pages].filter((p) => isTrimmedAddress(vietnamesePath(p)));
    expect(forwarding).toContain('/dia-ban/');
    expect(forwarding).toContain('/en/ban-do/2020-01/xa/');
    for (const route of forwarding) {
      const target = refreshOf(route);
      expect(target, route).toBeDefined();
      expect(pages.has(target!), `${route} → ${target}`).toBe(true);
      expect(target!.startsWith('/en/'), route).toBe(route.startsWith('/en/'));
      expect(html(route)).toContain(`<link rel="canonical" href="${new URL(target!, SITE_URL).href}">`);
      expect(html(route)).toContain(`<a href="${target}">`);
    }
    expect(refreshOf('/dia-ban/')).toBe('/dia-ban/2025-07/20-lang-son/');
    expect(refreshOf('/en/ban-do/2020-01/xa/')).toBe('/en/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/');
  });

  it('forwards from no page that has content of its own, and lists none of them in the sitemap', () => {
    const contentPages = [...pages].filter((p) => !isTrimmedAddress(vietnamesePath(p)));
    expect(contentPages.filter((p) => refreshOf(p) !== undefined)).toEqual([]);
    const sitemap = readFileSync(path.join(site.out, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((p) => isTrimmedAddress(vietnamesePath(p)))).toEqual([]);
    expect(existsSync(path.join(site.out, 'ban-do', 'index.html'))).toBe(true);
  });
});
