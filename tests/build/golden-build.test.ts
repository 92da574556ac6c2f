import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, goldenOf } from './lib/golden.ts';
import { builtSite } from './lib/sites.ts';

/**
 * Golden build: each page of the mini fixture's site is compared, formatted and without
 * style and script hashes (lib/golden.ts), with the copy kept in tests/golden/mini/.
 * After an intended change: UPDATE_GOLDEN=1 npm run test:build -- tests/build/golden-build.test.ts,
 * then read the diff before committing it.
 */
const pages = [
  'index.html', 'tieu-chi/index.html', 'tieu-chi/2020-01/101-bac-khe/index.html', 'du-lieu/index.html', 'tien-do/index.html', 'tien-do/2020-01/101-bac-khe/index.html',
  'dia-ban/2020-01/10001-hoa-tham/index.html', 'dia-ban/2025-07/20001-hoa-tham/index.html',
];
const goldenDir = path.resolve('tests/golden/mini');
/** The page's words, without tags, spaces collapsed: what a reader reads. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.)])/g, '$1').replace(/\( /g, '(');
let outDir: string;

beforeAll(async () => {
  outDir = (await builtSite('mini')).out;
});

describe('golden build of the mini fixture', () => {
  it.each(pages)('%s matches its golden copy', (page) => {
    expectGolden(path.join(goldenDir, page), goldenOf(readFileSync(path.join(outDir, page), 'utf8')));
  });

  it('shows what the fixture means, not just what it was', () => {
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    // 1,000 poor of 5,000 households in 2021, the province's only record
    expect(home).toContain('20,00%');
    expect(home).toContain('1.000 / 5.000 hộ');
    // every result is on the page of its district's part of /tieu-chi/, which the overview links
    const criteria = readFileSync(path.join(outDir, 'tieu-chi/index.html'), 'utf8');
    expect(criteria).toContain('href="/tieu-chi/2020-01/101-bac-khe/"');
    expect(criteria).toContain('href="/tieu-chi/2020-01/102-na-sam/"');
    const part = (slug: string) => readFileSync(path.join(outDir, `tieu-chi/2020-01/${slug}/index.html`), 'utf8');
    // xã Hoa Thám (Bắc Khê): 40 → 30 → 20 → 10 % poor, 10 points a year
    expect(part('101-bac-khe')).toContain('Giảm 10,00; 10,00; 10,00 điểm (2022–2024): cả 3 năm từ 6,00 điểm trở lên.');
    // huyện Na Sầm: 650 → 470 poor + near-poor is 27.69% down, not over half
    expect(part('102-na-sam')).toContain('Quy mô hộ nghèo và cận nghèo 650 → 470 hộ (giảm 27,69% so với năm 2021), chưa trên 50%.');
    // a published release carries no demo banner
    expect(home).not.toContain('demo-banner');
  });

  it('lists unit pages and the index of embeds in the sitemap, but not the noindex embeds', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/dia-ban/2020-01/10001-hoa-tham/');
    expect(existsSync(path.join(outDir, 'nhung', 'bieu-do'))).toBe(true);
    expect([...sitemap.matchAll(/<loc>([^<]*\/nhung\/[^<]*)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)).toEqual(['/nhung/']);
  });

  it('builds a page for every unit of every vintage', () => {
    const expected = [
      '2020-01/20-lang-son', '2020-01/101-bac-khe', '2020-01/102-na-sam', '2020-01/10001-hoa-tham', '2020-01/10002-quy-hoa',
      '2020-01/10003-dinh-lap', '2020-01/10004-tan-van', '2025-07/20-lang-son', '2025-07/20001-hoa-tham', '2025-07/20002-dinh-lap',
    ];
    for (const unit of expected) expect(existsSync(path.join(outDir, 'dia-ban', unit, 'index.html')), unit).toBe(true);
  });

  it('explains a unit in sentences: figures, comparison, criteria, lineage', () => {
    const commune = readFileSync(path.join(outDir, 'dia-ban/2020-01/10001-hoa-tham/index.html'), 'utf8');
    // 2024: 100 poor of 1,000 households; district Bắc Khê 200 of 2,000 (10.00%); province derived 420 of 5,000 (8.40%)
    // every illustrative number of the sentence carries its mark, and the sentence says what it compares
    expect(text(commune)).toContain('Năm 2024, tỷ lệ hộ nghèo của xã Hoa Thám là 10,00% (minh họa), bằng huyện Bắc Khê (10,00% (minh họa)) và cao hơn tỉnh Lạng Sơn (8,40% (minh họa)). Cả ba đều là số liệu của chính từng đơn vị trong năm đó, không quy đổi.');
    expect(commune).toContain('href="/dia-ban/2025-07/20001-hoa-tham/"');
    // the chart's text alternative carries both lines it draws (2024: 100 poor and 100 near-poor of 1,000)
    expect(commune).toMatch(/<desc id="[^"]+"[^>]*>\s*Tỷ lệ hộ nghèo và cận nghèo của xã Hoa Thám theo năm: [^<]*2024: hộ nghèo 10,00%, cận nghèo 10,00% \(minh họa\)\.\s*<\/desc>/);
    const merged = readFileSync(path.join(outDir, 'dia-ban/2025-07/20001-hoa-tham/index.html'), 'utf8');
    // Hoa Thám 2025 took in Quý Hòa whole and half of Đình Lập
    expect(merged).toMatch(/href="\/dia-ban\/2020-01\/10003-dinh-lap\/">Thị trấn Đình Lập<span class="visually-hidden"> \(trước 01\/12\/2024\)<\/span><\/a> \(50,00% số hộ\)/);
    expect(text(merged)).toContain('Hình thành ngày 01/7/2025 từ');
    // a commune of today compares with the province alone: two rates
    expect(text(merged)).toContain('thấp hơn tỉnh Lạng Sơn (5,29% (minh họa)). Cả hai đều là số liệu của chính từng đơn vị trong năm đó, không quy đổi.');
    const english = readFileSync(path.join(outDir, 'en/dia-ban/2020-01/10001-hoa-tham/index.html'), 'utf8');
    expect(text(english)).toContain('All three are each unit’s own figures for that year, not carried.');
    // each criterion in the plan's own words, its section linked to the plan's text
    expect(text(commune)).toMatch(/Xã đặc biệt khó khăn Kế hoạch, mục IV\.1\.c ?: “Xã đặc biệt khó khăn giảm tỷ lệ nghèo đa chiều từ 6%\/năm trở lên/);
    expect(commune).toContain('<a href="/ke-hoach/#iv-1-c"');
    // today's commune shows the recognition of the old commune it was formed from, not "none";
    // with the old commune's boundary period, said to every reader
    expect(text(merged)).toMatch(/Ở các đơn vị cũ đã hợp thành địa bàn này Xã Hoa Thám \(huyện Bắc Khê\), trước 01\/12\/2024 ?: Bằng khen của Chủ tịch UBND tỉnh/);
    expect(merged).toContain('>Xã Hoa Thám (huyện Bắc Khê), trước 01/12/2024</a>');
    expect(text(merged)).not.toContain('Dữ liệu chưa có khen thưởng nào cho địa bàn này.');
  });

  it('gives today\'s commune its carried series and indications, and the old one says where it went', () => {
    const merged = text(readFileSync(path.join(outDir, 'dia-ban/2025-07/20001-hoa-tham/index.html'), 'utf8'));
    // 2021 carried: 10001 + 10002 + half of 10003 = 750 poor of 3.000 households. Every
    // figure is illustrative, said once under the caption; a carried year says so in its
    // row header, and 2025's fall from a carried 2024 beside the fall.
    expect(merged).toContain('Số liệu của xã Hoa Thám theo năm Số liệu trong bảng: minh họa.');
    expect(merged).toMatch(/2021 \(quy đổi\) 3\.000 750 25,00% 300 10,00% — quy đổi từ 3 đơn vị cũ/);
    expect(merged).toMatch(/2025 3\.000 150 5,00% 250 8,33% 4,17 \(quy đổi\) số liệu của đơn vị/);
    expect(merged).toContain('Chưa có kết quả đánh giá chính thức');
    expect(merged).toContain('Ước tính theo địa giới hiện nay');
    // poor + near-poor 1.050 in 2021 → 400 in 2025: more than half gone
    expect(merged).toMatch(/2025: Đạt \(ước tính\) Quy mô hộ nghèo và cận nghèo 1\.050 → 400 hộ/);
    const old = text(readFileSync(path.join(outDir, 'dia-ban/2020-01/10003-dinh-lap/index.html'), 'utf8'));
    expect(old).toContain('Từ ngày 01/7/2025, địa bàn này thuộc: Xã Hoa Thám (50,00% số hộ), Xã Đình Lập (50,00% số hộ).');
    expect(old).toContain('Số liệu năm 2025 được báo cáo theo địa giới mới (xã Hoa Thám, xã Đình Lập); không có tỷ lệ để chia ngược');
    const district = text(readFileSync(path.join(outDir, 'dia-ban/2020-01/101-bac-khe/index.html'), 'utf8'));
    expect(district).toContain('Từ ngày 01/7/2025, không còn cấp huyện');
    // the province page of the old boundaries leads with their last year, not with 2025
    const province = text(readFileSync(path.join(outDir, 'dia-ban/2020-01/20-lang-son/index.html'), 'utf8'));
    expect(province).toContain('Số liệu năm 2024');
    expect(province).not.toContain('Số liệu năm 2025');
  });
});
