import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { allSections, parsePlan } from '../../src/domain/plan.ts';
import { CARRIED_METHOD_PATH } from '../../src/site/urls.ts';
import { attr, elements, isElement, text, type Element } from './lib/html.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The English edition of the home page, the plan, the commendations and the staff pages, as
 * built from the embedded release: English text around the Vietnamese that stays (the plan's
 * own words, news titles) marked lang="vi", and the Vietnamese pages left as they were.
 */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const PLAN_FILE = 'sources/plan/ke-hoach-phong-trao-thi-dua-2021-2025.txt';
const plan = parsePlan(readFileSync(PLAN_FILE, 'utf8'));
let out: string;
const read = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const tree = (p: string) => elements(parse(read(p)));
const byId = (page: Element[], id: string) => page.find((e) => attr(e, 'id') === id)!;
const h1 = (page: Element[]) => squash(text(page.find((e) => e.tagName === 'h1')!));

beforeAll(async () => {
  out = (await builtSite('embedded')).out;
});

describe('/en/ke-hoach/', () => {
  let page: Element[];
  beforeAll(() => {
    page = tree('en/ke-hoach');
  });

  it('is an English page about the plan', () => {
    expect(read('en/ke-hoach')).toMatch(/<html lang="en"/);
    expect(h1(page)).toBe('Plan of the emulation movement, 2021–2025');
  });

  it('gives every section of the plan an English heading and summary above its Vietnamese text', () => {
    for (const s of allSections(plan)) {
      const section = byId(page, s.anchor);
      const own = section.childNodes.filter(isElement);
      expect(own.some((e) => /^h[234]$/.test(e.tagName) && attr(e, 'class') === 'plan-heading'), s.anchor).toBe(true);
      expect(own.find((e) => attr(e, 'class') === 'plan-gloss'), s.anchor).toBeDefined();
      expect(attr(own.find((e) => e.tagName === 'blockquote')!, 'lang'), s.anchor).toBe('vi');
    }
    expect(squash(text(byId(page, 'ii-1').childNodes.filter(isElement)[0]!))).toBe('1. Targets');
    expect(squash(text(byId(page, 'iv-1-dd').childNodes.filter(isElement)[0]!))).toBe('đ) Households');
  });

  it('quotes the whole plan in Vietnamese, inside lang="vi"', () => {
    const quoted = squash(page.filter((e) => attr(e, 'lang') === 'vi').map(text).join(' '));
    const strip = (line: string) => line.replace(/\*\*/g, '').replace(/^- /, '').replace(/^([IVX]+\.|\d{1,2}\.|[a-zđ]\)) /, '').trim();
    for (const line of readFileSync(PLAN_FILE, 'utf8').split('\n').map(strip).filter(Boolean)) expect(quoted, line).toContain(line);
  });

  it('links each form of award (IV.2.a) to the English commendations page, in English inside the quotation', () => {
    const links = elements(byId(page, 'iv-2-a')).filter((e) => e.tagName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual([
      '/en/khen-thuong/#huan-chuong-lao-dong',
      '/en/khen-thuong/#bang-khen-thu-tuong',
      '/en/khen-thuong/#bang-khen-chu-tich-tinh',
      '/en/khen-thuong/#giay-khen',
    ]);
    // Four links with the same words: each ends in the form of award, hidden, for a screen reader's list of links.
    const awards = ['Labour Order', 'Certificate of Merit of the Prime Minister', 'Certificate of Merit of the Chairman of the Provincial People’s Committee', 'Certificate of Commendation'];
    links.forEach((a, i) => {
      expect(attr(a, 'lang')).toBe('en');
      expect(text(a)).toMatch(new RegExp(`^\\d+ commendations? in the data: ${awards[i]}$`));
    });
  });

  it('tells who does what in English, linking to the English pages', () => {
    const table = page.find((e) => e.tagName === 'table' && attr(e, 'class') === 'plan-responsibilities')!;
    expect(squash(text(elements(table).find((e) => e.tagName === 'caption')!))).toBe('Who does what, and where to see the results');
    const last = elements(table).filter((e) => e.tagName === 'tr').at(-1)!;
    // /tien-do/ and /tieu-chi/ lead to their English twins once those exist (src/i18n/lang.ts).
    expect(elements(last).flatMap((e) => (e.tagName === 'a' ? [attr(e, 'href')] : []))).toEqual([
      '#vi-6',
      expect.stringMatching(/^(\/en)?\/tien-do\/$/),
      expect.stringMatching(/^(\/en)?\/tieu-chi\/$/),
      '/en/khen-thuong/',
    ]);
    expect(text(last)).toContain('The Department of Home Affairs, with the Department of Labour, Invalids and Social Affairs');
  });

  it('leaves the Vietnamese page without gloss or language marks', () => {
    const vi = read('ke-hoach');
    const marked = elements(parse(vi)).filter((e) => attr(e, 'class') === 'plan-gloss' || e.tagName === 'blockquote' || (e.tagName !== 'html' && attr(e, 'lang') === 'vi'));
    expect(marked).toEqual([]);
    expect(vi).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/en\/ke-hoach\/">/);
  });
});

describe('/en/phuong-phap/ and the other staff pages', () => {
  it('gives every Vietnamese staff page an English twin with its English text', () => {
    const pages = readdirSync('content/pages').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.length).toBeGreaterThan(0);
    for (const id of pages) {
      const en = read(`en/${id}`);
      expect(en, id).toMatch(/<html lang="en"/);
      expect(en, id).not.toContain('content-page__untranslated');
      expect(read(id), id).toContain(`hreflang="en" href="`);
    }
    expect(h1(tree('en/phuong-phap'))).toBe('Methods');
    expect(h1(tree('en/quyen-rieng-tu'))).toBe('Privacy');
  });

  it('translates the methods in full, with English numbers, and keeps the anchor that carried figures link to', () => {
    const page = tree('en/phuong-phap');
    const body = squash(text(page.find((e) => attr(e, 'data-prose') !== undefined)!));
    expect(body).toContain('161 / 1,120 = 14.375% → 14.38%');
    expect(body).toContain('302 / 1,866 = 16.18%');
    expect(body).toContain('a fall of 60.68%, more than 50%');
    const anchor = decodeURIComponent(CARRIED_METHOD_PATH.split('#')[1]!);
    expect(squash(text(byId(page, anchor)))).toBe('Figures carried to the new boundaries');
    // Links between the English staff pages and the plan stay in English.
    for (const href of ['/en/ke-hoach/', '/en/phuong-phap/', '/en/khen-thuong/']) expect(read('en/gioi-thieu')).toContain(`href="${href}"`);
  });

  it('quotes the plan’s targets on the English About page in Vietnamese, marked so', () => {
    const quote = tree('en/gioi-thieu').find((e) => e.tagName === 'blockquote')!;
    expect(attr(quote, 'lang')).toBe('vi');
    expect(text(quote)).toContain('tỷ lệ hộ nghèo dân tộc thiểu số giảm trên 3%/năm');
  });
});

describe('/en/ and /en/khen-thuong/', () => {
  it('shows the home page’s figures and table in English, and the news titles as Vietnamese', () => {
    const page = tree('en');
    expect(squash(text(byId(page, 'series-caption')))).toBe('Poverty rate and near-poverty rate of the province, by year of review');
    expect(page.filter((e) => e.tagName === 'dt').map((e) => squash(text(e)))).toContain('Near-poor households');
    expect(squash(text(byId(page, 'baseline').parentNode as Element))).toMatch(/\d{1,3}(,\d{3})* households/);
    const list = page.find((e) => e.tagName === 'ul' && attr(e, 'class') === 'updates')!;
    const news = list.childNodes.filter(isElement).map((li) => li.childNodes.filter(isElement).find((e) => e.tagName === 'a')!);
    expect(news.length).toBeGreaterThan(0);
    for (const a of news) expect(attr(a, 'lang')).toBe('vi');
  });

  it('has an English commendations page linked from the Vietnamese one', () => {
    expect(read('en/khen-thuong')).toMatch(/<html lang="en"/);
    expect(read('khen-thuong')).toMatch(/hreflang="en" href="[^"]*\/en\/khen-thuong\/"/);
  });
});
