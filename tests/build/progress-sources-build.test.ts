import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './lib/sites.ts';

/**
 * The progress pages name the documents behind each chart, as the chart's embed, SVG and
 * Excel file do: on the mini fixture the province's rate rests on a derived 2021 figure
 * (s-tinh-2021) and illustrative ones (s-minh-hoa), each district's on illustrative ones.
 */
let out: string;
const page = (...rel: string[]) => readFileSync(path.join(out, ...rel, 'index.html'), 'utf8');

/** The source ids named in the folded sources of the chart section whose heading has this id. */
function chartSources(html: string, heading: string): string[] {
  const section = html.split('<section').find((s) => s.includes(`id="${heading}"`));
  expect(section, heading).toBeDefined();
  // The folded sources come right before the chart's downloads and embed code.
  const start = section!.indexOf('data-chart-sources');
  const folded = start < 0 ? '' : section!.slice(start, section!.indexOf('class="figure-actions"', start));
  return [...folded.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]!).sort();
}

beforeAll(async () => {
  out = (await builtSite('mini')).out;
});

describe('/tien-do/ sources', () => {
  it('the province rate chart names the derived 2021 source and the illustrative one, in both languages', () => {
    for (const rel of ['tien-do', 'en/tien-do']) {
      expect(chartSources(page(rel), 'chart-province-rate-h'), rel).toEqual(['s-minh-hoa', 's-tinh-2021']);
    }
  });

  it('every district chart names its illustrative source', () => {
    const districts = readdirSync(path.join(out, 'tien-do'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((v) => readdirSync(path.join(out, 'tien-do', v.name), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ['tien-do', v.name, d.name]));
    expect(districts.length).toBeGreaterThan(0);
    for (const rel of districts) {
      const html = page(...rel);
      const heading = /<h2 id="(chart-district-[^"]+-h)"/.exec(html)?.[1];
      expect(heading, rel.join('/')).toBeDefined();
      expect(chartSources(html, heading!), rel.join('/')).toEqual(['s-minh-hoa']);
    }
  });
});
