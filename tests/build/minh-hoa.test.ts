import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/domain/validation/validate.ts';
import { CARRIED_MARK, ENGLISH, VIETNAMESE, carriedTokens, illustrativeTokens, leadYear, scanPage, tokensOf, vintageYears, type MarkRule } from './lib/minh-hoa.ts';
import { pagesUnder } from './lib/pages.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * "Done when" of issue #11: every page of the built site marks each illustrative figure
 * ("minh họa" beside it, in an element with data-minh-hoa), and a vintage's page leads
 * with a year of that vintage's own figures. The rule and how figures are found:
 * tests/build/lib/minh-hoa.ts, docs/budgets-and-quality.md#illustrative-figures.
 * The same rule keeps carried figures (issue #12) from being shown as reported: "quy đổi"
 * (or "ước tính" for a criteria result) beside each, in an element with data-quy-doi.
 * The English edition (/en/) is held to the same rule in its own notation and words:
 * "9.05% (illustrative)", "14.22% (carried, illustrative)", "Met (estimate)".
 */

describe('the rule, both ways, on small pages', () => {
  const tokens = new Set(['9,05%', '17.842', '3,15']);
  const rules = (body: string) => scanPage(`<!doctype html><html><body>${body}</body></html>`, tokens).map((f) => `${f.rule} ${f.token}`.trim());

  /** [case, body, findings] */
  const cases: [string, string, string[]][] = [
    ['a figure without its mark', '<p>Năm 2022: 9,05%.</p>', ['figure-unmarked 9,05%']],
    ['the same figure marked', '<p data-minh-hoa>Năm 2022: 9,05% (minh họa).</p>', []],
    ['a mark in the element, the figure in a child', '<p data-minh-hoa><span>17.842</span> hộ <span>(minh họa)</span></p>', []],
    ['a mark without the visible words', '<p data-minh-hoa>Năm 2022: 9,05%.</p>', ['mark-without-words']],
    ['the words without the mark', '<p>Năm 2022: 9,05% (minh họa).</p>', ['figure-unmarked 9,05%']],
    ['a mark over a whole section', '<div data-minh-hoa><h2>Số liệu (minh họa)</h2><p>9,05%</p></div>', ['mark-too-wide']],
    ['a figure that is not illustrative', '<p>Năm 2025: 2,32%.</p>', []],
    ['the row count of a download is not the figure', '<li>observations.csv · 95,7 KB · 17.842 dòng</li>', []],
    ['a code, a date or a longer number is not the figure', '<p>Mã 06073, ngày 15/03/2022, mục IV.1.b, 193,15 ha, 217.842 hộ</p>', []],
    ['a column marked in its header', '<table><thead><tr><th>Xã</th><th data-minh-hoa>Tỷ lệ (minh họa)</th></tr></thead><tbody><tr><th scope="row">A</th><td>9,05%</td></tr></tbody></table>', []],
    ['a column whose header is not marked', '<table><thead><tr><th>Xã</th><th>Tỷ lệ</th></tr></thead><tbody><tr><th scope="row">A</th><td>9,05%</td></tr></tbody></table>', ['figure-unmarked 9,05%']],
    ['a row marked in its header', '<table><tbody><tr><th scope="row" data-minh-hoa>2022 (minh họa)</th><td>17.842</td><td>9,05%</td></tr></tbody></table>', []],
    ['a table marked in its caption', '<table><caption data-minh-hoa>Số liệu theo năm <span>Số liệu trong bảng: minh họa.</span></caption><tbody><tr><th scope="row">2022</th><td>17.842</td><td>9,05%</td></tr></tbody></table>', []],
    ['a caption marked without the words', '<table><caption data-minh-hoa>Số liệu theo năm</caption><tbody><tr><th scope="row">2022</th><td>9,05%</td></tr></tbody></table>', ['mark-without-words', 'figure-unmarked 9,05%']],
    ['a caption with the words but not the mark', '<table><caption>Số liệu trong bảng: minh họa.</caption><tbody><tr><th scope="row">2022</th><td>9,05%</td></tr></tbody></table>', ['figure-unmarked 9,05%']],
    ['an accessible name without the words', '<a href="/x/" aria-label="xã A: 9,05%">A</a>', ['figure-unmarked 9,05%']],
    ['an accessible name with the words', '<a href="/x/" aria-label="xã A: 9,05% (minh họa)">A</a>', []],
    ['staff-written Markdown', '<div data-prose><p>Ví dụ: 161 / 17.842 = 3,15</p></div>', []],
    ['a script', '<script>const x = "9,05%";</script>', []],
  ];
  it.each(cases)('%s', (_, body, expected) => expect(rules(body)).toEqual(expected));

  describe('for carried figures', () => {
    const carried = new Set(['14,22%', '1.329']);
    const carriedRules = (body: string) =>
      scanPage(`<!doctype html><html><body>${body}</body></html>`, carried, CARRIED_MARK).map((f) => `${f.rule} ${f.token}`.trim());
    const carriedCases: [string, string, string[]][] = [
      ['a carried figure shown as reported', '<td>14,22%</td>', ['figure-unmarked 14,22%']],
      ['a carried figure marked', '<td><span data-quy-doi data-minh-hoa>14,22% (quy đổi, minh họa)</span></td>', []],
      ['a criteria result on carried figures', '<li data-quy-doi>Đạt (ước tính): 1.329 hộ</li>', []],
      ['the illustrative mark alone does not say it is carried', '<td><span data-minh-hoa>14,22% (minh họa)</span></td>', ['figure-unmarked 14,22%']],
      ['a carried mark without its words', '<td><span data-quy-doi>14,22% (minh họa)</span></td>', ['mark-without-words']],
      ['a row of carried figures marked in its header', '<table><tbody><tr><th scope="row" data-quy-doi>2023 (quy đổi)</th><td>1.329</td><td>14,22%</td></tr></tbody></table>', []],
      ['a table of carried figures marked in its caption', '<table><caption data-quy-doi>Xã A <span>Số liệu trong bảng: quy đổi.</span></caption><tbody><tr><th scope="row">2023</th><td>1.329</td><td>14,22%</td></tr></tbody></table>', []],
      ['an illustrative caption does not say the table is carried', '<table><caption data-minh-hoa>Xã A <span>Số liệu trong bảng: minh họa.</span></caption><tbody><tr><th scope="row">2023</th><td>14,22%</td></tr></tbody></table>', ['figure-unmarked 14,22%']],
    ];
    it.each(carriedCases)('%s', (_, body, expected) => expect(carriedRules(body)).toEqual(expected));
  });

  it('reads figures the way the site writes them', () => {
    expect(tokensOf('2022 9,05%; 17.842 hộ; giảm 3,15 điểm; −0,50; năm 2024; mã 06073; 12.953 căn')).toEqual(['9,05%', '17.842', '3,15', '0,50', '12.953']);
  });
});

describe('the rule, both ways, on small English pages (/en/)', () => {
  const tokens = new Set(['9.05%', '17,842', '3.15']);
  const rules = (body: string) =>
    scanPage(`<!doctype html><html lang="en"><body>${body}</body></html>`, tokens, ENGLISH.illustrative).map((f) => `${f.rule} ${f.token}`.trim());

  /** [case, body, findings] */
  const cases: [string, string, string[]][] = [
    ['a figure without its mark', '<p>In 2022: 9.05%.</p>', ['figure-unmarked 9.05%']],
    ['the same figure marked', '<p data-minh-hoa>In 2022: 9.05% (illustrative).</p>', []],
    ['a mark in the element, the figure in a child', '<p data-minh-hoa><span>17,842</span> households <span>(illustrative)</span></p>', []],
    ['a mark without the visible words', '<p data-minh-hoa>In 2022: 9.05%.</p>', ['mark-without-words']],
    ['a mark with the Vietnamese words only', '<p data-minh-hoa>In 2022: 9.05% (minh họa).</p>', ['mark-without-words']],
    ['the words without the mark', '<p>In 2022: 9.05% (illustrative).</p>', ['figure-unmarked 9.05%']],
    ['a mark over a whole section', '<div data-minh-hoa><h2>Figures (illustrative)</h2><p>9.05%</p></div>', ['mark-too-wide']],
    ['a figure that is not illustrative', '<p>In 2025: 2.32%.</p>', []],
    ['the row count of a download is not the figure', '<li>observations.csv · 95.7 KB · 17,842 rows</li>', []],
    ['a code, a date or a longer number is not the figure', '<p>Code 06073, 15 March 2022, item IV.1.b, 193.15 ha, 217,842 households</p>', []],
    ['a column marked in its header', '<table><thead><tr><th>Commune</th><th data-minh-hoa>Rate (illustrative)</th></tr></thead><tbody><tr><th scope="row">A</th><td>9.05%</td></tr></tbody></table>', []],
    ['a column whose header is not marked', '<table><thead><tr><th>Commune</th><th>Rate</th></tr></thead><tbody><tr><th scope="row">A</th><td>9.05%</td></tr></tbody></table>', ['figure-unmarked 9.05%']],
    ['a row marked in its header', '<table><tbody><tr><th scope="row" data-minh-hoa>2022 (illustrative)</th><td>17,842</td><td>9.05%</td></tr></tbody></table>', []],
    ['a table marked in its caption', '<table><caption data-minh-hoa>Figures by year <span>Figures in this table: illustrative.</span></caption><tbody><tr><th scope="row">2022</th><td>17,842</td><td>9.05%</td></tr></tbody></table>', []],
    ['a caption marked with the Vietnamese words only', '<table><caption data-minh-hoa>Số liệu trong bảng: minh họa.</caption><tbody><tr><th scope="row">2022</th><td>9.05%</td></tr></tbody></table>', ['mark-without-words', 'figure-unmarked 9.05%']],
    ['an accessible name without the words', '<a href="/en/x/" aria-label="A commune: 9.05%">A</a>', ['figure-unmarked 9.05%']],
    ['an accessible name with the words', '<a href="/en/x/" aria-label="A commune: 9.05% (illustrative)">A</a>', []],
    ['staff-written Markdown', '<div data-prose><p>Example: 161 / 17,842 = 3.15</p></div>', []],
    ['a script', '<script>const x = "9.05%";</script>', []],
  ];
  it.each(cases)('%s', (_, body, expected) => expect(rules(body)).toEqual(expected));

  describe('for carried figures', () => {
    const carried = new Set(['14.22%', '1,329']);
    const carriedRules = (body: string) =>
      scanPage(`<!doctype html><html lang="en"><body>${body}</body></html>`, carried, ENGLISH.carried).map((f) => `${f.rule} ${f.token}`.trim());
    const carriedCases: [string, string, string[]][] = [
      ['a carried figure shown as reported', '<td>14.22%</td>', ['figure-unmarked 14.22%']],
      ['a carried figure marked', '<td><span data-quy-doi data-minh-hoa>14.22% (carried, illustrative)</span></td>', []],
      ['a criteria result on carried figures', '<li data-quy-doi>Met (estimate): 1,329 households</li>', []],
      ['the illustrative mark alone does not say it is carried', '<td><span data-minh-hoa>14.22% (illustrative)</span></td>', ['figure-unmarked 14.22%']],
      ['a carried mark without its words', '<td><span data-quy-doi>14.22% (illustrative)</span></td>', ['mark-without-words']],
      ['a carried mark with the Vietnamese words only', '<td><span data-quy-doi>14.22% (quy đổi)</span></td>', ['mark-without-words']],
      ['a row of carried figures marked in its header', '<table><tbody><tr><th scope="row" data-quy-doi>2023 (carried)</th><td>1,329</td><td>14.22%</td></tr></tbody></table>', []],
    ];
    it.each(carriedCases)('%s', (_, body, expected) => expect(carriedRules(body)).toEqual(expected));
  });

  it('reads figures the way the English edition writes them', () => {
    expect(tokensOf('2022 9.05%; 17,842 households; down 3.15 points; −0.50; in 2024; code 06073; 12,953 houses', ENGLISH)).toEqual(['9.05%', '17,842', '3.15', '0.50', '12,953']);
  });

  it('reads no English figure with the Vietnamese conventions, and no Vietnamese one with the English', () => {
    expect(rules('<p>In 2022: 9,05%; 17.842 households.</p>')).toEqual([]);
    expect(scanPage('<p>Năm 2022: 9.05%; 17,842 hộ.</p>', new Set(['9,05%', '17.842']))).toEqual([]);
  });
});

let site: BuiltSite;
/** The Vietnamese pages: all but the English edition. */
let pages: { rel: string; html: string }[];
/** The English edition, under en/. */
let englishPages: { rel: string; html: string }[];
let tokens: Set<string>;
let carried: Set<string>;
let englishTokens: Set<string>;
let englishCarried: Set<string>;
/** The figures each rule looks for, in its language's notation. */
let figuresOf: Map<MarkRule, Set<string>>;

beforeAll(async () => {
  site = await builtSite('embedded');
  const { dataset } = validate({ dataRoot: site.dataRoot });
  tokens = illustrativeTokens(dataset!);
  carried = carriedTokens(dataset!);
  englishTokens = illustrativeTokens(dataset!, ENGLISH);
  englishCarried = carriedTokens(dataset!, ENGLISH);
  figuresOf = new Map([
    [VIETNAMESE.illustrative, tokens],
    [CARRIED_MARK, carried],
    [ENGLISH.illustrative, englishTokens],
    [ENGLISH.carried, englishCarried],
  ]);
  const all = pagesUnder(site.out, { anyHtml: true }).map((p) => ({ rel: path.relative(site.out, p), html: readFileSync(p, 'utf8') }));
  pages = all.filter((p) => !isEnglish(p.rel));
  englishPages = all.filter((p) => isEnglish(p.rel));
});

const findingsOf = (selected: { rel: string; html: string }[], rule: MarkRule = VIETNAMESE.illustrative) =>
  selected.flatMap(({ rel, html }) => scanPage(html, figuresOf.get(rule)!, rule).map((f) => `${rel}: ${f.rule} ${f.token} «${f.context.slice(0, 100)}»`));
const isEnglish = (rel: string) => rel.startsWith('en/');
const isUnitPage = (rel: string) => rel.startsWith('dia-ban/');
const isEnglishUnitPage = (rel: string) => rel.startsWith('en/dia-ban/');
/** "9.05%" → "9,05%", "1,329" → "1.329": an English figure in Vietnamese notation. */
const inVietnamese = (t: string) => t.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'));

describe('the embedded site', () => {
  it('knows its illustrative figures: thousands of them, none of the published province figures', () => {
    expect(tokens.size).toBeGreaterThan(1000);
    for (const published of ['2,32%', '12,20%', '3,36%', '4.643', '23.511', '199.765']) expect(tokens.has(published), published).toBe(false);
    // The province rate of 2022 and the household count of 2023 are sums of synthetic districts.
    for (const synthetic of ['9,05%', '6,11%']) expect(tokens.has(synthetic), synthetic).toBe(true);
    // Shares of split communes in the crosswalks, written "(50,00% số hộ)" on the pages of xã Bính Xá
    // and its successors, are not figures of a unit, though synthetic rates happen to have the same values.
    for (const share of ['50,00%', '7,25%']) expect(tokens.has(share), share).toBe(false);
  });

  it('marks every illustrative figure on every page but the unit pages', () => {
    const others = pages.filter((p) => !isUnitPage(p.rel));
    expect(others.length).toBeGreaterThan(200);
    expect(findingsOf(others).slice(0, 20)).toEqual([]);
  });

  it('marks every illustrative figure on the unit pages (/dia-ban/…)', () => {
    expect(findingsOf(pages.filter((p) => isUnitPage(p.rel))).slice(0, 20)).toEqual([]);
  });

  it('knows its carried figures: those of today\'s communes before the reform, none of the reported ones', () => {
    expect(carried.size).toBeGreaterThan(500);
    // xã Hoa Thám (2025-07) in 2023: xã Hoa Thám and xã Hưng Đạo of 2020, 189 poor of 1.329 households (tests/embed-files.test.ts).
    for (const t of ['14,22%', '1.329']) expect(carried.has(t), t).toBe(true);
    // Carried from synthetic communes, so illustrative as well.
    expect(tokens.has('14,22%')).toBe(true);
    for (const published of ['2,32%', '3,36%', '23.511']) expect(carried.has(published), published).toBe(false);
    // The province's ethnic-minority rate fell by 1,11 points in 2025 (/tien-do/, a reported, illustrative
    // figure); a commune's carried reduction of the same value does not make that one carried.
    expect(tokens.has('1,11')).toBe(true);
    expect(carried.has('1,11')).toBe(false);
  });

  it('shows no carried figure as reported, on any page (home, /tien-do/, /ban-do/ views of carried years, unit pages, embeds)', () => {
    expect(findingsOf(pages, CARRIED_MARK).slice(0, 20)).toEqual([]);
  });

  it('knows the years of each vintage\'s own figures: recorded, or carried into its units', () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const sorted = (v: string) => [...vintageYears(dataset!, v)].sort();
    expect(sorted('2020-01')).toEqual([2021, 2022, 2023, 2024]);
    // No record of its own: the years carried into its units from those of 2020.
    expect(dataset!.data.observations.observations.filter((o) => o.vintage === '2024-12')).toEqual([]);
    expect(sorted('2024-12')).toEqual([2021, 2022, 2023, 2024]);
    expect(sorted('2025-07')).toEqual([2021, 2022, 2023, 2024, 2025]);
    const page = pages.find((p) => p.rel === 'dia-ban/2024-12/06025-doi-can/index.html')!;
    expect(leadYear(page.html)).toBe(2024);
  });

  it('gives no estimate on a page of the intermediate boundaries (2024-12), as their communes\' pages say: a district\'s table of its communes neither', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const intermediate = pages.filter((p) => p.rel.startsWith('dia-ban/2024-12/'));
    expect(intermediate.length).toBeGreaterThan(100);
    expect(intermediate.filter((p) => text(p.html).includes('(ước tính)')).map((p) => p.rel)).toEqual([]);
    // Every figure of the table is carried and illustrative: said once, under the caption.
    expect(text(pages.find((p) => p.rel === 'dia-ban/2024-12/183-cao-loc/index.html')!.html)).toContain(
      'Các đơn vị trực thuộc huyện Cao Lộc, số liệu năm 2024 Số liệu trong bảng: quy đổi, minh họa. Đơn vị Tỷ lệ nghèo Tỷ lệ cận nghèo Mức giảm (điểm %) Tiêu chí Thị trấn Đồng Đăng 0,25% 5,30% 0,65 Chưa đủ số liệu',
    );
  });

  it('leads each unit page with a year of its own vintage\'s figures', () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const yearsOf = (vintage: string) => vintageYears(dataset!, vintage);
    const wrong = pages.filter((p) => isUnitPage(p.rel)).flatMap(({ rel, html }) => {
      const vintage = rel.split('/')[1]!;
      const year = leadYear(html);
      return year === undefined || yearsOf(vintage).has(year) ? [] : [`${rel}: leads with ${year}, its vintage has ${[...yearsOf(vintage)].join(', ') || 'no figures'}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('the embedded site in English (/en/)', () => {
  it('knows its figures in English notation: the same ones as in Vietnamese', () => {
    expect(englishTokens.size).toBe(tokens.size);
    expect(englishCarried.size).toBe(carried.size);
    expect([...englishTokens].map(inVietnamese).filter((t) => !tokens.has(t))).toEqual([]);
    expect([...englishCarried].map(inVietnamese).filter((t) => !carried.has(t))).toEqual([]);
    for (const published of ['2.32%', '12.20%', '3.36%', '4,643', '23,511', '199,765']) expect(englishTokens.has(published), published).toBe(false);
    for (const synthetic of ['9.05%', '6.11%']) expect(englishTokens.has(synthetic), synthetic).toBe(true);
    for (const share of ['50.00%', '7.25%']) expect(englishTokens.has(share), share).toBe(false);
    for (const t of ['14.22%', '1,329']) expect(englishCarried.has(t), t).toBe(true);
    expect(englishTokens.has('1.11')).toBe(true);
    expect(englishCarried.has('1.11')).toBe(false);
  });

  it('shows illustrative figures in English notation, with the English words (the scan below is not empty)', () => {
    const progress = englishPages.find((p) => p.rel === 'en/tien-do/index.html')!;
    expect(progress.html).toContain('2022: 9.05% (illustrative)');
    const findings = (html: string) => scanPage(html, englishTokens, ENGLISH.illustrative).map((f) => `${f.rule} ${f.token}`.trim());
    expect(findings(progress.html)).toEqual([]);
    expect(findings(progress.html.replaceAll(' data-minh-hoa', ''))).toContain('figure-unmarked 9.05%');
    expect(findings(progress.html.replaceAll('(illustrative)', ''))).toContain('mark-without-words');
  });

  it('marks every illustrative figure on every English page but the unit pages', () => {
    const others = englishPages.filter((p) => !isEnglishUnitPage(p.rel));
    expect(others.length).toBeGreaterThan(100);
    expect(findingsOf(others, ENGLISH.illustrative).slice(0, 20)).toEqual([]);
  });

  it('marks every illustrative figure on the English unit pages (/en/dia-ban/…)', () => {
    const units = englishPages.filter((p) => isEnglishUnitPage(p.rel));
    expect(units.length).toBe(pages.filter((p) => isUnitPage(p.rel)).length);
    expect(findingsOf(units, ENGLISH.illustrative).slice(0, 20)).toEqual([]);
  });

  it('shows no carried figure as reported, on any English page', () => {
    expect(findingsOf(englishPages, ENGLISH.carried).slice(0, 20)).toEqual([]);
  });

  it('leads each English unit page with a year of its own vintage\'s figures', () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const wrong = englishPages.filter((p) => isEnglishUnitPage(p.rel)).flatMap(({ rel, html }) => {
      const vintage = rel.split('/')[2]!;
      const year = leadYear(html);
      return year !== undefined && vintageYears(dataset!, vintage).has(year) ? [] : [`${rel}: leads with ${year}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
