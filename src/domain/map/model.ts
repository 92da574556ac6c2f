/**
 * "What to draw" for one map view: every area with its value, class and swatch,
 * the legend with counts, the figures of the table and of the summary, and the
 * path data when the layer has boundaries. Components print it; nothing here
 * knows about markup or wording.
 */
import type { CriteriaStatus } from '../indicators.ts';
import { rateHundredths } from '../rates.ts';
import type { Unit } from '../schemas/index.ts';
import { classIndex, schemeFor, NO_DATA, type ClassScheme } from './classes.ts';
import type { MapLayer, MapView } from './explorer.ts';
import { areaLabel, compactPath, type AreaLabel, type MapFrame } from './frame.ts';
import type { LoadedLayer } from './load.ts';
import type { Swatch } from './palette.ts';
import { areaValue, hasFigure, mapEngine, type AreaValue, type MapContext } from './values.ts';

/** The counts behind an area's value, for the table (hundredths for rates). */
export interface AreaDetail {
  households?: number;
  /** Poor households (poor rate) or near-poor households (near-poor rate). */
  count?: number;
  /** Poor rate the year before and in the year (reduction). */
  before?: number;
  after?: number;
  /** Poor + near-poor households in the baseline year and in the year (scale). */
  baseScale?: number;
  scale?: number;
}

export interface MapArea {
  code: string;
  unit: Unit;
  /** The district of a commune, when the vintage has districts. */
  parent?: Unit;
  href: string;
  /** SVG path data; absent when the layer has no boundaries or no shape for the unit. */
  d?: string;
  /** Where its name can be written, in the drawing's coordinates (with `d`). */
  label?: AreaLabel;
  value: AreaValue;
  /** Legend entry the area belongs to ("nd" for no data). */
  classKey: string;
  swatch: Swatch;
  detail: AreaDetail;
}

export interface LegendEntry {
  key: string;
  swatch: Swatch;
  count: number;
}

export interface MapSummary {
  total: number;
  /** Areas with a number (numeric maps) or a decided status (criteria map). */
  withFigure: number;
  illustrative: number;
  /** Areas whose figure rests on figures carried from the units of an earlier vintage. */
  carried: number;
  /**
   * The years whose figures some area's value takes from carried figures, oldest first: the
   * view's year on a map of rates; on a map of a change, the year it is compared with too, and
   * often that one alone (2025's reduction since 2021 on today's communes: 2021 is carried,
   * 2025 reported).
   */
  carriedYears: number[];
  /** Highest and lowest values, every area tied at the extreme (numeric maps). */
  highest: MapArea[];
  lowest: MapArea[];
  province?: { unit: Unit; value: AreaValue };
  /** Criteria status as of the view's year, when it is after the baseline. */
  criteria?: Record<CriteriaStatus, number>;
  /**
   * Of those statuses, how many rest on carried figures (estimates, not official results).
   * Counted on its own: a map of 2025's rates on today's communes shows reported figures, but
   * the statuses as of 2025 rest on the carried years 2021–2024.
   */
  criteriaCarried?: number;
  /** Units that have no shape on a drawn layer (should be 0: the pipeline checks). */
  missingShapes: number;
}

export interface MapDrawing {
  width: number;
  height: number;
  bounds: MapFrame['bounds'];
  /** Lines between areas of different parents (district borders on a commune map). */
  parentBorders?: string;
  /**
   * Where each parent's name goes (the districts of a commune map), for a reader to find their
   * way where the areas' own names have no room (namesShown): the 200 communes of 2020.
   */
  parentNames?: ParentName[];
  outline: string;
}

export interface ParentName {
  code: string;
  unit: Unit;
  label: AreaLabel;
}

export interface MapModel {
  view: MapView;
  /** The criteria's baseline year (2021): "so với năm gốc". */
  baselineYear: number;
  layer: MapLayer;
  scheme: ClassScheme;
  areas: MapArea[];
  /** The classes of the scheme some area falls in, in order, then "no data" when some area has none. */
  legend: LegendEntry[];
  /** Swatches with a pattern that the drawing or legend uses (one <pattern> each). */
  patterns: Swatch[];
  drawing?: MapDrawing;
  summary: MapSummary;
  /** Ids of the sources behind the figures shown, sorted. */
  sources: string[];
}

export interface MapShapes {
  layer: LoadedLayer;
  frame: MapFrame;
  /** Decimals of path coordinates (1 for the explorer, 0 for small maps). */
  decimals?: number;
}

export interface MapModelInput {
  ctx: MapContext;
  layer: MapLayer;
  view: MapView;
  href: (vintage: string, unit: Unit) => string;
  shapes?: MapShapes;
  /** The areas to show, when not the whole layer (one part of a split layer, parts.ts); classes stay the layer's. */
  codes?: readonly string[];
}

function detailFor(input: MapModelInput, code: string): AreaDetail {
  const { vintage, indicator, year } = input.view;
  const series = mapEngine(input.ctx, vintage);
  const f = series.figures(vintage, code, year);
  switch (indicator) {
    case 'poor-rate':
      return f ? { households: f.households, count: f.poor } : {};
    case 'near-poor-rate':
      return f ? { households: f.households, count: f.nearPoor } : {};
    case 'reduction': {
      const p = series.figures(vintage, code, year - 1);
      const before = p && rateHundredths(p.poor, p.households);
      const after = f && rateHundredths(f.poor, f.households);
      return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
    }
    case 'scale-reduction': {
      const b = series.figures(vintage, code, series.baselineYear);
      return { ...(b ? { baseScale: b.poor + b.nearPoor } : {}), ...(f ? { scale: f.poor + f.nearPoor } : {}) };
    }
    case 'criteria':
      return {};
  }
}

function classify(scheme: ClassScheme, value: AreaValue): { key: string; swatch: Swatch } {
  if (scheme.kind === 'category') {
    const c = scheme.classes.find((x) => x.key === value.status) ?? scheme.classes.find((x) => x.key === 'unknown')!;
    return { key: c.key, swatch: c.swatch };
  }
  if (value.value === undefined) return { key: NO_DATA.key, swatch: NO_DATA };
  const c = scheme.classes[classIndex(scheme.thresholds, value.value)]!;
  return { key: c.key, swatch: c.swatch };
}

function extremes(areas: MapArea[]): { highest: MapArea[]; lowest: MapArea[] } {
  const valued = areas.filter((a) => a.value.value !== undefined);
  if (valued.length === 0) return { highest: [], lowest: [] };
  const values = valued.map((a) => a.value.value!);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return { highest: valued.filter((a) => a.value.value === max), lowest: valued.filter((a) => a.value.value === min) };
}

const layerSchemeMemo = new WeakMap<MapContext, Map<string, ClassScheme>>();

/**
 * The classes of a map, chosen from every figure of its layer over all the years it can
 * show: the same for every year, part, page and file of the map, so chosen once (sorting a
 * national layer's figures again for each of its parts made the build quadratic).
 */
function layerScheme(ctx: MapContext, layer: MapLayer, indicator: MapView['indicator']): ClassScheme {
  let memo = layerSchemeMemo.get(ctx);
  if (!memo) layerSchemeMemo.set(ctx, (memo = new Map()));
  const key = `${layer.vintage.id}|${layer.level}|${indicator}`;
  let scheme = memo.get(key);
  if (!scheme) {
    const values: number[] = [];
    if (indicator !== 'criteria') {
      for (const year of layer.years[indicator]) {
        for (const code of layer.codes) {
          const v = areaValue(ctx, layer.vintage.id, code, indicator, year).value;
          if (v !== undefined) values.push(v);
        }
      }
    }
    memo.set(key, (scheme = schemeFor(indicator, values)));
  }
  return scheme;
}

/** What a layer's shapes become in one frame at one precision: the same for every view of the layer. */
interface DrawnLayer {
  areas: Map<string, { d: string; label: AreaLabel }>;
  /** The outer edge of the areas drawn, by their codes ("" for the whole layer). */
  outlines: Map<string, string>;
  /** Parent borders by the code → parent pairs they separate. */
  parentBorders: Map<string, string>;
  /** Where parents' names go, by the same key. */
  parentNames: Map<string, ParentName[]>;
}

// Every indicator and year of a layer draws the same paths; projecting them is most of a
// view's cost, and a build renders each view several times (page, English twin, embeds, files).
const drawnMemo = new WeakMap<LoadedLayer, WeakMap<MapFrame, Map<number, DrawnLayer>>>();

function drawnLayer(shapes: MapShapes, decimals: number): DrawnLayer {
  let byFrame = drawnMemo.get(shapes.layer);
  if (!byFrame) drawnMemo.set(shapes.layer, (byFrame = new WeakMap()));
  let byDecimals = byFrame.get(shapes.frame);
  if (!byDecimals) byFrame.set(shapes.frame, (byDecimals = new Map()));
  let drawn = byDecimals.get(decimals);
  if (!drawn) byDecimals.set(decimals, (drawn = { areas: new Map(), outlines: new Map(), parentBorders: new Map(), parentNames: new Map() }));
  return drawn;
}

function drawnArea(shapes: MapShapes, decimals: number, code: string): { d: string; label: AreaLabel } | undefined {
  const shape = shapes.layer.features.get(code);
  if (!shape) return undefined;
  const areas = drawnLayer(shapes, decimals).areas;
  let drawn = areas.get(code);
  if (!drawn) areas.set(code, (drawn = { d: compactPath(shapes.frame, shape, decimals), label: areaLabel(shapes.frame, shape) }));
  return drawn;
}

/** Each parent's name placed on the shape of its drawn children merged, in the order of their codes. */
function parentNamePlaces(shapes: MapShapes, areas: readonly MapArea[]): ParentName[] {
  const children = new Map<string, { unit: Unit; codes: Set<string> }>();
  for (const a of areas) {
    if (!a.parent || !shapes.layer.features.has(a.code)) continue;
    const entry = children.get(a.parent.code) ?? { unit: a.parent, codes: new Set<string>() };
    entry.codes.add(a.code);
    children.set(a.parent.code, entry);
  }
  return [...children]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { unit, codes }]) => ({ code, unit, label: areaLabel(shapes.frame, { type: 'Feature', properties: {}, geometry: shapes.layer.merged(codes) }) }));
}

export function buildMapModel(input: MapModelInput): MapModel {
  const { ctx, layer, view, shapes } = input;
  const { dataset } = ctx;
  const scheme = layerScheme(ctx, layer, view.indicator);
  const decimals = shapes?.decimals ?? 1;

  const areas: MapArea[] = (input.codes ?? layer.codes).map((code) => {
    const unit = dataset.unit(view.vintage, code)!;
    const parentUnit = unit.parent === undefined ? undefined : dataset.unit(view.vintage, unit.parent);
    const value = areaValue(ctx, view.vintage, code, view.indicator, view.year);
    const { key, swatch } = classify(scheme, value);
    const drawn = shapes && drawnArea(shapes, decimals, code);
    return {
      code,
      unit,
      ...(parentUnit && parentUnit.level !== 'province' ? { parent: parentUnit } : {}),
      href: input.href(view.vintage, unit),
      ...(drawn ? { d: drawn.d, label: drawn.label } : {}),
      value,
      classKey: key,
      swatch,
      detail: detailFor(input, code),
    };
  });

  const counts = new Map<string, number>();
  for (const a of areas) counts.set(a.classKey, (counts.get(a.classKey) ?? 0) + 1);
  // A class no area of this year falls in is left out: the legend says what the map shows.
  const legend: LegendEntry[] = scheme.classes
    .map((c) => ({ key: c.key, swatch: c.swatch, count: counts.get(c.key) ?? 0 }))
    .filter((l) => l.count > 0);
  if (scheme.kind === 'numeric' && counts.has(NO_DATA.key)) legend.push({ key: NO_DATA.key, swatch: NO_DATA, count: counts.get(NO_DATA.key)! });
  const patterns = legend.map((l) => l.swatch).filter((s) => s.pattern);

  let drawing: MapDrawing | undefined;
  if (shapes) {
    const parentOf = new Map(areas.map((a) => [a.code, a.parent?.code]));
    // A part's district borders would be drawn from the whole layer's: left out.
    const hasParents = !input.codes && areas.some((a) => a.parent);
    const { frame } = shapes;
    const drawn = drawnLayer(shapes, decimals);
    // A part is outlined by its own edge: the whole layer's, in a part's frame, would mostly lie outside it.
    const outlineKey = input.codes?.join(',') ?? '';
    let outline = drawn.outlines.get(outlineKey);
    if (outline === undefined) {
      outline = compactPath(frame, shapes.layer.outline(input.codes ? new Set(input.codes) : undefined), decimals);
      drawn.outlines.set(outlineKey, outline);
    }
    let parentBorders: string | undefined;
    let parentNames: ParentName[] | undefined;
    if (hasParents) {
      // A release's units may have other parents than another's: the borders are keyed by them.
      const key = areas.map((a) => `${a.code}>${a.parent?.code ?? ''}`).join(',');
      parentBorders = drawn.parentBorders.get(key);
      if (parentBorders === undefined) {
        parentBorders = compactPath(frame, shapes.layer.borders((a, b) => parentOf.get(a) !== parentOf.get(b)), decimals);
        drawn.parentBorders.set(key, parentBorders);
      }
      parentNames = drawn.parentNames.get(key);
      if (parentNames === undefined) {
        parentNames = parentNamePlaces(shapes, areas);
        drawn.parentNames.set(key, parentNames);
      }
    }
    drawing = {
      width: frame.width,
      height: frame.height,
      bounds: frame.bounds,
      outline,
      ...(parentBorders !== undefined ? { parentBorders } : {}),
      ...(parentNames !== undefined && parentNames.length > 0 ? { parentNames } : {}),
    };
  }

  const years = view.indicator === 'reduction' ? [view.year - 1, view.year] : view.indicator === 'scale-reduction' ? [dataset.baselineYear, view.year] : [view.year];
  // A criteria status rests on every year from the baseline to its own.
  const restsOnYears = view.indicator === 'criteria' ? Array.from({ length: Math.max(0, view.year - dataset.baselineYear + 1) }, (_, i) => dataset.baselineYear + i) : years;
  const sources = new Set<string>();
  const engine = mapEngine(ctx, view.vintage);
  for (const a of areas) for (const y of years) for (const id of engine.figures(view.vintage, a.code, y)?.sources ?? []) sources.add(id);

  const province = dataset.vintage(view.vintage)?.units.find((u) => u.level === 'province');
  let criteria: Record<CriteriaStatus, number> | undefined;
  let criteriaCarried: number | undefined;
  if (view.year > dataset.baselineYear) {
    criteria = { met: 0, 'not-met': 0, unknown: 0, 'not-applicable': 0 };
    criteriaCarried = 0;
    for (const a of areas) {
      const status = areaValue(ctx, view.vintage, a.code, 'criteria', view.year);
      criteria[status.status!]++;
      if (status.carried) criteriaCarried++;
    }
  }

  return {
    view,
    baselineYear: dataset.baselineYear,
    layer,
    scheme,
    areas,
    legend,
    patterns,
    ...(drawing ? { drawing } : {}),
    summary: {
      total: areas.length,
      withFigure: areas.filter((a) => hasFigure(a.value)).length,
      illustrative: areas.filter((a) => hasFigure(a.value) && a.value.illustrative).length,
      carried: areas.filter((a) => hasFigure(a.value) && a.value.carried).length,
      carriedYears: restsOnYears.filter((y) => areas.some((a) => hasFigure(a.value) && engine.figures(view.vintage, a.code, y)?.carried)),
      ...(scheme.kind === 'numeric' ? extremes(areas) : { highest: [], lowest: [] }),
      ...(province ? { province: { unit: province, value: areaValue(ctx, view.vintage, province.code, view.indicator, view.year) } } : {}),
      ...(criteria ? { criteria, criteriaCarried } : {}),
      missingShapes: shapes ? areas.filter((a) => a.d === undefined).length : 0,
    },
    sources: [...sources].sort(),
  };
}
