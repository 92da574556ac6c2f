import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesUnder } from './lib/pages.ts';
import { builtSite } from './lib/sites.ts';

/**
 * A chart's value axis never says the same value twice: ticks half a percent apart, rounded
 * to whole percents, read "0% 1% 1% 2% 2% 3% 3%" on 24 charts of the embedded site (the
 * communes of Lạng Sơn city, whose rates stay under 4%).
 */
let site: string;
beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

describe('chart axes on every page of the embedded site', () => {
  it('label each tick differently', () => {
    const repeated: string[] = [];
    let axes = 0;
    for (const page of pagesUnder(site)) {
      for (const [, list] of readFileSync(page, 'utf8').matchAll(/<ol class="chart__y"[^>]*>([\s\S]*?)<\/ol>/g)) {
        const labels = [...list!.matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((m) => m[1]!);
        axes++;
        if (new Set(labels).size < labels.length) repeated.push(`${page}: ${labels.join(' ')}`);
      }
    }
    expect(axes).toBeGreaterThan(1000);
    expect(repeated.slice(0, 5)).toEqual([]);
  });
});
