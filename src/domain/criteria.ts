import { carriedSeries } from './carried.ts';
import { comparableYears, type Dataset, type FigureSource, type Figures } from './dataset.ts';
import { rateHundredths, pointsToHundredths, hundredthsToNumber } from './rates.ts';
import type { Alternative, Criterion, Target, Unit, Vintage } from './schemas/index.ts';

/**
 * Reduction of one year, in hundredths of a point; `missing` says why there is none.
 * 'after-plan' never reaches an evaluation (they stop at the plan's last year): only the
 * pages ask for the reduction of a later year, and show none.
 */
export interface YearReduction {
  year: number;
  reduction?: number;
  missing?: 'before-baseline' | 'after-plan' | 'no-figures';
}

export interface ConsecutiveReductionResult {
  kind: 'consecutive-reduction';
  met: boolean;
  evaluable: boolean;
  op: '>=' | '>';
  /** Threshold in hundredths of a point. */
  threshold: number;
  years: YearReduction[];
}

export interface ScaleReductionResult {
  kind: 'scale-reduction';
  met: boolean;
  evaluable: boolean;
  op: '>=' | '>';
  percent: number;
  baselineYear: number;
  /** poor + nearPoor in the baseline year and in the as-of year. */
  baselineScale?: number;
  scale?: number;
}

export type AlternativeResult = ConsecutiveReductionResult | ScaleReductionResult;

/**
 * What an evaluation rests on: the figures reported for the unit ("reported", the
 * official result), or a series that includes figures carried from the units it was
 * formed from ("carried": an indication, never an official result).
 */
export type Basis = 'reported' | 'carried';

export interface Evaluation {
  vintage: string;
  unit: string;
  criterion: string;
  asOf: number;
  met: boolean;
  evaluable: boolean;
  basis: Basis;
  alternatives: AlternativeResult[];
}

/**
 * The evaluation reads a figure, from the baseline to its year, that rests on synthetic data:
 * its result is illustrative too. The figures are those of the evaluation's basis: on the
 * carried basis, the series its years before the unit's vintage were carried into (the unit
 * has no figures of its own then, so its own would say "not illustrative").
 */
export function restsOnIllustrative(dataset: Dataset, e: Pick<Evaluation, 'vintage' | 'unit' | 'asOf'> & { basis?: Basis }): boolean {
  const series: FigureSource = e.basis === 'carried' ? carriedSeries(dataset) : dataset;
  for (let year = dataset.baselineYear; year <= e.asOf; year++) {
    if (series.figures(e.vintage, e.unit, year)?.illustrative) return true;
  }
  return false;
}

export interface TargetResult {
  target: string;
  year: number;
  met: boolean;
  evaluable: boolean;
  /** Points of reduction (2 decimals), or a count for classification targets. */
  value: number | null;
  /** The reduction exceeds the upper end of the plan's band. */
  exceeding?: boolean;
}

type RateOf = (f: Figures) => number | undefined;
const poorRate: RateOf = (f) => rateHundredths(f.poor, f.households);
const ethnicMinorityPoorRate: RateOf = (f) =>
  f.ethnicMinority ? rateHundredths(f.ethnicMinority.poor, f.ethnicMinority.households) : undefined;

const compare = (op: '>=' | '>', value: number, threshold: number): boolean =>
  op === '>=' ? value >= threshold : value > threshold;

/**
 * The movement's criteria and targets (docs/criteria.md), with every threshold read from the
 * criteria file. All arithmetic is on integers: rates and reductions in hundredths.
 *
 * On the "reported" basis (the official results) a unit's series is its own figures; on
 * the "carried" basis it is completed by figures carried from its predecessors
 * (src/domain/carried.ts), and a unit that did not exist yet in a year is judged under
 * the classifications it had when it was formed.
 */
export class CriteriaEngine implements FigureSource {
  private readonly dataset: Dataset;
  readonly basis: Basis;
  private readonly series: FigureSource;

  constructor(dataset: Dataset, basis: Basis = 'reported') {
    this.dataset = dataset;
    this.basis = basis;
    this.series = basis === 'carried' ? carriedSeries(dataset) : dataset;
  }

  get baselineYear(): number {
    return this.dataset.baselineYear;
  }

  get lastComparableYear(): number {
    return this.dataset.lastComparableYear;
  }

  /** The plan's last year: its criteria and targets judge no year after it. */
  get lastYear(): number {
    return this.dataset.data.criteria.period.to;
  }

  /**
   * The last year a recognition decided in `decisionYear` can rest on. A year's figures are
   * those of its end-of-year review, approved at the year's end or after it (2025's by Quyết định
   * 83/QĐ-UBND of 15/01/2026), and the plan asks for the years "trước khi trình khen thưởng":
   * so the year before the decision's, within the plan's period.
   */
  lastClaimYear(decisionYear: number): number {
    return Math.min(decisionYear - 1, this.lastYear);
  }

  // The last unit's figures by year: an evaluation reads the same few years many times,
  // and evaluateUnit goes unit by unit, so one unit's worth of cache saves most lookups.
  private cachedVintage = '';
  private cachedCode = '';
  private cachedYears = new Map<number, Figures | undefined>();

  /** The unit's figures for the year on this engine's basis. */
  figures(vintage: string, code: string, year: number): Figures | undefined {
    if (vintage !== this.cachedVintage || code !== this.cachedCode) {
      this.cachedVintage = vintage;
      this.cachedCode = code;
      this.cachedYears = new Map();
    }
    if (this.cachedYears.has(year)) return this.cachedYears.get(year);
    const figures = this.series.figures(vintage, code, year);
    this.cachedYears.set(year, figures);
    return figures;
  }

  seriesYears(vintage: string, code: string): number[] {
    return this.series.seriesYears(vintage, code);
  }

  /** reduction(u, y) = rate(u, y−1) − rate(u, y) in hundredths; none across the baseline or after the plan (comparableYears). */
  reduction(vintage: string, code: string, year: number, rateOf: RateOf = poorRate): YearReduction {
    if (!comparableYears(this.dataset, year - 1, year)) return { year, missing: year - 1 < this.baselineYear ? 'before-baseline' : 'after-plan' };
    const previous = this.figures(vintage, code, year - 1);
    const current = this.figures(vintage, code, year);
    const before = previous && rateOf(previous);
    const after = current && rateOf(current);
    if (before === undefined || after === undefined) return { year, missing: 'no-figures' };
    return { year, reduction: before - after };
  }

  /**
   * Whether the criterion applies to the unit in the year, by the classifications in
   * force then. On the carried basis, for a year before the unit's vintage began, by
   * those in force when it began (the unit had none of its own before).
   */
  applies(criterion: Criterion, unit: Unit, year: number, vintage?: string): boolean {
    const { level, classification, withoutClassification } = criterion.appliesTo;
    if (unit.level !== level) return false;
    const at = this.classificationYear(vintage, year);
    if (classification && !this.dataset.hasClassification(unit, classification, at)) return false;
    if (withoutClassification && this.dataset.hasClassification(unit, withoutClassification, at)) return false;
    return true;
  }

  /** The year whose classifications judge a unit in `year` (see applies). */
  classificationYear(vintage: string | undefined, year: number): number {
    const from = vintage === undefined || this.basis === 'reported' ? undefined : this.dataset.vintage(vintage)?.validFrom;
    return from === undefined ? year : Math.max(year, Number(from.slice(0, 4)));
  }

  evaluate(criterion: Criterion, vintage: string, unit: Unit, asOf: number): Evaluation {
    const alternatives = criterion.alternatives.map((a) => this.evaluateAlternative(a, vintage, unit.code, asOf));
    return {
      vintage,
      unit: unit.code,
      criterion: criterion.id,
      asOf,
      met: alternatives.some((a) => a.met),
      evaluable: alternatives.some((a) => a.evaluable),
      basis: this.basisOf(criterion, vintage, unit.code, asOf),
      alternatives,
    };
  }

  /** "carried" when any figure the evaluation reads is carried. */
  private basisOf(criterion: Criterion, vintage: string, code: string, asOf: number): Basis {
    if (this.basis === 'reported') return 'reported';
    const carried = (y: number) => Boolean(this.figures(vintage, code, y)?.carried);
    for (const a of criterion.alternatives) {
      if (a.kind === 'consecutive-reduction') {
        for (let y = asOf - a.years; y <= asOf; y++) if (carried(y)) return 'carried';
      } else if (carried(this.baselineYear) || carried(asOf)) return 'carried';
    }
    return 'reported';
  }

  /** Every applicable (criterion, year) of one unit, from baseline + 1 to its last year within the plan's period. */
  evaluateUnit(vintage: string, unit: Unit): Evaluation[] {
    const years = this.series.seriesYears(vintage, unit.code);
    const seriesEnd = years.at(-1);
    if (seriesEnd === undefined) return [];
    const lastYear = Math.min(seriesEnd, this.lastYear);
    const results: Evaluation[] = [];
    for (const criterion of this.dataset.data.criteria.criteria) {
      for (let year = this.baselineYear + 1; year <= lastYear; year++) {
        if (this.applies(criterion, unit, year, vintage)) results.push(this.evaluate(criterion, vintage, unit, year));
      }
    }
    return results;
  }

  evaluateAll(): Evaluation[] {
    const results: Evaluation[] = [];
    for (const v of this.dataset.vintages) {
      for (const unit of v.units) results.push(...this.evaluateUnit(v.id, unit));
    }
    return results;
  }

  /**
   * On the carried basis: the evaluations that rest on carried figures, for the units in
   * force today (the newest vintage) when it was formed from earlier ones. These are
   * indications, listed apart from the official results (evaluateAll on the reported basis).
   */
  evaluateCarried(): Evaluation[] {
    const today = this.newestVintage();
    if (this.basis !== 'carried' || !today || carriedSeries(this.dataset).shares.earlier(today.id).length === 0) return [];
    const results: Evaluation[] = [];
    for (const unit of today.units) {
      if (unit.level === 'province') continue;
      for (const e of this.evaluateUnit(today.id, unit)) if (e.basis === 'carried') results.push(e);
    }
    return results;
  }

  /** The vintage in force today: the one that began last. */
  newestVintage(): Vintage | undefined {
    return [...this.dataset.vintages].sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0];
  }

  /** The province targets for every year from baseline + 1 to the province's last year within the plan's period. */
  evaluateTargets(): TargetResult[] {
    const province = this.provinceUnit();
    if (!province) return [];
    const years = this.dataset.seriesYears(province.vintage, province.unit.code);
    const lastYear = Math.min(years.at(-1) ?? this.baselineYear, this.lastYear);
    return this.dataset.data.criteria.targets.flatMap((t) => this.evaluateTarget(t, province, lastYear));
  }

  provinceUnit(): { vintage: string; unit: Unit } | undefined {
    for (const v of this.dataset.vintages) {
      const unit = v.units.find((u) => u.level === 'province');
      if (unit) return { vintage: v.id, unit };
    }
    return undefined;
  }

  private evaluateTarget(target: Target, province: { vintage: string; unit: Unit }, lastYear: number): TargetResult[] {
    if (target.kind === 'classification-exit') {
      const ended = new Set<string>();
      for (const v of this.dataset.vintages) {
        for (const u of v.units) {
          const exited = (u.classifications ?? []).some(
            (c) => c.kind === target.classification && c.to !== null && c.to <= target.byYear,
          );
          if (exited) ended.add(u.code);
        }
      }
      return [{ target: target.id, year: target.byYear, met: ended.size >= target.atLeast, evaluable: true, value: ended.size }];
    }
    const rateOf = target.indicator === 'poor-rate' ? poorRate : ethnicMinorityPoorRate;
    const threshold = pointsToHundredths(target.points);
    const results: TargetResult[] = [];
    for (let year = this.baselineYear + 1; year <= lastYear; year++) {
      const { reduction } = this.reduction(province.vintage, province.unit.code, year, rateOf);
      const result: TargetResult = {
        target: target.id,
        year,
        met: reduction !== undefined && compare(target.op, reduction, threshold),
        evaluable: reduction !== undefined,
        value: reduction === undefined ? null : hundredthsToNumber(reduction),
      };
      if (target.bandTo !== undefined && reduction !== undefined) {
        result.exceeding = reduction > pointsToHundredths(target.bandTo);
      }
      results.push(result);
    }
    return results;
  }

  private evaluateAlternative(alternative: Alternative, vintage: string, code: string, asOf: number): AlternativeResult {
    if (alternative.kind === 'consecutive-reduction') {
      const threshold = pointsToHundredths(alternative.points);
      const years: YearReduction[] = [];
      for (let year = asOf - alternative.years + 1; year <= asOf; year++) years.push(this.reduction(vintage, code, year));
      const evaluable = years.every((y) => y.reduction !== undefined);
      return {
        kind: 'consecutive-reduction',
        op: alternative.op,
        threshold,
        years,
        evaluable,
        met: evaluable && years.every((y) => compare(alternative.op, y.reduction!, threshold)),
      };
    }
    const baseline = this.figures(vintage, code, this.baselineYear);
    const current = asOf > this.baselineYear ? this.figures(vintage, code, asOf) : undefined;
    const baselineScale = baseline && baseline.poor + baseline.nearPoor;
    const scale = current && current.poor + current.nearPoor;
    const evaluable = baselineScale !== undefined && scale !== undefined;
    // Reduced by more than P%: 100 × (base − now) > P × base, in integers.
    const reducedBy = evaluable ? 100 * (baselineScale - scale) : 0;
    return {
      kind: 'scale-reduction',
      op: alternative.op,
      percent: alternative.percent,
      baselineYear: this.baselineYear,
      baselineScale,
      scale,
      evaluable,
      met: evaluable && compare(alternative.op, reducedBy, alternative.percent * baselineScale),
    };
  }
}
