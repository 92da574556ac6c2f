import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { criteriaPage } from '../../src/i18n/criteria-page.vi.ts';
import { embed } from '../../src/i18n/embed.vi.ts';
import { progressPage } from '../../src/i18n/progress-page.vi.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The English edition of /tien-do/ and /tieu-chi/ (issue 15 item 6), on the mini fixture:
 * the figures in English style, the results worded in English, the plan's words quoted in
 * Vietnamese (lang="vi") with the English after them, links kept in the English edition.
 * The Vietnamese pages are the goldens' (tests/build/golden-build.test.ts).
 */
let out: string;
const page = (rel: string) => readFileSync(path.join(out, rel, 'index.html'), 'utf8');
const summaries = (html: string) => [...html.matchAll(/<p class="chart-summary"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
/** What a reader reads: the text, without scripts, styles and tags. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Every fixed sentence of the Vietnamese strings these pages use. */
const vietnameseLeaves = (o: object): string[] =>
  Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s) => typeof s === 'string') : v && typeof v === 'object' ? vietnameseLeaves(v) : []));

beforeAll(async () => {
  out = (await builtSite('mini')).out;
});

describe('/en/tien-do/', () => {
  it('describes each chart in English, with English numbers and each illustrative figure marked', () => {
    const html = page('en/tien-do');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(html).toMatch(/<h1[^>]*>Progress against the plan<\/h1>/);
    expect(summaries(html)[0]).toBe(
      'Poverty rate of the province: 2021: 20.00%; 2022: 16.40% (illustrative); 2023: 12.80% (illustrative); 2024: 8.40% (illustrative); 2025: 5.29% (illustrative). ' +
        'The plan’s path reduces it by 2–3 points a year from 20.00% in 2021 to 2025.',
    );
  });

  it('links the English district pages, and the Vietnamese-only embeds with hreflang', () => {
    const html = page('en/tien-do');
    expect(html).toContain('href="/en/tien-do/2020-01/101-bac-khe/"');
    expect(html).toContain('aria-label="Download and embed: Poverty rate of the province against the plan’s path"');
    expect(html).toMatch(/<a href="\/nhung\/" hreflang="vi"[^>]*>Every chart and map that can be embedded<\/a>/);
    // The files stay at their one address, shared by both languages.
    expect(html).toMatch(/href="\/du-lieu\/[^"/]+\/bieu-do\/ty-le-ho-ngheo\.csv"/);
  });

  it('gives a district its chart in English', () => {
    const html = page('en/tien-do/2020-01/101-bac-khe');
    expect(html).toMatch(/<h1[^>]*>Poverty reduction progress: Bắc Khê district<\/h1>/);
    expect(summaries(html)).toEqual(['Poverty rate of Bắc Khê district, illustrative figures: 2021: 30.00%; 2022: 24.00%; 2023: 18.00%; 2024: 10.00%.']);
  });
});

describe('/en/tieu-chi/', () => {
  it('quotes the plan in Vietnamese, marked as such, and gives the English after it', () => {
    const html = page('en/tieu-chi');
    expect(html).toMatch(/<h1[^>]*>Emulation criteria and assessment results<\/h1>/);
    expect(html).toMatch(/<h3 id="tc-district-poor"[^>]*>Poor districts<\/h3>/);
    expect(html).toMatch(/<p lang="vi"[^>]*>“Huyện nghèo giảm tỷ lệ nghèo đa chiều từ 6%\/năm trở lên, trong 3 năm liên tục trước khi trình khen thưởng\.”<\/p>/);
    expect(html).toContain('“Poor districts reduce the multidimensional poverty rate by 6% a year or more, for 3 consecutive years before being proposed for commendation.”');
    expect(html).toContain('The plan, section IV.1.b');
    expect(html).toContain('href="/en/tieu-chi/2020-01/101-bac-khe/"');
  });

  it('words each result in English with English numbers', () => {
    expect(page('en/tieu-chi/2020-01/101-bac-khe')).toContain('Reduced by 10.00; 10.00; 10.00 points (2022–2024): all 3 years at least 6.00 points.');
    expect(page('en/tieu-chi/2020-01/102-na-sam')).toContain('Poor and near-poor households 650 → 470 (down 27.69% on 2021), not more than 50%.');
  });
});

describe('no Vietnamese sentence of the progress, criteria and embed strings on the English pages', () => {
  const sentences = [...vietnameseLeaves(criteriaPage), ...vietnameseLeaves(progressPage), ...vietnameseLeaves(embed)].filter((s) => s.length > 4);
  it.each(['en/tien-do', 'en/tien-do/2020-01/101-bac-khe', 'en/tieu-chi', 'en/tieu-chi/2020-01/101-bac-khe'])('%s', (rel) => {
    const shown = text(page(rel));
    expect(sentences.filter((s) => shown.includes(s))).toEqual([]);
  });
});
