import type { Dataset, Figures } from './dataset.ts';
import { rateHundredths, pointsToHundredths, hundredthsToNumber } from './rates.ts';
import type { Alternative, Criterion, Target, Unit } from './schemas/index.ts';

/** Reduction of one year, in hundredths of a point; `missing` says why there is none. */
export interface YearReduction {
  year: number;
  reduction?: number;
  missing?: 'before-baseline' | 'no-figures';
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

export interface Evaluation {
  vintage: string;
  unit: string;
  criterion: string;
  asOf: number;
  met: boolean;
  evaluable: boolean;
  alternatives: AlternativeResult[];
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
 */
export class CriteriaEngine {
  private readonly dataset: Dataset;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  get baselineYear(): number {
    return this.dataset.baselineYear;
  }

  /** reduction(u, y) = rate(u, y−1) − rate(u, y) in hundredths; none across the baseline. */
  reduction(vintage: string, code: string, year: number, rateOf: RateOf = poorRate): YearReduction {
    if (year - 1 < this.baselineYear) return { year, missing: 'before-baseline' };
    const previous = this.dataset.figures(vintage, code, year - 1);
    const current = this.dataset.figures(vintage, code, year);
    const before = previous && rateOf(previous);
    const after = current && rateOf(current);
    if (before === undefined || after === undefined) return { year, missing: 'no-figures' };
    return { year, reduction: before - after };
  }

  applies(criterion: Criterion, unit: Unit, year: number): boolean {
    const { level, classification, withoutClassification } = criterion.appliesTo;
    if (unit.level !== level) return false;
    if (classification && !this.dataset.hasClassification(unit, classification, year)) return false;
    if (withoutClassification && this.dataset.hasClassification(unit, withoutClassification, year)) return false;
    return true;
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
      alternatives,
    };
  }

  /** Every applicable (criterion, year) of one unit, from baseline + 1 to its last year. */
  evaluateUnit(vintage: string, unit: Unit): Evaluation[] {
    const years = this.dataset.seriesYears(vintage, unit.code);
    const lastYear = years.at(-1);
    if (lastYear === undefined) return [];
    const results: Evaluation[] = [];
    for (const criterion of this.dataset.data.criteria.criteria) {
      for (let year = this.baselineYear + 1; year <= lastYear; year++) {
        if (this.applies(criterion, unit, year)) results.push(this.evaluate(criterion, vintage, unit, year));
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

  /** The province targets for every year from baseline + 1 to the province's last year. */
  evaluateTargets(): TargetResult[] {
    const province = this.provinceUnit();
    if (!province) return [];
    const years = this.dataset.seriesYears(province.vintage, province.unit.code);
    const lastYear = years.at(-1) ?? this.baselineYear;
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
    const baseline = this.dataset.figures(vintage, code, this.baselineYear);
    const current = asOf > this.baselineYear ? this.dataset.figures(vintage, code, asOf) : undefined;
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
