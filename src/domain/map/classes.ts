/**
 * What colour an area gets: class breaks per indicator and per map (a vintage and a
 * level), chosen from the spread of the map's figures over all its years and kept
 * the same for every year of it, so that 2021 next to 2024 compare and neighbours
 * fall into different classes instead of three pale ones of a fixed scale.
 *
 * Breaks are round numbers a reader can repeat ("nice" steps of 1, 2 or 5 × 10ⁿ
 * near the quintiles); where the plan sets a threshold (a yearly reduction of 4
 * and 6 points, a fall of more than 50% of poor + near-poor households, and 0:
 * rose or fell) it is always a break, so the map shows who is past it.
 */
import type { CriteriaStatus, IndicatorId } from '../indicators.ts';
import { indicators } from '../indicators.ts';
import { NOT_APPLICABLE_FILL, MET_FILL, NO_DATA, NOT_MET, UNKNOWN, sequential, type Swatch } from './palette.ts';

export type MapIndicatorId = IndicatorId | 'criteria';

export const MAP_INDICATORS: readonly MapIndicatorId[] = ['poor-rate', 'near-poor-rate', 'reduction', 'scale-reduction', 'criteria'];

/**
 * A class boundary in hundredths. A value equal to `at` falls in the class above,
 * unless `strict`: then only values above `at` do ("trên 50%").
 */
export interface Threshold {
  at: number;
  strict?: boolean;
}

export interface NumericClass {
  key: string;
  /** Lower bound, absent for the first class. */
  from?: Threshold;
  /** Upper bound, absent for the last class. */
  to?: Threshold;
  swatch: Swatch;
}

export interface NumericScheme {
  kind: 'numeric';
  indicator: IndicatorId;
  unit: '%' | 'điểm';
  polarity: 'lower-is-better' | 'higher-is-better';
  thresholds: readonly Threshold[];
  /** In ascending order of value. */
  classes: NumericClass[];
}

export interface CategoryClass {
  key: CriteriaStatus;
  swatch: Swatch;
}

export interface CategoryScheme {
  kind: 'category';
  indicator: 'criteria';
  classes: CategoryClass[];
}

export type ClassScheme = NumericScheme | CategoryScheme;

/**
 * Breaks the plan sets, in hundredths, kept whatever the data: below 0 the rate
 * (or the number of households) rose; 4 and 6 points are the plan's yearly
 * reductions; more than 50% gone meets the scale criterion.
 */
export const PLAN_THRESHOLDS: Record<IndicatorId, readonly Threshold[]> = {
  'poor-rate': [],
  'near-poor-rate': [],
  reduction: [{ at: 0 }, { at: 400 }, { at: 600 }],
  'scale-reduction': [{ at: 0 }, { at: 5000, strict: true }],
};

/** At most this many classes: YlOrRd keeps 6 apart under every colour-vision deficiency (palette.ts). */
export const MAX_CLASSES = 6;
/** Classes the quantiles aim at before rounding and the plan's breaks. */
const TARGET_CLASSES = 5;

/** A round step near `span / 10`: 1, 2 or 5 × 10ⁿ hundredths, at least 0.1 (10 hundredths). */
function niceStep(span: number): number {
  const raw = Math.max(span / 10, 10);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

/** The value below which a share `q` of the sorted values lie (nearest rank). */
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/**
 * Breaks for the figures of one map over all its years (hundredths): the quintiles
 * rounded to a nice step, the plan's breaks added, none left that no figure
 * reaches or that every figure reaches (so no class is empty by construction on
 * every year), at most MAX_CLASSES − 1.
 */
export function dataThresholds(indicator: IndicatorId, values: readonly number[]): Threshold[] {
  const plan = PLAN_THRESHOLDS[indicator];
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [...plan];
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const step = niceStep(quantile(sorted, 0.9) - quantile(sorted, 0.1));
  const inside = (at: number) => at > min && at <= max;
  // A data break closer than two steps to a plan's break would leave a sliver of a class.
  const near = (at: number) => plan.some((p) => Math.abs(p.at - at) < 2 * step);
  const fromData = new Set<number>();
  for (let i = 1; i < TARGET_CLASSES; i++) {
    const at = Math.round(quantile(sorted, i / TARGET_CLASSES) / step) * step;
    if (inside(at) && !near(at)) fromData.add(at);
  }
  const all = [...plan.filter((p) => (p.strict ? p.at >= min && p.at < max : inside(p.at))), ...[...fromData].map((at) => ({ at }))];
  all.sort((a, b) => a.at - b.at);
  // Too many: keep the plan's, drop the data breaks nearest their neighbours.
  while (all.length > MAX_CLASSES - 1) {
    let drop = -1;
    let gap = Infinity;
    all.forEach((t, i) => {
      if (plan.some((p) => p.at === t.at)) return;
      const g = Math.min(i > 0 ? t.at - all[i - 1]!.at : Infinity, i < all.length - 1 ? all[i + 1]!.at - t.at : Infinity);
      if (g < gap) [gap, drop] = [g, i];
    });
    if (drop < 0) break;
    all.splice(drop, 1);
  }
  return all;
}

/** The class of a value: the number of thresholds it reaches. */
export function classIndex(thresholds: readonly Threshold[], value: number): number {
  let i = 0;
  for (const t of thresholds) {
    if (t.strict ? value > t.at : value >= t.at) i++;
    else break;
  }
  return i;
}

/** The scheme of a numeric indicator with the given breaks (dataThresholds, from the map's figures). */
export function numericScheme(indicator: IndicatorId, thresholds: readonly Threshold[]): NumericScheme {
  const { unit, polarity } = indicators[indicator];
  const n = thresholds.length + 1;
  // The palette runs from best (light) to worst (dark); values ascend.
  const colours = sequential(n);
  const ordered = polarity === 'lower-is-better' ? colours : [...colours].reverse();
  const classes = ordered.map((fill, i): NumericClass => ({
    key: `c${i}`,
    ...(i > 0 ? { from: thresholds[i - 1]! } : {}),
    ...(i < n - 1 ? { to: thresholds[i]! } : {}),
    swatch: { key: `c${i}`, fill },
  }));
  return { kind: 'numeric', indicator, unit, polarity, thresholds, classes };
}

export const CRITERIA_SCHEME: CategoryScheme = {
  kind: 'category',
  indicator: 'criteria',
  classes: [
    { key: 'met', swatch: { key: 'met', fill: MET_FILL } },
    { key: 'not-met', swatch: NOT_MET },
    { key: 'unknown', swatch: UNKNOWN },
    { key: 'not-applicable', swatch: { key: 'na', fill: NOT_APPLICABLE_FILL } },
  ],
};

/** The scheme of a map: `values` are the figures of every year of the map (hundredths), for a numeric indicator. */
export const schemeFor = (indicator: MapIndicatorId, values: readonly number[] = []): ClassScheme =>
  indicator === 'criteria' ? CRITERIA_SCHEME : numericScheme(indicator, dataThresholds(indicator, values));

export { NO_DATA };
