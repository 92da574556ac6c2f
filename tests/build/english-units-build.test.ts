import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameWords, vietnameseText } from '../../scripts/english/vietnamese-text.ts';
import { SITE_URL } from '../../src/config.ts';
import { PLACES_PATH } from '../../src/site/urls.ts';
import { builtSite } from './lib/sites.ts';

/**
 * Issue 15 item 6, the units family of the English edition on the mini fixture: unit pages,
 * the place finder, citations, offline reading and charts speak English under /en/, keep the
 * plan's criteria names in Vietnamese marked lang="vi", and link to English pages. (The
 * Vietnamese pages are unchanged: tests/build/golden-build.test.ts.)
 */
let out: string;
let allowed: Set<string>;
const read = (page: string) => readFileSync(path.join(out, page), 'utf8');
/** The first element that opens with `open` (e.g. `<section aria-labelledby="trend">`), to its closing tag. */
function element(html: string, open: string): string {
  const start = html.indexOf(open);
  expect(start, open).toBeGreaterThanOrEqual(0);
  const tag = /^<(\w+)/.exec(open)![1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`${open} is not closed`);
}
const flat = (html: string) => html.replace(/ data-astro-cid-\w+/g, '').replace(/\s+/g, ' ');

beforeAll(async () => {
  out = (await builtSite('mini')).out;
  allowed = nameWords(['Lạng Sơn', ...(JSON.parse(read(PLACES_PATH)) as { n: string }[]).map((p) => p.n)]);
});

describe('an English unit page', () => {
  it('says what the Vietnamese page says, in English, with English numbers and dates', () => {
    const html = flat(read('en/dia-ban/2020-01/10001-hoa-tham/index.html'));
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1>Hoa Thám commune<span class="unit-formerly"> (before the merger)</span></h1>');
    expect(html).toContain('Unit before the merger: boundaries in force from 1 January 2020 to 30 November 2024.');
    expect(html).toContain('<h2 id="latest">Figures for 2024</h2>');
    expect(html).toContain('<span class="figure" data-key-figure>10.00%</span> 100 / 1,000 households <span class="source-kind source-kind--synthetic">(illustrative)</span>');
    expect(html).toContain('<strong>Classification:</strong> Zone III commune from 2021 (illustrative); Especially difficult commune from 2021 (illustrative)</p>');
    // Every figure of the year table is illustrative: said once, under its caption.
    expect(html).toMatch(/<caption id="trend-chart-table" data-minh-hoa[^>]*>Figures of Hoa Thám commune by year <span class="[^"]*source-kind--table">Figures in this table: illustrative\.<\/span><\/caption>/);
    expect(html).toContain('<span>Poverty rate in 2024: <span data-minh-hoa><strong class="figure">10.00%</strong> <span class="source-kind source-kind--synthetic">(illustrative)</span></span></span>');
    expect(html).toContain('<h3>From 1 July 2025, this area is part of</h3> <ul><li><a href="/en/dia-ban/2025-07/20001-hoa-tham/">Hoa Thám commune<span class="visually-hidden"> (from 1 July 2025)</span></a> (all households)</li></ul>');
  });

  it('names the plan’s criteria in English, as /en/tieu-chi/ does, and quotes the plan in Vietnamese', () => {
    const html = flat(read('en/dia-ban/2020-01/10001-hoa-tham/index.html'));
    expect(html).toContain('<h3 id="tc-commune-especially-difficult">Especially difficult communes</h3>');
    expect(html).toContain('<h3 id="tc-commune-zone">Communes in zones I, II and III</h3>');
    // each quoted from the plan in Vietnamese, followed by our English, its section linked
    expect(html).toContain('<a href="/en/ke-hoach/#iv-1-c">The plan, section IV.1.c</a>: <span lang="vi">“Đối với xã khu vực III');
    expect(html).toContain('In English: “For zone III, zone II and zone I communes');
    // and the recognitions of the old commune today's was formed from, in English words
    expect(vietnameseText(element(flat(read('en/dia-ban/2025-07/20001-hoa-tham/index.html')), '<section class="unit-recognitions"'), allowed)).toEqual([]);
    expect(flat(read('en/dia-ban/2025-07/20001-hoa-tham/index.html'))).toContain('>In the former units this place was formed from</h3>');
  });

  it.each([
    ['en/dia-ban/2020-01/10001-hoa-tham/index.html', ['<section aria-labelledby="trend">', '<section aria-labelledby="lineage">', '<section class="citation"', '<p class="unit-meta">', '<div class="callout"', '<dl class="figures">', '<p class="unit-compare">', '<div class="save-offline"']],
    ['en/dia-ban/2020-01/101-bac-khe/index.html', ['<section aria-labelledby="children">', '<section aria-labelledby="trend">']],
    ['en/dia-ban/2025-07/20001-hoa-tham/index.html', ['<section aria-labelledby="trend">', '<section aria-labelledby="lineage">', '<p class="unit-note">']],
  ])('%s: no Vietnamese outside names and lang="vi" in the unit family’s parts', (page, parts) => {
    const html = flat(read(page));
    for (const open of parts) expect(vietnameseText(element(html, open), allowed), open).toEqual([]);
  });

  it('lists the units below with their results in English', () => {
    const html = flat(read('en/dia-ban/2020-01/101-bac-khe/index.html'));
    expect(html).toMatch(/<caption id="children-caption" data-minh-hoa>Units of Bắc Khê district, figures for 2024 <span class="[^"]*source-kind--table">Figures in this table: illustrative\.<\/span><\/caption>/);
    expect(html).toContain('<span class="status status-not-met">Not met</span>');
    expect(html).toContain('From 1 July 2025, there are no districts: communes and wards report directly to the province.');
  });

  it('says where carried figures come from', () => {
    const html = flat(read('en/dia-ban/2025-07/20001-hoa-tham/index.html'));
    expect(html).toContain('<h3>Formed on 1 July 2025 from</h3>');
    expect(html).toContain('(50.00% of households)');
    expect(html).toContain('<td data-label="Basis">carried from 3 former units</td>');
    // a carried year says so once, in its row header
    expect(html).toMatch(/<th scope="row" data-quy-doi[^>]*>2022 <span class="source-kind source-kind--carried">\(carried\)<\/span><\/th> <td class="num" data-label="Households">3,000<\/td>/);
  });

  it('cites the English page and saves the English parent page for offline reading', () => {
    const html = flat(read('en/dia-ban/2020-01/10001-hoa-tham/index.html'));
    expect(html).toContain(
      `<cite>Lạng Sơn Department of Home Affairs – Emulation and Commendation Board (2026). Hoa Thám commune (boundaries before 1 December 2024) [unit data page]. For the Poor – Lạng Sơn, data release 2025.1. ${SITE_URL}/en/dia-ban/2020-01/10001-hoa-tham/ (accessed <span data-cite-accessed>… … …</span>). The figures of release 2025.1 stay unchanged at ${SITE_URL}/en/du-lieu/2025.1/ (file lang-son-ho-ngheo-2025.1.xlsx, unit code 10001).</cite>`,
    );
    expect(html).toContain('data-urls="[&quot;/en/dia-ban/2020-01/10001-hoa-tham/&quot;,&quot;/en/dia-ban/2020-01/101-bac-khe/&quot;]"');
    expect(html).toContain('<a href="/en/ngoai-tuyen/">See the saved pages</a>');
  });
});

describe('the English place finder and offline page', () => {
  it('lists today’s communes and the old ones in English words, linking to English pages', () => {
    const html = flat(read('en/index.html'));
    expect(html).toContain(
      '<li><a href="/en/dia-ban/2025-07/20002-dinh-lap/">Đình Lập commune</a><span class="place-note"> · Includes: Đình Lập township (Na Sầm city), Tân Văn commune (Na Sầm city)</span></li>',
    );
    expect(html).toContain('Type with or without tone marks. Names of communes before 1 July 2025 lead to today’s communes and wards.');
    // The script gets the English kinds of unit; the one list file stays Vietnamese.
    expect(html).toContain('&quot;types&quot;:{&quot;tỉnh&quot;:&quot;province&quot;');
    expect(read(PLACES_PATH)).toContain('"d":"huyện Bắc Khê"');
  });

  it('has an English offline page, precached by the service worker beside the Vietnamese one', () => {
    const html = flat(read('en/ngoai-tuyen/index.html'));
    expect(html).toContain('<h1>Reading offline</h1>');
    expect(vietnameseText(element(html, '<main'), allowed)).toEqual([]);
    const sw = read('sw.js');
    expect(sw).toContain('"url":"en/ngoai-tuyen/"');
    expect(sw).toContain('"url":"ngoai-tuyen/"');
  });
});
