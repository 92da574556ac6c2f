/**
 * The rule "every illustrative figure carries its mark" (docs/budgets-and-quality.md#illustrative-figures),
 * checked on built HTML.
 *
 * A figure is a number token of the visible text or of an attribute read out to screen-reader
 * users (aria-label, title, alt): a percentage with decimals ("9,05%"), a decimal with two
 * places ("3,15", a reduction in points) or a whole number of 1.000 or more written with
 * dot groups ("17.842"). A figure is illustrative when the release has it as a figure resting
 * on a synthetic source (a count, a rate, a reduction, a change of scale, formatted as the
 * site formats them) and nowhere as a figure that does not.
 *
 * Each language writes its figures and its marks its own way (Conventions): the English
 * edition under /en/ writes "17,842", "9.05%", "3.15" and the words "illustrative", "carried",
 * "estimate" (src/format/en.ts, src/i18n/marks.en.ts). The attributes are the same in both.
 *
 * An illustrative figure is marked when it stands inside an element with the attribute
 * `data-minh-hoa` whose own text says "minh họa" (in English, "illustrative") and that is
 * no wider than a sentence, a cell, a card or a source note (≤ MARK_SPAN characters, no
 * heading, table or section inside), or in a table cell whose column header, row header or
 * the table's caption is such an element; in an attribute, when the same attribute says "minh họa". The check runs
 * both ways: a figure without its mark is reported, and so is a mark without the visible
 * words or wider than it may be. Staff-written Markdown and summaries (`data-prose`) are left out: they are not
 * rendered from the data, and the content checks hold them to their sources.
 *
 * The figures a page shows include the series carried onto the units of later vintages
 * (src/domain/carried.ts): a figure carried from illustrative ones is illustrative too. The
 * same rule, with the attribute `data-quy-doi` and the words "quy đổi" or "ước tính"
 * (CARRIED_MARK; in English "carried" or "estimate"), finds a carried figure shown as if it
 * were reported.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { carriedSeries } from '../../../src/domain/carried.ts';
import type { Dataset, Figures } from '../../../src/domain/dataset.ts';
import { rateHundredths } from '../../../src/domain/rates.ts';
import * as en from '../../../src/format/en.ts';
import * as vi from '../../../src/format/vi.ts';
import { attr, isElement, type Element, type Node } from './html.ts';

const MARK_ATTRIBUTE = 'data-minh-hoa';
const CARRIED_ATTRIBUTE = 'data-quy-doi';

/** The languages of the site's pages: Vietnamese, and the English edition under /en/. */
export type Lang = 'vi' | 'en';

/**
 * A kind of mark in one language: the attribute of the element holding figure and words (the
 * same in every language), the words it must show, and the language whose figures it reads.
 */
export interface MarkRule {
  lang: Lang;
  attribute: string;
  words: readonly string[];
}

/** How one language writes the figures the rule looks at, and the words of its marks. */
export interface Conventions {
  lang: Lang;
  /** The figures the rule looks at (a sign in front is not part of them). */
  token: RegExp;
  /** What follows the size of a download (its rows), which is not a figure about households. */
  rowCount: RegExp;
  formatInt: (n: number) => string;
  formatDecimal: (n: number, decimals?: number) => string;
  formatPercent: (n: number, decimals?: number) => string;
  illustrative: MarkRule;
  /** A carried figure says "quy đổi"; a criteria result on carried figures, "ước tính". */
  carried: MarkRule;
}

export const VIETNAMESE: Conventions = {
  lang: 'vi',
  /** "17.842", "9,05%", "3,15". */
  token: /\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|\d+,\d+%?/g,
  /** "1.329 dòng". */
  rowCount: /^ dòng/,
  formatInt: vi.formatInt,
  formatDecimal: vi.formatDecimal,
  formatPercent: vi.formatPercent,
  illustrative: { lang: 'vi', attribute: MARK_ATTRIBUTE, words: ['minh họa'] },
  carried: { lang: 'vi', attribute: CARRIED_ATTRIBUTE, words: ['quy đổi', 'ước tính'] },
};

/** The English edition (src/format/en.ts; the words of src/i18n/marks.en.ts). */
export const ENGLISH: Conventions = {
  lang: 'en',
  /** "17,842", "9.05%", "3.15". */
  token: /\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d+%?/g,
  /** "1,329 rows", "1 row". */
  rowCount: /^ rows?\b/,
  formatInt: en.formatInt,
  formatDecimal: en.formatDecimal,
  formatPercent: en.formatPercent,
  illustrative: { lang: 'en', attribute: MARK_ATTRIBUTE, words: ['illustrative'] },
  carried: { lang: 'en', attribute: CARRIED_ATTRIBUTE, words: ['carried', 'estimate'] },
};

const CONVENTIONS: Record<Lang, Conventions> = { vi: VIETNAMESE, en: ENGLISH };

/** The Vietnamese carried mark: "quy đổi", or "ước tính" on a criteria result. */
export const CARRIED_MARK: MarkRule = VIETNAMESE.carried;
/** Longest text of one marked element: a sentence, a table cell, a card; not a section. */
const MARK_SPAN = 2000;
/** A mark covers words, a cell, a card or a source note: never a heading, a table or a section. */
const TOO_WIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'main']);

/** A token is whole: not part of a code, a date or a longer number. */
const bounded = (text: string, start: number, end: number) => !/[\d.,]/.test(text[start - 1] ?? '') && !/[\d]/.test(text[end] ?? '');

export function tokensOf(text: string, conventions: Conventions = VIETNAMESE): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(conventions.token)) {
    const end = m.index + m[0].length;
    if (bounded(text, m.index, end) && !conventions.rowCount.test(text.slice(end))) out.push(m[0]);
  }
  return out;
}

/** A rate in hundredths of a percent as a page writes it ("9,05%"), and a reduction in points ("3,15"). */
const pct = (c: Conventions) => (hundredths: number) => c.formatPercent(hundredths / 100);
const pts = (c: Conventions) => (hundredths: number) => c.formatDecimal(Math.abs(hundredths) / 100);

/** Every way the site writes a unit's figures for one year. */
function figureTokens(f: Figures, c: Conventions): { counts: string[]; rates: string[]; em: string[] } {
  const counts = [f.households, f.poor, f.nearPoor, f.poor + f.nearPoor].filter((n) => n >= 1000).map(c.formatInt);
  const rates = [rateHundredths(f.poor, f.households), rateHundredths(f.nearPoor, f.households), rateHundredths(f.poor + f.nearPoor, f.households)]
    .filter((r): r is number => r !== undefined)
    .map(pct(c));
  const em = f.ethnicMinority
    ? [
        ...[f.ethnicMinority.households, f.ethnicMinority.poor].filter((n) => n >= 1000).map(c.formatInt),
        ...[rateHundredths(f.ethnicMinority.poor, f.ethnicMinority.households)].filter((r): r is number => r !== undefined).map(pct(c)),
      ]
    : [];
  return { counts, rates, em };
}

/**
 * A unit's figures as its pages show them, year by year: the reported one, else the one
 * carried from the units it was formed from, and where both exist the carried one as well.
 */
function unitFigures(dataset: Dataset, vintage: string, code: string): { series: Figures[]; also: Figures[] } {
  const carried = carriedSeries(dataset);
  const series: Figures[] = [];
  const also: Figures[] = [];
  for (const y of dataset.years()) {
    const f = carried.figures(vintage, code, y);
    if (f) series.push(f);
    const other = f && !f.carried ? carried.carried(vintage, code, y) : undefined;
    if (other) also.push(other);
  }
  return { series, also };
}

/**
 * Every figure a release's pages may show, each with whether it is illustrative and whether
 * it is carried: counts and rates of each unit's series, the yearly reductions and the change
 * of scale since the baseline along it (carried or illustrative when either end is).
 */
function eachFigure(dataset: Dataset, c: Conventions, add: (tokens: readonly string[], mark: { illustrative: boolean; carried: boolean }) => void): void {
  for (const v of dataset.vintages) {
    for (const u of v.units) {
      const { series, also } = unitFigures(dataset, v.id, u.code);
      for (const f of [...series, ...also]) {
        const t = figureTokens(f, c);
        add([...t.counts, ...t.rates], { illustrative: f.illustrative, carried: Boolean(f.carried) });
        add(t.em, { illustrative: f.ethnicMinorityIllustrative, carried: Boolean(f.carried) });
      }
      for (let i = 1; i < series.length; i++) {
        const [a, b] = [series[i - 1]!, series[i]!];
        const carried = Boolean(a.carried || b.carried);
        const ra = rateHundredths(a.poor, a.households);
        const rb = rateHundredths(b.poor, b.households);
        if (ra !== undefined && rb !== undefined) add([pts(c)(ra - rb)], { illustrative: a.illustrative || b.illustrative, carried });
        // The ethnic-minority rate's reduction, as the province target (II.1) lists it.
        const ea = a.ethnicMinority && rateHundredths(a.ethnicMinority.poor, a.ethnicMinority.households);
        const eb = b.ethnicMinority && rateHundredths(b.ethnicMinority.poor, b.ethnicMinority.households);
        if (ea !== undefined && eb !== undefined) add([pts(c)(ea - eb)], { illustrative: a.ethnicMinorityIllustrative || b.ethnicMinorityIllustrative, carried });
      }
      const base = series.find((f) => f.year === dataset.baselineYear);
      if (base) {
        for (const f of series) {
          const change = rateHundredths(Math.abs(base.poor + base.nearPoor - f.poor - f.nearPoor), base.poor + base.nearPoor);
          if (change !== undefined) add([pct(c)(change)], { illustrative: base.illustrative || f.illustrative, carried: Boolean(base.carried || f.carried) });
        }
      }
    }
  }
}

/**
 * Numbers the pages write that are not figures of the units: the share of a split unit's
 * households in the crosswalks ("50,00% số hộ"), which the release has from its sources,
 * neither synthetic nor carried.
 */
function crosswalkShares(dataset: Dataset, c: Conventions): string[] {
  return dataset.data.crosswalks.crosswalks.flatMap((x) => x.links.flatMap((l) => (l.share === undefined ? [] : [c.formatPercent(l.share * 100, 2)])));
}

/** The carried figures of a release, as the site writes them in one language, minus any that a reported figure shares. */
export function carriedTokens(dataset: Dataset, c: Conventions = VIETNAMESE): Set<string> {
  const carried = new Set<string>();
  const reported = new Set<string>(crosswalkShares(dataset, c));
  eachFigure(dataset, c, (tokens, mark) => {
    for (const t of tokens) (mark.carried ? carried : reported).add(t);
  });
  for (const t of reported) carried.delete(t);
  return carried;
}

/** The illustrative figures of a release, as the site writes them in one language, minus any that a non-illustrative figure shares. */
export function illustrativeTokens(dataset: Dataset, c: Conventions = VIETNAMESE): Set<string> {
  const illustrative = new Set<string>();
  const real = new Set<string>();
  const add = (tokens: readonly string[], isIllustrative: boolean) => {
    for (const t of tokens) (isIllustrative ? illustrative : real).add(t);
  };
  const years = dataset.years();
  eachFigure(dataset, c, (tokens, mark) => add(tokens, mark.illustrative));
  add(crosswalkShares(dataset, c), false);
  // The province's published rates are also written bare in sentences ("3,36 − 2,32"), and averaged over years.
  for (const t of [...real]) if (t.endsWith('%')) real.add(t.slice(0, -1));
  const province = dataset.vintages.flatMap((v) => v.units.filter((u) => u.level === 'province').map((u) => ({ vintage: v.id, code: u.code })))[0];
  if (province) {
    const rates = years.flatMap((y) => {
      const f = dataset.figures(province.vintage, province.code, y);
      const r = f && rateHundredths(f.poor, f.households);
      return f && r !== undefined ? [{ year: y, rate: r, illustrative: f.illustrative }] : [];
    });
    // The plan's path from the baseline (II.1: 2–3 points a year), drawn on the rate chart and listed in its table.
    const base = rates.find((r) => r.year === dataset.baselineYear);
    for (const target of dataset.data.criteria.targets) {
      if (!base || base.illustrative || target.kind !== 'province-reduction') continue;
      for (const step of [target.points, target.bandTo ?? target.points]) {
        for (const r of rates) add([c.formatPercent(Math.max(0, base.rate - Math.round(step * 100) * (r.year - base.year)) / 100)], false);
      }
    }
    for (const a of rates) {
      for (const b of rates) {
        if (b.year <= a.year) continue;
        const average = Math.abs(a.rate - b.rate) / (b.year - a.year);
        add([c.formatDecimal(Math.round(average) / 100)], a.illustrative || b.illustrative);
      }
    }
  }
  for (const t of real) illustrative.delete(t);
  return illustrative;
}

export interface Finding {
  rule: 'figure-unmarked' | 'mark-without-words' | 'mark-too-wide';
  token: string;
  context: string;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript']);
/** Staff-written Markdown (profiles, updates, pages): it cites its own sources and is checked by the content rules. */
const PROSE = 'data-prose';
const DESCRIBED = ['aria-label', 'title', 'alt'];

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(n) && n.nodeName !== '#document' && n.nodeName !== '#document-fragment') return '';
  if (isElement(n) && SKIP.has(n.tagName)) return '';
  const children = 'childNodes' in n ? (n.childNodes as Node[]) : [];
  return children.map(textOf).join('');
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The headers of a table's cells: its caption, and its column headers by column index (cells with colspan count as one). */
interface Headers {
  caption: Element | undefined;
  columns: (Element | undefined)[];
}

function headersOf(table: Element): Headers {
  const children = table.childNodes.filter(isElement);
  const thead = children.find((c) => c.tagName === 'thead');
  const row = thead?.childNodes.filter(isElement).find((c) => c.tagName === 'tr');
  return {
    caption: children.find((c) => c.tagName === 'caption'),
    columns: row ? row.childNodes.filter(isElement).filter((c) => c.tagName === 'th' || c.tagName === 'td') : [],
  };
}

/**
 * Findings of one HTML page against a release's illustrative figures (or, with a carried rule,
 * its carried ones), read the way the rule's language writes figures.
 */
export function scanPage(html: string, tokens: ReadonlySet<string>, rule: MarkRule = VIETNAMESE.illustrative): Finding[] {
  const conventions = CONVENTIONS[rule.lang];
  const says = (s: string) => {
    const text = s.normalize('NFC').toLocaleLowerCase(rule.lang);
    return rule.words.some((w) => text.includes(w));
  };
  const findings: Finding[] = [];
  const covers = (e: Element): boolean => e.childNodes.some((c) => isElement(c) && (TOO_WIDE.has(c.tagName) || covers(c)));
  const checkMark = (e: Element) => {
    const text = normalise(textOf(e));
    if (!says(text)) findings.push({ rule: 'mark-without-words', token: '', context: text.slice(0, 120) });
    else if (text.length > MARK_SPAN || TOO_WIDE.has(e.tagName) || covers(e)) findings.push({ rule: 'mark-too-wide', token: '', context: text.slice(0, 120) });
  };
  const markedHeader = (h: Element | undefined) => h !== undefined && attr(h, rule.attribute) !== undefined && says(textOf(h));

  const walk = (n: Node, marked: boolean, headers: Headers | undefined) => {
    if (n.nodeName === '#text') {
      if (marked) return;
      const text = (n as DefaultTreeAdapterMap['textNode']).value;
      for (const t of tokensOf(text, conventions)) {
        if (tokens.has(t)) findings.push({ rule: 'figure-unmarked', token: t, context: normalise(text).slice(0, 160) });
      }
      return;
    }
    if (!isElement(n)) {
      for (const c of ('childNodes' in n ? (n.childNodes as Node[]) : [])) walk(c, marked, headers);
      return;
    }
    if (SKIP.has(n.tagName) || attr(n, PROSE) !== undefined) return;
    for (const value of DESCRIBED.map((a) => attr(n, a))) {
      if (value === undefined || says(value)) continue;
      for (const t of tokensOf(value, conventions)) if (tokens.has(t)) findings.push({ rule: 'figure-unmarked', token: t, context: `[${n.tagName} attribute] ${value.slice(0, 140)}` });
    }
    let here = marked;
    if (attr(n, rule.attribute) !== undefined) {
      checkMark(n);
      here = true;
    }
    let inner = headers;
    if (n.tagName === 'table') inner = headersOf(n);
    if ((n.tagName === 'td' || n.tagName === 'th') && !here) {
      const cells = (n.parentNode as Element).childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
      const rowHeader = cells.find((c) => c.tagName === 'th' && attr(c, 'scope') === 'row');
      if ((headers && (markedHeader(headers.caption) || markedHeader(headers.columns[cells.indexOf(n)]))) || markedHeader(rowHeader)) here = true;
    }
    const children = n.tagName === 'template' ? [] : n.childNodes;
    for (const c of children) walk(c, here, inner);
  };
  walk(parse(html), false, undefined);
  return findings;
}

/**
 * The year a unit page leads with: the first year named by an h2 of the main content (the
 * heading over the unit's latest figures, "Số liệu năm 2024").
 */
export function leadYear(html: string): number | undefined {
  const doc = parse(html);
  let found: number | undefined;
  const walk = (n: Node, inMain: boolean): boolean => {
    if (!isElement(n)) {
      for (const c of ('childNodes' in n ? (n.childNodes as Node[]) : [])) if (walk(c, inMain)) return true;
      return false;
    }
    const main = inMain || n.tagName === 'main';
    if (main && n.tagName === 'h2') {
      const m = /\b(20\d\d)\b/.exec(textOf(n));
      if (m) {
        found = Number(m[1]);
        return true;
      }
    }
    for (const c of n.childNodes) if (walk(c, main)) return true;
    return false;
  };
  walk(doc, false);
  return found;
}

/**
 * The years of a vintage's own figures: those its records have, and those carried into its
 * units from the units they were formed from (marked "quy đổi" where shown). The units of
 * 01/12/2024 have no records at all: their pages lead with 2024, carried into them, never with
 * 2025, which the units of July 2025 reported and which cannot be carried back.
 */
export function vintageYears(dataset: Dataset, vintage: string): Set<number> {
  const carried = carriedSeries(dataset);
  const years = new Set(dataset.data.observations.observations.filter((o) => o.vintage === vintage).map((o) => o.year));
  const units = dataset.vintage(vintage)?.units.filter((u) => u.level !== 'province') ?? [];
  for (const y of dataset.years()) if (units.some((u) => carried.carried(vintage, u.code, y))) years.add(y);
  return years;
}
