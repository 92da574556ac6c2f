import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/domain/content/files.ts';
import { searchIndex } from './lib/pages.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The English summaries of stories and news (`summaryEn`, issue 15), as built: with the field
 * (the embedded content, where every story and update has one) the English page leads with it,
 * its lists, home and description say it, and the English search index holds it; without it
 * (the mini fixture's profile) the page keeps the Vietnamese summary, marked, and says so.
 * The Vietnamese pages show none of it.
 */
let embedded: string;
let mini: string;
const read = (root: string, page: string) => readFileSync(path.join(root, page, 'index.html'), 'utf8');
const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
/** The text as a regular expression, as the HTML has it. */
const pattern = (s: string) => escaped(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;

const content = path.resolve('content');
const profiles = readCollection(content, 'profiles').map((f) => ({ page: `dien-hinh/${f.slug}`, summary: String(f.data['summary']), summaryEn: String(f.data['summaryEn']) }));
const updates = readCollection(content, 'updates').map((f) => ({ page: `tin-tuc/${f.slug}`, summary: String(f.data['summary']), summaryEn: String(f.data['summaryEn']) }));
// A collective's profile: published whole, whatever consent would withhold.
const story = profiles.find((p) => p.page === 'dien-hinh/bo-cong-an-xay-nha-ho-ngheo-loc-binh')!;

// One after the other: two Astro builds of one checkout at once share its .astro/ folder.
beforeAll(async () => {
  embedded = (await builtSite('embedded')).out;
  mini = (await builtSite('mini')).out;
});

describe('a story or news item with an English summary, on its English page', () => {
  it('leads with it under "Summary in English", before the note that the text below is Vietnamese and the Vietnamese summary', () => {
    const html = main(read(embedded, `en/${story.page}`));
    const lead = html.indexOf(`<p class="summary-en__text"`);
    expect(html).toMatch(new RegExp(`<section class="summary-en" aria-labelledby="summary-en-heading"[^>]*> <h2 id="summary-en-heading" class="summary-en__heading"[^>]*>Summary in English</h2> <p class="summary-en__text"[^>]*>${pattern(story.summaryEn)}</p>`));
    expect(lead).toBeGreaterThan(html.indexOf('<h1'));
    expect(lead).toBeLessThan(html.indexOf('Published in Vietnamese'));
    expect(html.indexOf('Published in Vietnamese')).toBeLessThan(html.indexOf('<p class="lead" data-prose lang="vi"'));
    expect(html).toMatch(/<p class="lead" data-prose lang="vi"[^>]*>Bộ Công an hỗ trợ 70 triệu đồng/);
    expect(html).not.toContain('No English summary yet');
  });

  it.each([...profiles, ...updates].map((x) => [x.page, x] as const))('%s: says it as the description and share description, and on the page', (page, x) => {
    const html = read(embedded, `en/${page}`);
    expect(html).toContain(`<meta name="description" content="${escaped(x.summaryEn)}">`);
    expect(html).toContain(`<meta property="og:description" content="${escaped(x.summaryEn)}">`);
    expect(main(html)).toContain(`>${escaped(x.summaryEn)}</p>`);
  });

  it('puts it in the English search index, with the page', () => {
    const texts = searchIndex(embedded);
    for (const x of [story, ...updates]) expect(texts.get(`/en/${x.page}/`), x.page).toContain(x.summaryEn);
    expect(texts.get(`/${story.page}/`)).not.toContain(story.summaryEn);
  });

  it('lists it, unmarked, on the English profiles and news lists and home; the Vietnamese summary is gone from them', () => {
    const list = read(embedded, 'en/dien-hinh');
    expect(list).toMatch(new RegExp(`<p class="profile-card__summary" data-prose[^>]*>${pattern(story.summaryEn)}</p>`));
    expect(list).not.toContain(story.summary);
    const news = read(embedded, 'en/tin-tuc');
    const home = read(embedded, 'en');
    for (const u of updates) {
      expect(news, u.page).toMatch(new RegExp(`<p data-prose(?: data-astro-cid-\\w+)?>${pattern(u.summaryEn)}</p>`));
      expect(news, u.page).not.toContain(u.summary);
    }
    const listedOnHome = updates.filter((u) => home.includes(`href="/en/${u.page}/"`));
    expect(listedOnHome.length).toBeGreaterThan(0);
    for (const u of listedOnHome) expect(home, u.page).toMatch(new RegExp(`<span data-prose(?: data-astro-cid-\\w+)?>${pattern(u.summaryEn)}</span>`));
  });
});

describe('the Vietnamese pages', () => {
  it('show the Vietnamese summary and nothing of the English one', () => {
    for (const x of [story, ...updates]) {
      const html = main(read(embedded, x.page));
      expect(html, x.page).not.toContain(escaped(x.summaryEn));
      expect(html, x.page).not.toContain('summary-en');
      expect(html, x.page).toContain(escaped(x.summary));
    }
    for (const page of ['dien-hinh', 'tin-tuc', '']) expect(main(read(embedded, page)), page).not.toContain(escaped(story.summaryEn));
  });
});

describe('a story without an English summary, on its English page', () => {
  it('keeps the Vietnamese summary, marked lang="vi", says there is no English summary yet, and describes the page in English', () => {
    const html = read(mini, 'en/dien-hinh/xa-hoa-tham');
    expect(main(html)).toMatch(/<p class="summary-en__none"[^>]*>No English summary yet: the summary below is the Vietnamese original\.<\/p> <p class="profile__language"/);
    expect(html).not.toContain('Summary in English');
    expect(html).toMatch(/<p class="lead" data-prose lang="vi"[^>]*>Hồ sơ thử của một xã được khen thưởng \(minh họa\)\.<\/p>/);
    expect(html).toContain('<meta name="description" content="A story of the Lạng Sơn emulation movement for the poor, published in Vietnamese.">');
    expect(read(mini, 'en/dien-hinh')).toMatch(/<p class="profile-card__summary" data-prose lang="vi"[^>]*>Hồ sơ thử của một xã/);
  });

  it('and its Vietnamese page says nothing about English', () => {
    expect(main(read(mini, 'dien-hinh/xa-hoa-tham'))).not.toMatch(/summary-en|No English summary/);
  });
});
