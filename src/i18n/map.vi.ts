/**
 * Vietnamese text of the maps: the explorer page, controls, legends, the
 * accessible name of every area, summaries and tables. Numbers go through
 * src/format/vi.ts (8,38%; 23.511 hộ; 15/01/2026).
 */
import type { CriteriaStatus } from '../domain/indicators.ts';
import type { MapIndicatorId, NumericClass, Threshold } from '../domain/map/classes.ts';
import type { MapLayer } from '../domain/map/explorer.ts';
import type { GeoLayerEntry, GeoLevel } from '../domain/map/geo.ts';
import { unitTypeCounts } from '../domain/map/layer-types.ts';
import type { MapArea, MapModel } from '../domain/map/model.ts';
import { namesakes } from '../domain/namesakes.ts';
import type { AreaValue } from '../domain/map/values.ts';
import type { Unit } from '../domain/schemas/index.ts';
import { formatDate, formatDecimal, formatInt, formatYearSpan } from '../format/vi.ts';
import { markText, marksAfter, markWords, type FigureMark } from './marks.vi.ts';
import { pct, pts, unitLabel } from './results.vi.ts';

/** Hundredths with as few decimals as needed: 200 → "2", 750 → "7,5", 1234 → "12,34". */
const num = (h: number): string => formatDecimal(h / 100, h % 100 === 0 ? 0 : h % 10 === 0 ? 1 : 2);

const capital = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * The indicator of a year, the year said once and where it reads naturally ("trong năm 2024",
 * not "trong năm năm 2024"; "năm 2024 giảm so với năm gốc", not "so với năm gốc năm 2024").
 */
const nameInYear: Record<MapIndicatorId, (year: number) => string> = {
  'poor-rate': (year) => `Tỷ lệ hộ nghèo năm ${year}`,
  'near-poor-rate': (year) => `Tỷ lệ hộ cận nghèo năm ${year}`,
  reduction: (year) => `Mức giảm tỷ lệ hộ nghèo trong năm ${year}`,
  'scale-reduction': (year) => `Số hộ nghèo và cận nghèo năm ${year} giảm so với năm gốc`,
  criteria: (year) => `Kết quả đánh giá theo tiêu chí của Phong trào năm ${year}`,
};

/** Short labels for the controls (one thumb, 360 px). */
export const indicatorShort: Record<MapIndicatorId, string> = {
  'poor-rate': 'Tỷ lệ hộ nghèo',
  'near-poor-rate': 'Tỷ lệ hộ cận nghèo',
  reduction: 'Mức giảm trong năm',
  'scale-reduction': 'Giảm so với năm gốc',
  criteria: 'Đạt tiêu chí',
};

/** What each indicator measures, one sentence under the legend title. */
export const indicatorHow = (indicator: MapIndicatorId, year: number, baseline: number): string =>
  ({
    'poor-rate': `Số hộ nghèo chia cho tổng số hộ, theo kết quả rà soát cuối năm ${year}, làm tròn 2 chữ số thập phân.`,
    'near-poor-rate': `Số hộ cận nghèo chia cho tổng số hộ, theo kết quả rà soát cuối năm ${year}.`,
    reduction: `Tỷ lệ hộ nghèo năm ${year - 1} trừ tỷ lệ năm ${year}, tính bằng điểm phần trăm. Kế hoạch yêu cầu huyện nghèo, xã đặc biệt khó khăn giảm từ 6 điểm mỗi năm, huyện khác từ 4 điểm, 3 năm liên tục.`,
    'scale-reduction': `Số hộ nghèo và cận nghèo năm ${year} so với năm gốc ${baseline}: đã giảm bao nhiêu phần trăm. Tiêu chí của Kế hoạch: giảm trên 50%.`,
    criteria: `Đơn vị đạt khi đạt ít nhất một tiêu chí áp dụng cho mình, tính đến năm ${year}; chưa đủ số liệu thì không bao giờ được tính là đạt.`,
  })[indicator];

/** Legend title with the unit. */
export const legendTitle = (indicator: MapIndicatorId, year: number, baseline: number): string =>
  ({
    'poor-rate': `Tỷ lệ hộ nghèo năm ${year} (%)`,
    'near-poor-rate': `Tỷ lệ hộ cận nghèo năm ${year} (%)`,
    reduction: `Tỷ lệ hộ nghèo giảm năm ${year} so với ${year - 1} (điểm phần trăm)`,
    'scale-reduction': `Số hộ nghèo và cận nghèo giảm so với năm ${baseline} (%)`,
    criteria: `Kết quả tính đến năm ${year}`,
  })[indicator];

export const darkerMeans = (indicator: MapIndicatorId): string =>
  ({
    'poor-rate': 'Màu càng đậm, tỷ lệ hộ nghèo càng cao.',
    'near-poor-rate': 'Màu càng đậm, tỷ lệ hộ cận nghèo càng cao.',
    reduction: 'Màu càng đậm, tỷ lệ hộ nghèo giảm càng ít (hoặc tăng).',
    'scale-reduction': 'Màu càng đậm, số hộ nghèo và cận nghèo giảm càng ít (hoặc tăng).',
    criteria: '',
  })[indicator];

/** "dưới 2%", "từ 2 đến dưới 5%", "từ 40 đến 50%", "trên 50%", "tăng (dưới 0)". */
export function classLabel(c: NumericClass, unit: '%' | 'điểm'): string {
  const u = unit === '%' ? '%' : '';
  const n = (t: Threshold) => num(t.at);
  // No break at all: every figure of the map is the same, so one class holds them all.
  if (!c.from && !c.to) return 'mọi giá trị';
  if (!c.from && c.to) {
    if (c.to.at === 0 && !c.to.strict) return 'tăng (dưới 0)';
    return c.to.strict ? `đến ${n(c.to)}${u}` : `dưới ${n(c.to)}${u}`;
  }
  if (c.from && !c.to) return c.from.strict ? `trên ${n(c.from)}${u}` : `từ ${n(c.from)}${u} trở lên`;
  const lower = c.from!.strict ? `trên ${n(c.from!)}` : `từ ${n(c.from!)}`;
  const upper = c.to!.strict ? `đến ${n(c.to!)}${u}` : `đến dưới ${n(c.to!)}${u}`;
  return `${lower} ${upper}`;
}

export const statusLabel: Record<CriteriaStatus, string> = {
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  unknown: 'Chưa đủ số liệu để đánh giá',
  'not-applicable': 'Không thuộc diện đánh giá',
};

export const statusClass: Record<CriteriaStatus, string> = {
  met: 'status-met',
  'not-met': 'status-not-met',
  unknown: 'status-unknown',
  'not-applicable': '',
};

export const noDataLabel = 'Không có số liệu';
/** The mark of an area's figure: carried figures say "quy đổi", a criteria status on them "ước tính". */
export function areaMark(indicator: MapIndicatorId, v: Pick<AreaValue, 'illustrative' | 'carried'>): FigureMark {
  return indicator === 'criteria' ? { illustrative: v.illustrative, estimate: v.carried } : { illustrative: v.illustrative, carried: v.carried };
}

/** The word beside a carried year in the year controls. */
export const carriedYearWord = (indicator: MapIndicatorId): string => (indicator === 'criteria' ? markWords.estimate : markWords.carried);

/** "giảm 2,50 điểm", "tăng 1,20 điểm", "không đổi". */
function change(h: number, unit: '%' | 'điểm'): string {
  const u = unit === '%' ? '%' : ' điểm';
  if (h === 0) return 'không đổi';
  return h > 0 ? `giảm ${unit === '%' ? pct(h) : `${pts(h)}${u}`}` : `tăng ${unit === '%' ? pct(-h) : `${pts(-h)}${u}`}`;
}

/** The figure alone, as a table cell or a summary shows it. */
export function figureText(indicator: MapIndicatorId, v: AreaValue): string {
  if (indicator === 'criteria') return v.status ? statusLabel[v.status] : noDataLabel;
  if (v.value === undefined) return noDataLabel;
  if (indicator === 'reduction') return change(v.value, 'điểm');
  if (indicator === 'scale-reduction') return change(v.value, '%');
  return pct(v.value);
}

/**
 * The accessible name of an area, carrying its figure:
 * "xã Hoa Thám: tỷ lệ hộ nghèo 8,38% năm 2024 (minh họa)".
 */
export function areaName(unit: Pick<Unit, 'type' | 'name'>, indicator: MapIndicatorId, year: number, v: AreaValue, baseline: number): string {
  const who = unitLabel(unit);
  const mark = v.value !== undefined || v.status === 'met' || v.status === 'not-met' ? marksAfter(areaMark(indicator, v)) : '';
  const missing = (what: string) => `${who}: ${what} năm ${year} không có số liệu`;
  switch (indicator) {
    case 'poor-rate':
      return v.value === undefined ? missing('tỷ lệ hộ nghèo') : `${who}: tỷ lệ hộ nghèo ${pct(v.value)} năm ${year}${mark}`;
    case 'near-poor-rate':
      return v.value === undefined ? missing('tỷ lệ hộ cận nghèo') : `${who}: tỷ lệ hộ cận nghèo ${pct(v.value)} năm ${year}${mark}`;
    case 'reduction':
      return v.value === undefined
        ? missing('mức giảm tỷ lệ hộ nghèo')
        : `${who}: tỷ lệ hộ nghèo năm ${year} ${change(v.value, 'điểm')} so với năm ${year - 1}${mark}`;
    case 'scale-reduction':
      return v.value === undefined
        ? missing('mức giảm số hộ nghèo và cận nghèo')
        : `${who}: số hộ nghèo và cận nghèo năm ${year} ${change(v.value, '%')} so với năm ${baseline}${mark}`;
    case 'criteria': {
      const s = v.status ?? 'unknown';
      const text: Record<CriteriaStatus, string> = {
        met: `đạt tiêu chí của Phong trào tính đến năm ${year}`,
        'not-met': `chưa đạt tiêu chí của Phong trào tính đến năm ${year}`,
        unknown: `chưa đủ số liệu để đánh giá tiêu chí năm ${year}`,
        'not-applicable': `không thuộc diện đánh giá tiêu chí năm ${year}`,
      };
      return `${who}: ${text[s]}${mark}`;
    }
  }
}

// ------------------------------------------------------------------ layers --
/**
 * "12 đơn vị": a count of areas in a legend or a layer's line. Not "12 xã": a layer of
 * communes holds wards and towns too (61 xã and 4 phường in 2025), and the layer's name
 * above already says which.
 */
export const areaCount = (n: number, _level: GeoLevel): string => `${formatInt(n)} đơn vị`;

/** The areas of a layer in words, as its name lists them: "xã, phường", "huyện, thành phố". */
const areasWord = (layer: Pick<MapLayer, 'vintage' | 'level'>): string => typesLabel(unitTypeCounts(layer.vintage, layer.level)).toLocaleLowerCase('vi');

/** "Xã, phường, thị trấn" from the unit types present (in a map layer, or among a unit's children). */
export function typesLabel(counts: ReadonlyMap<Unit['type'], number>): string {
  const order = ['thành phố', 'thị xã', 'huyện', 'xã', 'phường', 'thị trấn'] as const;
  const types: string[] = order.filter((t) => counts.has(t));
  const ordered = types[0] === 'thành phố' ? [...types.slice(1), 'thành phố'] : types;
  return capital(ordered.join(', '));
}

export const vintagePeriod = (validFrom: string, validTo: string | null): string =>
  validTo ? `${formatDate(validFrom)} – ${formatDate(validTo)}` : `từ ${formatDate(validFrom)}`;

/** "Xã, phường, thị trấn · địa giới 01/01/2020 – 30/11/2024 · 200 đơn vị cấp xã" */
export function layerLabel(layer: Pick<MapLayer, 'vintage' | 'level' | 'codes'>): { name: string; period: string; count: string } {
  return {
    name: typesLabel(unitTypeCounts(layer.vintage, layer.level)),
    period: `địa giới ${vintagePeriod(layer.vintage.validFrom, layer.vintage.validTo)}`,
    count: `${formatInt(layer.codes.length)} đơn vị cấp ${layer.level === 'commune' ? 'xã' : 'huyện'}`,
  };
}

/** The credit line of a boundary layer, as data/geo/index.json gives it (map.en.ts translates it). */
export const layerCredit = (geo: Pick<GeoLayerEntry, 'credit' | 'source'>): string | undefined => geo.credit;

// ----------------------------------------------------------------- summary --
/** The first three areas named; one that shares its name with another area of the map says its district, as the table's link to it does. */
const names = (areas: readonly MapArea[], same: ReadonlySet<MapArea>): string => {
  // Not in brackets: the figure follows in brackets.
  const shown = areas.slice(0, 3).map((a) => (a.parent && same.has(a) ? `${unitLabel(a.unit)} thuộc ${unitLabel(a.parent)}` : unitLabel(a.unit)));
  const rest = areas.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} và ${formatInt(rest)} đơn vị khác` : shown.join(', ');
};

/** One sentence of a map's summary, with the mark of the figures it names (its element carries markAttributes). */
export interface SummarySentence {
  text: string;
  mark: FigureMark;
}

/** Sentences under the map: coverage, extremes, province, criteria, carried and illustrative figures. */
export function summarySentences(model: MapModel): SummarySentence[] {
  const { summary: s, view, scheme } = model;
  const word = areasWord(model.layer);
  const out: SummarySentence[] = [];
  const say = (text: string, mark: FigureMark = {}) => out.push({ text, mark });
  /** "9,05%, quy đổi, minh họa": a figure in brackets after a name. */
  const marked = (v: AreaValue) => [figureText(view.indicator, v), markText(areaMark(view.indicator, v))].filter(Boolean).join(', ');
  say(`Năm ${view.year}: ${formatInt(s.withFigure)}/${formatInt(s.total)} ${word} có số liệu.`);
  if (scheme.kind === 'numeric' && s.highest.length > 0) {
    const top = s.highest[0]!.value;
    const bottom = s.lowest[0]!.value;
    const mark = areaMark(view.indicator, { illustrative: top.illustrative || bottom.illustrative, carried: top.carried || bottom.carried });
    const same = namesakes(model.areas, (a) => unitLabel(a.unit));
    if (scheme.polarity === 'lower-is-better') {
      say(`Cao nhất: ${names(s.highest, same)} (${marked(top)}). Thấp nhất: ${names(s.lowest, same)} (${marked(bottom)}).`, mark);
    } else {
      say(`Giảm nhiều nhất: ${names(s.highest, same)} (${marked(top)}). Giảm ít nhất: ${names(s.lowest, same)} (${marked(bottom)}).`, mark);
    }
  }
  if (s.province && scheme.kind === 'numeric' && s.province.value.value !== undefined) {
    const mark = areaMark(view.indicator, s.province.value);
    say(`Toàn ${unitLabel(s.province.unit)}: ${figureText(view.indicator, s.province.value)}${marksAfter(mark)}.`, mark);
  }
  if (s.criteria) {
    const c = s.criteria;
    const parts = [
      // "Đạt" is any one criterion that applies to the unit, as the criteria view's legend says: said here too, on every view.
      c.met ? `${formatInt(c.met)} ${word} đạt ít nhất một tiêu chí áp dụng cho mình` : `chưa ${word} nào đạt tiêu chí`,
      c['not-met'] ? `${formatInt(c['not-met'])} chưa đạt` : '',
      c.unknown ? `${formatInt(c.unknown)} chưa đủ số liệu để đánh giá` : '',
      c['not-applicable'] ? `${formatInt(c['not-applicable'])} không thuộc diện đánh giá` : '',
    ].filter(Boolean);
    const mark = { illustrative: s.illustrative > 0, carried: (s.criteriaCarried ?? 0) > 0 };
    // On carried figures a criteria result is an estimate, whichever indicator the map shows.
    const on = markText(mark) ? ` (${mark.carried ? 'ước tính ' : ''}trên số liệu ${markText(mark)})` : '';
    say(`Tính đến năm ${view.year}: ${parts.join(', ')}${on}.`, { illustrative: mark.illustrative, estimate: mark.carried });
  }
  if (s.carried > 0) {
    say(
      view.indicator === 'criteria'
        ? `${s.carried === s.withFigure ? 'Mọi' : `${formatInt(s.carried)}/${formatInt(s.withFigure)}`} kết quả trên bản đồ này là ước tính trên số liệu quy đổi từ các đơn vị cũ, không phải kết quả đánh giá chính thức.`
        : `${s.carried === s.withFigure ? `Số liệu năm ${formatYearSpan(s.carriedYears)} của mọi ${word}` : `Số liệu năm ${formatYearSpan(s.carriedYears)} của ${formatInt(s.carried)}/${formatInt(s.withFigure)} ${word}`} trên bản đồ này là số liệu quy đổi: cộng số liệu của các đơn vị cũ đã hợp thành ${word} (đơn vị cũ bị chia thì lấy phần số hộ theo tỷ lệ), không phải số liệu báo cáo.`,
      areaMark(view.indicator, { illustrative: false, carried: true }),
    );
  }
  if (s.illustrative > 0) {
    say(
      s.illustrative === s.withFigure
        ? `Tất cả số liệu ${word} trên bản đồ này là số liệu minh họa, không phải số liệu chính thức.`
        : `${formatInt(s.illustrative)}/${formatInt(s.withFigure)} số liệu trên bản đồ này là số liệu minh họa.`,
      { illustrative: true },
    );
  }
  if (s.missingShapes > 0) say(`${formatInt(s.missingShapes)} ${word} không có ranh giới trên bản đồ; số liệu có trong bảng.`);
  return out;
}

// ------------------------------------------------------------------- table --
export const table = {
  caption: (indicator: MapIndicatorId, year: number, layer: string) => `${nameInYear[indicator](year)}: ${layer}`,
  allIllustrative: 'Số liệu minh họa.',
  allCarried: (indicator: MapIndicatorId) =>
    indicator === 'criteria' ? 'Ước tính trên số liệu quy đổi từ các đơn vị cũ.' : 'Số liệu quy đổi từ các đơn vị cũ.',
  unit: 'Đơn vị',
  parent: 'Huyện, thành phố',
  columns: (indicator: MapIndicatorId, year: number, baseline: number): string[] =>
    ({
      'poor-rate': ['Tỷ lệ hộ nghèo', 'Số hộ nghèo', 'Tổng số hộ'],
      'near-poor-rate': ['Tỷ lệ hộ cận nghèo', 'Số hộ cận nghèo', 'Tổng số hộ'],
      reduction: ['Tỷ lệ hộ nghèo giảm', `Tỷ lệ năm ${year - 1}`, `Tỷ lệ năm ${year}`],
      'scale-reduction': ['Thay đổi', `Hộ nghèo và cận nghèo năm ${baseline}`, `Năm ${year}`],
      criteria: [`Kết quả tính đến năm ${year}`],
    })[indicator],
  /** Cells after the figure, in the order of `columns` (the first column is the figure). */
  details: (indicator: MapIndicatorId, a: MapArea): string[] => {
    const d = a.detail;
    const n = (x: number | undefined) => (x === undefined ? '—' : formatInt(x));
    const r = (x: number | undefined) => (x === undefined ? '—' : pct(x));
    switch (indicator) {
      case 'poor-rate':
      case 'near-poor-rate':
        return [n(d.count), n(d.households)];
      case 'reduction':
        return [r(d.before), r(d.after)];
      case 'scale-reduction':
        return [n(d.baseScale), n(d.scale)];
      case 'criteria':
        return [];
    }
  },
};

// -------------------------------------------------------------------- page --
export const explorer = {
  title: 'Bản đồ',
  heading: (indicator: MapIndicatorId, year: number) => nameInYear[indicator](year),
  pageTitle: (indicator: MapIndicatorId, year: number, layer: string) => `Bản đồ ${nameInYear[indicator](year).toLocaleLowerCase('vi')} – ${layer}`,
  description: (indicator: MapIndicatorId, year: number, layer: string) =>
    `Bản đồ ${nameInYear[indicator](year).toLocaleLowerCase('vi')} của ${layer.toLocaleLowerCase('vi')} tỉnh Lạng Sơn, kèm bảng số liệu và nguồn.`,
  lead: 'Chọn cấp hành chính, chỉ số và năm. Mỗi vùng trên bản đồ là một liên kết đến trang của đơn vị đó; bảng số liệu đầy đủ ở dưới bản đồ.',
  defaultNote: (year: number, singleYear: boolean, carriedYears: readonly number[]) =>
    `Bản đồ mở đầu là số liệu mới nhất (năm ${year}) theo địa giới hiện hành, để mỗi người tìm được xã, phường mình đang sống.${
      singleYear ? ' Các đơn vị này mới có số liệu một năm, nên chưa tính được mức giảm và tiêu chí; diễn biến các năm trước xem theo địa giới cũ.' : ''
    }${
      carriedYears.length > 0
        ? ` Các năm ${formatYearSpan(carriedYears)} trên các đơn vị này là số liệu quy đổi từ các đơn vị trước khi sắp xếp (ghi “quy đổi”); bản đồ theo địa giới cũ vẫn có trong mục “Cấp hành chính và địa giới”.`
        : ''
    }`,
  olderLink: (from: number, to: number) => `Xem diễn biến ${from}–${to} theo địa giới cũ`,
  controlsLabel: 'Chọn bản đồ',
  layerHeading: 'Cấp hành chính và địa giới',
  indicatorHeading: 'Chỉ số',
  yearHeading: 'Năm',
  notAvailable: 'không có số liệu',
  noViews: 'chưa có số liệu',
  noBoundaries: 'chưa có ranh giới',
  noBoundariesNote: (period: string) =>
    `Chưa có ranh giới cho thời kỳ địa giới ${period}, nên chưa vẽ được bản đồ; bảng dưới đây có đủ số liệu.`,
  layerWithoutData: (period: string, counts: string[], boundaries: boolean) =>
    `${capital(period)} (${counts.join(', ')}): chưa có số liệu${boundaries ? '' : ', chưa có ranh giới'}, nên chưa có bản đồ.`,
  /** A layer split into parts (src/domain/map/parts.ts): its own view lists them. */
  partsNote: (areas: string) =>
    `Lớp này có ${areas}, quá nhiều để vẽ và kê trên một trang: bản đồ và bảng số liệu chia thành từng phần, mỗi phần gồm trọn một hoặc vài huyện liền nhau trong danh mục đơn vị hành chính; các đơn vị không thuộc huyện nào chia thành từng trang, xếp theo tên. Chọn một phần dưới đây.`,
  partsHeading: 'Các phần của bản đồ',
  partsCaption: (layer: string) => `Các phần của bản đồ ${layer}`,
  partColumn: 'Huyện hoặc trang',
  partAreasColumn: 'Số đơn vị',
  pagePart: (page: number, first: string, last: string) => `Trang ${page}: từ ${first} đến ${last}`,
  districtsPart: (first: string, last: string, districts: number) => `Từ ${first} đến ${last} (${districts} đơn vị cấp huyện)`,
  partShown: (part: string) => `Đang xem: ${part}.`,
  allParts: 'Xem các phần khác',
  skipMap: 'Bỏ qua các vùng của bản đồ, đến chú giải và các lựa chọn',
  summaryHeading: 'Tóm tắt',
  tableHeading: 'Bảng số liệu',
  legendLabel: 'Chú giải',
  mapLabel: (title: string, layer: string) => `Bản đồ: ${title}, ${layer}`,
  boundaryCredit: 'Ranh giới',
  dataCredit: 'Số liệu',
  dataIllustrative: 'số liệu cấp huyện, cấp xã là số liệu minh họa do máy sinh ra, không phải số liệu chính thức.',
  howToUse:
    'Chạm hoặc di chuột vào một vùng để xem số liệu; chạm lần nữa để mở trang của đơn vị. Bàn phím: Tab đến từng vùng, Enter để mở.',
  parentBorders: 'Đường đậm: ranh giới huyện.',
  parentNames: 'Chữ in hoa màu xám: tên huyện, ghi khi bản đồ quá nhỏ để ghi tên xã.',
  /** Under a numeric legend: how the classes were chosen. */
  classesNote: 'Các lớp màu chia theo số liệu của mọi năm trên bản đồ này, giống nhau qua các năm để so sánh được; chú giải chỉ kể các lớp có đơn vị trong năm đang xem.',
  /** In the reserved place under the map, before any area is chosen (true without script too). */
  readoutHint: 'Bấm vào một vùng trên bản đồ để mở trang của đơn vị; số liệu từng vùng có trong bảng dưới đây.',
  /** Under the legend when the year's figures (or some) are carried. */
  carriedLegend: (years: readonly number[]) => `Năm ${formatYearSpan(years)}: số liệu quy đổi từ các đơn vị trước khi sắp xếp địa giới (đánh dấu “quy đổi”).`,
  carriedYears: (years: string) => `năm ${years}: số liệu quy đổi`,
};

/** Text the map script adds (src/client/map-explorer.ts); plain strings, nothing else bundled. */
export const mapClient = {
  region: 'Bản đồ tương tác: kéo hoặc dùng phím mũi tên để di chuyển, phím + và − để phóng to, thu nhỏ',
  /** The button that loads the zoomable map (Leaflet) on request. */
  enableZoom: 'Phóng to / kéo bản đồ',
  /** Under the map once the script runs, before any area is chosen. */
  hint: 'Chạm hoặc di chuột vào một vùng để xem số liệu ở đây; chạm lần nữa để mở trang của đơn vị.',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  reset: 'Xem toàn tỉnh',
  close: 'Đóng',
  open: (unit: string) => `Mở trang ${unit}`,
};

export const teaser = {
  heading: 'Bản đồ',
  caption: (indicator: MapIndicatorId, year: number, layer: string) => `${nameInYear[indicator](year)}: ${layer.toLocaleLowerCase('vi')}`,
  link: 'Mở bản đồ: chọn cấp, chỉ số và năm',
};
