import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesUnder } from './lib/pages.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The province keeps its boundaries through every reform, so its 2024 poverty rate (3,36%,
 * Dân Việt 16/9/2025) is a published figure on every page, never one "quy đổi" from old
 * units: the unit pages of December 2024 compared their carried rate with the province's
 * and marked all three "(quy đổi)". The units' own carried rates keep their mark.
 */
let site: string;
beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

const LANGS = [
  { dir: '', province: 'tỉnh Lạng Sơn', rate: '3,36%', carried: 'quy đổi' },
  { dir: 'en', province: 'Lạng Sơn province', rate: '3.36%', carried: 'carried' },
] as const;

/** The comparison sentence of a unit page, and the source lines that follow it. */
function comparison(html: string): { sentence: string; sources: string[] } | undefined {
  const start = html.indexOf('<p class="unit-compare"');
  if (start < 0) return undefined;
  const end = html.indexOf('</p>', start);
  const after = html.slice(end, html.indexOf('</section>', end));
  return { sentence: html.slice(start, end), sources: [...after.matchAll(/<div class="source-line" data-source="([^"]+)"/g)].map((m) => m[1]!) };
}

describe('the province figure on the unit pages of December 2024', () => {
  for (const lang of LANGS) {
    it(`is the published rate with its source, never marked carried (${lang.dir || 'vi'})`, () => {
      const pages = pagesUnder(path.join(site, lang.dir, 'dia-ban', '2024-12'));
      const wrong: string[] = [];
      let compared = 0;
      for (const page of pages) {
        const found = comparison(readFileSync(page, 'utf8'));
        if (!found) continue;
        compared++;
        const where = path.relative(site, page);
        if (!found.sentence.includes(`${lang.province} (${lang.rate})`)) wrong.push(`${where}: ${found.sentence.slice(found.sentence.indexOf(lang.province), found.sentence.indexOf(lang.province) + 160)}`);
        if (!found.sources.includes('s-tinh-2024-dan-viet')) wrong.push(`${where}: no source line for the province (${found.sources.join(', ')})`);
        // The unit's own rate is carried (no commune or district of that period reported 2024): it keeps the mark.
        if (!/<span data-minh-hoa data-quy-doi>[\d.,]+% <span class="source-kind[^"]*">\([^)]*\)<\/span><\/span>/.test(found.sentence) || !found.sentence.includes(`(${lang.carried}`)) {
          wrong.push(`${where}: the unit's carried rate lost its mark`);
        }
      }
      // Every commune and district of the period (206 units less the province).
      expect(compared).toBe(205);
      expect(wrong).toEqual([]);
    });
  }
});

describe('the province figure anywhere', () => {
  it('is never wrapped in a carried mark, in either language', () => {
    const wrong: string[] = [];
    for (const page of pagesUnder(site)) {
      const html = readFileSync(page, 'utf8');
      for (const lang of LANGS) {
        if (html.includes(`${lang.province} (<span data-quy-doi`) || html.includes(`${lang.province} (<span data-minh-hoa data-quy-doi`)) wrong.push(path.relative(site, page));
      }
    }
    expect(wrong).toEqual([]);
  });
});
