import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL as SITE } from '../../src/config.ts';
import { forwardTarget } from '../../src/site/forwarding.ts';
import { isForwardingPageFile } from '../../src/site/forwarding-file.ts';
import { NEW, OLD } from '../fixtures/releases-diff/two-releases.ts';
import { checkSite, summarize } from '../../scripts/check-links.ts';
import { builtSite } from './lib/sites.ts';

/**
 * Embeds and per-figure files as built, from the fixture with two published releases
 * (2025.1, then 2026.1 correcting Quý Hòa 2023: 160 → 150 poor, its district Bắc Khê
 * following): every chart of /tien-do/ and every map view has a live embed and one pinned
 * to each release, each pinned one built from its own release's figures.
 */
let out: string;

beforeAll(async () => {
  out = (await builtSite('two-releases')).out;
});

const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
const page = (p: string) => read(path.join(p, 'index.html'));
const exists = (p: string) => existsSync(path.join(out, p));
const pagesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const p = path.join(dir, name);
        return statSync(p).isDirectory() ? pagesUnder(p) : name === 'index.html' && !isForwardingPageFile(p) ? [path.relative(out, dir)] : [];
      })
    : [];
const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('embeds of the charts of /tien-do/', () => {
  // The province's charts on /tien-do/, each district's on its own page (/tien-do/<vintage>/<code>-<slug>/).
  const chartPages = ['tien-do', 'tien-do/2020-01/101-bac-khe', 'tien-do/2020-01/102-na-sam'];
  const tienDo = () => chartPages.map(page).join('\n');
  const chartIds = () => [...tienDo().matchAll(/<h[23] id="(chart-[\w-]+)-h"/g)].map((m) => m[1]!);

  it('offer, under every chart, CSV/SVG/PNG of the current release and the iframe code, live and pinned (each district’s chart on its own page)', () => {
    const html = tienDo();
    const ids = chartIds();
    expect(ids).toEqual(['chart-province-rate', 'chart-province-near-poor', 'chart-province-scale', 'chart-district-101', 'chart-district-102']);
    for (const id of ids) {
      const box = new RegExp(`<textarea id="${id}-nhung-live"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];
      const pinned = new RegExp(`<textarea id="${id}-nhung-pinned"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];
      expect(box, id).toBeDefined();
      const live = /src="([^"]+)"/.exec(decode(box!))![1]!;
      const fixed = /src="([^"]+)"/.exec(decode(pinned!))![1]!;
      expect(live.startsWith(`${SITE}/nhung/bieu-do/`), live).toBe(true);
      expect(fixed).toBe(live.replace('/nhung/', `/nhung/${NEW}/`));
      expect(decode(box!)).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/);
      for (const url of [live, fixed]) expect(exists(new URL(url).pathname + 'index.html'), url).toBe(true);
    }
    // one legend per chart: each district chart stands alone on its page
    expect(html.match(/class="chart-legend"/g)).toHaveLength(ids.length);
    for (const ext of ['csv', 'svg', 'png']) {
      const links = [...html.matchAll(new RegExp(`href="(/du-lieu/${NEW.replace('.', '\\.')}/bieu-do/[^"]+\\.${ext})" download=`, 'g'))].map((m) => m[1]!);
      expect(links, ext).toHaveLength(ids.length);
      for (const link of links) expect(exists(link), link).toBe(true);
    }
  });

  it('build a pinned set for every published release, from that release: Bắc Khê 2023 is 360 / 2.000 = 18,00% in 2025.1, 350 / 2.000 = 17,50% in 2026.1', () => {
    const csv = (id: string) => read(`du-lieu/${id}/bieu-do/ty-le-ho-ngheo/2020-01/101-bac-khe.csv`);
    expect(csv(OLD)).toContain('\r\n101,Bắc Khê,2023,18.00,true\r\n');
    expect(csv(NEW)).toContain('\r\n101,Bắc Khê,2023,17.50,true\r\n');
    expect(page(`nhung/${OLD}/bieu-do/ty-le-ho-ngheo/2020-01/101-bac-khe`)).toContain('18,00%');
    expect(page(`nhung/${NEW}/bieu-do/ty-le-ho-ngheo/2020-01/101-bac-khe`)).toContain('17,50%');
    // The live embed follows the current release.
    expect(page('nhung/bieu-do/ty-le-ho-ngheo/2020-01/101-bac-khe')).toContain('17,50%');
    expect(page(`nhung/${OLD}/bieu-do/ty-le-ho-ngheo`)).toContain(`Phiên bản dữ liệu ${OLD}, công bố 10/02/2026. Khung này không thay đổi khi có số liệu mới.`);
    expect(page('nhung/bieu-do/ty-le-ho-ngheo')).toContain(`Số liệu mới nhất: phiên bản dữ liệu ${NEW}, công bố 01/3/2026.`);
    const live = pagesUnder(path.join(out, 'nhung/bieu-do')).length;
    expect(live).toBe(5);
    for (const id of [OLD, NEW]) expect(pagesUnder(path.join(out, `nhung/${id}/bieu-do`)), id).toHaveLength(live);
  });
});

describe('embeds of the map views', () => {
  it('exist, live and pinned to each release, for every view of the explorer (tables only: the fixture has no boundaries)', () => {
    const views = pagesUnder(path.join(out, 'ban-do')).filter((p) => p !== 'ban-do');
    expect(views.length).toBeGreaterThan(0);
    for (const view of views) {
      expect(exists(`nhung/${view}/index.html`), view).toBe(true);
      expect(exists(`nhung/${NEW}/${view}/index.html`), view).toBe(true);
      expect(exists(`du-lieu/${NEW}/${view}.csv`), view).toBe(true);
      expect(exists(`du-lieu/${NEW}/${view}.svg`), view).toBe(false);
    }
    expect(pagesUnder(path.join(out, 'nhung/ban-do'))).toHaveLength(views.length);
    const embed = page(`nhung/${views[0]}`);
    expect(embed).toContain('Chưa có ranh giới');
    expect(embed).toMatch(/<table[\s>]/);
    const explorer = page(views[0]!);
    expect(explorer).toContain(`href="/du-lieu/${NEW}/${views[0]}.csv"`);
    expect(explorer).not.toContain(`/${views[0]}.svg"`);
  });
});

describe('every embed page', () => {
  // /nhung/ itself is the index of embeds, a page of the site.
  const embeds = () => pagesUnder(path.join(out, 'nhung')).filter((p) => p !== 'nhung');

  it('is a page of its own: lang vi, not indexed, no site header, navigation or footer', () => {
    for (const p of embeds()) {
      const html = page(p);
      expect(html, p).toMatch(/<html lang="vi"/);
      expect(html, p).toContain('<meta name="robots" content="noindex">');
      expect(html, p).not.toContain('site-header');
      expect(html, p).not.toContain('site-nav');
    }
  });

  it('carries the source line and the link back to its page on the site', () => {
    for (const p of embeds()) {
      const html = page(p);
      const source = /<p class="embed__source"[^>]*data-embed-source[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
      expect(source, p).toContain('Nguồn:');
      expect(source, p).toMatch(/phiên bản dữ liệu \d{4}\.\d+/);
      expect(source, p).toContain('CC BY 4.0');
      const back = /<a href="([^"]+)" data-embed-back>/.exec(html)?.[1];
      expect(back, p).toBeDefined();
      const target = new URL(back!);
      expect(target.origin).toBe(SITE);
      expect(exists(`${target.pathname}index.html`), back).toBe(true);
      if (p.includes('/ban-do/')) expect(target.pathname).toBe(`/${p.replace(/^nhung\/(\d{4}\.\d+\/)?/, '')}/`);
      else expect(target.pathname + target.hash).toMatch(/^\/tien-do\/(2020-01\/\d+-[a-z-]+\/)?#chart-[\w-]+-h$/);
    }
  });

  it('is not in the way of the site: no demo banner here (the releases are published), no inline style', () => {
    for (const p of embeds()) {
      const html = page(p);
      expect(html, p).not.toContain('data-demo-banner');
      expect(html, p).not.toMatch(/\sstyle="/);
    }
  });
});

describe('the link back of a pinned embed whose view the current release no longer has', () => {
  // 2026.1 keeps no commune figures of today's boundaries (dropTodaysCommunes): the 2025-07
  // commune views are built only as 2025.1's pinned embeds, which articles keep showing.
  let dropped: string;
  beforeAll(async () => {
    dropped = (await builtSite('dropped-views')).out;
  });
  const backOf = (view: string) => /<a href="([^"]+)" data-embed-back>([^<]*)</.exec(readFileSync(path.join(dropped, 'nhung', OLD, view, 'index.html'), 'utf8'))!.slice(1);

  it("leads to the pinned release's own page, kept for good, and says so; a view both releases have still leads to its page", () => {
    const gone = 'ban-do/2025-07/xa/ty-le-ho-ngheo/2025';
    // No page of its own: its address forwards to the same release page (src/site/forwarding.ts).
    expect(forwardTarget(readFileSync(path.join(dropped, gone, 'index.html'), 'utf8'))).toBe(`/du-lieu/${OLD}/`);
    expect(backOf(gone)).toEqual([`${SITE}/du-lieu/${OLD}/`, `Phiên bản dữ liệu ${OLD} trên trang Vì người nghèo Lạng Sơn`]);
    const kept = 'ban-do/2020-01/xa/ty-le-ho-ngheo/2024';
    expect(existsSync(path.join(dropped, kept, 'index.html'))).toBe(true);
    expect(backOf(kept)).toEqual([`${SITE}/${kept}/`, 'Xem đầy đủ trên trang Vì người nghèo Lạng Sơn']);
  });

  it('leaves no link of the site broken (npm run check:links, which CI runs, failed on 112 after a first real release)', async () => {
    const report = await checkSite(dropped);
    expect(report.pages).toBeGreaterThan(0);
    expect(summarize(report.problems)).toEqual([]);
  });
});
