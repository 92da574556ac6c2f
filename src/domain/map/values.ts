/**
 * The figure an area shows on a map: a numeric indicator in hundredths, or its
 * criteria status, with the flags that say how far to trust it. The map of the units in
 * force today reads their series completed by carried figures (`carriedEngine`): a year
 * before the reform shows figures carried from the old units, marked `carried`. Maps of
 * former boundaries show what was reported on them.
 */
import type { CriteriaEngine } from '../criteria.ts';
import type { Dataset } from '../dataset.ts';
import { criteriaStatus, indicators, type CriteriaStatus } from '../indicators.ts';
import type { MapIndicatorId } from './classes.ts';

export interface MapContext {
  dataset: Dataset;
  /** Criteria and figures on the reported basis. */
  engine: CriteriaEngine;
  /** The same on the carried basis, for the newest vintage; without it every map shows reported figures only. */
  carriedEngine?: CriteriaEngine;
}

const newestMemo = new WeakMap<CriteriaEngine, string | undefined>();

/** The engine whose figures and criteria a map of `vintage` shows. */
export function mapEngine(ctx: MapContext, vintage: string): CriteriaEngine {
  const carried = ctx.carriedEngine;
  if (!carried) return ctx.engine;
  if (!newestMemo.has(carried)) newestMemo.set(carried, carried.newestVintage()?.id);
  return newestMemo.get(carried) === vintage ? carried : ctx.engine;
}

export interface AreaValue {
  /** Hundredths, for numeric indicators; undefined when the figures are missing. */
  value?: number;
  /** For the criteria map. */
  status?: CriteriaStatus;
  /** Rests on synthetic figures. */
  illustrative: boolean;
  /** Summed from the children rather than recorded. */
  derived: boolean;
  /** Rests on figures carried from the units of an earlier vintage. */
  carried: boolean;
}

// Keyed by the engine the value was read from: reported and carried maps of one dataset differ.
const memo = new WeakMap<CriteriaEngine, Map<string, AreaValue>>();

export function areaValue(ctx: MapContext, vintage: string, code: string, indicator: MapIndicatorId, year: number): AreaValue {
  const engine = mapEngine(ctx, vintage);
  let cache = memo.get(engine);
  if (!cache) memo.set(engine, (cache = new Map()));
  const key = `${vintage}|${code}|${indicator}|${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: AreaValue;
  if (indicator === 'criteria') {
    const status = criteriaStatus(engine, ctx.dataset, vintage, code, year);
    // The status rests on the unit's figures from the baseline to the year.
    const figures = engine
      .seriesYears(vintage, code)
      .filter((y) => y <= year)
      .map((y) => engine.figures(vintage, code, y));
    result = {
      status,
      illustrative: figures.some((f) => f?.illustrative),
      derived: figures.some((f) => f?.derived),
      carried: figures.some((f) => f?.carried),
    };
  } else {
    const v = indicators[indicator].compute(engine, vintage, code, year);
    result = { ...(v.value === undefined ? {} : { value: v.value }), illustrative: v.illustrative, derived: v.derived, carried: v.carried };
  }
  cache.set(key, result);
  return result;
}

/** The area has something to show: a number, or a status that was actually decided. */
export const hasFigure = (v: AreaValue): boolean =>
  v.value !== undefined || v.status === 'met' || v.status === 'not-met';
