import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL as SITE } from '../../src/config.ts';
import { writeMini } from '../fixtures/mini.ts';
import { readCollection } from '../../src/domain/content/files.ts';
import { publicProfile } from '../../src/domain/content/public-profile.ts';
import { profileFrontmatter } from '../../src/domain/content/schemas.ts';
import { validate } from '../../src/domain/validation/validate.ts';
import { notFoundPage } from '../../src/i18n/pages.vi.ts';
import { citationText as citeVi } from '../../src/i18n/citation.vi.ts';
import { citationText as citeEn } from '../../src/i18n/citation.en.ts';
import { profiles as profilesVi } from '../../src/i18n/content.vi.ts';
import { profiles as profilesEn } from '../../src/i18n/content.en.ts';
import { updates as updatesVi } from '../../src/i18n/content.vi.ts';
import { updates as updatesEn } from '../../src/i18n/content.en.ts';
import { formatDate as dateVi } from '../../src/format/vi.ts';
import { formatDate as dateEn } from '../../src/format/en.ts';
import { pagesUnder, searchIndex } from './lib/pages.ts';
import sharp from 'sharp';
import { build, builtSite, CAMERA_PHOTO_STORY, CAMERA_PHOTO_UPDATE, HOSTILE_STORY } from './lib/sites.ts';

/**
 * The content pages as built: the embedded release and content/ (share cards, RSS,
 * sitemap, search attributes, consent), fixtures with a profile that breaks the rules,
 * which must not build at all, and a story with raw HTML in it (the two-releases fixture's
 * HOSTILE_STORY), which must reach its page sanitised.
 */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

let site: string;
const page = (p: string) => readFileSync(path.join(site, p, 'index.html'), 'utf8');
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

const profiles = readCollection(path.resolve('content'), 'profiles').map((f) => ({ slug: f.slug, view: publicProfile(f.slug, profileFrontmatter.parse(f.data)) }));
const updates = readCollection(path.resolve('content'), 'updates');

beforeAll(async () => {
  site = (await builtSite('embedded')).out;
});

describe('share cards and share tags', () => {
  it('every profile page has its 1200×630 card, og:image, twitter card and Article JSON-LD', () => {
    const published = profiles.filter((p) => p.view.hasPage);
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const { slug } of published) {
      const png = readFileSync(path.join(site, 'og', 'dien-hinh', `${slug}.png`));
      expect(pngSize(png), slug).toEqual({ width: 1200, height: 630 });
      const html = page(`dien-hinh/${slug}`);
      expect(meta(html, 'og:image'), slug).toBe(`${SITE}/og/dien-hinh/${slug}.png`);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(html).toContain(`<link rel="canonical" href="${SITE}/dien-hinh/${slug}/">`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(ld).toMatchObject({ '@type': 'Article', url: `${SITE}/dien-hinh/${slug}/`, inLanguage: 'vi' });
    }
  });

  it('every update has its card and NewsArticle JSON-LD', () => {
    for (const u of updates) {
      expect(pngSize(readFileSync(path.join(site, 'og', 'tin-tuc', `${u.slug}.png`)))).toEqual({ width: 1200, height: 630 });
      expect(page(`tin-tuc/${u.slug}`)).toContain('"@type":"NewsArticle"');
    }
  });

  it('stories and updates are articles with their date; every other page a website', () => {
    const story = profiles.find((p) => p.view.hasPage)!;
    for (const [p, date] of [[`dien-hinh/${story.slug}`, undefined], ...updates.map((u) => [`tin-tuc/${u.slug}`, (u.data as { publishedAt: string }).publishedAt] as const)] as const) {
      const html = page(p);
      expect(meta(html, 'og:type'), p).toBe('article');
      expect(meta(html, 'article:published_time'), p).toMatch(date ? new RegExp(`^${date}`) : /^\d{4}-\d{2}-\d{2}/);
      expect(html, p).toContain('data-citation');
    }
    for (const p of ['', 'tien-do', 'tieu-chi', 'ban-do', 'du-lieu/2026.1', 'dia-ban/2025-07/05977-dong-kinh']) {
      const html = readFileSync(path.join(site, p, 'index.html'), 'utf8');
      expect(meta(html, 'og:type'), p).toBe('website');
      expect(meta(html, 'article:published_time'), p).toBeUndefined();
    }
  });

  it('map views, /tien-do/, /tieu-chi/ and each release have their own 1200×630 card', () => {
    const cards: [string, string][] = [
      ['tien-do', '/og/tien-do.png'],
      ['tieu-chi', '/og/tieu-chi.png'],
      ['du-lieu/2026.1', '/og/du-lieu/2026.1.png'],
      ['ban-do/2020-01/xa/ty-le-ho-ngheo/2022', '/og/ban-do/2020-01/xa/ty-le-ho-ngheo/2022.png'],
      ['ban-do/2025-07/xa/ty-le-ho-ngheo/2025', '/og/ban-do/2025-07/xa/ty-le-ho-ngheo/2025.png'],
    ];
    for (const [p, card] of cards) {
      expect(meta(readFileSync(path.join(site, p, 'index.html'), 'utf8'), 'og:image'), p).toBe(`${SITE}${card}`);
      expect(pngSize(readFileSync(path.join(site, card))), card).toEqual({ width: 1200, height: 630 });
    }
    const views = pagesUnder(path.join(site, 'ban-do')).filter((f) => f !== path.join(site, 'ban-do', 'index.html'));
    const mapCards = readdirSync(path.join(site, 'og', 'ban-do'), { recursive: true }).map(String).filter((f) => f.endsWith('.png'));
    expect(mapCards.length).toBe(views.length);
  });

  it('every unit of the boundaries in force has its own card; the units of an ended period share its card', () => {
    const { dataset } = validate({ dataRoot: path.resolve('data') });
    const inForce = dataset!.vintages.filter((v) => !v.validTo);
    const ended = dataset!.vintages.filter((v) => v.validTo);
    expect(inForce.length).toBe(1);
    expect(ended.length).toBeGreaterThan(0);
    const expected = [...inForce.flatMap((v) => v.units.map((u) => `${v.id}/${u.code}.png`)), ...ended.map((v) => `${v.id}.png`)].sort();
    const built = readdirSync(path.join(site, 'og', 'dia-ban'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(built).toEqual(expected);
    for (const card of ['2025-07/06613.png', '2020-01.png']) {
      expect(pngSize(readFileSync(path.join(site, 'og', 'dia-ban', card))), card).toEqual({ width: 1200, height: 630 });
    }
    // A unit page names the card that was built for it: its own, or its period's.
    const unitPage = (vintage: string, code: string) => {
      const dir = readdirSync(path.join(site, 'dia-ban', vintage)).find((d) => d.startsWith(`${code}-`))!;
      const html = page(`dia-ban/${vintage}/${dir}`);
      return [meta(html, 'og:image'), meta(html, 'og:image:alt')];
    };
    // It says what the card shows (the card draws 3,26% under "Tỷ lệ hộ nghèo cuối năm 2025"
    // with a "Số liệu minh họa" badge), not only the unit's name; the English page in English.
    expect(unitPage('2025-07', '06613')).toEqual([`${SITE}/og/dia-ban/2025-07/06613.png`, 'Xã Đình Lập: tỷ lệ hộ nghèo cuối năm 2025 là 3,26% (số liệu minh họa)']);
    expect(meta(page(`en/dia-ban/2025-07/${readdirSync(path.join(site, 'en', 'dia-ban', '2025-07')).find((d) => d.startsWith('06613-'))}`), 'twitter:image:alt')).toBe(
      'Đình Lập commune: poverty rate at the end of 2025, 3.26% (illustrative figures)',
    );
    // The alternative text describes the picture shown: the period's card, not the unit.
    expect(unitPage('2020-01', '181')).toEqual([`${SITE}/og/dia-ban/2020-01.png`, 'Huyện và xã trước 01/12/2024']);
  });

  it('a unit page of an ended period keeps its period in every share title and names only the years it has', () => {
    // Phường Đông Kinh before 1/12/2024 and Phường Đông Kinh of today are two units: a chat app
    // reading twitter:title must not show the old one's figures under the bare name.
    const html = page('dia-ban/2020-01/05980-dong-kinh');
    const title = 'Phường Đông Kinh (trước sáp nhập, đến 30/11/2024)';
    expect([meta(html, 'og:title'), meta(html, 'twitter:title')]).toEqual([title, title]);
    for (const tag of ['description', 'og:description', 'twitter:description']) expect(meta(html, tag), tag).toMatch(/phường Đông Kinh, 2021–2024\.$/);
    expect(meta(page('dia-ban/2025-07/05977-dong-kinh'), 'twitter:description')).toMatch(/phường Đông Kinh, 2021–2025\.$/);
  });
});

describe('the criteria page', () => {
  it('counts assessments per district as assessments: a district of 20 units can have 25 met', () => {
    const cells = page('tieu-chi').split('<div class="part-counts"').slice(1).map((c) => c.slice(0, c.indexOf('</div>')));
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) for (const words of ['lượt đạt', 'lượt chưa đạt', 'lượt chưa đủ số liệu']) expect(cell).toMatch(new RegExp(`>[\\d.]+ ${words}<`));
    const english = page('en/tieu-chi').split('<div class="part-counts"').slice(1).map((c) => c.slice(0, c.indexOf('</div>')));
    expect(english.length).toBe(cells.length);
    for (const cell of english) expect(cell).toMatch(/>[\d,]+ assessments met</);
  });
});

describe('the recognitions page', () => {
  it('names the place whose figures each cited criterion was checked against', () => {
    // r-minh-hoa-001: a collective with no profile, so nothing else on the entry says which district met "Huyện nghèo"
    const html = page('khen-thuong');
    const entry = html.slice(html.indexOf('Tập thể minh họa A'), html.indexOf('Tập thể minh họa B'));
    expect(entry).toMatch(/Tiêu chí được nêu, đối chiếu với số liệu của <a href="\/dia-ban\/2020-01\/181-binh-gia\/"[^>]*>huyện Bình Gia<\/a>:/);
  });
  it('gives each recognition its own source, here and on the unit and profile pages', () => {
    const entries = (html: string) => html.split('<article class="recognition"').slice(1).map((a) => a.slice(0, a.indexOf('</article>')));
    const list = entries(page('khen-thuong'));
    expect(list).toHaveLength(5);
    for (const entry of list) expect(entry).toContain('class="source-line__label">Nguồn:</span>');
    const haiYen = list.find((e) => e.includes('Xã Hải Yến'))!;
    expect(haiYen).toContain('data-source="s-dan-tri-2025-06-18-cao-loc"');
    // r-minh-hoa-001 on huyện Bình Gia's page, r-minh-hoa-003 on its profile's (content/profiles/tap-the-minh-hoa-b.md)
    const onUnit = entries(page('dia-ban/2020-01/181-binh-gia'));
    expect(onUnit.length).toBeGreaterThan(0);
    for (const entry of onUnit) expect(entry).toContain('data-source="s-khen-thuong-minh-hoa"');
    expect(entries(page('dien-hinh/tap-the-minh-hoa-b'))[0]).toContain('data-source="s-khen-thuong-minh-hoa"');
  });
  it('does not say what an unseen decision cites', () => {
    // r-2025-hai-yen: known from a press article only, decision number and text not found
    const html = page('khen-thuong');
    const entry = html.slice(html.indexOf('Xã Hải Yến (huyện Cao Lộc)'), html.indexOf('Tập thể minh họa A'));
    expect(entry).toContain('Chưa rõ số quyết định');
    expect(entry).toContain('Chưa thấy văn bản quyết định, nên chưa rõ quyết định dựa vào tiêu chí nào');
    expect(entry).not.toContain('Quyết định không nêu tiêu chí định lượng');
  });
});

describe('consent on the built site', () => {
  const hidden = profiles.find((p) => p.slug === 'nguoi-dan-nhuong-suat-ho-ngheo-minh-hoa')!;

  it('a sample that did not agree to its name, place or photo shows none of them', () => {
    expect(hidden.view.title).toBeUndefined();
    const html = page('dien-hinh/nguoi-dan-nhuong-suat-ho-ngheo-minh-hoa');
    expect(html).not.toContain('Hoàng Thị B');
    expect(html).not.toMatch(/06253|thị trấn Văn Quan|Văn Quan/);
    expect(html).toContain('Không công khai (theo nguyện vọng)');
    for (const p of ['dien-hinh', 'khen-thuong', 'dien-hinh/loai/ca-nhan']) expect(page(p)).not.toContain('Hoàng Thị B');
  });

  it('its place is not a filter, and it is not listed under any place', () => {
    expect(existsSync(path.join(site, 'dien-hinh', 'dia-ban', '2020-01', '06253-van-quan'))).toBe(false);
    const list = page('dien-hinh');
    const card = /<li[^>]*data-kind="ca-nhan"[^>]*>/.exec(list)![0];
    expect(card).toMatch(/data-places(?:="")?[\s>]/);
  });

  it('the sitemap lists published profiles and leaves out search and filter pages', () => {
    const xml = readFileSync(path.join(site, 'sitemap-0.xml'), 'utf8');
    for (const { slug, view } of profiles) expect(xml.includes(`${SITE}/dien-hinh/${slug}/`), slug).toBe(view.hasPage);
    expect(xml).not.toContain('/tim-kiem/');
    expect(xml).not.toContain('/dien-hinh/loai/');
  });
});

describe('news dates', () => {
  const editions = [
    { prefix: '', label: updatesVi.published, format: dateVi },
    { prefix: 'en/', label: updatesEn.published, format: dateEn },
  ];
  const published = new Map(updates.map((u) => [u.slug, (u.data as { publishedAt: string }).publishedAt]));
  /** "Đăng ngày <time datetime="2026-12-01">01/12/2026</time>": the label, then the date a machine reads and the one a reader does. */
  const dated = (label: string, format: (iso: string) => string, iso: string) => `${label} <time datetime="${iso}">${format(iso)}</time>`;
  /** Each news item a page lists: the slug its link opens, and the markup of its item. */
  const listed = (html: string, prefix: string) =>
    html.split(/<li[ >]/).slice(1).flatMap((item) => {
      const slug = new RegExp(`<a href="/${prefix}tin-tuc/([a-z0-9-]+)/"`).exec(item)?.[1];
      return slug && published.has(slug) ? [{ slug, item }] : [];
    });

  it('says "Đăng ngày" ("Published") before the date, in a <time datetime>, on each news page', () => {
    expect(published.size).toBeGreaterThan(0);
    for (const { prefix, label, format } of editions) {
      for (const [slug, iso] of published) expect(page(`${prefix}tin-tuc/${slug}`), `${prefix}tin-tuc/${slug}`).toContain(dated(label, format, iso));
    }
  });

  it('says it for every item of the news list, its pages and topics, and the home page\'s latest news', () => {
    for (const { prefix, label, format } of editions) {
      const lists = [...pagesUnder(path.join(site, prefix, 'tin-tuc')).filter((f) => /[/\\](?:tin-tuc|trang[/\\]\d+|chu-de[/\\][^/\\]+)[/\\]index\.html$/.test(f)), path.join(site, prefix, 'index.html')];
      const seen = new Set<string>();
      for (const file of lists) {
        for (const { slug, item } of listed(readFileSync(file, 'utf8'), prefix)) {
          seen.add(slug);
          expect(item, `${file}: ${slug}`).toContain(dated(label, format, published.get(slug)!));
          // and no other, bare date
          expect(item.match(/<time /g)?.length, `${file}: ${slug}`).toBe(1);
        }
      }
      expect([...seen].sort(), prefix).toEqual([...published.keys()].sort());
    }
  });
});

describe('RSS', () => {
  it('/rss.xml is RSS 2.0 with absolute links, dates and summaries for every update', () => {
    const xml = readFileSync(path.join(site, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed.rss['@_version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.title).toContain('Tin tức');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe('vi');
    const items = [channel.item].flat();
    expect(items).toHaveLength(updates.length);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${SITE}/tin-tuc/[a-z0-9-]+/$`));
      expect(item.guid['#text'] ?? item.guid).toBe(item.link);
      expect(item.description).toBeTruthy();
      expect(new Date(item.pubDate).toString()).not.toBe('Invalid Date');
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
  });
});

describe('search markup', () => {
  it('profiles, updates and pages are indexed with kind and place; filter pages are not', () => {
    const profile = page('dien-hinh/xa-hai-yen-cao-loc');
    expect(profile).toContain('data-pagefind-body');
    expect(profile).toMatch(/data-pagefind-meta="kind"[^>]*>Điển hình · Tập thể</);
    expect(profile).toMatch(/data-pagefind-meta="place"[^>]*>xã Hải Yến \(huyện Cao Lộc\)</);
    expect(page('tin-tuc/ket-qua-ra-soat-ho-ngheo-2025')).toContain('data-pagefind-body');
    expect(page('phuong-phap')).toContain('data-pagefind-body');
    expect(page('dien-hinh')).not.toContain('data-pagefind-body');
  });

  it('the index holds exactly the pages that carry data-pagefind-body, in both languages, and no unit page', () => {
    const marked = pagesUnder(site, { anyHtml: true })
      .filter((p) => readFileSync(p, 'utf8').includes('data-pagefind-body'))
      .map((p) => `/${path.relative(site, path.dirname(p))}/`.replace('//', '/'));
    expect([...searchIndex(site).keys()].sort()).toEqual(marked.sort());
    expect(marked.filter((u) => u.startsWith('/en/')).length).toBeGreaterThan(20);
    expect(marked.some((u) => /\/dia-ban\/\d/.test(u))).toBe(false);
    expect(page('dia-ban/2025-07/06613-dinh-lap')).not.toContain('data-pagefind-body');
  });

  it('indexes what a page says, not its machine text: no CSL-JSON, address or copy button (a story\'s excerpt for "mau son" was its JSON)', () => {
    const index = searchIndex(site);
    const labels = [citeVi.copy, citeVi.copyCsl, citeVi.cslSummary, profilesVi.copyLink, citeEn.copy, citeEn.copyCsl, citeEn.cslSummary, profilesEn.copyLink];
    for (const [url, text] of index) {
      expect(text, url).not.toMatch(/"[\w-]+":|https?:\/\/|<\w/);
      for (const label of labels) expect(text, url).not.toContain(label);
    }
    const stories = profiles.filter((p) => p.view.hasPage && p.view.summary);
    expect(stories.length).toBeGreaterThanOrEqual(8);
    for (const { slug, view } of stories) expect(index.get(`/dien-hinh/${slug}/`), slug).toContain(view.summary);
  });

  it('no page but the search page loads a script that knows about pagefind', () => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(path.join(site, m[1]!), 'utf8')).join('\n') + html;
    expect(scripts(page('tim-kiem'))).toContain('/pagefind/pagefind.js');
    for (const p of ['', 'dien-hinh', 'dien-hinh/xa-hai-yen-cao-loc', 'tin-tuc']) expect(scripts(page(p)), p).not.toContain('pagefind.js');
  });
});

describe('404 page', () => {
  const html = () => readFileSync(path.join(site, '404.html'), 'utf8');

  it('is Vietnamese, carries the demo banner, and is neither indexed nor in the sitemap', () => {
    expect(html()).toMatch(new RegExp(`<h1[^>]*>${notFoundPage.title}</h1>`));
    expect(html()).toContain('<html lang="vi" data-demo="true">');
    expect(html()).toContain('data-demo-banner');
    expect(html()).toContain('<meta name="robots" content="noindex">');
    expect(html()).not.toContain('rel="canonical"');
    expect(readFileSync(path.join(site, 'sitemap-0.xml'), 'utf8')).not.toContain('404');
  });

  it('offers the search, the map, today\'s communes, the former districts and home, by absolute links', () => {
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html())![1]!;
    expect(main).toMatch(/<form class="search-form"[^>]* action="\/tim-kiem\/" method="get"/);
    expect(main).toMatch(/<input id="not-found-q" type="search" name="q"/);
    const links = [...main.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['/ban-do/', notFoundPage.map],
      ['/dia-ban/2025-07/20-lang-son/', notFoundPage.communes('65', '01/7/2025')],
      ['/dia-ban/2020-01/20-lang-son/', notFoundPage.districts('11', '01/7/2025')],
      ['/', notFoundPage.home],
    ]);
    for (const [href] of links) expect(existsSync(path.join(site, href!, 'index.html')), href).toBe(true);
  });
});

describe('a profile that breaks the rules', () => {
  it('stops the build, naming each file and line', async () => {
    // A household's decision, linked to a profile that agreed to its story only.
    const { root, dataRoot } = writeMini((f) => {
      f.recognitions.recognitions.push({
        id: 'r-2025-002', award: 'certificate-of-merit', decision: '45/QĐ-UBND', date: '2025-02-10', issuer: 'Chủ tịch UBND huyện Bắc Khê',
        recipient: { kind: 'household', vintage: '2020-01', unit: '10002', name: 'Hộ gia đình anh Lường Văn Quýt' },
        claims: [], grounds: [], profile: 'ho-vuot-kho', source: 's-qd-12',
      });
    });
    const dir = path.join(root, 'content', 'profiles');
    writeFileSync(
      path.join(dir, 'ho-vuot-kho.md'),
      '---\ntitle: Hộ gia đình anh Lường Văn Quýt vượt khó\nkind: household\nplace: { vintage: "2020-01", unit: "10002" }\nsummary: Một hộ ở xã Quý Hòa vượt khó.\npublishedAt: 2026-01-01\nsample: true\n' +
        'consent: { obtained: true, date: 2026-01-01, scope: [story], record: "Biên bản số 1, lưu tại UBND xã Quý Hòa" }\n---\n\nAnh Quýt nuôi bò.\n',
    );
    writeFileSync(path.join(dir, 'ho-khong-dong-y.md'), '---\ntitle: Hộ gia đình mẫu\nkind: household\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\n---\nCâu chuyện.\n');
    writeFileSync(path.join(dir, 'mo-hinh-so-dien-thoai.md'), '---\ntitle: Mô hình thử\nkind: model\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\n---\n\nLiên hệ 0912 345 678.\n');
    // An iPhone's photo renamed .jpg: the build's image library cannot decode HEIC, whatever the name.
    mkdirSync(path.join(dir, 'anh'), { recursive: true });
    writeFileSync(path.join(dir, 'anh', 'ngua.jpg'), Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.alloc(64)]));
    writeFileSync(path.join(dir, 'mo-hinh-anh-iphone.md'), '---\ntitle: Mô hình có ảnh\nkind: model\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\nimage: ./anh/ngua.jpg\nimageAlt: Đàn ngựa\nimageCredit: Người chụp thử\n---\n\nCâu chuyện.\n');
    writeFileSync(path.join(dir, 'ma-doc.md'), '---\ntitle: Mô hình thử 2\nkind: model\nsummary: Thử.\npublishedAt: 2026-01-01\nsample: true\n---\n\n<script>alert(1)</script> <a href="javascript:alert(2)" onclick="x()">a</a>\n');
    const result = await build(['--data', dataRoot]);
    expect(result.status).not.toBe(0);
    expect(result.log).toMatch(/ho-khong-dong-y\.md:3 {2}consent-missing/);
    expect(result.log).toMatch(/mo-hinh-so-dien-thoai\.md:9 {2}personal-data-phone/);
    expect(result.log).toMatch(/mo-hinh-anh-iphone\.md:7 {2}image-file {2}tệp \.\/anh\/ngua\.jpg là ảnh HEIC/);
    // The release's recognitions.csv would name the household and its commune beside the profile's address.
    expect(result.log).toMatch(/ho-vuot-kho\.md:1 {2}recognition-reveals-subject/);
    expect(result.log).toMatch(/ho-vuot-kho\.md:5 {2}place-without-consent/);
    expect(result.log).toMatch(/ho-vuot-kho\.md:11 {2}name-without-consent/);
    expect(result.log).not.toMatch(/ho-vuot-kho\.md:8 /);
    expect(existsSync(path.join(result.out, 'index.html'))).toBe(false);
    rmSync(result.out, { recursive: true, force: true });
  });

  it('raw HTML in a story reaches the page sanitised', async () => {
    // HOSTILE_STORY is a profile of the shared two-releases fixture; builtSite throws with the log if that build fails.
    const { out } = await builtSite('two-releases');
    const html = readFileSync(path.join(out, 'dien-hinh', HOSTILE_STORY.slug, 'index.html'), 'utf8');
    const story = /<div class="profile__story"[^>]*>([\s\S]*?)<\/div>/.exec(html)![1]!;
    expect(story).toContain('liên kết');
    expect(story).not.toMatch(/<script|javascript:|onclick|onerror|<img/);
  });

  it("a camera's photo is offered at most 1080 px wide, and its original is not published", async () => {
    const { out } = await builtSite('two-releases');
    const html = readFileSync(path.join(out, 'dien-hinh', CAMERA_PHOTO_STORY.slug, 'index.html'), 'utf8');
    const img = /<figure class="profile__photo"[^>]*>\s*<img ([^>]*)>/.exec(html)![1]!;
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(img)?.[1];
    expect([attr('width'), attr('height')]).toEqual(['1080', '720']);
    const offered = [attr('src')!, ...attr('srcset')!.split(', ').map((c) => c.split(' ')[0]!)];
    for (const src of offered) expect((await sharp(path.join(out, src)).metadata()).width, src).toBeLessThanOrEqual(1080);
    const original = path.parse(CAMERA_PHOTO_STORY.photo.file).name;
    expect(readdirSync(path.join(out, '_astro')).filter((f) => f.startsWith(original) && f.endsWith('.jpg'))).toEqual([]);
  });

  it("a camera's photo in an update's text is offered the same way, with its size written (no layout shift)", async () => {
    const { out } = await builtSite('two-releases');
    const html = readFileSync(path.join(out, 'tin-tuc', CAMERA_PHOTO_UPDATE.slug, 'index.html'), 'utf8');
    const img = /<img ([^>]*alt="Lễ trao thưởng ở xã thử"[^>]*)>/.exec(html)![1]!;
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(img)?.[1];
    expect([attr('width'), attr('height'), attr('sizes')]).toEqual(['1080', '720', '(min-width: 48rem) 40rem, 100vw']);
    const offered = [attr('src')!, ...attr('srcset')!.split(', ').map((c) => c.split(' ')[0]!)];
    expect(offered).toHaveLength(4);
    for (const src of offered) expect((await sharp(path.join(out, src)).metadata()).width, src).toBeLessThanOrEqual(1080);
    const original = path.parse(CAMERA_PHOTO_UPDATE.photo.file).name;
    expect(readdirSync(path.join(out, '_astro')).filter((f) => f.startsWith(original) && f.endsWith('.jpg'))).toEqual([]);
  });
});
