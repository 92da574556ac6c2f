/**
 * What colour an area gets: class breaks per indicator, fixed across years and
 * levels so that a colour means the same thing on every map (2021 next to 2024,
 * districts next to communes), and the categories of the criteria map.
 *
 * Breaks are round numbers a reader can repeat, chosen once for the whole
 * 2021–2025 range of each indicator; where the plan sets a threshold (a yearly
 * reduction of 4 and 6 points, a fall of more than 50% of poor + near-poor
 * households) it is a break, so the map shows who is past it.
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

/** Hundredths of a percent (rates, shares) or of a point (reductions). */
export const THRESHOLDS: Record<IndicatorId, readonly Threshold[]> = {
  // 2021 communes reach 35%, 2025 ones fall below 1%.
  'poor-rate': [{ at: 200 }, { at: 500 }, { at: 1000 }, { at: 2000 }, { at: 3000 }],
  // 2% to 20% over the period, most between 6 and 15.
  'near-poor-rate': [{ at: 300 }, { at: 600 }, { at: 900 }, { at: 1200 }, { at: 1500 }],
  // Below 0 the rate rose; 4 and 6 points are the plan's yearly thresholds.
  reduction: [{ at: 0 }, { at: 200 }, { at: 400 }, { at: 600 }],
  // Below 0 the number grew; more than 50% gone meets the scale criterion.
  'scale-reduction': [{ at: 0 }, { at: 1000 }, { at: 2500 }, { at: 4000 }, { at: 5000, strict: true }],
};

/** The class of a value: the number of thresholds it reaches. */
export function classIndex(thresholds: readonly Threshold[], value: number): number {
  let i = 0;
  for (const t of thresholds) {
    if (t.strict ? value > t.at : value >= t.at) i++;
    else break;
  }
  return i;
}

export function numericScheme(indicator: IndicatorId): NumericScheme {
  const { unit, polarity } = indicators[indicator];
  const thresholds = THRESHOLDS[indicator];
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

export const schemeFor = (indicator: MapIndicatorId): ClassScheme =>
  indicator === 'criteria' ? CRITERIA_SCHEME : numericScheme(indicator);

export { NO_DATA };
