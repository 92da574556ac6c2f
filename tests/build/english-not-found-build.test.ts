import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { notFoundPage as vi } from '../../src/i18n/pages.vi.ts';
import { notFoundPage as en } from '../../src/i18n/pages.en.ts';
import { ENGLISH_NOT_FOUND_FILE } from '../../src/integrations/error-pages.ts';
import { nameWords, vietnameseText } from '../../scripts/english/vietnamese-text.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The English "not found" page (issue 15): en/404.html, served for a missing address under /en/
 * (deploy/nginx.conf), in English with links into the English edition; /404.html stays
 * Vietnamese. Neither is indexed, listed in the sitemap or a page of its own at /en/404/.
 */
let site: string;
const file = (name: string) => readFileSync(path.join(site, name), 'utf8');
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
const links = (html: string) => [...main(html).matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1]!, m[2]!] as const);

beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

describe('the English "not found" page', () => {
  it('is the file en/404.html, not a page at /en/404/', () => {
    expect(ENGLISH_NOT_FOUND_FILE).toBe('en/404.html');
    expect(existsSync(path.join(site, 'en', '404.html'))).toBe(true);
    expect(existsSync(path.join(site, 'en', '404'))).toBe(false);
  });

  it('is English, neither indexed nor in the sitemap, with no language pair (it has no address of its own)', () => {
    const html = file(ENGLISH_NOT_FOUND_FILE);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${en.title}</h1>`));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('hreflang=');
    expect(html).not.toContain('data-pagefind-body');
    const places = JSON.parse(file('tim-kiem/dia-danh.json')) as { n: string }[];
    expect(vietnameseText(html, nameWords(['Lạng Sơn', ...places.map((p) => p.n)]))).toEqual([]);
    const sitemap = file('sitemap-0.xml');
    expect(sitemap).not.toContain('404');
  });

  it('searches the English edition and links to the English map, communes, districts and home', () => {
    const html = file(ENGLISH_NOT_FOUND_FILE);
    expect(main(html)).toMatch(/<form class="search-form"[^>]* action="\/en\/tim-kiem\/" method="get"/);
    expect(links(html)).toEqual([
      ['/en/ban-do/', en.map],
      ['/en/dia-ban/2025-07/20-lang-son/', en.communes('65', '1 July 2025')],
      ['/en/dia-ban/2020-01/20-lang-son/', en.districts('11', '1 July 2025')],
      ['/en/', en.home],
    ]);
    for (const [href] of links(html)) expect(existsSync(path.join(site, href, 'index.html')), href).toBe(true);
  });

  it('leaves /404.html Vietnamese, with Vietnamese links', () => {
    const html = file('404.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi"/i);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${vi.title}</h1>`));
    expect(links(html).map(([href]) => href)).toEqual(['/ban-do/', '/dia-ban/2025-07/20-lang-son/', '/dia-ban/2020-01/20-lang-son/', '/']);
  });
});
