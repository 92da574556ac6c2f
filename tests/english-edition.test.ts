import { describe, expect, it } from 'vitest';
import * as en from '../src/format/en.ts';
import * as local from '../src/format/local.ts';
import { englishPath, hasEnglishEdition, langOfPath, vietnamesePath } from '../src/i18n/lang.ts';
import { currentLang, keptVietnamese, localized, oncePerLang, renderIn } from '../src/i18n/current.ts';
import { localizeLinks } from '../src/site/localize-links.ts';
import { nameWords, vietnameseText } from '../scripts/english/vietnamese-text.ts';

describe('English number and date formats', () => {
  it('writes numbers the English way, with the same exact rounding as Vietnamese', () => {
    expect(en.formatInt(23511)).toBe('23,511');
    expect(en.formatInt(-1200)).toBe('\u22121,200');
    expect(en.formatPercent(12.2)).toBe('12.20%');
    expect(en.formatDecimal(14.375, 2)).toBe('14.38');
    expect(en.formatDecimal(1.005, 2)).toBe('1.01');
    expect(en.formatPoints(2.95)).toBe('2.95 points');
  });
  it('writes dates day month year and refuses impossible ones', () => {
    expect(en.formatDate('2025-07-01')).toBe('1 July 2025');
    expect(en.formatDateOrMonth('2025-04')).toBe('April 2025');
    expect(() => en.formatDate('2027-02-30')).toThrow(/2027-02-30/);
  });
  it('formats in the language of the page being rendered', async () => {
    expect(local.formatInt(23511)).toBe('23.511');
    expect(await renderIn('en', async () => local.formatPercent(8.38))).toBe('8.38%');
    expect(local.formatPercent(8.38)).toBe('8,38%');
  });
});

describe('paths of the English edition', () => {
  it('tells the language by the /en prefix only', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/ban-do/')).toBe('vi');
    expect(langOfPath('/enx/')).toBe('vi');
  });
  it('gives a twin only to pages, never to files, embeds or the editor', () => {
    expect(hasEnglishEdition('/')).toBe(true);
    expect(englishPath('/')).toBe('/en/');
    expect(englishPath('/du-lieu/2026.2/nguoi-ngheo.csv')).toBe('/du-lieu/2026.2/nguoi-ngheo.csv');
    expect(englishPath('/nhung/')).toBe('/nhung/');
    expect(englishPath('/quan-tri/')).toBe('/quan-tri/');
    expect(hasEnglishEdition('/404/')).toBe(false);
    expect(englishPath('//example.org/')).toBe('//example.org/');
    expect(englishPath('/en/')).toBe('/en/');
    expect(vietnamesePath('/en/')).toBe('/');
    expect(vietnamesePath('/en/dia-ban/x/')).toBe('/dia-ban/x/');
  });
});

describe('localizeLinks', () => {
  it('moves page links and form actions to the English edition and leaves the rest', () => {
    const html =
      '<a class="x" href="/">Home</a><form action="/" method="get"></form><a href="/" hreflang="vi">Tiếng Việt</a>' +
      '<a href="/giay-phep.txt">L</a><a href="https://example.org/">E</a><link rel="icon" href="/favicon.svg"><a href="#main">S</a>';
    expect(localizeLinks(html)).toBe(
      '<a class="x" href="/en/">Home</a><form action="/en/" method="get"></form><a href="/" hreflang="vi">Tiếng Việt</a>' +
        '<a href="/giay-phep.txt">L</a><a href="https://example.org/">E</a><link rel="icon" href="/favicon.svg"><a href="#main">S</a>',
    );
  });
});

describe('localized strings', () => {
  const t = localized({ vi: { hello: 'Xin chào', n: (k: number) => `${k} hộ` }, en: { hello: 'Hello', n: (k: number) => `${k} households` } });
  it('answer in the language of the render they are read in, also across awaits and side by side', async () => {
    expect(t.hello).toBe('Xin chào');
    const pages = await Promise.all([
      renderIn('en', async () => { await new Promise((r) => setTimeout(r, 5)); return [currentLang(), t.hello, t.n(2)]; }),
      renderIn('vi', async () => { await new Promise((r) => setTimeout(r, 1)); return [currentLang(), t.hello, t.n(2)]; }),
    ]);
    expect(pages).toEqual([['en', 'Hello', '2 households'], ['vi', 'Xin chào', '2 hộ']]);
  });
});

describe('vietnameseText (npm run check:english)', () => {
  const allowed = nameWords(['Lạng Sơn', 'Châu Sơn']);
  it('reports Vietnamese words of the page itself, with where they are', () => {
    const html = '<html lang="en"><head><meta name="description" content="Số liệu hộ nghèo"><title>Châu Sơn commune</title></head><body><p>Hộ nghèo: 2.32%</p><img alt="Bản đồ"><input placeholder="Tìm"></body></html>';
    expect(vietnameseText(html, allowed)).toEqual([
      { text: 'Số liệu hộ nghèo', where: 'meta[description]' },
      { text: 'Hộ nghèo: 2.32%', where: 'text' },
      { text: 'Bản đồ', where: 'alt' },
      { text: 'Tìm', where: 'placeholder' },
    ]);
  });
  it('allows place names, quotations marked lang="vi", scripts and hidden elements', () => {
    const html = '<html lang="en"><body><h1>Châu Sơn commune, Lạng Sơn</h1><blockquote lang="vi"><p>Không để ai bị bỏ lại phía sau</p></blockquote><cite lang="vi-VN">Báo Lạng Sơn</cite><script>const x = "Tìm";</script><p hidden>Đang tải</p><template><p>Mẫu</p></template></body></html>';
    expect(vietnameseText(html, allowed)).toEqual([]);
  });
});

describe('oncePerLang', () => {
  it('keeps one value per language, so a cache filled by an English page never answers a Vietnamese one', async () => {
    let made = 0;
    const label = oncePerLang(() => `${currentLang()}-${++made}`);
    expect(await renderIn('en', async () => label())).toBe('en-1');
    expect(label()).toBe('vi-2');
    expect(await renderIn('en', async () => label())).toBe('en-1');
  });
});

describe('keptVietnamese', () => {
  it('marks kept Vietnamese text on English pages only', async () => {
    expect(keptVietnamese()).toBeUndefined();
    expect(await renderIn('en', async () => keptVietnamese())).toBe('vi');
  });
});
