import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { writeLargeRelease } from '../../scripts/bench/large-dataset.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { Unit } from '../../src/domain/schemas/index.ts';
import { mapParts, type MapPart } from '../../src/domain/map/parts.ts';
import { MAP_PART_MAX } from '../../src/domain/map/settings.ts';
import { areasFrame } from '../../src/domain/map/load.ts';
import { EXPLORER_WIDTH } from '../../src/site/map/map-site.ts';
import { validate } from '../../src/domain/validation/validate.ts';
import { districtPartSlug, pagePartSlug, unitPath } from '../../src/site/urls.ts';
import { pagesUnder } from './lib/pages.ts';
import { build } from './lib/sites.ts';

/**
 * A generated release just above MAP_PART_MAX on both layers of communes (four districts of
 * 2020-01, in two runs of two, and the communes of 2025-07 under no district), with grid boundaries so its maps
 * are drawn, built: the layer's view lists its parts, each part is a page of its own within
 * the map budget, and readers stay in it.
 */
const KB = 1024;
/** The map budget (80 KB) less the page's CSS and script (docs/budgets-and-quality.md#map-pages). */
const MAP_HTML_GZ = 72 * KB;
/** The map budget less the site's stylesheet (9 KB) and the map's script (4.5 KB): for a page and its file of shapes. */
const MAP_PAGE_AND_SHAPES_GZ = 66 * KB;

let out: string;
let dataset: Dataset;
let dataRoot: string;
const read = (page: string) => readFileSync(path.join(out, page, 'index.html'), 'utf8');
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const districtLabel = (d: Unit) => `${d.type === 'thành phố' ? 'Thành phố' : 'Huyện'} ${d.name}`;
const slugOf = (p: MapPart) => (p.districts[0] ? districtPartSlug(p.districts[0]) : pagePartSlug(p.page!));
const layer = (vintage: string) => ({ vintage: dataset.vintage(vintage)!, codes: dataset.vintage(vintage)!.units.filter((u) => u.level === 'commune').map((u) => u.code) });

beforeAll(async () => {
  const root = mkdtempSync(path.join(inject('sitesRoot'), 'map-parts-'));
  const written = writeLargeRelease(root, { communes: MAP_PART_MAX + 10, districts: 4, later: { communes: MAP_PART_MAX + 1 }, seed: 14, boundaries: true });
  dataRoot = written.dataRoot;
  dataset = validate({ dataRoot: written.dataRoot, contentRoot: written.contentRoot }).dataset!;
  const result = await build(['--data', written.dataRoot, '--content', written.contentRoot], path.join(root, 'dist'));
  expect(result.status, result.log.slice(-3000)).toBe(0);
  out = result.out;
});

describe.each([
  ['2020-01', '2024', 2],
  ['2025-07', '2025', 2],
])('the communes of %s (above MAP_PART_MAX), poverty rate %s', (vintage, year, parts) => {
  const view = () => `ban-do/${vintage}/xa/ty-le-ho-ngheo/${year}`;

  it(`split into ${parts} parts, each a run of whole districts or a page in name order`, () => {
    const own = mapParts(dataset, layer(vintage));
    expect(own).toHaveLength(parts);
    expect(own.every((p) => (vintage === '2020-01' ? p.districts.length === 2 : p.page !== undefined && p.districts.length === 0))).toBe(true);
  });

  it('the layer\'s view draws no area and lists no unit: it links every part, with its count', () => {
    const html = read(view());
    expect(html).not.toContain('<svg class="choropleth"');
    expect(html).not.toMatch(/<th scope="row"><a href="\/dia-ban\//);
    for (const p of mapParts(dataset, layer(vintage))) {
      // A run's row names its districts, so a reader finds theirs; a page's row has no such cell.
      const names = p.districts.length > 1 ? `<span class="part-districts">${p.districts.map(districtLabel).join(', ')}</span>` : '';
      expect(html).toMatch(new RegExp(`<th scope="row"><a href="/${view()}/${slugOf(p)}/">[^<]+</a>${names}</th><td class="num" data-label="Số đơn vị">${p.codes.length}</td>`));
    }
    expect(gzipSync(html).length).toBeLessThan(MAP_HTML_GZ);
  });

  it('each part is a page within the map budget: its heading names it, its table lists its units and no other', () => {
    for (const p of mapParts(dataset, layer(vintage))) {
      const html = read(`${view()}/${slugOf(p)}`);
      expect(gzipSync(html).length, slugOf(p)).toBeLessThan(MAP_HTML_GZ);
      const rows = [...html.matchAll(/<th scope="row"[^>]*><a href="(\/dia-ban\/[^"]+)">/g)].map((m) => m[1]);
      expect(rows.sort()).toEqual(p.codes.map((c) => unitPath(vintage, dataset.unit(vintage, c)!)).sort());
      const h1 = /<h1>([\s\S]*?)<\/h1>/.exec(html)![1]!;
      expect(h1).toContain(p.districts[0] ? `Từ ${districtLabel(p.districts[0])} đến ${districtLabel(p.districts.at(-1)!)}` : `Trang ${p.page}: từ`);
      // back to the list of parts, and the English twin
      expect(html).toContain(`href="/${view()}/"`);
      expect(existsSync(path.join(out, 'en', view(), slugOf(p), 'index.html'))).toBe(true);
    }
  });

  it('each part is framed to its own areas and draws them from a file of its own shapes; page and file together stay within the map budget', () => {
    for (const p of mapParts(dataset, layer(vintage))) {
      const html = read(`${view()}/${slugOf(p)}`);
      const uses = [...html.matchAll(/<use href="(\/ban-do\/hinh\/[^"#]+)#u(\d+)"/g)];
      expect(new Set(uses.map((u) => u[1])), slugOf(p)).toEqual(new Set([expect.stringMatching(new RegExp(`^/ban-do/hinh/${vintage}-xa-${slugOf(p)}\\.[0-9a-f]{10}\\.svg$`))]));
      expect(uses.map((u) => u[2]).sort(), slugOf(p)).toEqual([...p.codes].sort());
      const shapes = readFileSync(path.join(out, uses[0]![1]!));
      // the file holds the part's areas and no other
      expect([...shapes.toString('utf8').matchAll(/<path id="u(\d+)"/g)].map((m) => m[1]).sort(), slugOf(p)).toEqual([...p.codes].sort());
      expect(gzipSync(html).length + gzipSync(shapes).length, slugOf(p)).toBeLessThan(MAP_PAGE_AND_SHAPES_GZ);
      // framed to the part's own areas, not to the whole layer
      const { west, south, east, north } = areasFrame(dataRoot, vintage, 'commune', p.codes, EXPLORER_WIDTH)!.bounds;
      expect(/<svg class="choropleth"[^>]* data-bounds="([^"]+)"/.exec(html)?.[1], slugOf(p)).toBe([west, south, east, north].map((n) => n.toFixed(6)).join(','));
    }
  });

  it('the year and indicator controls keep the reader in the same part', () => {
    const p = mapParts(dataset, layer(vintage))[0]!;
    const html = read(`${view()}/${slugOf(p)}`);
    const controls = /<nav class="map-controls"[\s\S]*?<\/nav>/.exec(html)![0];
    // The layer chips lead to each layer's own view (for this layer, the list of parts); indicator and year stay in the part.
    const yearChips = /<ul class="map-chips map-chips--years"[\s\S]*?<\/ul>/.exec(controls)![0];
    const years = [...yearChips.matchAll(/href="\/ban-do\/[^/]+\/xa\/ty-le-ho-ngheo\/(\d{4})\/([^"]*)"/g)];
    expect(years.length).toBeGreaterThan(0);
    for (const [, y, rest] of years) {
      expect(rest, y).toBe(`${slugOf(p)}/`);
      expect(existsSync(path.join(out, 'ban-do', vintage, 'xa', 'ty-le-ho-ngheo', y!, slugOf(p), 'index.html'))).toBe(true);
    }
    expect(controls).toMatch(new RegExp(`href="/ban-do/${vintage}/xa/ty-le-ho-can-ngheo/\\d{4}/${slugOf(p)}/"`));
  });

  it('the embed of the view lists the parts instead of every unit', () => {
    const html = read(`nhung/${view()}`);
    expect(html).not.toMatch(/<th scope="row"><a href="\/dia-ban\//);
    for (const p of mapParts(dataset, layer(vintage))) expect(html).toContain(`href="/${view()}/${slugOf(p)}/"`);
    expect(gzipSync(html).length).toBeLessThan(MAP_HTML_GZ);
  });

  it('the view offers its whole table as CSV, and no drawing of every area', () => {
    const html = read(view());
    expect(html).toContain(`/ban-do/${vintage}/xa/ty-le-ho-ngheo/${year}.csv"`);
    expect(html).not.toMatch(/\/du-lieu\/[^"]*\/ban-do\/[^"]*\.(svg|png)"/);
  });

  it('a unit page links to its part of the map', () => {
    const p = mapParts(dataset, layer(vintage)).at(-1)!;
    const unit = dataset.unit(vintage, p.codes[0]!)!;
    expect(read(unitPath(vintage, unit).slice(1, -1))).toContain(`href="/ban-do/${vintage}/xa/ty-le-ho-ngheo/${year}/${slugOf(p)}/"`);
  });
});

describe('the communes of 2020-01, split into runs of districts', () => {
  it('each run is framed to its districts: a smaller box than the whole layer\'s', () => {
    const bounds = (html: string) => /data-bounds="([^"]+)"/.exec(html)![1]!.split(',').map(Number) as [number, number, number, number];
    const [, wholeSouth, , wholeNorth] = bounds(read('ban-do/2020-01/huyen/ty-le-ho-ngheo/2024'));
    const parts = mapParts(dataset, layer('2020-01'));
    expect(parts.every((p) => p.districts.length > 0)).toBe(true);
    for (const p of parts) {
      const [, south, , north] = bounds(read(`ban-do/2020-01/xa/ty-le-ho-ngheo/2024/${slugOf(p)}`));
      expect(north - south, slugOf(p)).toBeLessThan(0.75 * (wholeNorth - wholeSouth));
    }
  });
});

describe('the districts of 2020-01 (within MAP_PART_MAX)', () => {
  it('stay one view, with every district in its table and no parts', () => {
    const html = read('ban-do/2020-01/huyen/ty-le-ho-ngheo/2024');
    expect(count(html, /<th scope="row"><a href="\/dia-ban\/2020-01\//g)).toBe(4);
    expect(pagesUnder(path.join(out, 'ban-do', '2020-01', 'huyen', 'ty-le-ho-ngheo', '2024'))).toHaveLength(1);
  });
});
