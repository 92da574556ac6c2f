import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRITERIA_SCHEME, classIndex, dataThresholds, MAP_INDICATORS, MAX_CLASSES, numericScheme, PLAN_THRESHOLDS, type Threshold } from '../src/domain/map/classes.ts';
import { allViews, defaultView, layerOf, mapLayers, viewOn, type MapView } from '../src/domain/map/explorer.ts';
import { compactPath, makeFrame } from '../src/domain/map/frame.ts';
import { areasFrame, loadGeoIndex, loadLayer, sharedFrame } from '../src/domain/map/load.ts';
import { geoLength } from 'd3-geo';
import { buildMapModel } from '../src/domain/map/model.ts';
import { hexToLinear, lightness, NO_DATA, sequential, simulate, type Deficiency } from '../src/domain/map/palette.ts';
import type { MapContext } from '../src/domain/map/values.ts';
import { labelFits, namesShown } from '../src/domain/map/settings.ts';
import { drawnNames, parentNamesShown, parentNameText, parentPlaces } from '../src/domain/map/names.ts';
import { unitLabel } from '../src/i18n/results.vi.ts';
import { unitLabel as enUnitLabel } from '../src/i18n/results.en.ts';
import { areaName, classLabel, explorer, layerLabel, summarySentences, table, teaser, typesLabel } from '../src/i18n/map.vi.ts';
import { typeCounts, unitTypeCounts } from '../src/domain/map/layer-types.ts';
import * as en from '../src/i18n/map.en.ts';
import * as localizedMap from '../src/i18n/map.ts';
import { renderIn } from '../src/i18n/current.ts';
import { siteData } from '../src/site/site-data.ts';
import { mapPath, unitPath } from '../src/site/urls.ts';

const site = siteData();
const ctx: MapContext = { dataset: site.dataset, engine: site.engine };
const dataRoot = path.resolve('data');
const layers = mapLayers(ctx, loadGeoIndex(dataRoot)?.layers ?? []);
const model = (view: MapView, shapes = true) => {
  const layer = layerOf(layers, view)!;
  const loaded = loadLayer(dataRoot, view.vintage, view.level);
  return buildMapModel({
    ctx,
    layer,
    view,
    href: unitPath,
    ...(shapes && loaded ? { shapes: { layer: loaded, frame: sharedFrame(dataRoot, 600)!, decimals: 1 } } : {}),
  });
};
const communes2020 = (indicator: MapView['indicator'], year: number): MapView => ({ vintage: '2020-01', level: 'commune', indicator, year });

describe('class breaks', () => {
  it.each(MAP_INDICATORS)('%s: the same breaks and colours every year of one map', (indicator) => {
    for (const level of ['commune', 'district'] as const) {
      const years = layerOf(layers, { vintage: '2020-01', level })!.years[indicator];
      expect(years.length).toBeGreaterThan(1);
      const schemes = years.map((y) => model({ vintage: '2020-01', level, indicator, year: y }, false).scheme);
      for (const s of schemes) expect(s).toEqual(schemes[0]);
    }
  });

  const ats = (t: readonly Threshold[]) => t.map((x) => x.at);

  it('chooses round breaks near the quintiles of the figures', () => {
    // 0,01% … 10,00%: quintiles at 2, 4, 6, 8%, steps of 1 point
    const values = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(ats(dataThresholds('poor-rate', values))).toEqual([200, 400, 600, 800]);
    // a narrow spread gets finer breaks: 1,00% … 1,99% → steps of 0,1 point
    const narrow = Array.from({ length: 100 }, (_, i) => 100 + i);
    expect(ats(dataThresholds('poor-rate', narrow))).toEqual([120, 140, 160, 180]);
  });

  it('always keeps the plan\'s breaks inside the range of the figures, at most six classes', () => {
    const values = Array.from({ length: 1200 }, (_, i) => i - 200); // −2,00 … 9,99 points
    const breaks = ats(dataThresholds('reduction', values));
    for (const p of PLAN_THRESHOLDS.reduction) expect(breaks).toContain(p.at);
    expect(breaks.length).toBeLessThanOrEqual(MAX_CLASSES - 1);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    // "giảm trên 50%" stays strict
    const scale = dataThresholds('scale-reduction', Array.from({ length: 100 }, (_, i) => i * 100));
    expect(scale.find((t) => t.at === 5000)).toEqual({ at: 5000, strict: true });
  });

  it('leaves out breaks no figure reaches, and copes with one value or none', () => {
    // the plan's 0, 4 and 6 points lie outside 4,50 … 5,50: no class of them would have an area
    expect(ats(dataThresholds('reduction', [450, 500, 550]))).toEqual([500, 550]);
    expect(dataThresholds('poor-rate', [700, 700, 700])).toEqual([]);
    expect(dataThresholds('reduction', [])).toEqual(PLAN_THRESHOLDS.reduction);
    expect(numericScheme('poor-rate', []).classes).toHaveLength(1);
  });

  it('puts a value on a break into the class above, or below when the break is strict', () => {
    const rate = [{ at: 200 }, { at: 500 }, { at: 1000 }, { at: 2000 }, { at: 3000 }];
    expect([0, 199, 200, 499, 500, 2999, 3000, 9999].map((v) => classIndex(rate, v))).toEqual([0, 0, 1, 1, 2, 4, 5, 5]);
    const scale = [{ at: 0 }, { at: 5000, strict: true }];
    // "giảm trên 50%": exactly half gone is not yet in the top class
    expect(classIndex(scale, 5000)).toBe(1);
    expect(classIndex(scale, 5001)).toBe(2);
    expect(classIndex(scale, -1)).toBe(0);
  });

  it('labels classes with their bounds', () => {
    const label = (i: Parameters<typeof numericScheme>[0], t: Threshold[]) => {
      const s = numericScheme(i, t);
      return s.classes.map((c) => classLabel(c, s.unit));
    };
    expect(label('poor-rate', [{ at: 200 }, { at: 500 }, { at: 1000 }])).toEqual(['dưới 2%', 'từ 2 đến dưới 5%', 'từ 5 đến dưới 10%', 'từ 10% trở lên']);
    expect(label('reduction', [{ at: 0 }, { at: 400 }, { at: 600 }])).toEqual(['tăng (dưới 0)', 'từ 0 đến dưới 4', 'từ 4 đến dưới 6', 'từ 6 trở lên']);
    expect(label('scale-reduction', [{ at: 0 }, { at: 2500 }, { at: 5000, strict: true }])).toEqual(['tăng (dưới 0)', 'từ 0 đến dưới 25%', 'từ 25 đến 50%', 'trên 50%']);
  });

  it('gives a map whose figures are all the same one class, labelled in both languages (a build stopped on it)', () => {
    const thresholds = dataThresholds('poor-rate', [837, 837, 837]);
    expect(thresholds).toEqual([]);
    const s = numericScheme('poor-rate', thresholds);
    expect(s.classes.map((c) => [c.from, c.to])).toEqual([[undefined, undefined]]);
    expect(s.classes.map((c) => classLabel(c, s.unit))).toEqual(['mọi giá trị']);
    expect(s.classes.map((c) => en.classLabel(c, s.unit))).toEqual(['all values']);
  });

  it('the 2025 map of today\'s communes spreads its communes over at least four classes, and its legend has no empty class', () => {
    const m = model({ vintage: '2025-07', level: 'commune', indicator: 'poor-rate', year: 2025 });
    expect(m.legend.filter((l) => l.key !== 'nd').length).toBeGreaterThanOrEqual(4);
    expect(m.legend.every((l) => l.count > 0)).toBe(true);
    expect(m.legend.reduce((n, l) => n + l.count, 0)).toBe(m.areas.length);
  });
});

describe('map titles in Vietnamese', () => {
  it('name the year once, where it reads naturally', () => {
    expect(explorer.heading('reduction', 2024)).toBe('Mức giảm tỷ lệ hộ nghèo trong năm 2024');
    expect(explorer.heading('poor-rate', 2024)).toBe('Tỷ lệ hộ nghèo năm 2024');
    expect(explorer.pageTitle('reduction', 2024, 'Xã')).toBe('Bản đồ mức giảm tỷ lệ hộ nghèo trong năm 2024 – Xã');
    expect(table.caption('reduction', 2024, 'Xã')).toBe('Mức giảm tỷ lệ hộ nghèo trong năm 2024: Xã');
    expect(teaser.caption('scale-reduction', 2024, 'Xã')).toBe('Số hộ nghèo và cận nghèo năm 2024 giảm so với năm gốc: xã');
    for (const indicator of MAP_INDICATORS) expect(explorer.description(indicator, 2024, 'Xã')).not.toMatch(/năm năm|năm gốc năm/);
  });
});

describe('area names', () => {
  it('shows a name only where it fits in its area', () => {
    // 8 letters at 18 units ≈ 81 units wide, 23 high
    expect(labelFits(8, 100, 40, 18)).toBe(true);
    expect(labelFits(8, 80, 40, 18)).toBe(false);
    expect(labelFits(8, 100, 30, 18)).toBe(false);
  });

  it('leaves out a name that would touch a larger area\'s name, and shows more when zoomed in', () => {
    const big = { x: 100, y: 100, w: 200, h: 100, letters: 8 };
    const near = { x: 130, y: 110, w: 120, h: 60, letters: 8 };
    const far = { x: 400, y: 100, w: 120, h: 60, letters: 8 };
    expect(namesShown([near, big, far], 18)).toEqual([false, true, true]);
    expect(namesShown([near, big, far], 4)).toEqual([true, true, true]);
  });

  it('writes no name when only a few of many areas have room for theirs, and all that fit once enough do', () => {
    const roomy = (x: number) => ({ x, y: 100, w: 200, h: 100, letters: 8 });
    const cramped = (x: number) => ({ x, y: 300, w: 20, h: 10, letters: 8 });
    const map = (fit: number, total: number) => [...Array.from({ length: fit }, (_, i) => roomy(i * 300)), ...Array.from({ length: total - fit }, (_, i) => cramped(i * 30))];
    // One or two names of 60 or 200: a lone name reads as the area the map is about.
    expect(namesShown(map(1, 200), 18).filter(Boolean)).toHaveLength(0);
    expect(namesShown(map(2, 60), 18).filter(Boolean)).toHaveLength(0);
    // Three names, or two of a small map (a district's fifteen communes), are written.
    expect(namesShown(map(3, 200), 18).filter(Boolean)).toHaveLength(3);
    expect(namesShown(map(2, 15), 18).filter(Boolean)).toHaveLength(2);
    expect(namesShown(map(1, 1), 18)).toEqual([true]);
  });

  it('asks for the width of no name too tall for its area (the browser measures a width when first asked)', () => {
    const asked: string[] = [];
    const place = (name: string, h: number) => ({
      x: name === 'tall' ? 100 : 400, y: 100, w: 200, h, letters: 8,
      get em() {
        asked.push(name);
        return 0.5;
      },
    });
    // At 18 units a name needs a box 18 × 1.3 / 0.7 ≈ 33.4 high.
    expect(namesShown([place('short', 30), place('tall', 40)], 18)).toEqual([false, true]);
    expect(asked).toEqual(['tall']);
  });

  it('gives every area of a drawn map a place for its name, inside the drawing', () => {
    const m = model(communes2020('poor-rate', 2024));
    for (const a of m.areas) {
      expect(a.label, a.code).toBeDefined();
      expect(a.label!.x).toBeGreaterThanOrEqual(0);
      expect(a.label!.x).toBeLessThanOrEqual(m.drawing!.width);
      expect(a.label!.y).toBeLessThanOrEqual(m.drawing!.height);
    }
  });
});

describe('colours', () => {
  const deficiencies: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];

  it.each([3, 4, 5, 6])('the %i-class scale gets darker step by step, for every kind of colour vision', (n) => {
    for (const d of deficiencies) {
      const l = sequential(n).map((hex) => lightness(d ? simulate(hexToLinear(hex), d) : hexToLinear(hex)));
      for (let i = 1; i < l.length; i++) expect(l[i - 1]! - l[i]!, `${d ?? 'normal'} class ${i}`).toBeGreaterThan(3);
    }
  });

  it('darker means worse: rates darken upwards, reductions downwards', () => {
    const L = (hex: string) => lightness(hexToLinear(hex));
    const rate = numericScheme('poor-rate', [{ at: 200 }, { at: 500 }]).classes;
    expect(L(rate.at(-1)!.swatch.fill)).toBeLessThan(L(rate[0]!.swatch.fill));
    const reduction = numericScheme('reduction', PLAN_THRESHOLDS.reduction).classes;
    expect(L(reduction[0]!.swatch.fill)).toBeLessThan(L(reduction.at(-1)!.swatch.fill));
  });

  it('"no data" is hatched, never a colour of the scale', () => {
    expect(NO_DATA.pattern?.kind).toBe('hatch');
    for (const i of ['poor-rate', 'near-poor-rate', 'reduction', 'scale-reduction'] as const) {
      expect(numericScheme(i, [{ at: 0 }, { at: 500 }, { at: 1000 }]).classes.some((c) => c.swatch.fill === NO_DATA.fill && !c.swatch.pattern)).toBe(false);
    }
  });

  it('criteria categories differ by pattern as well as colour', () => {
    const looks = CRITERIA_SCHEME.classes.map((c) => `${c.swatch.fill}|${c.swatch.pattern?.kind ?? 'flat'}`);
    expect(new Set(looks).size).toBe(looks.length);
    const patterns = CRITERIA_SCHEME.classes.map((c) => c.swatch.pattern?.kind).filter(Boolean);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

describe('explorer views', () => {
  it('offers only the years the data allow', () => {
    const c2020 = layerOf(layers, { vintage: '2020-01', level: 'commune' })!;
    expect(c2020.years['poor-rate']).toEqual([2021, 2022, 2023, 2024]);
    expect(c2020.years.reduction).toEqual([2022, 2023, 2024]);
    expect(c2020.years.criteria).toEqual([2022, 2023, 2024]);
    const c2025 = layerOf(layers, { vintage: '2025-07', level: 'commune' })!;
    expect(c2025.years['poor-rate']).toEqual([2025]);
    expect(c2025.years.reduction).toEqual([]);
    expect(c2025.years.criteria).toEqual([]);
    const c2024 = layerOf(layers, { vintage: '2024-12', level: 'commune' })!;
    expect(c2024.geo).toBeUndefined();
    expect(Object.values(c2024.years).flat()).toEqual([]);
  });

  it('pre-renders every combination: 17 + 17 on 2020-01, 2 on 2025-07', () => {
    const views = allViews(layers);
    expect(views).toHaveLength(36);
    expect(new Set(views.map(mapPath)).size).toBe(36);
    expect(mapPath(communes2020('poor-rate', 2024))).toBe('/ban-do/2020-01/xa/ty-le-ho-ngheo/2024/');
  });

  it('opens on the latest figures of the units in force now', () => {
    expect(defaultView(layers)).toEqual({ vintage: '2025-07', level: 'commune', indicator: 'poor-rate', year: 2025 });
  });

  it('keeps indicator and year when switching layers, where it can', () => {
    const districts = layerOf(layers, { vintage: '2020-01', level: 'district' })!;
    expect(viewOn(districts, communes2020('reduction', 2023))).toEqual({ vintage: '2020-01', level: 'district', indicator: 'reduction', year: 2023 });
    const c2020 = layerOf(layers, { vintage: '2020-01', level: 'commune' })!;
    // from 2025 on the new communes to the former ones: nearest year
    expect(viewOn(c2020, { indicator: 'poor-rate', year: 2025 })?.year).toBe(2024);
    const c2025 = layerOf(layers, { vintage: '2025-07', level: 'commune' })!;
    // no reduction on the new communes: back to the poverty rate
    expect(viewOn(c2025, communes2020('reduction', 2024))).toEqual({ vintage: '2025-07', level: 'commune', indicator: 'poor-rate', year: 2025 });
  });
});

describe('what the map says', () => {
  // xã Hoa Thám (06073, 2020-01) in observations.json: 2023 71 poor of 489 households,
  // 2024 42 poor + 62 near-poor of 502; 2021 142 poor + 81 near-poor.
  //   42 / 502 = 8.366…% → 8,37%     71 / 489 = 14.519…% → 14,52%     14,52 − 8,37 = 6,15 points
  //   (142 + 81) → (42 + 62): 119 / 223 = 53.36% fewer, more than half: criteria met
  const hoaTham = (indicator: MapView['indicator'], year = 2024) => model(communes2020(indicator, year)).areas.find((a) => a.code === '06073')!;
  const name = (indicator: MapView['indicator'], year = 2024) => {
    const a = hoaTham(indicator, year);
    return areaName(a.unit, indicator, year, a.value, 2021);
  };

  it('carries the figure in each area’s accessible name', () => {
    expect(name('poor-rate')).toBe('xã Hoa Thám: tỷ lệ hộ nghèo 8,37% năm 2024 (minh họa)');
    expect(name('poor-rate', 2023)).toBe('xã Hoa Thám: tỷ lệ hộ nghèo 14,52% năm 2023 (minh họa)');
    expect(name('near-poor-rate')).toBe('xã Hoa Thám: tỷ lệ hộ cận nghèo 12,35% năm 2024 (minh họa)');
    expect(name('reduction')).toBe('xã Hoa Thám: tỷ lệ hộ nghèo năm 2024 giảm 6,15 điểm so với năm 2023 (minh họa)');
    expect(name('scale-reduction')).toBe('xã Hoa Thám: số hộ nghèo và cận nghèo năm 2024 giảm 53,36% so với năm 2021 (minh họa)');
    expect(name('criteria')).toBe('xã Hoa Thám: đạt tiêu chí của Phong trào tính đến năm 2024 (minh họa)');
  });

  it('says so when a figure is missing, without a class colour', () => {
    const a = hoaTham('poor-rate');
    const missing = { ...a.value, value: undefined };
    expect(areaName(a.unit, 'reduction', 2021, missing, 2021)).toBe('xã Hoa Thám: mức giảm tỷ lệ hộ nghèo năm 2021 không có số liệu');
  });

  it('colours, links and counts every area', () => {
    const m = model(communes2020('poor-rate', 2024));
    expect(m.areas).toHaveLength(200);
    expect(m.areas.every((a) => a.d && a.d.startsWith('M'))).toBe(true);
    expect(hoaTham('poor-rate').href).toBe('/dia-ban/2020-01/06073-hoa-tham/');
    expect(hoaTham('poor-rate').classKey).toBe('c2'); // 8,37% is in "từ 5 đến dưới 10%"
    expect(hoaTham('poor-rate').parent?.name).toBe('Bình Gia');
    expect(m.legend.reduce((n, l) => n + l.count, 0)).toBe(200);
    expect(m.drawing?.parentBorders).toBeTruthy();
    expect(m.summary.missingShapes).toBe(0);
  });

  it('places each district’s name on its communes merged, and writes it in capitals while no commune’s name fits', () => {
    const m = model(communes2020('poor-rate', 2024));
    const parents = m.drawing!.parentNames!;
    expect(parents.map((p) => p.code)).toEqual(['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189']);
    expect(parents.map((p) => parentNameText(p.unit))).toContain('LỘC BÌNH');
    // Each name's place lies inside the drawing.
    for (const p of parents) {
      expect(p.label.x).toBeGreaterThan(0);
      expect(p.label.x).toBeLessThan(m.drawing!.width);
      expect(p.label.y).toBeLessThan(m.drawing!.height);
    }
    // Bình Gia's name sits west of Lộc Bình's, as on any map of the province.
    const at = (code: string) => parents.find((p) => p.code === code)!.label;
    expect(at('181').x).toBeLessThan(at('188').x);
    // No commune name fits at the page's size: the districts' do (the city's is too small).
    const none = m.areas.map(() => false);
    const shown = parentNamesShown(parentPlaces(parents), none, 18);
    expect(shown.filter(Boolean).length).toBeGreaterThanOrEqual(8);
    expect(shown[0]).toBe(false);
    // Once one commune's name is written, no district's is.
    expect(parentNamesShown(parentPlaces(parents), [true, ...none.slice(1)], 18).some(Boolean)).toBe(false);
    // Today's communes have no district, and a part of a layer draws no district borders or names.
    expect(model({ vintage: '2025-07', level: 'commune', indicator: 'poor-rate', year: 2025 }).drawing!.parentNames).toBeUndefined();
  });

  it("writes a namesake's district beside its name on the drawing: the two xã Mẫu Sơn of 2020, Cao Lộc's and Lộc Bình's", () => {
    const m = model(communes2020('poor-rate', 2021));
    const names = drawnNames(m.areas, unitLabel);
    expect(names.get('06238')).toBe('xã Mẫu Sơn (Cao Lộc)');
    expect(names.get('06532')).toBe('xã Mẫu Sơn (Lộc Bình)');
    // A name no other area has stays short; the township and the commune of Chi Lăng district differ by their type.
    expect(names.get('06082')).toBe('Yên Lỗ');
    expect(names.get('06466')).toBe('thị trấn Chi Lăng (Chi Lăng)');
    expect(names.get('06523')).toBe('xã Chi Lăng (Chi Lăng)');
    // No two areas of the map have the same name on it.
    expect(new Set(names.values()).size).toBe(m.areas.length);
    // In English on the English page.
    expect(drawnNames(m.areas, enUnitLabel).get('06532')).toBe('Mẫu Sơn commune (Lộc Bình)');
  });

  it("names a namesake among the extremes with its district: the 2021 highest, xã Hoàng Văn Thụ of Bình Gia (Văn Lãng has one too)", () => {
    const m = model(communes2020('poor-rate', 2021));
    expect(m.summary.highest.map((a) => a.code)).toEqual(['06100']);
    expect(summarySentences(m)[1]!.text).toMatch(/^Cao nhất: xã Hoàng Văn Thụ thuộc huyện Bình Gia \(35,25%, minh họa\)\. Thấp nhất: phường Vĩnh Trại \(/);
    expect(renderIn('en', () => localizedMap.summarySentences(m))[1]!.text).toMatch(/^Highest: Hoàng Văn Thụ commune in Bình Gia district \(35\.25%/);
  });

  it('summarises: coverage, extremes, province, criteria, illustrative figures', () => {
    const m = model(communes2020('poor-rate', 2024));
    const sentences = summarySentences(m);
    const s = sentences.map((x) => x.text);
    expect(sentences[0]).toEqual({ text: 'Năm 2024: 200/200 xã, phường, thị trấn có số liệu.', mark: {} });
    // The extremes are synthetic communes: the mark stands beside each figure.
    expect(sentences[1]!.mark).toEqual({ illustrative: true, carried: false });
    expect(s[1]).toMatch(/^Cao nhất: .+ \(\d+,\d{2}%, minh họa\)\. Thấp nhất: .+ \(\d+,\d{2}%, minh họa\)\.$/);
    // The province's 2024 figure is published: no mark.
    expect(sentences).toContainEqual({ text: 'Toàn tỉnh Lạng Sơn: 3,36%.', mark: { illustrative: false, carried: false } });
    const c = m.summary.criteria!;
    expect(c.met + c['not-met'] + c.unknown + c['not-applicable']).toBe(200);
    expect(sentences).toContainEqual({
      text: `Tính đến năm 2024: ${c.met} xã, phường, thị trấn đạt ít nhất một tiêu chí áp dụng cho mình, ${c['not-met']} chưa đạt, ${c['not-applicable']} không thuộc diện đánh giá (trên số liệu minh họa).`,
      mark: { illustrative: true, estimate: false },
    });
    expect(s.at(-1)).toBe('Tất cả số liệu xã, phường, thị trấn trên bản đồ này là số liệu minh họa, không phải số liệu chính thức.');
  });

  it('draws without shapes too (table only)', () => {
    const m = model(communes2020('poor-rate', 2024), false);
    expect(m.drawing).toBeUndefined();
    expect(m.areas.every((a) => a.d === undefined)).toBe(true);
  });
});

describe('path data', () => {
  it('is short: rounded, relative, implicit line-tos', () => {
    const square = { type: 'Feature' as const, properties: null, geometry: { type: 'Polygon' as const, coordinates: [[[106, 22], [106, 22.1], [106.1, 22.1], [106.1, 22], [106, 22]]] } };
    const frame = makeFrame([square], 100, 0);
    const d = compactPath(frame, square);
    expect(d).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+z$/);
    // 0.1° × 0.1° at 22°N: Mercator makes it 1/cos(22°) ≈ 1.08 times taller than wide
    expect(compactPath(frame, square, 0)).toBe('M0 108l0-108 100 0 0 108z');
    const two = { type: 'MultiPolygon' as const, coordinates: [square.geometry.coordinates, square.geometry.coordinates] };
    expect(compactPath(frame, two, 0)).toBe('M0 108l0-108 100 0 0 108zm0 0 0-108 100 0 0 108z');
  });

  it('places the SVG corner to corner on a web map', () => {
    const frame = sharedFrame(dataRoot, 600)!;
    const { west, east, south, north } = frame.bounds;
    const at = (p: [number, number]) => frame.projection(p)!.map((n) => Math.round(n) + 0);
    expect(at([west, north])).toEqual([0, 0]);
    expect(at([east, south])).toEqual([600, frame.height]);
    expect(west).toBeLessThan(106.1);
    expect(east).toBeGreaterThan(107.36);
  });
  it('draws a layer once for every view, at each precision its own paths', () => {
    const loaded = loadLayer(dataRoot, '2020-01', 'commune')!;
    const frame = sharedFrame(dataRoot, 600)!;
    const layer = layerOf(layers, communes2020('poor-rate', 2022))!;
    const at = (view: MapView, decimals: number) => buildMapModel({ ctx, layer, view, href: unitPath, shapes: { layer: loaded, frame, decimals } });
    const first = at(communes2020('poor-rate', 2022), 1);
    const other = at(communes2020('near-poor-rate', 2024), 1);
    const coarse = at(communes2020('poor-rate', 2022), 0);
    const code = first.areas[0]!.code;
    const feature = loaded.features.get(code)!;
    // Shared across indicators and years, and the same as drawing it afresh.
    expect(other.areas[0]!.d).toBe(first.areas[0]!.d);
    expect(first.areas[0]!.d).toBe(compactPath(frame, feature, 1));
    expect(coarse.areas[0]!.d).toBe(compactPath(frame, feature, 0));
    expect(coarse.areas[0]!.d).not.toBe(first.areas[0]!.d);
    expect(coarse.drawing!.outline).toBe(compactPath(frame, loaded.outline(), 0));
    const parentOf = new Map(first.areas.map((a) => [a.code, a.parent?.code]));
    expect(other.drawing!.parentBorders).toBe(compactPath(frame, loaded.borders((a, b) => parentOf.get(a) !== parentOf.get(b)), 1));
  });

  it('draws some of a layer\'s areas (a part) in a frame of their own, outlined by their own edge', () => {
    const loaded = loadLayer(dataRoot, '2020-01', 'commune')!;
    const whole = sharedFrame(dataRoot, 600)!;
    const layer = layerOf(layers, communes2020('poor-rate', 2022))!;
    // The communes of one district (Cao Lộc, 183) as a part.
    const codes = site.dataset.vintage('2020-01')!.units.filter((u) => u.parent === '183').map((u) => u.code);
    const frame = areasFrame(dataRoot, '2020-01', 'commune', codes, 600)!;
    expect(areasFrame(dataRoot, '2020-01', 'commune', codes, 600)).toBe(frame);
    const span = (f: typeof frame) => f.bounds.east - f.bounds.west;
    // The district fills the width the whole province had.
    expect(span(frame)).toBeLessThan(span(whole) / 2);
    const part = buildMapModel({ ctx, layer, view: communes2020('poor-rate', 2022), href: unitPath, shapes: { layer: loaded, frame, decimals: 1 }, codes });
    expect(part.areas.map((a) => a.code).sort()).toEqual([...codes].sort());
    // The part's classes are the whole map's over every year, chosen once for all its parts and years.
    const whole2024 = model(communes2020('poor-rate', 2024));
    expect(part.scheme).toBe(whole2024.scheme);
    expect(part.scheme).toEqual(numericScheme('poor-rate', dataThresholds('poor-rate', layer.years['poor-rate'].flatMap((y) => model(communes2020('poor-rate', y)).areas.flatMap((a) => (a.value.value === undefined ? [] : [a.value.value]))))));
    expect(part.drawing!.outline).toBe(compactPath(frame, loaded.outline(new Set(codes)), 1));
    // The borders the district's communes share are not on its edge; all the areas together have the layer's edge.
    const edge = geoLength(loaded.outline(new Set(codes)));
    const perimeters = codes.reduce((sum, c) => sum + geoLength(loaded.outline(new Set([c]))), 0);
    expect(edge).toBeLessThan(perimeters / 2);
    expect(edge).toBeLessThan(geoLength(loaded.outline()));
    expect(compactPath(whole, loaded.outline(new Set(loaded.features.keys())), 1)).toBe(compactPath(whole, loaded.outline(), 1));
  });
});

describe('today\'s communes with their carried years', () => {
  const carriedCtx: MapContext = { dataset: site.dataset, engine: site.engine, carriedEngine: site.carriedEngine };
  const carriedLayers = mapLayers(carriedCtx, loadGeoIndex(dataRoot)?.layers ?? []);
  const today = layerOf(carriedLayers, { vintage: '2025-07', level: 'commune' })!;
  const view = (indicator: MapView['indicator'], year: number): MapView => ({ vintage: '2025-07', level: 'commune', indicator, year });
  const carriedModel = (v: MapView) => buildMapModel({ ctx: carriedCtx, layer: today, view: v, href: unitPath });

  it('offers 2021–2025 on the 65 communes, the years before the reform marked carried', () => {
    expect(today.years['poor-rate']).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(today.carriedYears['poor-rate']).toEqual([2021, 2022, 2023, 2024]);
    // the 2025 reduction compares with a carried 2024, so it is marked too
    expect(today.carriedYears.reduction).toEqual([2022, 2023, 2024, 2025]);
    expect(today.years.criteria).toEqual([2022, 2023, 2024, 2025]);
  });

  it('still opens on 2025 and keeps the former boundaries on their reported figures', () => {
    expect(defaultView(carriedLayers)).toEqual({ vintage: '2025-07', level: 'commune', indicator: 'poor-rate', year: 2025 });
    expect(layerOf(carriedLayers, { vintage: '2020-01', level: 'commune' })!.carriedYears['poor-rate']).toEqual([]);
    // the intermediate boundaries have no figures of their own and no map
    expect(layerOf(carriedLayers, { vintage: '2024-12', level: 'commune' })!.years['poor-rate']).toEqual([]);
  });

  it('marks carried figures in the accessible names, the summary and the counts', () => {
    const m = carriedModel(view('poor-rate', 2023));
    expect(m.summary.carried).toBe(65);
    const hoaTham = m.areas.find((a) => a.code === '06073')!;
    expect(areaName(hoaTham.unit, 'poor-rate', 2023, hoaTham.value, 2021)).toBe('xã Hoa Thám: tỷ lệ hộ nghèo 14,22% năm 2023 (quy đổi, minh họa)');
    const sentences = summarySentences(m);
    expect(sentences.map((s) => s.text).join(' ')).toContain('Số liệu năm 2023 của mọi xã, phường trên bản đồ này là số liệu quy đổi');
    // Each sentence naming a carried figure is marked as such: "(…, quy đổi, minh họa)".
    expect(sentences[1]).toMatchObject({ mark: { illustrative: true, carried: true } });
    expect(sentences[1]!.text).toMatch(/^Cao nhất: .+ \(\d+,\d{2}%, quy đổi, minh họa\)\. Thấp nhất: .+ \(\d+,\d{2}%, quy đổi, minh họa\)\.$/);
    // The criteria results counted under any map of a carried year are estimates.
    const counted = sentences.find((s) => s.text.startsWith('Tính đến năm 2023'))!;
    expect(counted.text).toMatch(/\(ước tính trên số liệu quy đổi, minh họa\)\.$/);
    expect(counted.mark).toEqual({ illustrative: true, estimate: true });
    const latest = carriedModel(view('poor-rate', 2025));
    expect(latest.summary.carried).toBe(0);
    // 2025's rates are reported, but the statuses as of 2025 rest on the carried 2021–2024: estimates still.
    const countedLatest = summarySentences(latest).find((s) => s.text.startsWith('Tính đến năm 2025'))!;
    expect(countedLatest.text).toMatch(/\(ước tính trên số liệu quy đổi, minh họa\)\.$/);
    expect(countedLatest.mark).toEqual({ illustrative: true, estimate: true });
    expect(en.summarySentences(latest).find((s) => s.text.startsWith('As of 2025'))!.text).toMatch(/\(estimates on carried, illustrative figures\)\.$/);
    const criteria = carriedModel(view('criteria', 2025));
    const area = criteria.areas.find((a) => a.code === '06613')!;
    expect(area.value).toMatchObject({ status: 'met', carried: true });
    expect(areaName(area.unit, 'criteria', 2025, area.value, 2021)).toBe('xã Đình Lập: đạt tiêu chí của Phong trào tính đến năm 2025 (ước tính, minh họa)');
  });

  it('names the carried years a change rests on, not the year it is shown for', () => {
    // 2025's fall since 2021 on today's communes: 2025 is reported, the baseline 2021 carried.
    const sinceBaseline = carriedModel(view('scale-reduction', 2025));
    expect(sinceBaseline.summary.carriedYears).toEqual([2021]);
    const said = summarySentences(sinceBaseline).map((x) => x.text).join(' ');
    expect(said).toContain('Số liệu năm 2021 của mọi xã, phường trên bản đồ này là số liệu quy đổi');
    expect(said).not.toContain('Số liệu năm 2025');
    expect(explorer.carriedLegend(sinceBaseline.summary.carriedYears)).toBe('Năm 2021: số liệu quy đổi từ các đơn vị trước khi sắp xếp địa giới (đánh dấu “quy đổi”).');
    expect(en.summarySentences(sinceBaseline).map((x) => x.text).join(' ')).toContain('The 2021 figures of every commune on this map are carried figures');
    // 2024's fall from 2023: both years carried.
    expect(carriedModel(view('reduction', 2024)).summary.carriedYears).toEqual([2023, 2024]);
    expect(carriedModel(view('reduction', 2025)).summary.carriedYears).toEqual([2024]);
    // A status as of 2025 rests on every year from the baseline.
    expect(carriedModel(view('criteria', 2025)).summary.carriedYears).toEqual([2021, 2022, 2023, 2024]);
    expect(carriedModel(view('poor-rate', 2025)).summary.carriedYears).toEqual([]);
  });
});

describe('the map in English (src/i18n/map.en.ts)', () => {
  const hoaTham = (indicator: MapView['indicator'], year = 2024) => model(communes2020(indicator, year)).areas.find((a) => a.code === '06073')!;
  const name = (indicator: MapView['indicator'], year = 2024) => {
    const a = hoaTham(indicator, year);
    return en.areaName(a.unit, indicator, year, a.value, 2021);
  };

  it('labels classes with their bounds in English numbers', () => {
    const label = (i: Parameters<typeof numericScheme>[0], t: Threshold[]) => {
      const s = numericScheme(i, t);
      return s.classes.map((c) => en.classLabel(c, s.unit));
    };
    expect(label('poor-rate', [{ at: 200 }, { at: 550 }, { at: 1000 }])).toEqual(['under 2%', '2 to under 5.5%', '5.5 to under 10%', '10% or more']);
    expect(label('reduction', [{ at: 0 }, { at: 400 }, { at: 600 }])).toEqual(['rise (below 0)', '0 to under 4', '4 to under 6', '6 or more']);
    expect(label('scale-reduction', [{ at: 0 }, { at: 2500 }, { at: 5000, strict: true }])).toEqual(['rise (below 0)', '0 to under 25%', '25 to 50%', 'over 50%']);
  });

  it('carries the same figures in each area’s accessible name, the place name as written', () => {
    expect(name('poor-rate')).toBe('Hoa Thám commune: poverty rate 8.37% in 2024 (illustrative)');
    expect(name('near-poor-rate')).toBe('Hoa Thám commune: near-poverty rate 12.35% in 2024 (illustrative)');
    expect(name('reduction')).toBe('Hoa Thám commune: poverty rate in 2024 down 6.15 points on 2023 (illustrative)');
    expect(name('scale-reduction')).toBe('Hoa Thám commune: poor and near-poor households in 2024 down 53.36% on 2021 (illustrative)');
    expect(name('criteria')).toBe('Hoa Thám commune: meets the criteria of the emulation movement as of 2024 (illustrative)');
    const a = hoaTham('poor-rate');
    expect(en.areaName(a.unit, 'reduction', 2021, { ...a.value, value: undefined }, 2021)).toBe('Hoa Thám commune: no figure for the fall in the poverty rate in 2021');
  });

  it('summarises in English: coverage, province, criteria counts and the illustrative mark', () => {
    const m = model(communes2020('poor-rate', 2024));
    const sentences = en.summarySentences(m);
    expect(sentences[0]).toEqual({ text: '2024: 200 of 200 communes have figures.', mark: {} });
    expect(sentences[1]!.text).toMatch(/^Highest: .+ \(\d+\.\d{2}%, illustrative\)\. Lowest: .+ \(\d+\.\d{2}%, illustrative\)\.$/);
    expect(sentences).toContainEqual({ text: 'Lạng Sơn province as a whole: 3.36%.', mark: { illustrative: false, carried: false } });
    const c = m.summary.criteria!;
    expect(sentences).toContainEqual({
      text: `As of 2024: ${c.met} communes meet at least one criterion that applies to them, ${c['not-met']} do not yet, ${c['not-applicable']} not subject to assessment (on illustrative figures).`,
      mark: { illustrative: true, estimate: false },
    });
    expect(sentences.at(-1)!.text).toBe('All commune figures on this map are illustrative figures, not official figures.');
  });

  it('names layers by the kinds of unit they hold, and counts them', () => {
    expect(en.layerLabel(layerOf(layers, { vintage: '2020-01', level: 'commune' })!)).toEqual({
      name: 'Communes, wards and townships',
      period: 'boundaries 1 January 2020 – 30 November 2024',
      count: '200 communes',
    });
    expect(en.layerLabel(layerOf(layers, { vintage: '2020-01', level: 'district' })!).name).toBe('Districts and city');
  });

  it('counts the kinds of unit of a layer once per vintage, and counts them right', () => {
    const vintage = site.dataset.vintage('2020-01')!;
    const counts = unitTypeCounts(vintage, 'commune');
    expect(unitTypeCounts(vintage, 'commune')).toBe(counts);
    const communes = vintage.units.filter((u) => u.level === 'commune');
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(communes.length);
    for (const [type, n] of counts) expect(n, type).toBe(communes.filter((u) => u.type === type).length);
    expect([...counts.keys()].sort()).toEqual(['phường', 'thị trấn', 'xã']);
    expect(layerLabel(layerOf(layers, { vintage: '2020-01', level: 'commune' })!).name).toBe('Xã, phường, thị trấn');
  });

  it("names a unit's children by the kinds it has: today's province has only xã and phường, no thị trấn", () => {
    const children = (vintage: string, code: string) => site.dataset.children(vintage, code);
    expect(typesLabel(typeCounts(children('2025-07', '20')))).toBe('Xã, phường');
    expect(en.typesLabel(typeCounts(children('2025-07', '20')))).toBe('Communes and wards');
    expect(typesLabel(typeCounts(children('2020-01', '20')))).toBe('Huyện, thành phố');
    expect(typesLabel(typeCounts(children('2020-01', '183')))).toBe('Xã, thị trấn');
    expect(en.typesLabel(typeCounts([{ type: 'xã' }]))).toBe('Commune');
  });

  it('has an English credit for every boundary layer of data/geo/index.json', () => {
    for (const layer of loadGeoIndex(dataRoot)!.layers) expect(en.layerCredit(layer), layer.source).toMatch(/^(District|Commune) boundaries/);
  });

  it('answers in the language of the page being rendered (src/i18n/map.ts)', async () => {
    const a = hoaTham('poor-rate');
    expect(localizedMap.areaName(a.unit, 'poor-rate', 2024, a.value, 2021)).toBe('xã Hoa Thám: tỷ lệ hộ nghèo 8,37% năm 2024 (minh họa)');
    expect(await renderIn('en', async () => localizedMap.areaName(a.unit, 'poor-rate', 2024, a.value, 2021))).toBe(name('poor-rate'));
    expect(await renderIn('en', async () => [localizedMap.explorer.title, localizedMap.noData(), localizedMap.areaCount(1, 'district')])).toEqual(['Map', 'No data', '1 district']);
    expect([localizedMap.explorer.title, localizedMap.noData(), localizedMap.areaCount(12, 'commune')]).toEqual(['Bản đồ', 'Không có số liệu', '12 đơn vị']);
  });
});
