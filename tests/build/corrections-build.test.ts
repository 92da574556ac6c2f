import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/domain/content/files.ts';
import { validate } from '../../src/domain/validation/validate.ts';
import { builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * The corrections of issue #11 as a reader sees them on the site built from the embedded
 * release: each statement that was stronger than its evidence, now as strong as it is.
 */
let site: BuiltSite;
const page = (p: string) => readFileSync(path.join(site.out, p, 'index.html'), 'utf8');
/** The visible text, tags dropped, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<(script|style)[^]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  site = await builtSite('embedded');
});

describe('issue #11 corrections, on the built site', () => {
  it('labels the province rows by what they rest on: estimated households in 2021 and 2024, a sum of districts in 2022–2023, official in 2025', () => {
    const home = text(page(''));
    const row = (year: number) => new RegExp(`${year}(?: \\(minh họa\\))? [\\d.]+ [\\d,]+% [\\d.]+ [\\d,]+% ([^0-9]+?) (?=20\\d\\d|Tìm hiểu thêm)`).exec(home)?.[1]?.trim();
    expect([2021, 2022, 2023, 2024, 2025].map(row)).toEqual([
      'ước tính từ tỷ lệ đã công bố',
      'tổng các huyện, thành phố (minh họa)',
      'tổng các huyện, thành phố (minh họa)',
      'ước tính từ tỷ lệ đã công bố',
      'công bố',
    ]);
    expect(home).not.toContain('số liệu báo cáo');
  });

  it('puts the caveat of 2025 beside its reduction of 1,04 points', () => {
    for (const p of ['', 'tien-do', 'tieu-chi']) {
      expect(text(page(p)), p).toMatch(/2025 1,04 Chưa đạt Lưu ý năm 2025: Năm 2025 rà soát trên 65 xã, phường của địa giới từ 01\/7\/2025; năm 2024 trên 200 xã, phường, thị trấn/);
    }
  });

  it('states the poor-district exit as known, with its source and the day checked; its column counts districts', () => {
    const progress = text(page('tien-do'));
    const target = progress.slice(progress.indexOf('Đến 2025 có ít nhất 01 huyện thoát nghèo'));
    expect(target).toMatch(/Năm Số huyện có quyết định thoát nghèo Kết quả 2025 0 huyện Chưa có quyết định công nhận thoát nghèo \(kiểm tra đến 01\/12\/2026\)/);
    expect(target).toContain('Huyện nghèo giai đoạn 2021–2025 của tỉnh: huyện Bình Gia, huyện Văn Quan.');
    expect(target).toContain('Từ 01/7/2025 không còn cấp huyện; việc đó không phải là thoát nghèo, nên không được tính.');
    expect(target).toMatch(/Nguồn: Quyết định số 353\/QĐ-TTg ngày 15\/3\/2022[^]*Thủ tướng Chính phủ, 15\/3\/2022/);
    expect(page('tien-do')).toContain('href="https://www.quangninh.gov.vn/so/sokhdt/Trang/ChiTietTinTuc.aspx?nid=1436"');
  });

  it('gives the poor-district label of a unit page its decision', () => {
    expect(text(page('dia-ban/2020-01/181-binh-gia'))).toContain(
      'Huyện nghèo từ 2022 (theo Quyết định số 353/QĐ-TTg ngày 15/3/2022 của Thủ tướng Chính phủ phê duyệt danh sách huyện nghèo',
    );
    expect(text(page('dia-ban/2020-01/181-binh-gia'))).toContain('chưa có quyết định công nhận thoát nghèo, kiểm tra đến 01/12/2026');
  });

  it('gives invented awards only to fictitious recipients, and shows a real award with "chưa rõ số quyết định"', () => {
    const { dataset } = validate({ dataRoot: site.dataRoot });
    const names = dataset!.data.recognitions.recognitions.map((r) => [r.recipient.name, dataset!.source(r.source)!.kind] as const);
    for (const [name, kind] of names) if (kind === 'synthetic') expect(name).toMatch(/minh họa|giả định/);
    const awards = text(page('khen-thuong'));
    for (const real of ['Bình Gia', 'Cao Lộc', 'Hòa Bình', 'Hoàng Văn Thụ', 'Quang Trung', 'Đông Kinh', 'Khánh Long']) {
      expect(awards, real).not.toMatch(new RegExp(`Cán bộ và Nhân dân (huyện|xã|phường) ${real}`));
    }
    expect(awards).toContain('Xã Hải Yến (huyện Cao Lộc) Bằng khen của Chủ tịch UBND tỉnh Chưa rõ số quyết định, tháng 4/2025');
  });

  it('publishes no real profile resting on a listing page, and names no private person', () => {
    const profiles = readCollection(path.join(site.root, 'content'), 'profiles').filter((f) => f.data['sample'] !== true);
    expect(profiles.length).toBeGreaterThanOrEqual(15);
    const listing = /[?&]page=|\/trang-\d+\.htm|\/tag\/|\/c\/[a-z-]+(\?|$)/;
    for (const f of profiles) {
      const html = page(`dien-hinh/${f.slug}`);
      const links = [...html.matchAll(/<cite><a href="([^"]+)"/g)].map((m) => m[1]!);
      expect(links.length, f.slug).toBeGreaterThan(0);
      for (const url of links) expect(url, f.slug).not.toMatch(listing);
      expect(text(html), f.slug).not.toContain('cần đối chiếu bài gốc');
    }
    expect(readdirSync(path.join(site.out, 'dien-hinh'))).not.toContain('hop-tac-xa-chanh-rung-mau-son');
  });
});
