import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesUnder } from './lib/pages.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The map pages as built, read as plain HTML: what a reader without JavaScript
 * gets. Reads the embedded release's site (with data/geo) and the mini fixture's
 * (no boundaries at all).
 */
let site: string;
let mini: string;
const read = (root: string, page: string) => readFileSync(path.join(root, page, 'index.html'), 'utf8');
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const svgOf = (html: string) => /<svg class="choropleth"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

beforeAll(async () => {
  site = (await builtSite('embedded')).out;
  mini = (await builtSite('mini')).out;
});

describe('map explorer, built from the embedded release', () => {
  it('pre-renders every view: 36 pages on reported figures, 20 on the carried years of 2025-07, and /ban-do/', () => {
    expect(pagesUnder(path.join(site, 'ban-do'))).toHaveLength(57);
  });

  it('/ban-do/ shows, without script, the map of the 65 communes of 2025, legend, summary and table', () => {
    const html = read(site, 'ban-do');
    const svg = svgOf(html);
    expect(count(svg, /<a href="\/dia-ban\/2025-07\/\d{5}-[a-z0-9-]+\/" aria-label="[^"]+"><use href="\/ban-do\/hinh\/2025-07-xa\.[0-9a-f]{10}\.svg#u\d{5}" fill="[^"]+">/g)).toBe(65);
    // xã Hoa Thám (06073, 2025-07): 70 poor of 1.307 households = 5,356…% → 5,36%
    expect(svg).toContain('<a href="/dia-ban/2025-07/06073-hoa-tham/" aria-label="xã Hoa Thám: tỷ lệ hộ nghèo 5,36% năm 2025 (minh họa)">');
    expect(html).toContain('class="map-legend"');
    expect(html).toContain('Tỷ lệ hộ nghèo năm 2025 (%)');
    expect(html).toContain('Năm 2025: 65/65 xã, phường có số liệu.');
    expect(count(html, /<tr>\s*<th scope="row"><a href="\/dia-ban\/2025-07\//g)).toBe(65);
    // Every figure of the table is illustrative: said once, in the caption, not again in each column's header.
    expect(html).toMatch(/<caption id="bang-caption" data-minh-hoa>[^<]*<span class="source-kind source-kind--synthetic">Số liệu minh họa\.<\/span> <\/caption>/);
    expect(html).toContain('<th scope="col" class="num">Tỷ lệ hộ nghèo</th>');
    expect(html.match(/<thead>[\s\S]*?<\/thead>/)![0]).not.toContain('minh họa');
    expect(html).toContain('Ranh giới xã từ 01/7/2025: Bản đồ tham khảo ĐVHC Việt Nam');
    // the years before the reform are carried onto today's communes, and the page says so
    expect(html).toContain('Các năm 2021–2024 trên các đơn vị này là số liệu quy đổi từ các đơn vị trước khi sắp xếp');
    expect(html).toMatch(/href="\/ban-do\/2025-07\/xa\/ty-le-ho-ngheo\/2021\/"[^>]*>\s*2021\s*<small>quy đổi<\/small>/);
    expect(html).toMatch(/aria-current="page" data-map-link>\s*2025\s*<\/a>/);
  });

  it('a carried year on today\'s communes is marked in the legend, the areas, the summary and the table', () => {
    const html = read(site, 'ban-do/2025-07/xa/ty-le-ho-ngheo/2023');
    // xã Hoa Thám (06073, 2025-07) in 2023 = xã Hưng Đạo (118 / 840) + xã Hoa Thám (71 / 489) of 2020: 189 / 1.329 = 14,22%
    expect(svgOf(html)).toContain('aria-label="xã Hoa Thám: tỷ lệ hộ nghèo 14,22% năm 2023 (quy đổi, minh họa)"');
    expect(html).toContain('Năm 2023: số liệu quy đổi từ các đơn vị trước khi sắp xếp địa giới');
    expect(html).toContain('Số liệu năm 2023 của mọi xã, phường trên bản đồ này là số liệu quy đổi');
    expect(html).toMatch(/<caption[^>]*data-quy-doi[^>]*>[\s\S]*Số liệu quy đổi từ các đơn vị cũ\.[\s\S]*<\/caption>/);
    expect(html.match(/<thead>[\s\S]*?<\/thead>/)![0]).not.toContain('quy đổi');
    expect(html).toMatch(/Xã Hoa Thám<\/a><\/th>\s*<td class="num"[^>]*>14,22%<\/td>\s*<td class="num"[^>]*>189<\/td><td class="num"[^>]*>1.329<\/td>/);
  });

  it('a 2020 commune view carries the hand-computed figure in the area, the table and the district borders', () => {
    const html = read(site, 'ban-do/2020-01/xa/ty-le-ho-ngheo/2024');
    // xã Hoa Thám (06073, 2020-01), 2024: 42 poor of 502 households = 8,366…% → 8,37%
    expect(svgOf(html)).toContain('aria-label="xã Hoa Thám: tỷ lệ hộ nghèo 8,37% năm 2024 (minh họa)"');
    expect(html).toMatch(/<a href="\/dia-ban\/2020-01\/06073-hoa-tham\/">Xã Hoa Thám<\/a><\/th>\s*<td[^>]*>Huyện Bình Gia<\/td>\s*<td class="num"[^>]*>8,37%<\/td>\s*<td class="num"[^>]*>42<\/td><td class="num"[^>]*>502<\/td>/);
    expect(count(svgOf(html), /<a href=/g)).toBe(200);
    expect(html).toContain('class="choropleth__borders"');
    // every area has a place for its name, hidden from assistive technology (the links carry the names)
    expect(svgOf(html)).toMatch(/<g class="choropleth__labels" font-size="18" aria-hidden="true">/);
    const labels = /<g class="choropleth__labels"[\s\S]*?<\/g>/.exec(svgOf(html))?.[0] ?? '';
    expect(count(labels, /<text x="\d+" y="\d+" data-box="\d+ \d+"/g)).toBe(200);
    // and each of the eleven districts a place for its name, shown while no commune's fits
    const parents = /<g class="choropleth__parents"[\s\S]*?<\/g>/.exec(svgOf(html))?.[0] ?? '';
    expect(count(parents, /<text x="\d+" y="\d+" data-box="\d+ \d+"/g)).toBe(11);
    expect(parents).toMatch(/<text [^>]*data-box="\d+ \d+">LỘC BÌNH<\/text>/);
    expect(html).toMatch(/<p class="map-credit">\s*Đường đậm: ranh giới huyện\. Chữ in hoa màu xám: tên huyện, ghi khi bản đồ quá nhỏ để ghi tên xã\./);
    // without script no commune's name is written (one or two would fit: namesShown), so a shown
    // label has no display="none" after its box
    expect(labels).not.toMatch(/data-box="\d+ \d+">/);
    // the legend lists only classes with areas, and says how they were chosen
    const legend = /<div class="map-legend"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(count(legend, /<li>/g)).toBeGreaterThanOrEqual(3);
    expect(legend).not.toMatch(/\(0 xã\)/);
    expect(legend).toContain('Các lớp màu chia theo số liệu của mọi năm trên bản đồ này');
    // the readout's place under the map, with words true without script; not a live region:
    // a focused area's link already says its name and figure (tests/e2e/map.ts)
    expect(html).toMatch(/<div class="map-details" data-map-details>\s*<p>Bấm vào một vùng/);
    expect(html).toMatch(/aria-current="page" data-map-link>\s*2024\s*<\/a>/);
  });

  it('the criteria view uses words and patterns, not colour alone', () => {
    const html = read(site, 'ban-do/2020-01/xa/dat-tieu-chi/2024');
    expect(html).toContain('<pattern id="bd-nm"');
    expect(html).toContain('fill="url(#bd-nm)"');
    expect(svgOf(html)).toContain('aria-label="xã Hoa Thám: đạt tiêu chí của Phong trào tính đến năm 2024 (minh họa)"');
    expect(html).toContain('<span class="status status-met">Đạt</span>');
  });

  it('offers only what the data allow, and says why', () => {
    const html = read(site, 'ban-do/2025-07/xa/ty-le-ho-ngheo/2025');
    // every indicator has years on today's communes now that 2021–2024 are carried onto them
    expect(html).not.toContain('map-chip--off');
    // the boundaries of 12/2024 have no figures of their own and no map
    expect(html).toContain('Địa giới 01/12/2024 – 30/6/2025 (194 đơn vị cấp xã, 11 đơn vị cấp huyện): chưa có số liệu, chưa có ranh giới, nên chưa có bản đồ.');
  });

  it('every view and map embed of a layer draws its areas, borders and outline from the one file of its layer\'s shapes', () => {
    const pages = [...pagesUnder(path.join(site, 'ban-do')), ...pagesUnder(path.join(site, 'en', 'ban-do')), ...pagesUnder(path.join(site, 'nhung')).filter((p) => p.includes('/ban-do/'))];
    const filesOfLayer = new Map<string, Set<string>>();
    let uses = 0;
    for (const page of pages) {
      const svg = svgOf(readFileSync(page, 'utf8'));
      if (!svg) continue;
      // no shape copied into the page (the legend's patterns are the only paths)
      expect(/<g class="choropleth__areas">[\s\S]*?<\/g>/.exec(svg)?.[0], page).not.toContain('<path');
      expect(svg, page).not.toMatch(/<path class="choropleth__(outline|borders)"/);
      expect(svg, page).toMatch(/<use class="choropleth__outline" href="[^"]+#vien" aria-hidden="true">/);
      for (const [, file, layer, id] of svg.matchAll(/<use (?:class="[^"]+" )?href="(\/ban-do\/hinh\/(\d{4}-\d{2}-(?:xa|huyen))\.[0-9a-f]{10}\.svg)#([^"]+)"/g)) {
        uses++;
        filesOfLayer.set(layer!, (filesOfLayer.get(layer!) ?? new Set()).add(file!));
        const shapes = readFileSync(path.join(site, file!), 'utf8');
        expect(shapes, `${page} → ${file}#${id}`).toContain(`<path id="${id}" d="M`);
      }
    }
    expect(uses).toBeGreaterThan(10_000);
    expect(Object.fromEntries([...filesOfLayer].map(([layer, files]) => [layer, files.size]))).toEqual({ '2020-01-huyen': 1, '2020-01-xa': 1, '2025-07-xa': 1 });
    for (const [file] of [...filesOfLayer.values()].map((f) => [...f])) {
      const bytes = readFileSync(path.join(site, file!));
      // named after its bytes, so it is cached for good; its paths keep a thin stroke when zoomed
      expect(file, file).toContain(`.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.svg`);
      const text = bytes.toString('utf8');
      expect(count(text, /<path /g), file).toBe(count(text, /vector-effect="non-scaling-stroke"/g));
    }
  });

  it('needs no inline style attribute (the CSP forbids them)', () => {
    for (const page of pagesUnder(path.join(site, 'ban-do'))) {
      expect(readFileSync(page, 'utf8'), page).not.toMatch(/<(?!style)[^>]+\sstyle="/);
    }
  });
});

describe('map explorer, built from a release without boundaries', () => {
  it('builds, says no boundaries exist, and still gives the table', () => {
    const html = read(mini, 'ban-do');
    expect(html).not.toContain('<svg class="choropleth"');
    expect(html).toContain('Chưa có ranh giới cho thời kỳ địa giới từ 01/7/2025, nên chưa vẽ được bản đồ');
    // 150 poor of 3.000 households = 5,00%
    expect(html).toMatch(/Xã Hoa Thám<\/a><\/th>\s*<td class="num"[^>]*>5,00%<\/td>\s*<td class="num"[^>]*>150<\/td><td class="num"[^>]*>3.000<\/td>/);
    expect(pagesUnder(path.join(mini, 'ban-do')).length).toBeGreaterThan(1);
  });
});

describe('the English edition of the map explorer', () => {
  it('pre-renders every view under /en/ban-do/ in English, the figures the same, links to English pages', () => {
    expect(pagesUnder(path.join(site, 'en', 'ban-do'))).toHaveLength(57);
    const html = read(site, 'en/ban-do/2020-01/xa/ty-le-ho-ngheo/2024');
    expect(html).toMatch(/<html lang="en"/);
    // xã Hoa Thám (06073, 2020-01), 2024: 42 poor of 502 households = 8.366…% → 8.37%
    expect(svgOf(html)).toContain('<a href="/en/dia-ban/2020-01/06073-hoa-tham/" aria-label="Hoa Thám commune: poverty rate 8.37% in 2024 (illustrative)">');
    expect(html).toMatch(/<a href="\/en\/dia-ban\/2020-01\/06073-hoa-tham\/">Hoa Thám commune<\/a><\/th>\s*<td[^>]*>Bình Gia district<\/td>\s*<td class="num"[^>]*>8.37%<\/td>\s*<td class="num"[^>]*>42<\/td><td class="num"[^>]*>502<\/td>/);
    expect(html).toContain('<h1>Map: Poverty rate, 2024</h1>');
    expect(html).toContain('Poverty rate, 2024 (%)');
    expect(html).toMatch(/<span class="map-legend__count">\(\d+ communes\)<\/span>/);
    expect(html).toContain('2024: 200 of 200 communes have figures.');
    expect(html).toContain('Commune boundaries 2020–2024: censusVN2009 (M. Choisy, MIT)');
    expect(html).toMatch(/href="\/en\/ban-do\/2020-01\/xa\/ty-le-ho-ngheo\/2023\/"[^>]*>\s*2023\s*<\/a>/);
    expect(html).toMatch(/Communes, wards and townships\s*<small>\s*boundaries 1 January 2020 – 30 November 2024 · 200 communes\s/);
  });

  it('/en/ban-do/ opens on today’s communes and says which years are carried, in English', () => {
    const html = read(site, 'en/ban-do');
    expect(svgOf(html)).toContain('aria-label="Hoa Thám commune: poverty rate 5.36% in 2025 (illustrative)"');
    expect(html).toContain('The figures for 2021–2024 on these units are carried from the units before the reorganisation (marked “carried”)');
    expect(html).toMatch(/href="\/en\/ban-do\/2025-07\/xa\/ty-le-ho-ngheo\/2021\/"[^>]*>\s*2021\s*<small>carried<\/small>/);
    expect(html).toContain('Boundaries 1 December 2024 – 30 June 2025 (194 communes, 11 districts): no data yet, no boundaries yet, so no map yet.');
  });

  it('a criteria view in English: statuses in words, the estimate on carried figures', () => {
    const html = read(site, 'en/ban-do/2025-07/xa/dat-tieu-chi/2025');
    expect(svgOf(html)).toContain('aria-label="Đình Lập commune: meets the criteria of the emulation movement as of 2025 (estimate, illustrative)"');
    expect(html).toContain('<span class="status status-met">Met</span>');
  });

  it('without boundaries: the notice and the table in English', () => {
    const html = read(mini, 'en/ban-do');
    expect(html).toContain('There are no boundaries yet for the period from 1 July 2025, so the map cannot be drawn');
    expect(html).toMatch(/Hoa Thám commune<\/a><\/th>\s*<td class="num"[^>]*>5.00%<\/td>\s*<td class="num"[^>]*>150<\/td><td class="num"[^>]*>3,000<\/td>/);
  });
});
