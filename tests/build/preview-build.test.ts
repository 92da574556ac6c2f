import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffReleases } from '../../src/domain/diff/diff.ts';
import { loadSnapshot } from '../../src/domain/export/snapshot.ts';
import { formatInt, formatPercent } from '../../src/format/vi.ts';
import { htmlPages } from '../e2e/lib/pages.ts';
import { DRAFT, DRAFT_TITLE, PUBLISHED, REVIEW_2026, WATCHED } from '../fixtures/releases-diff/draft-preview.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * A preview build (`npm run build -- --drafts`, issue 16): the newest draft becomes the
 * release every page is built from — map, unit pages, charts — under a "BẢN NHÁP — chưa
 * công bố" banner on every page, no page for search engines, and the draft's change table
 * complete (more than 200 changed figures, in folded sections, every row present).
 */
let site: BuiltSite;
const html = (p: string) => readFileSync(p.endsWith('/') ? path.join(site.out, p, 'index.html') : path.join(site.out, p), 'utf8');
const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  site = await builtSite('draft-preview');
});

describe('a build with drafts shows the newest draft as the real thing', () => {
  it('puts the draft banner and noindex on every page, and no canonical link', async () => {
    const pages = (await htmlPages(site.out)).filter((p) => !p.startsWith('/quan-tri/'));
    expect(pages.length).toBeGreaterThan(100);
    for (const p of pages) {
      const page = html(p);
      expect(page, p).toContain('<meta name="robots" content="noindex">');
      expect(page, p).not.toContain('rel="canonical"');
      // /nhung/ itself is the public index of embeds (the site's layout); the embeds below it have their own.
      // The site's banner is one line ("BẢN NHÁP — chưa công bố", "Xem giải thích") that opens to the sentence.
      if (p.startsWith('/en/')) {
        // The English edition says the same in English; the draft's title is the staff's own words.
        expect(text(page), p).toContain(`A preview built from draft ${DRAFT} (“${DRAFT_TITLE}”)`);
        expect(text(page), p).toContain('DRAFT — not published');
        continue;
      }
      expect(text(page), p).toContain(p.startsWith('/nhung/') && p !== '/nhung/' ? `BẢN NHÁP — chưa công bố: bản dựng xem trước bản nháp ${DRAFT}` : `Trang xem trước, dựng từ bản nháp ${DRAFT} (“${DRAFT_TITLE}”)`);
      expect(text(page), p).toContain('BẢN NHÁP — chưa công bố');
    }
  });

  it("shows the draft's figure on the commune's page, on the map and in its table", () => {
    const draftRate = formatPercent((WATCHED.draft / WATCHED.households) * 100);
    const unit = text(html(`/dia-ban/2020-01/${WATCHED.code}-khanh-khe/`));
    expect(unit).toContain(`${draftRate} ${WATCHED.draft} / ${formatInt(WATCHED.households)} hộ`);
    expect(unit).not.toContain(`${WATCHED.published} / ${formatInt(WATCHED.households)} hộ`);
    const map = text(html(`/ban-do/2020-01/xa/ty-le-ho-ngheo/${WATCHED.year}/`));
    expect(map).toContain(`Xã ${WATCHED.name} Huyện Bắc Khê ${draftRate} ${WATCHED.draft} ${formatInt(WATCHED.households)}`);
  });

  it("draws the province's charts from the draft's figures", () => {
    const snapshot = loadSnapshot(site.dataRoot, DRAFT);
    const communes = snapshot.observations.observations.filter((o) => o.vintage === '2020-01' && o.unit.length === 5 && o.year === WATCHED.year);
    const nearPoor = communes.reduce((t, o) => t + o.nearPoor, 0);
    const households = communes.reduce((t, o) => t + o.households, 0);
    const published = loadSnapshot(site.dataRoot, PUBLISHED).observations.observations.filter((o) => o.vintage === '2020-01' && o.unit.length === 5 && o.year === WATCHED.year);
    expect(published.reduce((t, o) => t + o.nearPoor, 0)).toBe(nearPoor - communes.length);
    const rate = formatPercent(Math.round((nearPoor / households) * 10000) / 100);
    expect(text(html('/tien-do/'))).toContain(`Tỷ lệ hộ cận nghèo toàn tỉnh: 2021`);
    expect(text(html('/tien-do/'))).toContain(`${WATCHED.year} ${rate} (minh họa)`);
    expect(readFileSync(path.join(site.out, 'du-lieu', DRAFT, 'bieu-do', 'ty-le-ho-can-ngheo.csv'), 'utf8')).toContain(`${WATCHED.year},${rate.replace(',', '.').replace('%', '')},true`);
  });

  it("prints every row of the draft's change table, in folded sections by year", () => {
    const diff = diffReleases(loadSnapshot(site.dataRoot, PUBLISHED), loadSnapshot(site.dataRoot, DRAFT));
    const changed = diff.observations.corrected.flatMap((c) => c.changes.filter((ch) => ch.field !== 'source'));
    expect(changed.length).toBeGreaterThan(200);
    const page = html(`/du-lieu/${DRAFT}/`);
    const sections = [...page.matchAll(/<details data-change-group[^>]*><summary[^>]*>([^<]*)<\/summary>([\s\S]*?)<\/details>/g)];
    expect(sections.map((s) => s[1])).toEqual([2021, 2022, 2023, 2024].map((y) => expect.stringMatching(new RegExp(`^Số liệu được sửa — Năm ${y}, thời kỳ địa giới 2020-01: \\d+ dòng$`))));
    const rows = sections.map((s) => [...s[2]!.matchAll(/<th scope="row"/g)].length);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(changed.length);
    sections.forEach((s, i) => expect(s[1]).toContain(`: ${rows[i]} dòng`));
    expect(text(page)).toContain(`xã ${WATCHED.name} năm ${WATCHED.year} · mã ${WATCHED.code} · 2020-01 Hộ nghèo ${WATCHED.published} → ${WATCHED.draft}`);
    expect(page).not.toContain('dòng nữa');
  });
});

describe('a draft that adds the review of 2026, after the plan period', () => {
  const notJudged =
    'Số liệu năm 2026 được công bố nhưng không được đánh giá theo tiêu chí và chỉ tiêu: đó là tiêu chí, chỉ tiêu của Kế hoạch giai đoạn 2021–2025. Năm 2026 cũng không được so sánh với các năm trước: chỉ các năm 2021–2025 được xác nhận cùng một chuẩn nghèo.';

  it("shows a commune's 2026 figures, and says beside its criteria that no criterion judges 2026", () => {
    const [, households, poor] = REVIEW_2026[0];
    const unit = text(html('/dia-ban/2025-07/20001-hoa-tham/'));
    expect(unit).toContain(`${formatPercent(Math.round((poor / households) * 10000) / 100)} ${poor} / ${formatInt(households)} hộ`);
    const criteria = unit.slice(unit.indexOf('Tiêu chí thi đua'));
    expect(criteria.startsWith(`Tiêu chí thi đua ${notJudged}`)).toBe(true);
    expect(text(html('/dia-ban/2020-01/10005-khanh-khe/'))).not.toContain(notJudged);
  });

  it('says so beside the targets of /tien-do/, /tieu-chi/ and the home page, in both languages', () => {
    for (const page of ['/tien-do/', '/tieu-chi/', '/']) expect(text(html(page)), page).toContain(notJudged);
    expect(text(html('/en/tien-do/'))).toContain(
      'Figures for 2026 are shown but not judged against the criteria and targets: those are the plan’s for 2021–2025. Nor are the figures for 2026 compared with earlier years: only the years 2021–2025 are confirmed to share one poverty standard.',
    );
  });

  it('gives 2026 no fall from 2025 (the poverty standard may differ): a dash in the table, the reason under it, no map of falls', () => {
    for (const [prefix, reason, link] of [
      ['', 'Năm 2026 không có mức giảm: trang chỉ so sánh các năm 2021–2025, được xác nhận cùng một chuẩn nghèo.', '/phuong-phap/#chuẩn-nghèo'],
      ['/en', 'No fall is given for 2026: the site compares only the years 2021–2025, which are confirmed to share one poverty standard.', '/en/phuong-phap/#chuẩn-nghèo'],
    ] as const) {
      const page = html(`${prefix}/dia-ban/2025-07/20001-hoa-tham/`);
      const row = (year: number) => page.slice(page.indexOf(`>${year}</th>`), page.indexOf('</tr>', page.indexOf(`>${year}</th>`)));
      // The fall is the cell before the last ("Căn cứ", the basis).
      const fall = (year: number) => text(row(year).match(/<td[\s\S]*?<\/td>/g)!.at(-2)!).trim();
      expect(fall(2026), prefix).toBe('—');
      expect(fall(2025), prefix).toMatch(/^-?\d+[,.]\d\d /);
      expect(text(page)).toContain(reason);
      expect(page).toContain(`href="${link}"`);
    }
    expect(text(html('/dia-ban/2020-01/10005-khanh-khe/'))).not.toContain('không có mức giảm');
    const views = (indicator: string) => readdirSync(path.join(site.out, 'ban-do', '2025-07', 'xa', indicator));
    expect(views('ty-le-ho-ngheo')).toContain('2026');
    expect(views('muc-giam-ty-le-ho-ngheo')).toContain('2025');
    expect(views('muc-giam-ty-le-ho-ngheo')).not.toContain('2026');
    expect(views('giam-ho-ngheo-va-can-ngheo')).not.toContain('2026');
  });

  it("draws the plan's path to 2025 only: the 2026 row of the chart's download has the province's rate and no path", () => {
    const csv = readFileSync(path.join(site.out, 'du-lieu', DRAFT, 'bieu-do', 'ty-le-ho-ngheo.csv'), 'utf8');
    const [, households, poor] = REVIEW_2026[2];
    const rate = (Math.round((poor / households) * 10000) / 100).toFixed(2);
    expect(csv).toMatch(/\r\n20,Lạng Sơn,2025,[\d.]+,(true|false),[\d.]+,[\d.]+\r\n/);
    expect(csv.endsWith(`\r\n20,Lạng Sơn,2026,${rate},true,,\r\n`) || csv.endsWith(`\r\n20,Lạng Sơn,2026,${rate},true,,`)).toBe(true);
    expect(text(html('/tien-do/'))).toContain('Lộ trình kế hoạch 2021–2025: giảm 2–3 điểm mỗi năm');
    // Nor half of the baseline's households, the threshold of a change of scale, which 2026 is not compared with.
    const scale = readFileSync(path.join(site.out, 'du-lieu', DRAFT, 'bieu-do', 'ho-ngheo-va-can-ngheo.csv'), 'utf8').trim().split('\r\n');
    expect(scale[0]).toMatch(/,half_of_baseline$/);
    expect(scale.at(-2)).toMatch(/^20,Lạng Sơn,2025,\d+,(true|false),\d+(\.5)?$/);
    expect(scale.at(-1)).toMatch(/^20,Lạng Sơn,2026,\d+,(true|false),$/);
  });
});
