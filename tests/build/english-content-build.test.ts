import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as contentVi from '../../src/i18n/content.vi.ts';
import * as dataVi from '../../src/i18n/data.vi.ts';
import { nameWords, vietnameseText } from '../../scripts/english/vietnamese-text.ts';
import { MINI_RELEASE } from '../fixtures/mini.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The English edition of the profiles, news, search and open-data pages, as built from the
 * mini fixture (issue 15 item 6): an English frame, the province's own words (a profile's
 * title and story, a decision's number and signer, a source's title, a release's title and
 * notes) kept in Vietnamese and marked lang="vi", the files of a release one and the same.
 */
let out: string;
const read = (page: string) => readFileSync(path.join(out, page, 'index.html'), 'utf8');
/** The text of a page without tags, spaces collapsed. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.)])/g, '$1');

/** Every plain string of the two Vietnamese strings modules: none may show on an English page outside lang="vi". */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 3 ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
// A sentence or a label of a few words, not a lone conjunction that other sentences share.
const familyStrings = [...new Set(strings({ ...contentVi, og: undefined }).concat(strings(dataVi)))].filter((s) => /[^ -~]/.test(s) && s.trim().length >= 8);

const ENGLISH_PAGES = ['en/dien-hinh', 'en/dien-hinh/xa-hoa-tham', 'en/dien-hinh/loai/tap-the', 'en/tin-tuc', 'en/tim-kiem', 'en/du-lieu', `en/du-lieu/${MINI_RELEASE}`];

beforeAll(async () => {
  out = (await builtSite('mini')).out;
});

describe('English pages of the content and data sections', () => {
  it('are built, in English, for every section of the family', () => {
    for (const page of ENGLISH_PAGES) expect(read(page), page).toMatch(/^<!DOCTYPE html><html lang="en"/i);
  });

  it('show none of the Vietnamese frame words of content.vi.ts and data.vi.ts outside lang="vi"', () => {
    const places = nameWords(['Lạng Sơn', 'Hoa Thám', 'Bắc Khê', 'Na Sầm', 'Quý Hòa', 'Đình Lập', 'Tân Văn']);
    for (const page of ENGLISH_PAGES) {
      const found = vietnameseText(read(page), places).map((f) => f.text);
      const ours = found.filter((t) => familyStrings.some((s) => t.includes(s)));
      expect(ours, page).toEqual([]);
    }
  });

  it('frames a profile in English and keeps its title, summary, story, decision and signer in Vietnamese', () => {
    const html = read('en/dien-hinh/xa-hoa-tham');
    expect(html).toContain('<title lang="vi">Cán bộ và Nhân dân xã Hoa Thám – For the Poor – Lạng Sơn</title>');
    expect(html).toMatch(/<h1 data-pagefind-meta="title" lang="vi"[^>]*>Cán bộ và Nhân dân xã Hoa Thám<\/h1>/);
    expect(html).toMatch(/<p class="profile__language"[^>]*>Published in Vietnamese: the story below is the original text\.<\/p>/);
    expect(html).toMatch(/<p class="lead" data-prose lang="vi"[^>]*>Hồ sơ thử của một xã được khen thưởng \(minh họa\)\.<\/p>/);
    expect(html).toMatch(/<div class="profile__story" data-prose lang="vi"[^>]*>\s*<p>Hồ sơ thử\.<\/p>/);
    expect(text(html)).toContain('Decision No. 12/QĐ-UBND, 10 January 2025, Chủ tịch UBND tỉnh Lạng Sơn.');
    expect(html).toContain('<span lang="vi">12/QĐ-UBND</span>');
    expect(html).toContain('<span lang="vi">Chủ tịch UBND tỉnh Lạng Sơn</span>');
    expect(text(html)).toContain('Certificate of Merit of the Chairman of the Provincial People’s Committee');
    expect(html).toContain('href="/en/dia-ban/2020-01/10001-hoa-tham/"');
    expect(text(html)).toContain('Hoa Thám commune (Bắc Khê district)');
    expect(html).toContain('<meta name="description" content="A story of the Lạng Sơn emulation movement for the poor, published in Vietnamese.">');
  });

  it('keeps the title of a source in Vietnamese under an English label', () => {
    const html = read('en/dia-ban/2020-01/10001-hoa-tham');
    expect(html).toMatch(/<span class="source-line__label">Source:<\/span> <cite lang="vi">Số liệu minh họa<\/cite>/);
    expect(html).toMatch(/<span class="source-note" lang="vi">Sinh ra cho kiểm thử\.<\/span>/);
  });

  it('lists and filters profiles in English, with links that stay in the English edition', () => {
    const list = read('en/dien-hinh');
    expect(list).toMatch(/<h1[^>]*>Exemplary people and models<\/h1>/);
    expect(list).toMatch(/<h2 class="profile-card__title" lang="vi"[^>]*><a href="\/en\/dien-hinh\/xa-hoa-tham\/"/);
    expect(list).toContain('data-all="1 profile"');
    const filtered = read('en/dien-hinh/loai/tap-the');
    expect(filtered).toMatch(/<h1[^>]*>Exemplary people and models: Collective<\/h1>/);
    expect(read('en/dien-hinh/dia-ban/2020-01/10001-hoa-tham')).toMatch(/<h1[^>]*>Exemplary people and models: Hoa Thám commune \(Bắc Khê district\)<\/h1>/);
  });

  it('searches the English index from the English search page', () => {
    const html = read('en/tim-kiem');
    expect(html).toMatch(/<form class="search-form" role="search" action="\/en\/tim-kiem\/"/);
    expect(html).toContain('data-kinds="[&quot;Exemplary profile&quot;,&quot;News&quot;,&quot;About&quot;,&quot;Plan&quot;]"');
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    expect(entry.languages['en']!.page_count).toBeGreaterThan(0);
  });

  it('describes a release in English, keeps its title and notes, and offers the one set of files', () => {
    const list = read('en/du-lieu');
    expect(list).toMatch(new RegExp(`<a href="/en/du-lieu/${MINI_RELEASE.replace('.', '\\.')}/"[^>]*>${MINI_RELEASE.replace('.', '\\.')}: <span lang="vi">Bộ dữ liệu thử nhỏ</span></a>`));
    expect(list).toMatch(/<dd lang="vi"[^>]*>Dữ liệu kiểm thử\.<\/dd>/);
    const release = read(`en/du-lieu/${MINI_RELEASE}`);
    expect(release).toMatch(new RegExp(`<h1[^>]*>Data release ${MINI_RELEASE.replace('.', '\\.')}</h1>`));
    expect(text(release)).toContain('Review results of poor and near-poor households by unit and year (Excel)');
    expect(release).toContain(`href="/du-lieu/${MINI_RELEASE}/observations.csv"`);
    expect(existsSync(path.join(out, 'en', 'du-lieu', MINI_RELEASE, 'observations.csv'))).toBe(false);
    // The Vietnamese file is the one downloaded from both pages: its words are Vietnamese.
    expect(readFileSync(path.join(out, 'du-lieu', MINI_RELEASE, 'ket-qua-tieu-chi.csv'), 'utf8')).toMatch(/Đạt|Chưa đạt|Chưa đủ số liệu/);
  });

  it('says that the one news feed is in Vietnamese where an English page offers it', () => {
    const feedLinks = (html: string) => html.match(/<(?:a|link)\b[^>]*href="\/rss\.xml"[^>]*>/g) ?? [];
    const english = read('en/tin-tuc');
    expect(text(english)).toContain('Follow the news by RSS (in Vietnamese)');
    expect(feedLinks(english)).toHaveLength(2);
    for (const tag of feedLinks(english)) expect(tag).toContain('hreflang="vi"');
    for (const tag of feedLinks(read('tin-tuc'))) expect(tag).not.toContain('hreflang');
  });

  it('leaves the Vietnamese pages without lang marks: only English pages carry them', () => {
    for (const page of ['dien-hinh/xa-hoa-tham', 'dien-hinh', 'du-lieu', `du-lieu/${MINI_RELEASE}`, 'dia-ban/2020-01/10001-hoa-tham']) {
      expect(read(page).match(/<(?!html\b)[a-z]+[^>]* lang="vi"/g) ?? [], page).toEqual([]);
    }
  });
});
