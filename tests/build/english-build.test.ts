import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishPath, hasEnglishEdition } from '../../src/i18n/lang.ts';
import { PLACES_PATH } from '../../src/site/urls.ts';
import { SITE_URL } from '../../src/config.ts';
import { nameWords, vietnameseText } from '../../scripts/english/vietnamese-text.ts';
import { pagesUnder } from './lib/pages.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * Issue 15 item 6: the English edition of the embedded site (docs/english-edition.md).
 * Its pages are English except for place names and the Vietnamese texts they mark
 * lang="vi"; every page of a section with an English edition has its twin; the two are
 * paired by hreflang and by the language switch; an English page's links stay in English.
 */
let site: BuiltSite;
/** Routes of the Vietnamese pages ("/ban-do/") and of the English ones ("/en/ban-do/"). */
let vietnamese: string[];
let english: string[];
const html = (route: string) => readFileSync(path.join(site.out, route, 'index.html'), 'utf8');

beforeAll(async () => {
  site = await builtSite('embedded');
  const routes = pagesUnder(site.out).map((p) => `/${path.relative(site.out, path.dirname(p)).split(path.sep).join('/')}/`.replace('//', '/'));
  english = routes.filter((r) => r.startsWith('/en/'));
  vietnamese = routes.filter((r) => !r.startsWith('/en/'));
});

describe('the English edition of the embedded site', () => {
  it('has a twin for every Vietnamese page of its sections, and nothing else', () => {
    const missing = vietnamese.filter((r) => hasEnglishEdition(r) && !english.includes(englishPath(r)));
    expect(missing.slice(0, 10)).toEqual([]);
    const orphans = english.filter((r) => !vietnamese.includes(r.slice('/en'.length)));
    expect(orphans.slice(0, 10)).toEqual([]);
    expect(english.length).toBeGreaterThan(400);
  });

  it('shows no Vietnamese outside place names and texts marked lang="vi"', () => {
    const places = JSON.parse(readFileSync(path.join(site.out, PLACES_PATH), 'utf8')) as { n: string }[];
    const allowed = nameWords(['Lạng Sơn', ...places.map((p) => p.n)]);
    const found = english.flatMap((route) => vietnameseText(html(route), allowed).map((f) => `${route} (${f.where}): ${f.text}`));
    expect(found.slice(0, 15)).toEqual([]);
  });

  it('pairs each page with its twin: lang, hreflang, the language switch', () => {
    for (const route of english) {
      const page = html(route);
      const twin = route.slice('/en'.length);
      expect(page, route).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      // A page kept out of search engines (the offline page, a preview) has no hreflang pair to offer them.
      if (page.includes('<meta name="robots" content="noindex">')) expect(page, route).not.toContain('hreflang="en" href="http');
      else {
        expect(page, route).toContain(`<link rel="alternate" hreflang="vi" href="${SITE_URL}${twin}">`);
        expect(page, route).toContain(`<link rel="alternate" hreflang="en" href="${SITE_URL}${route}">`);
      }
      expect(page, route).toMatch(new RegExp(`<a class="site-language" href="${twin.replace(/[.]/g, '\\.')}" hreflang="vi" lang="vi"><span class="site-language__code">VI</span><span class="site-language__name">Tiếng Việt</span></a>`));
      expect(html(twin), twin).toMatch(new RegExp(`<a class="site-language" href="${route.replace(/[.]/g, '\\.')}" hreflang="en" lang="en"><span class="site-language__code">EN</span><span class="site-language__name">English</span></a>`));
    }
  });

  it('keeps an English reader in English: no link to a Vietnamese page that has a twin', () => {
    const leaks = english.flatMap((route) =>
      [...html(route).matchAll(/<a\b[^>]*\shref="(\/[^"]*)"[^>]*>/g)]
        .filter((m) => !/\shreflang="/.test(m[0]) && englishPath(m[1]!) !== m[1])
        .map((m) => `${route} → ${m[1]}`),
    );
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it('writes numbers and dates the English way (Vietnamese ones stay only in quoted sources)', () => {
    const home = html('/en/');
    expect(home).toMatch(/<p data-key-figure[^>]*>At the end of \d{4}, the province’s poverty rate was \d+\.\d{2}% and its near-poverty rate \d+\.\d{2}%\./);
    expect(home).toMatch(/<span class="figure"[^>]*>\d+\.\d{2}%<\/span>/);
    expect(home).toContain('<td class="num" data-label="Poor households" data-astro-cid-lcdefpme>23,511</td>');
    expect(html('/')).toContain('<td class="num" data-label="Hộ nghèo" data-astro-cid-lcdefpme>23.511</td>');
    expect(home).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}<\/time>/);
  });
});
