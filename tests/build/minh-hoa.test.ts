import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/domain/validation/validate.ts';
import { illustrativeTokens, leadYear, scanPage, tokensOf } from './lib/minh-hoa.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * "Done when" of issue #11: every page of the built site marks each illustrative figure
 * ("minh họa" beside it, in an element with data-minh-hoa), and a vintage's page leads
 * with a year of that vintage's own figures. The rule and how figures are found:
 * tests/build/lib/minh-hoa.ts, docs/budgets-and-quality.md#illustrative-figures.
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
    ['a code, a date or a longer number is not the figure', '<p>Mã 06073, ngày 15/03/2022, mục IV.1.b, 193,15 ha, 217.842 hộ</p>', []],
    ['a column marked in its header', '<table><thead><tr><th>Xã</th><th data-minh-hoa>Tỷ lệ (minh họa)</th></tr></thead><tbody><tr><th scope="row">A</th><td>9,05%</td></tr></tbody></table>', []],
    ['a column whose header is not marked', '<table><thead><tr><th>Xã</th><th>Tỷ lệ</th></tr></thead><tbody><tr><th scope="row">A</th><td>9,05%</td></tr></tbody></table>', ['figure-unmarked 9,05%']],
    ['a row marked in its header', '<table><tbody><tr><th scope="row" data-minh-hoa>2022 (minh họa)</th><td>17.842</td><td>9,05%</td></tr></tbody></table>', []],
    ['an accessible name without the words', '<a href="/x/" aria-label="xã A: 9,05%">A</a>', ['figure-unmarked 9,05%']],
    ['an accessible name with the words', '<a href="/x/" aria-label="xã A: 9,05% (minh họa)">A</a>', []],
    ['staff-written Markdown', '<div data-prose><p>Ví dụ: 161 / 17.842 = 3,15</p></div>', []],
    ['a script', '<script>const x = "9,05%";</script>', []],
  ];
  it.each(cases)('%s', (_, body, expected) => expect(rules(body)).toEqual(expected));

  it('reads figures the way the site writes them', () => {
    expect(tokensOf('2022 9,05%; 17.842 hộ; giảm 3,15 điểm; −0,50; năm 2024; mã 06073; 12.953 căn')).toEqual(['9,05%', '17.842', '3,15', '0,50', '12.953']);
  });
});

const pagesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? pagesUnder(p) : name.endsWith('.html') ? [p] : [];
  });

let site: BuiltSite;
let pages: { rel: string; html: string }[];
let tokens: Set<string>;

beforeAll(async () => {
  site = await builtSite('embedded');
  const { dataset } = validate({ dataRoot: site.dataRoot });
  tokens = illustrativeTokens(dataset!);
  pages = pagesUnder(site.out).map((p) => ({ rel: path.relative(site.out, p), html: readFileSync(p, 'utf8') }));
});

const findingsOf = (selected: { rel: string; html: string }[]) =>
  selected.flatMap(({ rel, html }) => scanPage(html, tokens).map((f) => `${rel}: ${f.rule} ${f.token} «${f.context.slice(0, 100)}»`));
const isUnitPage = (rel: string) => rel.startsWith('dia-ban/');

describe('the embedded site', () => {
  it('knows its illustrative figures: thousands of them, none of the published province figures', () => {
    expect(tokens.size).toBeGreaterThan(1000);
    for (const published of ['2,32%', '12,20%', '3,36%', '4.643', '23.511', '199.765']) expect(tokens.has(published), published).toBe(false);
    // The province rate of 2022 and the household count of 2023 are sums of synthetic districts.
    for (const synthetic of ['9,05%', '6,11%']) expect(tokens.has(synthetic), synthetic).toBe(true);
  });

  it('marks every illustrative figure on every page but the unit pages', () => {
    const others = pages.filter((p) => !isUnitPage(p.rel));
    expect(others.length).toBeGreaterThan(200);
    expect(findingsOf(others).slice(0, 20)).toEqual([]);
  });

  it('marks every illustrative figure on the unit pages (/dia-ban/…)', () => {
    expect(findingsOf(pages.filter((p) => isUnitPage(p.rel))).slice(0, 20)).toEqual([]);
  });

  it('leads each unit page with a year of its own vintage\'s figures', () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const yearsOf = (vintage: string) => new Set(dataset!.data.observations.observations.filter((o) => o.vintage === vintage).map((o) => o.year));
    const wrong = pages.filter((p) => isUnitPage(p.rel)).flatMap(({ rel, html }) => {
      const vintage = rel.split('/')[1]!;
      const year = leadYear(html);
      return year === undefined || yearsOf(vintage).has(year) ? [] : [`${rel}: leads with ${year}, its vintage has ${[...yearsOf(vintage)].join(', ') || 'no figures'}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
