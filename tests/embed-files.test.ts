import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../src/config.ts';
import { chartCsv, chartTable, mapTable } from '../src/domain/export/chart-csv.ts';
import { lineChart } from '../src/domain/charts/line-chart.ts';
import { chartEmbedById, chartEmbeds, currentRelease, figureFileName, mapEmbeds, type ChartEmbed, type MapEmbed } from '../src/site/embed/embeds.ts';
import { figureFile, figureFileResponse, figurePng } from '../src/site/embed/files.ts';
import { embed as enEmbed } from '../src/i18n/embed.en.ts';
import { embed as viEmbed } from '../src/i18n/embed.vi.ts';
import { mapClassLabel } from '../src/site/embed/map-svg.ts';
import { rasterise } from '../src/site/images/png.ts';
import { FONT_FAMILY, wrap } from '../src/site/embed/svg-frame.ts';
import { embedPath, figureFilePath } from '../src/site/urls.ts';

/**
 * The files behind every chart and map view (CSV, SVG, PNG), computed from the embedded
 * release without a build: they say exactly what the figure shows.
 */
const origin = new URL(SITE_URL);
const rel = currentRelease();
const text = (fig: ChartEmbed | MapEmbed, ext: 'csv' | 'svg') => figureFile(rel, fig, ext, origin).toString('utf8');
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(','));
const chart = (id: string) => chartEmbedById(id)!;
const mapView = (slug: string) => mapEmbeds().find((m) => m.slug === slug)!;

describe('chart CSV', () => {
  it('gives the province rate the way official reports print it: 4.643 / 199.765 in 2025 is 2,32%', () => {
    // the current release's observations.json, province 20 on vintage 2025-07, year 2025:
    // 4643 / 199765 × 100 = 2.3242… → 2.32. And 2021: 23511 / 192713 × 100 = 12.2000… → 12.20.
    const obs = JSON.parse(readFileSync(`data/releases/${rel.entry.id}/observations.json`, 'utf8')).observations as { unit: string; year: number; poor: number; households: number }[];
    const p2025 = obs.find((o) => o.unit === '20' && o.year === 2025)!;
    expect([p2025.poor, p2025.households]).toEqual([4643, 199765]);
    const csv = text(chart('chart-province-rate'), 'csv');
    expect(csv.startsWith('\uFEFFcode,name,year,poor_rate,poor_rate_illustrative,plan_rate_upper,plan_rate_lower\r\n')).toBe(true);
    const table = rows(csv);
    expect(table.find((r) => r[2] === '2025')).toEqual(['20', 'Lạng Sơn', '2025', '2.32', 'false', '4.20', '0.20']);
    // The plan's band starts at the baseline: 12,20 − 2 × 4 = 4,20 and 12,20 − 3 × 4 = 0,20 in 2025.
    expect(table.find((r) => r[2] === '2021')).toEqual(['20', 'Lạng Sơn', '2021', '12.20', 'false', '12.20', '12.20']);
    // 2022 and 2023 rest on the synthetic district figures.
    expect(table.find((r) => r[2] === '2022')![4]).toBe('true');
  });

  it('counts households on the scale chart and carries half of the baseline: (23.511 + 23.247) / 2 = 23.379', () => {
    const table = rows(text(chart('chart-province-scale'), 'csv'));
    expect(table[0]).toEqual(['code', 'name', 'year', 'poor_and_near_poor', 'poor_and_near_poor_illustrative', 'half_of_baseline']);
    expect(table.find((r) => r[2] === '2021')).toEqual(['20', 'Lạng Sơn', '2021', '46758', 'false', '23379']);
    // 2025: 4.643 poor + 13.578 near-poor.
    expect(table.find((r) => r[2] === '2025')).toEqual(['20', 'Lạng Sơn', '2025', '18221', 'false', '23379']);
  });

  it('says in every row which unit it is about, so that district files pasted together stay apart: 181 Bình Gia, 188 Lộc Bình', () => {
    const binhGia = rows(text(chart('chart-district-181'), 'csv'));
    const locBinh = rows(text(chart('chart-district-188'), 'csv'));
    expect(binhGia[0]!.slice(0, 3)).toEqual(['code', 'name', 'year']);
    // Header once, then the rows of both files, as a reader pastes them.
    const pasted = [...binhGia.slice(1), ...locBinh.slice(1)];
    expect(pasted.length).toBeGreaterThan(2);
    expect(new Set(binhGia.slice(1).map((r) => `${r[0]} ${r[1]}`))).toEqual(new Set(['181 Bình Gia']));
    expect(new Set(locBinh.slice(1).map((r) => `${r[0]} ${r[1]}`))).toEqual(new Set(['188 Lộc Bình']));
    // Every chart, the province's too, names its unit in every row.
    for (const fig of chartEmbeds()) {
      const table = chartTable(fig.table);
      expect(new Set(table.rows.map((r) => `${r[0]}|${r[1]}`)), fig.slug).toEqual(new Set([`${fig.table.subject.code}|${fig.table.subject.name}`]));
    }
    expect(chart('chart-province-near-poor').table.subject).toEqual({ code: '20', name: 'Lạng Sơn' });
  });

  it('holds, for every chart, exactly the values and flags its model draws, one row per year', () => {
    for (const fig of chartEmbeds()) {
      const table = chartTable(fig.table);
      const model = fig.chart.model;
      expect(table.rows.map((r) => r[2]), fig.slug).toEqual(model.xTicks.map((t) => Number(t.label)));
      model.series.forEach((series, i) => {
        for (const p of series.points) {
          const row = table.rows.find((r) => r[2] === p.year)!;
          const value = fig.table.unit === 'percent' ? (p.value / 100).toFixed(2) : String(p.value);
          expect(row[3 + 2 * i], `${fig.slug} ${p.year}`).toBe(value);
          expect(row[4 + 2 * i], `${fig.slug} ${p.year}`).toBe(String(p.illustrative));
        }
      });
    }
  });

  it('writes the band values the chart draws: redrawn from them, the band is the same path', () => {
    const fig = chart('chart-province-rate');
    const model = fig.chart.model;
    const redrawn = lineChart({
      years: fig.table.years as number[],
      series: model.series.map(({ id, label, points }) => ({ id, label, points })),
      band: { label: model.band!.label, points: [...fig.table.band!.points] },
      formatTick: (v) => String(v),
    });
    expect(redrawn.band!.path).toBe(model.band!.path);
  });

  it('quotes only where RFC 4180 needs it and keeps a half household', () => {
    const csv = chartCsv({ subject: { code: '20', name: 'Lạng Sơn' }, years: [2021], unit: 'households', series: [{ column: 'x', title: 'x', points: [{ year: 2021, value: 3, illustrative: false }] }], rule: { column: 'half', title: 'h', value: 1.5 } });
    expect(csv).toBe('\uFEFFcode,name,year,x,x_illustrative,half\r\n20,Lạng Sơn,2021,3,false,1.5\r\n');
  });

  it('leaves the reference line empty after its last year (a year after the plan is not compared with the baseline)', () => {
    const points = [2025, 2026].map((year) => ({ year, value: 3, illustrative: false }));
    const csv = chartCsv({ subject: { code: '20', name: 'Lạng Sơn' }, years: [2025, 2026], unit: 'households', series: [{ column: 'x', title: 'x', points }], rule: { column: 'half', title: 'h', value: 1.5, lastYear: 2025 } });
    expect(csv).toBe('\uFEFFcode,name,year,x,x_illustrative,half\r\n20,Lạng Sơn,2025,3,false,1.5\r\n20,Lạng Sơn,2026,3,false,\r\n');
  });
});

describe('map CSV', () => {
  // Every map view of the release is modelled on first use: seconds on a busy machine.
  beforeAll(() => {
    mapEmbeds();
  }, 60_000);

  it('gives one row per area with value, legend class, illustrative and carried flags and counts: xã Hoa Thám 2025 is 70 / 1.307 = 5,36%', () => {
    const fig = mapView('2025-07/xa/ty-le-ho-ngheo/2025');
    const table = mapTable(fig.model, { classLabel: (k) => mapClassLabel(fig.model, k) });
    expect(table.header).toEqual(['vintage', 'code', 'name', 'type', 'year', 'poor_rate', 'class', 'illustrative', 'carried', 'poor', 'households']);
    expect(table.rows).toHaveLength(65);
    expect(table.rows.find((r) => r[1] === '06073')).toEqual(['2025-07', '06073', 'Hoa Thám', 'xã', 2025, '5.36', 'từ 4 đến dưới 8%', 'true', 'false', 70, 1307]);
  });

  it('marks the years carried onto today\'s communes: 2023 on xã Hoa Thám is xã Hoa Thám and xã Hưng Đạo of 2020 together', () => {
    const fig = mapView('2025-07/xa/ty-le-ho-ngheo/2023');
    const table = mapTable(fig.model, { classLabel: (k) => mapClassLabel(fig.model, k) });
    expect(table.rows).toHaveLength(65);
    expect(table.rows.every((r) => r[8] === 'true')).toBe(true);
    // 2023 records of 2020-01: 06067 has 118 poor of 840 households, 06073 has 71 of 489; 189 / 1,329 = 14.22%
    expect(table.rows.find((r) => r[1] === '06073')).toEqual(['2025-07', '06073', 'Hoa Thám', 'xã', 2023, '14.22', 'từ 14% trở lên', 'true', 'true', 189, 1329]);
    expect(fig.model.summary.carried).toBe(65);
  });

  it('names the district of each commune on the 2020 map and the status on the criteria map', () => {
    const communes = rows(text(mapView('2020-01/xa/ty-le-ho-ngheo/2024'), 'csv'));
    expect(communes[0]!.slice(0, 7)).toEqual(['vintage', 'code', 'name', 'type', 'parent_code', 'parent_name', 'year']);
    expect(communes).toHaveLength(201);
    const criteria = mapTable(mapView('2020-01/huyen/dat-tieu-chi/2024').model, { classLabel: (k) => k });
    expect(criteria.header).toContain('criteria_status');
    for (const r of criteria.rows) expect(['met', 'not-met', 'unknown', 'not-applicable']).toContain(r[5]);
  });
});

describe('SVG files', () => {
  it('are standalone drawings of the chart: xmlns, title, desc, source inside, every path of the model', () => {
    const fig = chart('chart-province-rate');
    const svg = text(fig, 'svg');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title id="figure-title">${fig.title}</title>`);
    expect(svg).toContain('<desc id="figure-desc">Tỷ lệ hộ nghèo toàn tỉnh: 2021 12,20%');
    expect(svg).toContain(`>Nguồn: Vì người nghèo Lạng Sơn (${origin.host})`);
    expect(svg).toContain(`${rel.entry.id}. Giấy phép CC BY 4.0.`);
    expect(svg).toContain(`>${origin.origin}/tien-do/#chart-province-rate-h</text>`);
    expect(svg).toContain('Dữ liệu minh họa');
    expect(svg).toContain(`<path d="${fig.chart.model.band!.path}"`);
    for (const s of fig.chart.model.series) expect(svg).toContain(`<path d="${s.path}"`);
    expect(svg).toContain("font-family=\"'Be Vietnam Pro'");
    expect(svg).toMatch(/sans-serif"/);
    expect(svg).not.toMatch(/style=|<script|class=/);
  });

  it('draw every area of a map with its fill, the legend with its counts and the boundaries credit', () => {
    const fig = mapView('2020-01/xa/ty-le-ho-ngheo/2024');
    const svg = text(fig, 'svg');
    for (const a of fig.model.areas) expect(svg).toContain(`<path d="${a.d}"`);
    // the page map's classes (chosen from the map's figures), names where they fit, and how the classes were chosen
    expect(svg).toContain('dưới 4% (');
    // No commune's name on the 200 communes of 2020, where one or two fit (namesShown), but the
    // districts' in grey capitals; on today's 65 communes some names, and no district.
    const written = (s: string) => [...s.matchAll(/<text x="\d+" y="\d+">([^<]+)<\/text>/g)].map((m) => m[1]!);
    expect(written(svg)).toEqual(expect.arrayContaining(['TRÀNG ĐỊNH', 'BÌNH GIA', 'LỘC BÌNH']));
    expect(written(svg).every((n) => n === n.toLocaleUpperCase('vi'))).toBe(true);
    expect(svg).toMatch(/<g [^>]*font-weight="700" letter-spacing="0.06em" fill="#4a4f55"><text/);
    const today = written(text(mapView('2025-07/xa/ty-le-ho-ngheo/2025'), 'svg'));
    expect(today.length).toBeGreaterThan(3);
    expect(today.some((n) => n === n.toLocaleUpperCase('vi'))).toBe(false);
    // the key says what the capitals and the bold lines are, where the file has them
    expect(svg).toContain('Đường đậm: ranh giới huyện. Chữ in hoa màu xám: tên huyện');
    expect(text(mapView('2025-07/xa/ty-le-ho-ngheo/2025'), 'svg')).not.toMatch(/Chữ in hoa|Đường đậm/);
    expect(svg).toContain('Các lớp màu chia theo số liệu của mọi năm');
    expect(svg).toContain(fig.layer.geo!.credit.slice(0, 20));
    expect(svg).not.toMatch(/style=|<script|<a /);
  });
});

describe('namesakes in the map files', () => {
  it("write no name on the 2020 commune maps that two areas share: xã Mẫu Sơn (Cao Lộc, Lộc Bình) only with its district, or not at all (drawnNames, tests/map.test.ts)", () => {
    for (const fig of mapEmbeds().filter((m) => m.view.vintage === '2020-01' && m.view.level === 'commune' && m.model.drawing)) {
      const svg = text(fig, 'svg');
      const written = [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+">([^<]+)<\/text>/g)].map((m) => m[1]!);
      expect(written, fig.slug).not.toContain('Mẫu Sơn');
      for (const name of written) expect(fig.model.areas.filter((a) => a.unit.name === name).length, `${fig.slug}: ${name}`).toBeLessThanOrEqual(1);
    }
  });

  it("say in the description which xã Hoàng Văn Thụ is the highest, as the page's summary does", () => {
    const svg = text(mapView('2020-01/xa/ty-le-ho-ngheo/2021'), 'svg');
    expect(svg).toMatch(/<desc id="figure-desc">[^<]*Cao nhất: xã Hoàng Văn Thụ thuộc huyện Bình Gia \(35,25%/);
  });
});

describe('PNG files', () => {
  /** PNGs are drawn on image worker threads, which load resvg and sharp first. */
  const DRAWING = 30_000;

  it('draws every Vietnamese letter, in regular and bold', async () => {
    // A letter the fonts lack is either left out or drawn as the "missing glyph" box: the
    // picture then equals the one without the letter, or the one with a character no font has.
    const draw = (line: string, weight: number) =>
      rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="520" height="40" font-family="${FONT_FAMILY}"><text x="8" y="26" font-size="16" font-weight="${weight}">${line}</text></svg>`, 1);
    const line = 'Huyện Đình Lập — tỷ lệ hộ nghèo 8,38% ệ ậ ỹ Ứ';
    for (const weight of [400, 700]) {
      const whole = await draw(line, weight);
      for (const letter of ['ệ', 'Đ', 'ậ', 'ỹ', 'Ứ', 'ỷ', 'è']) {
        expect(whole.equals(await draw(line.replaceAll(letter, ''), weight)), `${letter} ${weight}`).toBe(false);
        expect(whole.equals(await draw(line.replaceAll(letter, '\uE000'), weight)), `${letter} ${weight}`).toBe(false);
      }
    }
  }, DRAWING);

  it('sets text with the font\'s kerning', async () => {
    // With kerning off, "AVAWAY" is 18 px wider at 40 px: the pictures must differ.
    const draw = (style: string) =>
      rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="4" y="44" font-size="40" font-family="${FONT_FAMILY}"${style}>AVAWAY</text></svg>`, 1);
    expect((await draw('')).equals(await draw(' style="font-kerning:none"'))).toBe(false);
  }, DRAWING);

  it('rasterises a chart at twice its size, as a palette PNG', async () => {
    const png = await figurePng(rel, chart('chart-province-near-poor'), origin);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const svg = text(chart('chart-province-near-poor'), 'svg');
    const width = Number(/ width="(\d+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(width * 2);
    // IHDR colour type 3: indexed colours (quantised), a third of the bytes of RGBA.
    expect(png[25]).toBe(3);
  }, DRAWING);

  it('rasterises a map at one and a half times its size', async () => {
    const view = mapEmbeds()[0]!;
    const png = await figurePng(rel, view, origin);
    const width = Number(/ width="(\d+)"/.exec(text(view, 'svg'))![1]);
    expect(png.readUInt32BE(16)).toBe(width * 1.5);
    expect(png[25]).toBe(3);
  }, DRAWING);
});

describe('figure workbooks', () => {
  it('head every column of every chart and map with words in both languages: none is left as its CSV name', () => {
    const names = new Set<string>();
    for (const c of chartEmbeds()) for (const n of chartTable(c.table).header) names.add(n);
    for (const m of mapEmbeds()) for (const n of mapTable(m.model, { classLabel: () => '' }).header) names.add(n);
    expect(names.size).toBeGreaterThan(20);
    for (const heading of [viEmbed.figureColumn, enEmbed.figureColumn]) expect([...names].filter((n) => heading(n) === n)).toEqual([]);
    expect(['poor_rate_2023', 'poor_and_near_poor_illustrative', 'no_such_column'].map(viEmbed.figureColumn)).toEqual([
      'Tỷ lệ hộ nghèo năm 2023',
      'Số hộ nghèo và cận nghèo: minh họa',
      'no_such_column',
    ]);
  });

  it("keep the district's code and name in every row of its chart's workbook", async () => {
    const response = await figureFileResponse({ release: rel, figure: chart('chart-district-181'), ext: 'xlsx' });
    const sheet = await readSheet(Buffer.from(await response.arrayBuffer()));
    const headerAt = sheet.findIndex((row) => row[0] === 'Mã đơn vị (code)');
    expect(sheet[headerAt]!.slice(0, 3)).toEqual(['Mã đơn vị (code)', 'Tên đơn vị (name)', 'Năm (year)']);
    const body = sheet.slice(headerAt + 1);
    expect(body.length).toBeGreaterThan(2);
    for (const row of body) expect(row.slice(0, 2)).toEqual(['181', 'Bình Gia']);
  }, 60_000);

  it('write the heading with the CSV name in brackets: the 2024 reduction map of 2020 communes', async () => {
    const fig = mapView('2020-01/xa/muc-giam-ty-le-ho-ngheo/2024');
    const response = await figureFileResponse({ release: rel, figure: fig, ext: 'xlsx' });
    const sheet = await readSheet(Buffer.from(await response.arrayBuffer()));
    const header = sheet.find((row) => row[0] === 'Thời kỳ địa giới (vintage)');
    expect(header).toEqual([
      'Thời kỳ địa giới (vintage)', 'Mã đơn vị (code)', 'Tên đơn vị (name)', 'Loại đơn vị (type)', 'Mã đơn vị cấp trên (parent_code)', 'Tên đơn vị cấp trên (parent_name)', 'Năm (year)',
      'Mức giảm tỷ lệ hộ nghèo so với năm trước (điểm %) (poor_rate_reduction_points)', 'Nhóm trên bản đồ (class)', 'Số liệu minh họa (illustrative)', 'Số liệu quy đổi từ đơn vị cũ (carried)',
      'Tỷ lệ hộ nghèo năm 2023 (poor_rate_2023)', 'Tỷ lệ hộ nghèo năm 2024 (poor_rate_2024)',
    ]);
    expect(sheet.some((row) => String(row[0]).startsWith('Tỷ lệ ghi theo kiểu phần trăm của Excel'))).toBe(true);
    // The CSV beside it keeps the names alone, for software.
    expect(rows(text(fig, 'csv'))[0]).toEqual(['vintage', 'code', 'name', 'type', 'parent_code', 'parent_name', 'year', 'poor_rate_reduction_points', 'class', 'illustrative', 'carried', 'poor_rate_2023', 'poor_rate_2024']);
  }, 60_000);
});

describe('paths', () => {
  it('puts live and pinned embeds under /nhung/ and files under the release', () => {
    const fig = chart('chart-district-181');
    expect(fig.slug).toBe('ty-le-ho-ngheo/2020-01/181-binh-gia');
    expect(embedPath(fig.kind, fig.slug)).toBe('/nhung/bieu-do/ty-le-ho-ngheo/2020-01/181-binh-gia/');
    expect(embedPath(fig.kind, fig.slug, '2026.1')).toBe('/nhung/2026.1/bieu-do/ty-le-ho-ngheo/2020-01/181-binh-gia/');
    expect(figureFilePath('2026.1', fig.kind, fig.slug, 'csv')).toBe('/du-lieu/2026.1/bieu-do/ty-le-ho-ngheo/2020-01/181-binh-gia.csv');
    expect(figureFileName('2026.1', fig.kind, fig.slug, 'png')).toBe('bieu-do-ty-le-ho-ngheo-2020-01-181-binh-gia-2026.1.png');
    expect(chartEmbeds().map((c) => c.slug).slice(0, 3)).toEqual(['ty-le-ho-ngheo', 'ty-le-ho-can-ngheo', 'ho-ngheo-va-can-ngheo']);
    // 36 views on the reported figures, and 2021–2024 carried onto the 65 communes of July 2025 (5 indicators)
    expect(mapEmbeds()).toHaveLength(56);
  });

  it('wraps long text within the width it is given', () => {
    for (const line of wrap('Số liệu minh họa (không phải số liệu chính thức): số hộ, hộ nghèo, hộ cận nghèo', 200, 12)) {
      expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (12 * 0.58)));
    }
  });

  it('breaks an address longer than a line after a slash or before its anchor, keeping every letter', () => {
    // A district chart's source line: 360 px at 11 px takes 56 letters, the address has 84.
    const site = 'https://giamngheo.tinh.example';
    const lines = wrap(`Xem: ${site}/tien-do/2020-01/181-binh-gia/#chart-district-181-h`, 360, 11);
    expect(lines).toEqual(['Xem:', `${site}/tien-do/2020-01/`, '181-binh-gia/#chart-district-181-h']);
    // With no slash in reach, the line's length is the cut.
    expect(wrap('https://a.example/#x', 200, 12)).toEqual(['https://a.example/#x']);
    expect(wrap('a'.repeat(20), 8 * 12 * 0.58, 12)).toEqual(['aaaaaaaa', 'aaaaaaaa', 'aaaa']);
  });
});
