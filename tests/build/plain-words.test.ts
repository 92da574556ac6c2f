import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACES_PATH } from '../../src/site/urls.ts';
import { isElement, type Node } from './lib/html.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * Issue 13 item 2: no vintage code ("2020-01", "2024-12", "2025-07") in the visible text or
 * the <title> of any public page; readers get dates in words ("từ 01/7/2025"). Left out, as
 * identifiers rather than words: URLs and paths (in attributes or written out in a citation),
 * text in <code> (file names, the methodology's table of codes), scripts and JSON-LD, the
 * staff editor, and the release pages under /du-lieu/<release>/ (and their English twins), whose change tables key every
 * row by (vintage, code) as the downloads do.
 */
const VINTAGE_CODE = /\b20(20-01|24-12|25-07)\b/;

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'code']);

/** What a reader sees (and the tab's title): text nodes outside SKIP, URL-like words removed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if (isElement(n) && SKIP.has(n.tagName)) return;
    if ('childNodes' in n) (n.childNodes as Node[]).forEach(walk);
  };
  walk(parse(html));
  return parts
    .join(' ')
    .split(/\s+/)
    .filter((w) => !w.includes('/') || /^\(?\d{1,2}\/\d{1,2}\/\d{4}/.test(w))
    .join(' ');
}

describe('visibleText', () => {
  it.each([
    ['<title>Xã Châu Sơn (2020-01)</title>', true],
    ['<p>Địa giới 2025-07: hiệu lực</p>', true],
    ['<a href="/dia-ban/2020-01/189-dinh-lap/">Huyện Đình Lập</a>', false],
    ['<p>Trang: https://x.example/dia-ban/2024-12/06613-dinh-lap/</p>', false],
    ['<p>Tệp <code>2020-01-communes.geojson</code></p>', false],
    ['<script type="application/ld+json">{"x":"2025-07"}</script>', false],
    ['<p>từ 01/7/2025, trước 01/12/2024</p>', false],
  ])('%s → shows a code: %s', (html, shows) => {
    expect(VINTAGE_CODE.test(visibleText(`<!doctype html><html><head></head><body>${html}</body></html>`))).toBe(shows);
  });
});

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary', 'title', 'div', 'section', 'ul', 'ol', 'table', 'tr']);

/** The visible text of each block (heading, paragraph, list item, cell…): a heading's last word and the list under it are not one sentence. */
function sentences(html: string): string[] {
  const blocks: string[] = [''];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') blocks[blocks.length - 1] += (n as DefaultTreeAdapterMap['textNode']).value;
    if (isElement(n) && SKIP.has(n.tagName)) return;
    const block = isElement(n) && BLOCKS.has(n.tagName);
    if (block) blocks.push('');
    if ('childNodes' in n) (n.childNodes as Node[]).forEach(walk);
    if (block) blocks.push('');
  };
  walk(parse(html));
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('sentences', () => {
  it('keeps a link inside its sentence and a heading apart from the list under it', () => {
    expect(sentences('<p>Thuộc <a href="/x/">Huyện Bình Gia</a>.</p><h3>Từ ngày 01/12/2024, địa bàn này thuộc</h3><ul><li><a href="/y/">Xã Quý Hòa</a></li></ul>')).toEqual([
      'Thuộc Huyện Bình Gia.',
      'Từ ngày 01/12/2024, địa bàn này thuộc',
      'Xã Quý Hòa',
    ]);
  });
});

const pagesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? pagesUnder(p) : name.endsWith('.html') ? [p] : [];
  });

let site: BuiltSite;
beforeAll(async () => {
  site = await builtSite('embedded');
});

describe('the embedded site in plain words', () => {
  it('shows no vintage code on any public page, titles included', () => {
    const rels = pagesUnder(site.out)
      .map((p) => path.relative(site.out, p).split(path.sep).join('/'))
      .filter((rel) => !rel.startsWith('quan-tri/') && !/^(en\/)?du-lieu\/\d{4}\.\d+\//.test(rel));
    expect(rels.length).toBeGreaterThan(500);
    const found = rels.flatMap((rel) => {
      const text = visibleText(readFileSync(path.join(site.out, rel), 'utf8'));
      const m = VINTAGE_CODE.exec(text);
      return m ? [`${rel}: «${text.slice(Math.max(0, m.index - 60), m.index + 20)}»`] : [];
    });
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('writes every date of a Vietnamese page the one way, the month with no leading zero after February', () => {
    // 01/7/2025 as the province's documents write it, and formatDate; the map's boundary
    // credit, written by hand, said 01/07/2025.
    const rels = pagesUnder(site.out)
      .map((p) => path.relative(site.out, p).split(path.sep).join('/'))
      .filter((rel) => !rel.startsWith('quan-tri/') && !rel.startsWith('en/'));
    const found = rels.flatMap((rel) => {
      const text = visibleText(readFileSync(path.join(site.out, rel), 'utf8'));
      const m = /\b\d{1,2}\/0[3-9]\/\d{4}\b/.exec(text);
      return m ? [`${rel}: «${text.slice(Math.max(0, m.index - 40), m.index + 12)}»`] : [];
    });
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('writes a unit’s type in lower case inside a sentence, descriptions included', () => {
    // "Vị trí của xã Quý Hòa": a unit's type is a common noun. The unit pages' map caption and description,
    // and the district pages of /tien-do/ and /tieu-chi/, wrote "của Xã Quý Hòa", "thuộc Huyện Bình Gia".
    const midSentence = /(?:^|\s)(?:của|thuộc|trong|cho|với|ở|tại|và|về) (?:Xã|Huyện|Phường|Thị trấn|Thành phố|Tỉnh) \p{Lu}/u;
    const rels = pagesUnder(site.out)
      .map((p) => path.relative(site.out, p).split(path.sep).join('/'))
      .filter((rel) => !rel.startsWith('quan-tri/') && !rel.startsWith('en/'));
    const found = rels.flatMap((rel) => {
      const html = readFileSync(path.join(site.out, rel), 'utf8');
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      return [...sentences(html), description].flatMap((text) => {
        const m = midSentence.exec(text);
        return m ? [`${rel}: «${text.slice(Math.max(0, m.index - 30), m.index + 30)}»`] : [];
      });
    });
    expect(found.slice(0, 10)).toEqual([]);
    expect(readFileSync(path.join(site.out, 'dia-ban/2025-07/06076-quy-hoa/index.html'), 'utf8')).toContain('Vị trí của xã Quý Hòa trong tỉnh Lạng Sơn');
  });

  it('titles unit pages in words: today’s units by name, old ones “trước sáp nhập”', () => {
    const title = (rel: string) => /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(site.out, rel), 'utf8'))?.[1] ?? '';
    expect(title('dia-ban/2020-01/06637-chau-son/index.html')).toMatch(/^Xã Châu Sơn \(trước sáp nhập, đến 30\/11\/2024\) – /);
    expect(title('dia-ban/2024-12/06637-chau-son/index.html')).toMatch(/^Xã Châu Sơn \(trước sáp nhập, đến 30\/6\/2025\) – /);
    expect(title('dia-ban/2025-07/06073-hoa-tham/index.html')).toMatch(/^Xã Hoa Thám – /);
  });

  it('publishes the place finder’s list, and the finder on the home and map pages', () => {
    const places = JSON.parse(readFileSync(path.join(site.out, PLACES_PATH), 'utf8')) as { n: string; c?: 1 }[];
    expect(places.filter((p) => p.c)).toHaveLength(65);
    expect(places.some((p) => p.n === 'Bính Xá' && !p.c)).toBe(true);
    for (const page of ['index.html', 'ban-do/index.html']) {
      const html = readFileSync(path.join(site.out, page), 'utf8');
      expect(html, page).toContain('data-place-finder');
      // without JavaScript, today's communes are links, each with the old communes it was formed from
      expect(html, page).toMatch(/<details class="place-finder__list[^"]*"[^>]*>[\s\S]*href="\/dia-ban\/2025-07\/06613-dinh-lap\/"[^<]*>Xã Đình Lập<\/a>[\s\S]*xã Bính Xá \(huyện Đình Lập\)/);
    }
  });
});
