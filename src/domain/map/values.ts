/**
 * The figure an area shows on a map: a numeric indicator in hundredths, or its
 * criteria status, with the flags that say how far to trust it. Maps read the series
 * completed by carried figures (the engine's basis): on the units of a later vintage a
 * year before the reform shows figures carried from the old units, marked `carried`.
 */
import type { CriteriaEngine } from '../criteria.ts';
import type { Dataset } from '../dataset.ts';
import { criteriaStatus, indicators, type CriteriaStatus } from '../indicators.ts';
import type { MapIndicatorId } from './classes.ts';

export interface MapContext {
  dataset: Dataset;
  /** Criteria and figures on the carried basis (reported figures win where they exist). */
  engine: CriteriaEngine;
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

const memo = new WeakMap<Dataset, Map<string, AreaValue>>();

export function areaValue(ctx: MapContext, vintage: string, code: string, indicator: MapIndicatorId, year: number): AreaValue {
  let cache = memo.get(ctx.dataset);
  if (!cache) memo.set(ctx.dataset, (cache = new Map()));
  const key = `${vintage}|${code}|${indicator}|${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: AreaValue;
  if (indicator === 'criteria') {
    const status = criteriaStatus(ctx.engine, ctx.dataset, vintage, code, year);
    // The status rests on the unit's figures from the baseline to the year.
    const figures = ctx.engine
      .seriesYears(vintage, code)
      .filter((y) => y <= year)
      .map((y) => ctx.engine.figures(vintage, code, y));
    result = {
      status,
      illustrative: figures.some((f) => f?.illustrative),
      derived: figures.some((f) => f?.derived),
      carried: figures.some((f) => f?.carried),
    };
  } else {
    const v = indicators[indicator].compute(ctx.engine, vintage, code, year);
    result = { ...(v.value === undefined ? {} : { value: v.value }), illustrative: v.illustrative, derived: v.derived, carried: v.carried };
  }
  cache.set(key, result);
  return result;
}

/** The area has something to show: a number, or a status that was actually decided. */
export const hasFigure = (v: AreaValue): boolean =>
  v.value !== undefined || v.status === 'met' || v.status === 'not-met';
