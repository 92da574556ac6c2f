import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './lib/sites.ts';
import { pagesUnder } from './lib/pages.ts';

/**
 * A unit page's "Thay đổi địa giới" lists the units it was formed from and went into, by
 * boundary period. One name can stand in two groups (xã Hồng Phong of 2020 and of 2024, each
 * its own page), told apart on screen by the headings above them; a screen reader tabbing
 * through the links hears only the links. Each link's words must name one page.
 */
let site: string;
beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

/** The lineage section's links: what a screen reader says (tags dropped, hidden text kept) → where they go. */
function lineageLinks(html: string): Map<string, Set<string>> {
  const section = /<section aria-labelledby="lineage">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  const links = new Map<string, Set<string>>();
  for (const [, href, inner] of section.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const said = inner!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    links.set(said, (links.get(said) ?? new Set()).add(href!));
  }
  return links;
}

describe('unit pages: lineage links', () => {
  for (const lang of ['', 'en'] as const) {
    it(`say which page they open, ${lang || 'vi'}`, () => {
      const pages = pagesUnder(path.join(site, lang, 'dia-ban'));
      let links = 0;
      const ambiguous: string[] = [];
      for (const page of pages) {
        for (const [said, hrefs] of lineageLinks(readFileSync(page, 'utf8'))) {
          links++;
          if (hrefs.size > 1) ambiguous.push(`${path.relative(site, page)}: "${said}" → ${[...hrefs].join(', ')}`);
        }
      }
      expect(links).toBeGreaterThan(500);
      expect(ambiguous).toEqual([]);
    });
  }
});
