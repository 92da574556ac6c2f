/**
 * The map explorer's state space: which layers (vintage × level) exist, which
 * indicators and years each allows, every view, the default view and the view a
 * control leads to. Every view listed here is a pre-rendered page (its path is
 * mapPath() in src/site/urls.ts), so a link to any of them works without JavaScript.
 */
import type { Vintage } from '../schemas/index.ts';
import { MAP_INDICATORS, type MapIndicatorId } from './classes.ts';
import type { GeoLayerEntry, GeoLevel } from './geo.ts';
import { areaValue, hasFigure, mapEngine, type MapContext } from './values.ts';

export interface MapLayer {
  vintage: Vintage;
  level: GeoLevel;
  /** Boundaries, when data/geo has them for this vintage and level. */
  geo?: GeoLayerEntry;
  /** Codes of the layer's units, in the release's order. */
  codes: string[];
  /** Years each indicator can be shown in (some area has a figure), ascending. */
  years: Record<MapIndicatorId, number[]>;
  /** Of those, the years in which some area's figure is carried from the units of an earlier vintage. */
  carriedYears: Record<MapIndicatorId, number[]>;
}

export interface MapView {
  vintage: string;
  level: GeoLevel;
  indicator: MapIndicatorId;
  year: number;
}

export const sameLayer = (a: { vintage: string | Vintage; level: GeoLevel }, b: { vintage: string | Vintage; level: GeoLevel }): boolean =>
  (typeof a.vintage === 'string' ? a.vintage : a.vintage.id) === (typeof b.vintage === 'string' ? b.vintage : b.vintage.id) && a.level === b.level;

export const hasViews = (layer: MapLayer): boolean => MAP_INDICATORS.some((i) => layer.years[i].length > 0);

/** Every (vintage, level) of the release that has units, in the release's order, districts first. */
export function mapLayers(ctx: MapContext, geo: readonly GeoLayerEntry[]): MapLayer[] {
  const layers: MapLayer[] = [];
  for (const vintage of ctx.dataset.vintages) {
    for (const level of ['district', 'commune'] as const) {
      const codes = vintage.units.filter((u) => u.level === level).map((u) => u.code);
      if (codes.length === 0) continue;
      const years = {} as Record<MapIndicatorId, number[]>;
      const carriedYears = {} as Record<MapIndicatorId, number[]>;
      // Only the map of today's units can show carried figures; elsewhere the first figure found will do.
      const carries = mapEngine(ctx, vintage.id) !== ctx.engine;
      for (const indicator of MAP_INDICATORS) {
        const value = (code: string, year: number) => areaValue(ctx, vintage.id, code, indicator, year);
        years[indicator] = ctx.dataset.years().filter((year) => codes.some((code) => hasFigure(value(code, year))));
        carriedYears[indicator] = carries ? years[indicator].filter((year) => codes.some((code) => value(code, year).carried && hasFigure(value(code, year)))) : [];
      }
      const entry = geo.find((g) => g.vintage === vintage.id && g.level === level);
      layers.push({ vintage, level, ...(entry ? { geo: entry } : {}), codes, years, carriedYears });
    }
  }
  return layers;
}

export function allViews(layers: readonly MapLayer[]): MapView[] {
  return layers.flatMap((layer) =>
    MAP_INDICATORS.flatMap((indicator) =>
      layer.years[indicator].map((year) => ({ vintage: layer.vintage.id, level: layer.level, indicator, year })),
    ),
  );
}

export function layerOf(layers: readonly MapLayer[], view: Pick<MapView, 'vintage' | 'level'>): MapLayer | undefined {
  return layers.find((l) => sameLayer(l, view));
}

/** The closest year in `years` (ascending) to `year`; on a tie, the later one. */
function nearestYear(years: readonly number[], year: number): number | undefined {
  let best: number | undefined;
  for (const y of years) if (best === undefined || Math.abs(y - year) <= Math.abs(best - year)) best = y;
  return best;
}

/** The view of `layer` closest to `from`: same indicator and year where it can. */
export function viewOn(layer: MapLayer, from?: Partial<MapView>): MapView | undefined {
  const wanted = from?.indicator && layer.years[from.indicator].length > 0 ? from.indicator : undefined;
  const indicator = wanted ?? (layer.years['poor-rate'].length > 0 ? 'poor-rate' : MAP_INDICATORS.find((i) => layer.years[i].length > 0));
  if (!indicator) return undefined;
  const years = layer.years[indicator];
  const year = from?.year !== undefined ? nearestYear(years, from.year) : years.at(-1);
  return year === undefined ? undefined : { vintage: layer.vintage.id, level: layer.level, indicator, year };
}

/**
 * What /ban-do/ shows first: the poverty rate of the latest year, on the units in
 * force now. That is the newest vintage with boundaries and figures, at its finest
 * level (communes): a citizen looks for the commune they live in today and its
 * latest figure. In the demo release this is 2025 on the 65 communes of July 2025,
 * whose 2021–2024 years are carried from the former communes (marked as such); the
 * maps on the former boundaries stay one control away.
 */
export function defaultView(layers: readonly MapLayer[]): MapView | undefined {
  const withViews = layers.filter(hasViews);
  const drawable = withViews.filter((l) => l.geo);
  const pool = drawable.length > 0 ? drawable : withViews;
  const latest = [...pool].sort((a, b) =>
    a.vintage.validFrom === b.vintage.validFrom ? (a.level === 'commune' ? -1 : 1) : a.vintage.validFrom < b.vintage.validFrom ? 1 : -1,
  )[0];
  return latest && viewOn(latest);
}
