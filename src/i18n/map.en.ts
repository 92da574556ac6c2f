/**
 * English text of the maps (the English edition of src/i18n/map.vi.ts, same exports):
 * the explorer page, controls, legends, the accessible name of every area, summaries
 * and tables. Place names stay as written ("Hoa Thám commune"); numbers go through
 * src/format/en.ts (8.38%; 23,511; 1 July 2025).
 *
 * Plain strings and functions without Node imports: src/client/map-explorer.ts bundles
 * `mapClient` from here for English pages.
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
import { formatDate, formatDecimal, formatInt } from '../format/en.ts';
import { formatYearSpan } from '../format/vi.ts';
import { markText, marksAfter, markWords } from './marks.en.ts';
import { pct, pts, unitLabel } from './results.en.ts';
import { areaMark, type SummarySentence } from './map.vi.ts';

export { areaMark, statusClass, type SummarySentence } from './map.vi.ts';

/** Hundredths with as few decimals as needed: 200 → "2", 750 → "7.5", 1234 → "12.34". */
const num = (h: number): string => formatDecimal(h / 100, h % 100 === 0 ? 0 : h % 10 === 0 ? 1 : 2);

const capital = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

/** "1 commune", "65 communes": the level of a layer as a countable noun. */
const levelNoun: Record<GeoLevel, [one: string, many: string]> = { district: ['district', 'districts'], commune: ['commune', 'communes'] };
const countOf = (n: number, level: GeoLevel): string => `${formatInt(n)} ${levelNoun[level][n === 1 ? 0 : 1]}`;

/** "12 communes", "1 district": a count of areas in a legend. */
export const areaCount = countOf;

const indicatorName: Record<MapIndicatorId, string> = {
  'poor-rate': 'Poverty rate',
  'near-poor-rate': 'Near-poverty rate',
  reduction: 'Fall in the poverty rate over the year',
  'scale-reduction': 'Fall in poor and near-poor households since the baseline year',
  criteria: 'Results against the criteria of the emulation movement',
};

/** Short labels for the controls (one thumb, 360 px). */
export const indicatorShort: Record<MapIndicatorId, string> = {
  'poor-rate': 'Poverty rate',
  'near-poor-rate': 'Near-poverty rate',
  reduction: 'Fall over the year',
  'scale-reduction': 'Fall since baseline',
  criteria: 'Criteria met',
};

/** What each indicator measures, one sentence under the legend title. */
export const indicatorHow = (indicator: MapIndicatorId, year: number, baseline: number): string =>
  ({
    'poor-rate': `Poor households divided by all households, from the review at the end of ${year}, rounded to 2 decimal places.`,
    'near-poor-rate': `Near-poor households divided by all households, from the review at the end of ${year}.`,
    reduction: `The poverty rate of ${year - 1} minus that of ${year}, in percentage points. The plan asks poor districts and especially difficult communes for a fall of at least 6 points a year, other districts at least 4 points, for 3 years in a row.`,
    'scale-reduction': `Poor and near-poor households in ${year} against the baseline year ${baseline}: by how many per cent they have fallen. The plan’s criterion: a fall of more than 50%.`,
    criteria: `A unit meets the criteria when it meets at least one criterion that applies to it, as of ${year}; a unit without enough data is never counted as meeting them.`,
  })[indicator];

/** Legend title with the unit. */
export const legendTitle = (indicator: MapIndicatorId, year: number, baseline: number): string =>
  ({
    'poor-rate': `Poverty rate, ${year} (%)`,
    'near-poor-rate': `Near-poverty rate, ${year} (%)`,
    reduction: `Fall in the poverty rate from ${year - 1} to ${year} (percentage points)`,
    'scale-reduction': `Fall in poor and near-poor households since ${baseline} (%)`,
    criteria: `Results as of ${year}`,
  })[indicator];

export const darkerMeans = (indicator: MapIndicatorId): string =>
  ({
    'poor-rate': 'The darker the colour, the higher the poverty rate.',
    'near-poor-rate': 'The darker the colour, the higher the near-poverty rate.',
    reduction: 'The darker the colour, the less the poverty rate fell (or it rose).',
    'scale-reduction': 'The darker the colour, the less the number of poor and near-poor households fell (or it rose).',
    criteria: '',
  })[indicator];

/** "under 2%", "2 to under 5%", "over 40 to 50%", "over 50%", "rise (below 0)". */
export function classLabel(c: NumericClass, unit: '%' | 'điểm'): string {
  const u = unit === '%' ? '%' : '';
  const n = (t: Threshold) => num(t.at);
  // No break at all: every figure of the map is the same, so one class holds them all.
  if (!c.from && !c.to) return 'all values';
  if (!c.from && c.to) {
    if (c.to.at === 0 && !c.to.strict) return 'rise (below 0)';
    return c.to.strict ? `up to ${n(c.to)}${u}` : `under ${n(c.to)}${u}`;
  }
  if (c.from && !c.to) return c.from.strict ? `over ${n(c.from)}${u}` : `${n(c.from)}${u} or more`;
  const lower = c.from!.strict ? `over ${n(c.from!)}` : n(c.from!);
  const upper = c.to!.strict ? `to ${n(c.to!)}${u}` : `to under ${n(c.to!)}${u}`;
  return `${lower} ${upper}`;
}

export const statusLabel: Record<CriteriaStatus, string> = {
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Not enough data to assess',
  'not-applicable': 'Not subject to assessment',
};

export const noDataLabel = 'No data';

/** The word beside a carried year in the year controls. */
export const carriedYearWord = (indicator: MapIndicatorId): string => (indicator === 'criteria' ? markWords.estimate : markWords.carried);

/** "down 2.50 points", "up 1.20 points", "no change". */
function change(h: number, unit: '%' | 'điểm'): string {
  const u = unit === '%' ? '' : ' points';
  if (h === 0) return 'no change';
  const size = unit === '%' ? pct(Math.abs(h)) : `${pts(Math.abs(h))}${u}`;
  return h > 0 ? `down ${size}` : `up ${size}`;
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
 * "Hoa Thám commune: poverty rate 8.38% in 2024 (illustrative)".
 */
export function areaName(unit: Pick<Unit, 'type' | 'name'>, indicator: MapIndicatorId, year: number, v: AreaValue, baseline: number): string {
  const who = unitLabel(unit);
  const mark = v.value !== undefined || v.status === 'met' || v.status === 'not-met' ? marksAfter(areaMark(indicator, v)) : '';
  const missing = (what: string) => `${who}: no figure for the ${what} in ${year}`;
  switch (indicator) {
    case 'poor-rate':
      return v.value === undefined ? missing('poverty rate') : `${who}: poverty rate ${pct(v.value)} in ${year}${mark}`;
    case 'near-poor-rate':
      return v.value === undefined ? missing('near-poverty rate') : `${who}: near-poverty rate ${pct(v.value)} in ${year}${mark}`;
    case 'reduction':
      return v.value === undefined
        ? missing('fall in the poverty rate')
        : `${who}: poverty rate in ${year} ${change(v.value, 'điểm')} on ${year - 1}${mark}`;
    case 'scale-reduction':
      return v.value === undefined
        ? missing('fall in poor and near-poor households')
        : `${who}: poor and near-poor households in ${year} ${change(v.value, '%')} on ${baseline}${mark}`;
    case 'criteria': {
      const s = v.status ?? 'unknown';
      const text: Record<CriteriaStatus, string> = {
        met: `meets the criteria of the emulation movement as of ${year}`,
        'not-met': `does not yet meet the criteria of the emulation movement as of ${year}`,
        unknown: `not enough data to assess the criteria in ${year}`,
        'not-applicable': `not subject to assessment against the criteria in ${year}`,
      };
      return `${who}: ${text[s]}${mark}`;
    }
  }
}

// ------------------------------------------------------------------ layers --
/** The kinds of unit of the Vietnamese lists, in the order the layer names them, with their English plurals. */
const TYPE_WORDS: readonly [type: Unit['type'], one: string, many: string][] = [
  ['thành phố', 'city', 'cities'],
  ['thị xã', 'town', 'towns'],
  ['huyện', 'district', 'districts'],
  ['xã', 'commune', 'communes'],
  ['phường', 'ward', 'wards'],
  ['thị trấn', 'township', 'townships'],
];

/** "Communes, wards and townships", "Districts and city" from the unit types present (in a map layer, or among a unit's children). */
export function typesLabel(counts: ReadonlyMap<Unit['type'], number>): string {
  const present = TYPE_WORDS.map(([type, one, many]) => {
    const n = counts.get(type) ?? 0;
    return { type, word: n === 1 ? one : many, n };
  }).filter((t) => t.n > 0);
  const ordered = present[0]?.type === 'thành phố' ? [...present.slice(1), present[0]] : present;
  const words = ordered.map((t) => t.word);
  return capital(words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? ''));
}

export const vintagePeriod = (validFrom: string, validTo: string | null): string =>
  validTo ? `${formatDate(validFrom)} – ${formatDate(validTo)}` : `from ${formatDate(validFrom)}`;

/** "Communes, wards and townships · boundaries 1 January 2020 – 30 June 2025 · 200 communes" */
export function layerLabel(layer: Pick<MapLayer, 'vintage' | 'level' | 'codes'>): { name: string; period: string; count: string } {
  return {
    name: typesLabel(unitTypeCounts(layer.vintage, layer.level)),
    period: `boundaries ${vintagePeriod(layer.vintage.validFrom, layer.vintage.validTo)}`,
    count: countOf(layer.codes.length, layer.level),
  };
}

/**
 * The credit line of a boundary layer, in English, by the source file it was made from
 * (data/geo/index.json keeps the Vietnamese line); undefined for a layer not translated
 * here, whose page then shows the Vietnamese line marked as such.
 */
const CREDITS: Record<string, string> = {
  'lang-son-districts-2020.geojson': 'District boundaries: gis.chinhphu.vn via daohoangson/dvhcvn (GPL-3.0).',
  'lang-son-communes-2020.geojson':
    'Commune boundaries 2020–2024: censusVN2009 (M. Choisy, MIT), merged following the mergers of 1 January 2020; 11 of the mergers are inferred from the longest shared boundary.',
  'lang-son-communes-2025.geojson':
    'Commune boundaries from 1 July 2025: Reference map of Vietnam’s administrative units (sapnhap.bando.com.vn), Natural Resources – Environment and Cartography Publishing House of Vietnam; via vietnamese-provinces-database (MIT).',
};
export const layerCredit = (geo: Pick<GeoLayerEntry, 'credit' | 'source'>): string | undefined => CREDITS[geo.source];

// ----------------------------------------------------------------- summary --
/** The first three areas named; one that shares its name with another area of the map says its district, as the table's link to it does. */
const names = (areas: readonly MapArea[], same: ReadonlySet<MapArea>): string => {
  // Not in brackets: the figure follows in brackets.
  const shown = areas.slice(0, 3).map((a) => (a.parent && same.has(a) ? `${unitLabel(a.unit)} in ${unitLabel(a.parent)}` : unitLabel(a.unit)));
  const rest = areas.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${formatInt(rest)} other ${rest === 1 ? 'unit' : 'units'}` : shown.join(', ');
};

/** Sentences under the map: coverage, extremes, province, criteria, carried and illustrative figures. */
export function summarySentences(model: MapModel): SummarySentence[] {
  const { summary: s, view, scheme } = model;
  const [one] = levelNoun[view.level];
  const out: SummarySentence[] = [];
  const say = (text: string, mark: SummarySentence['mark'] = {}) => out.push({ text, mark });
  /** "9.05%, carried, illustrative": a figure in brackets after a name. */
  const marked = (v: AreaValue) => [figureText(view.indicator, v), markText(areaMark(view.indicator, v))].filter(Boolean).join(', ');
  say(`${view.year}: ${formatInt(s.withFigure)} of ${countOf(s.total, view.level)} have figures.`);
  if (scheme.kind === 'numeric' && s.highest.length > 0) {
    const top = s.highest[0]!.value;
    const bottom = s.lowest[0]!.value;
    const mark = areaMark(view.indicator, { illustrative: top.illustrative || bottom.illustrative, carried: top.carried || bottom.carried });
    const same = namesakes(model.areas, (a) => unitLabel(a.unit));
    if (scheme.polarity === 'lower-is-better') {
      say(`Highest: ${names(s.highest, same)} (${marked(top)}). Lowest: ${names(s.lowest, same)} (${marked(bottom)}).`, mark);
    } else {
      say(`Largest fall: ${names(s.highest, same)} (${marked(top)}). Smallest fall: ${names(s.lowest, same)} (${marked(bottom)}).`, mark);
    }
  }
  if (s.province && scheme.kind === 'numeric' && s.province.value.value !== undefined) {
    const mark = areaMark(view.indicator, s.province.value);
    say(`${unitLabel(s.province.unit)} as a whole: ${figureText(view.indicator, s.province.value)}${marksAfter(mark)}.`, mark);
  }
  if (s.criteria) {
    const c = s.criteria;
    const parts = [
      c.met ? `${countOf(c.met, view.level)} ${c.met === 1 ? 'meets at least one criterion that applies to it' : 'meet at least one criterion that applies to them'}` : `no ${one} meets the criteria yet`,
      c['not-met'] ? `${formatInt(c['not-met'])} ${c['not-met'] === 1 ? 'does' : 'do'} not yet` : '',
      c.unknown ? `${formatInt(c.unknown)} without enough data to be assessed` : '',
      c['not-applicable'] ? `${formatInt(c['not-applicable'])} not subject to assessment` : '',
    ].filter(Boolean);
    const mark = { illustrative: s.illustrative > 0, carried: (s.criteriaCarried ?? 0) > 0 };
    // On carried figures a criteria result is an estimate, whichever indicator the map shows.
    const on = markText(mark) ? ` (${mark.carried ? 'estimates ' : ''}on ${markText(mark)} figures)` : '';
    say(`As of ${view.year}: ${parts.join(', ')}${on}.`, { illustrative: mark.illustrative, estimate: mark.carried });
  }
  if (s.carried > 0) {
    const all = s.carried === s.withFigure;
    say(
      view.indicator === 'criteria'
        ? all
          ? 'Every result on this map is an estimate on figures carried from the former units, not an official assessment.'
          : `${formatInt(s.carried)} of ${formatInt(s.withFigure)} results on this map are estimates on figures carried from the former units, not official assessments.`
        : `The ${formatYearSpan(s.carriedYears)} figures of ${all ? `every ${one}` : `${formatInt(s.carried)} of ${countOf(s.withFigure, view.level)}`} on this map are carried figures: the sum of the figures of the former units that now make up the ${one} (a former unit that was divided counts in proportion to its households), not reported figures.`,
      areaMark(view.indicator, { illustrative: false, carried: true }),
    );
  }
  if (s.illustrative > 0) {
    say(
      s.illustrative === s.withFigure
        ? `All ${one} figures on this map are illustrative figures, not official figures.`
        : `${formatInt(s.illustrative)} of ${formatInt(s.withFigure)} figures on this map are illustrative.`,
      { illustrative: true },
    );
  }
  if (s.missingShapes > 0) {
    say(`${countOf(s.missingShapes, view.level)} ${s.missingShapes === 1 ? 'has no boundary' : 'have no boundaries'} on the map; the figures are in the table.`);
  }
  return out;
}

// ------------------------------------------------------------------- table --
export const table = {
  caption: (indicator: MapIndicatorId, year: number, layer: string) => `${indicatorName[indicator]}, ${year}: ${layer}`,
  allIllustrative: 'Illustrative figures.',
  allCarried: (indicator: MapIndicatorId) =>
    indicator === 'criteria' ? 'Estimates on figures carried from the former units.' : 'Figures carried from the former units.',
  unit: 'Unit',
  parent: 'District or city',
  columns: (indicator: MapIndicatorId, year: number, baseline: number): string[] =>
    ({
      'poor-rate': ['Poverty rate', 'Poor households', 'All households'],
      'near-poor-rate': ['Near-poverty rate', 'Near-poor households', 'All households'],
      reduction: ['Fall in the poverty rate', `Rate ${year - 1}`, `Rate ${year}`],
      'scale-reduction': ['Change', `Poor and near-poor households ${baseline}`, `${year}`],
      criteria: [`Result as of ${year}`],
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
  title: 'Map',
  heading: (indicator: MapIndicatorId, year: number) => `${indicatorName[indicator]}, ${year}`,
  pageTitle: (indicator: MapIndicatorId, year: number, layer: string) => `Map: ${indicatorName[indicator]}, ${year} – ${layer}`,
  description: (indicator: MapIndicatorId, year: number, layer: string) =>
    `${indicatorName[indicator]}, ${year}, across the ${layer.toLocaleLowerCase('en')} of Lạng Sơn province: a map with the table of figures and their sources.`,
  lead: 'Choose the administrative level, the indicator and the year. Each area on the map is a link to the page of its unit; the full table of figures is below the map.',
  defaultNote: (year: number, singleYear: boolean, carriedYears: readonly number[]) =>
    `The map opens on the latest figures (${year}) within the current boundaries, so that everyone can find the commune or ward they live in.${
      singleYear ? ' These units have figures for one year only, so the fall and the criteria cannot be computed yet; for the years before, see the map on the former boundaries.' : ''
    }${
      carriedYears.length > 0
        ? ` The figures for ${formatYearSpan(carriedYears)} on these units are carried from the units before the reorganisation (marked “carried”); the maps on the former boundaries remain under “Administrative level and boundaries”.`
        : ''
    }`,
  olderLink: (from: number, to: number) => `See ${from}–${to} on the former boundaries`,
  controlsLabel: 'Choose a map',
  layerHeading: 'Administrative level and boundaries',
  indicatorHeading: 'Indicator',
  yearHeading: 'Year',
  notAvailable: 'no data',
  noViews: 'no data yet',
  noBoundaries: 'no boundaries yet',
  noBoundariesNote: (period: string) =>
    `There are no boundaries yet for the period ${period}, so the map cannot be drawn; the table below has all the figures.`,
  layerWithoutData: (period: string, counts: string[], boundaries: boolean) =>
    `${capital(period)} (${counts.join(', ')}): no data yet${boundaries ? '' : ', no boundaries yet'}, so no map yet.`,
  /** A layer split into parts (src/domain/map/parts.ts): its own view lists them. */
  partsNote: (areas: string) =>
    `This layer has ${areas}, too many to draw and list on one page: the map and its table are split into parts of whole districts (one or a few, in the order of the official list), and the units under no district into pages in name order. Choose a part below.`,
  partsHeading: 'Parts of the map',
  partsCaption: (layer: string) => `Parts of the map of ${layer}`,
  partColumn: 'District or page',
  partAreasColumn: 'Units',
  pagePart: (page: number, first: string, last: string) => `Page ${page}: ${first} to ${last}`,
  districtsPart: (first: string, last: string, districts: number) => `${first} to ${last} (${districts} districts)`,
  partShown: (part: string) => `Showing: ${part}.`,
  allParts: 'See the other parts',
  skipMap: 'Skip the areas of the map, to the legend and the choices',
  summaryHeading: 'Summary',
  tableHeading: 'Table of figures',
  legendLabel: 'Legend',
  mapLabel: (title: string, layer: string) => `Map: ${title}, ${layer}`,
  boundaryCredit: 'Boundaries',
  dataCredit: 'Figures',
  dataIllustrative: 'the district and commune figures are illustrative figures generated by computer, not official figures.',
  howToUse: 'Touch or hover over an area to see its figure; touch it again to open the page of its unit. Keyboard: Tab to each area, Enter to open it.',
  parentBorders: 'Bold lines: district boundaries.',
  parentNames: 'Grey capitals: district names, written while the map is too small for the communes’ names.',
  /** Under a numeric legend: how the classes were chosen. */
  classesNote:
    'The colour classes are set from the figures of every year on this map and stay the same from year to year, so that years can be compared; the legend lists only the classes with units in the year shown.',
  /** In the reserved place under the map, before any area is chosen (true without script too). */
  readoutHint: 'Select an area on the map to open the page of its unit; the figures of every area are in the table below.',
  /** Under the legend when the year's figures (or some) are carried. */
  carriedLegend: (years: readonly number[]) => `${formatYearSpan(years)}: figures carried from the units before the boundary reorganisation (marked “carried”).`,
  carriedYears: (years: string) => `${years}: carried figures`,
};

/** Text the map script adds (src/client/map-explorer.ts); plain strings, nothing else bundled. */
export const mapClient = {
  region: 'Interactive map: drag or use the arrow keys to move, the + and − keys to zoom in and out',
  /** The button that loads the zoomable map (Leaflet) on request. */
  enableZoom: 'Zoom / drag the map',
  /** Under the map once the script runs, before any area is chosen. */
  hint: 'Touch or hover over an area to see its figure here; touch it again to open the page of its unit.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show the whole province',
  close: 'Close',
  open: (unit: string) => `Open the page of ${unit}`,
};

export const teaser = {
  heading: 'Map',
  caption: (indicator: MapIndicatorId, year: number, layer: string) => `${indicatorName[indicator]}, ${year}: ${layer.toLocaleLowerCase('en')}`,
  link: 'Open the map: choose the level, the indicator and the year',
};
