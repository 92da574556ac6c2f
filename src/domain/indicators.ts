import type { CriteriaEngine } from './criteria.ts';
import { comparableYears, type Dataset, type FigureSource, type Figures } from './dataset.ts';
import { rateHundredths } from './rates.ts';

/** Numeric indicators are integer hundredths (of a percent or of a point). */
export type IndicatorId = 'poor-rate' | 'near-poor-rate' | 'reduction' | 'scale-reduction';

export interface IndicatorValue {
  /** Hundredths; undefined when the figures needed are missing. */
  value: number | undefined;
  /** The figures behind the value rest on a synthetic source. */
  illustrative: boolean;
  /** Summed from children rather than recorded. */
  derived: boolean;
  /** Some of the figures behind the value were carried from the units of an earlier vintage. */
  carried: boolean;
}

export interface Indicator {
  id: IndicatorId;
  /** "%" for rates and shares, "điểm" for reductions in percentage points. */
  unit: '%' | 'điểm';
  /** Lower is better for rates; higher is better for reductions. */
  polarity: 'lower-is-better' | 'higher-is-better';
  /** The first year it can have a value (reductions need a previous year). */
  firstYear: (baselineYear: number) => number;
  /** On a reported series (a Dataset) or one completed by carried figures (a carried-basis engine). */
  compute: (series: FigureSource, vintage: string, code: string, year: number) => IndicatorValue;
}

const fromFigures = (figures: (Figures | undefined)[], value: number | undefined): IndicatorValue => ({
  value,
  illustrative: figures.some((f) => f?.illustrative),
  derived: figures.some((f) => f?.derived),
  carried: figures.some((f) => f?.carried),
});

export const indicators: Record<IndicatorId, Indicator> = {
  'poor-rate': {
    id: 'poor-rate',
    unit: '%',
    polarity: 'lower-is-better',
    firstYear: (b) => b,
    compute: (d, v, c, y) => {
      const f = d.figures(v, c, y);
      return fromFigures([f], f && rateHundredths(f.poor, f.households));
    },
  },
  'near-poor-rate': {
    id: 'near-poor-rate',
    unit: '%',
    polarity: 'lower-is-better',
    firstYear: (b) => b,
    compute: (d, v, c, y) => {
      const f = d.figures(v, c, y);
      return fromFigures([f], f && rateHundredths(f.nearPoor, f.households));
    },
  },
  reduction: {
    id: 'reduction',
    unit: 'điểm',
    polarity: 'higher-is-better',
    firstYear: (b) => b + 1,
    compute: (d, v, c, y) => {
      if (!comparableYears(d, y - 1, y)) return { value: undefined, illustrative: false, derived: false, carried: false };
      const before = d.figures(v, c, y - 1);
      const after = d.figures(v, c, y);
      const a = before && rateHundredths(before.poor, before.households);
      const b = after && rateHundredths(after.poor, after.households);
      return fromFigures([before, after], a === undefined || b === undefined ? undefined : a - b);
    },
  },
  'scale-reduction': {
    id: 'scale-reduction',
    unit: '%',
    polarity: 'higher-is-better',
    firstYear: (b) => b + 1,
    compute: (d, v, c, y) => {
      const base = d.figures(v, c, d.baselineYear);
      const now = comparableYears(d, d.baselineYear, y) ? d.figures(v, c, y) : undefined;
      if (!base || !now) return fromFigures([base, now], undefined);
      const baseScale = base.poor + base.nearPoor;
      const scale = now.poor + now.nearPoor;
      // Share of the baseline's poor + near-poor households gone, signed (negative = grew).
      const change = baseScale === 0 ? undefined : rateHundredths(Math.abs(baseScale - scale), baseScale);
      return fromFigures([base, now], change === undefined ? undefined : baseScale >= scale ? change : -change);
    },
  },
};

/** The categorical criteria indicator: a unit's overall status as of a year. */
export type CriteriaStatus = 'met' | 'not-met' | 'unknown' | 'not-applicable';

/** Met when any applicable criterion is met; unknown when none is met and some cannot be evaluated. */
export function criteriaStatus(engine: CriteriaEngine, dataset: Dataset, vintage: string, code: string, year: number): CriteriaStatus {
  const unit = dataset.unit(vintage, code);
  if (!unit) return 'not-applicable';
  const applicable = dataset.data.criteria.criteria.filter((c) => engine.applies(c, unit, year, vintage));
  if (applicable.length === 0 || year <= dataset.baselineYear || year > engine.lastYear) return 'not-applicable';
  const results = applicable.map((c) => engine.evaluate(c, vintage, unit, year));
  if (results.some((r) => r.met)) return 'met';
  if (results.some((r) => !r.evaluable)) return 'unknown';
  return 'not-met';
}
