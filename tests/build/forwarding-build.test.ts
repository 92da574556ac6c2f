import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { forwardTarget } from '../../src/site/forwarding.ts';
import { OLD } from '../fixtures/releases-diff/two-releases.ts';
import { pagesUnder } from './lib/pages.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * Pages that only forward (src/site/forwarding.ts). On the built embedded site no folder above a
 * reader's page is left without a page (src/site/trimmed-addresses.ts); a forwarding page leads
 * to a built page in the same language, which search engines are told to keep instead. On two
 * releases, the old address of a renamed unit forwards to its page now (src/site/moved-units.ts).
 */
let site: BuiltSite;
let pages: Set<string>;
const html = (route: string) => readFileSync(path.join(site.out, route, 'index.html'), 'utf8');
const refreshOf = (route: string) => forwardTarget(html(route));
/** The embeds other sites frame keep their full addresses (docs/routes.md). */
const EMBEDS = '/nhung/';

beforeAll(async () => {
  site = await builtSite('embedded');
  pages = new Set(pagesUnder(site.out, { forwarding: true }).map((p) => `/${path.relative(site.out, path.dirname(p)).split(path.sep).join('/')}/`.replace('//', '/')));
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
    const forwarding = [...pages].filter((p) => refreshOf(p) !== undefined);
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

  it('lists none of them in the sitemap', () => {
    const forwarding = [...pages].filter((p) => refreshOf(p) !== undefined);
    const sitemap = readFileSync(path.join(site.out, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((p) => forwarding.includes(p))).toEqual([]);
  });
});

describe('the old address of a unit a later release renamed', () => {
  // two-releases: 2026.1 renames commune 20002 of 2025-07, Đình Lập, to Đình Lập Mới.
  let renamed: BuiltSite;
  const at = (route: string) => path.join(renamed.out, route, 'index.html');
  beforeAll(async () => {
    renamed = await builtSite('two-releases');
  });

  it('forwards to its page now, in both languages, and the sitemap lists only the new address', () => {
    expect(forwardTarget(readFileSync(at('/dia-ban/2025-07/20002-dinh-lap/'), 'utf8'))).toBe('/dia-ban/2025-07/20002-dinh-lap-moi/');
    expect(forwardTarget(readFileSync(at('/en/dia-ban/2025-07/20002-dinh-lap/'), 'utf8'))).toBe('/en/dia-ban/2025-07/20002-dinh-lap-moi/');
    expect(forwardTarget(readFileSync(at('/dia-ban/2025-07/20002-dinh-lap-moi/'), 'utf8'))).toBeUndefined();
    expect(readFileSync(at('/dia-ban/2025-07/20002-dinh-lap/'), 'utf8')).toContain('Tên địa bàn này đã được sửa');
    const sitemap = readFileSync(path.join(renamed.out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/dia-ban/2025-07/20002-dinh-lap-moi/<');
    expect(sitemap).not.toContain('/dia-ban/2025-07/20002-dinh-lap/<');
  });

  it('forwards from no other unit address: the units both releases name alike keep their pages', () => {
    const unitPages = pagesUnder(path.join(renamed.out, 'dia-ban'), { forwarding: true }).map((f) => path.relative(renamed.out, f).split(path.sep).join('/')).filter((f) => f.split('/').length === 4);
    expect(unitPages.length).toBeGreaterThan(5);
    expect(unitPages.filter((f) => forwardTarget(readFileSync(path.join(renamed.out, f), 'utf8')) !== undefined)).toEqual(['dia-ban/2025-07/20002-dinh-lap/index.html']);
  });
});

describe('the page of a figure only an earlier release has', () => {
  // dropped-views: the current release (2026.1) keeps no commune figures of today's boundaries,
  // so 2025.1's map views of the 2025-07 communes are no longer pages of the site.
  let dropped: BuiltSite;
  const at = (route: string) => readFileSync(path.join(dropped.out, route, 'index.html'), 'utf8');
  beforeAll(async () => {
    dropped = await builtSite('dropped-views');
  });

  it('forwards to the page of the release that had it, in both languages, as its pinned embed links back', () => {
    const gone = '/ban-do/2025-07/xa/ty-le-ho-ngheo/2025/';
    expect(forwardTarget(at(gone))).toBe(`/du-lieu/${OLD}/`);
    expect(forwardTarget(at(`/en${gone}`))).toBe(`/en/du-lieu/${OLD}/`);
    expect(at(gone)).toContain('Hình này dựng từ số liệu của một phiên bản trước');
    expect(at(`/nhung/${OLD}${gone}`)).toContain(`href="${SITE_URL}/du-lieu/${OLD}/" data-embed-back`);
    // A view both releases have is still a page of its own.
    expect(forwardTarget(at('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/'))).toBeUndefined();
  });

  it('forwards from no page the current release builds itself', () => {
    const forwarding = pagesUnder(dropped.out, { forwarding: true }).filter((f) => forwardTarget(readFileSync(f, 'utf8')) === `/du-lieu/${OLD}/`);
    const routes = forwarding.map((f) => `/${path.relative(dropped.out, path.dirname(f)).split(path.sep).join('/')}/`);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !r.startsWith('/ban-do/2025-07/xa/') && !r.startsWith('/tien-do/'))).toEqual([]);
  });
});
