import type { Basis, CriteriaEngine, Evaluation } from '../domain/criteria.ts';
import { yearsNotCompared, type Dataset, type Figures } from '../domain/dataset.ts';
import { carriedSeries } from '../domain/carried.ts';
import { criteriaStatus, type CriteriaStatus } from '../domain/indicators.ts';
import { predecessors, successors } from '../domain/lineage.ts';
import { rateHundredths } from '../domain/rates.ts';
import type { Classification, Criterion, Source, Unit, Vintage } from '../domain/schemas/index.ts';
import { formatDate } from '../format/local.ts';
import { marksAfter } from '../i18n/marks.ts';
import { explainEvaluation, statusClass, statusText, unitLabel, unitLabelCapital } from '../i18n/results.ts';
import { unitPage as t } from '../i18n/unit-page.ts';
import { afterPlan, type AfterPlan } from './plan-period.ts';
import type { SiteData } from './site-data.ts';
import { unitPath } from './urls.ts';

export interface UnitRef {
  vintage: string;
  unit: Unit;
  label: string;
  path: string;
}

export interface YearRow {
  year: number;
  /** The figures shown: reported when the unit has them, else carried (figures.carried). */
  figures: Figures;
  poorRate: number | undefined;
  nearPoorRate: number | undefined;
  /** Hundredths of a point; undefined in the baseline year or when a year is missing. */
  reduction: number | undefined;
  /** The reduction compares with a carried figure of the year before (or is one). */
  reductionCarried: boolean;
  reductionIllustrative: boolean;
  /** A carried figure for the same year, when the reported one is shown: pages show both. */
  alsoCarried?: { figures: Figures; poorRate: number | undefined };
}

export interface ChildRow extends UnitRef {
  row: YearRow | undefined;
  status: CriteriaStatus;
  /** The status rests on carried figures: an indication, not an official result. */
  statusCarried: boolean;
  statusIllustrative: boolean;
}

/** A rate in a sentence, with what it rests on, so the page marks it where it stands. */
export interface RateRef {
  label: string;
  rate: number;
  illustrative: boolean;
  carried: boolean;
}

/** "Năm Y, tỷ lệ hộ nghèo của X là r, cao hơn huyện … và thấp hơn tỉnh …", each rate marked for its own basis. */
export interface Comparison {
  year: number;
  basis: Basis;
  self: RateRef;
  others: (RateRef & { relation: 'higher' | 'lower' | 'equal' })[];
  /** The published sources of compared figures recorded by their unit (the province's), named under the sentence. */
  sources: { label: string; source: Source }[];
}

export interface CriterionResults {
  criterion: Criterion;
  evaluations: { year: number; status: string; statusClass: string; reasons: string[]; illustrative: boolean }[];
}

/** "Xã khu vực III từ 2021 (theo <decision>; <checked>)": the decision's title stays as published. */
export interface ClassificationLine {
  text: string;
  /** The title of the decision the classification rests on. */
  source?: string;
  /** Whether anything ended it, as checked on a date (a classification still in force). */
  checked?: string;
}

export interface LineageGroup {
  vintage: string;
  /** "01/7/2025": the day the later of the two vintages began. */
  date: string;
  /** "01/01/2020 – 30/11/2024": when the group's vintage was in force. */
  period: string;
  links: (UnitRef & { share: number | undefined })[];
}

export interface UnitView extends UnitRef {
  vintageInfo: Vintage;
  parent: UnitRef | undefined;
  /** The vintage ended; the unit no longer exists as such. */
  endedOn: string | undefined;
  /** The day from which the unit's level (districts) no longer exists. */
  levelEndedOn: string | undefined;
  series: YearRow[];
  /** The year the page leads with: the latest of this vintage's own figures (see leadYear). */
  latest: YearRow | undefined;
  latestSource: Source | undefined;
  /** When the lead figure is carried: how many old units, of which boundaries. */
  latestCarried: { units: number; period: string } | undefined;
  comparison: Comparison | undefined;
  classifications: ClassificationLine[];
  /** Official results, on the unit's reported figures. */
  criteria: CriterionResults[];
  /** Indications on the series completed by carried figures ("ước tính"), kept apart. */
  indications: CriterionResults[];
  /** The first year whose classifications judge the indications before the unit existed. */
  indicationClassYear: number | undefined;
  /** Years of the series that are carried. */
  carriedYears: number[];
  /** Years of the series after the plan's period, which no criterion judges. */
  afterPlan: AfterPlan | undefined;
  /** Years of the series given no fall (`yearsNotCompared`), with the years that are compared, to say so under the table. */
  notCompared: { years: number[]; from: number; to: number } | undefined;
  childYear: number | undefined;
  children: ChildRow[];
  /** Earlier vintages the unit was formed from, the nearest first. */
  predecessors: LineageGroup[];
  /** Later vintages the unit went into, the nearest first. */
  successors: LineageGroup[];
  /** Same unit in other vintages (the province). */
  sameUnitElsewhere: UnitRef[];
  /** Why the series stops before the release's last year, in one sentence; undefined when it does not. */
  cannotCarry: string | undefined;
}

export function unitRef(site: SiteData, vintage: string, code: string): UnitRef | undefined {
  const unit = site.dataset.unit(vintage, code);
  return unit && { vintage, unit, label: unitLabelCapital(unit), path: unitPath(vintage, unit) };
}

function yearRows(site: SiteData, vintage: string, code: string): YearRow[] {
  const { dataset, carriedEngine: series } = site;
  const carried = carriedSeries(dataset);
  return series.seriesYears(vintage, code).map((year) => {
    const figures = series.figures(vintage, code, year)!;
    const previous = series.figures(vintage, code, year - 1);
    const reduction = series.reduction(vintage, code, year).reduction;
    const other = figures.carried || dataset.unit(vintage, code)?.level === 'province' ? undefined : carried.carried(vintage, code, year);
    return {
      year,
      figures,
      poorRate: rateHundredths(figures.poor, figures.households),
      nearPoorRate: rateHundredths(figures.nearPoor, figures.households),
      reduction,
      reductionCarried: reduction !== undefined && Boolean(figures.carried || previous?.carried),
      reductionIllustrative: reduction !== undefined && Boolean(figures.illustrative || previous?.illustrative),
      ...(other ? { alsoCarried: { figures: other, poorRate: rateHundredths(other.poor, other.households) } } : {}),
    };
  });
}

const lastYearMemo = new WeakMap<Dataset, Map<string, number | undefined>>();

/**
 * The latest year a vintage has figures for its own units (reported or carried into
 * them), not counting the province, whose series runs across vintages: a page of the
 * 2020-01 units leads with 2024, not with the 2025 figures of the units of July 2025.
 */
export function vintageLastYear(site: SiteData, vintage: string): number | undefined {
  let memo = lastYearMemo.get(site.dataset);
  if (!memo) lastYearMemo.set(site.dataset, (memo = new Map()));
  if (memo.has(vintage)) return memo.get(vintage);
  const units = site.dataset.vintage(vintage)?.units.filter((u) => u.level !== 'province') ?? [];
  const year = [...site.dataset.years()].reverse().find((y) => units.some((u) => site.carriedEngine.figures(vintage, u.code, y)));
  memo.set(vintage, year);
  return year;
}

/** The row a unit's page leads with: its latest, or for the province the vintage's latest year. */
export function leadRow(site: SiteData, vintage: string, unit: Unit, series: YearRow[] = yearRows(site, vintage, unit.code)): YearRow | undefined {
  if (unit.level !== 'province') return series.at(-1);
  const last = vintageLastYear(site, vintage);
  return (last === undefined ? undefined : series.filter((r) => r.year <= last).at(-1)) ?? series.at(-1);
}

function describeClassification(c: Classification, site: SiteData): ClassificationLine {
  const name = c.kind === 'zone' ? t.classification.zone(c.value) : t.classification[c.kind];
  const source = site.dataset.source(c.source);
  if (source?.kind === 'synthetic') return { text: `${name} ${t.period(c.from, c.to)}${marksAfter({ illustrative: true })}` };
  const text = `${name} ${t.period(c.from, c.to)}`;
  if (!source) return { text };
  return { text, source: source.title, ...(c.to === null && c.checked ? { checked: t.classificationChecked(c.kind, formatDate(c.checked)) } : {}) };
}

/**
 * The unit's rate against its district's and the province's in the same year and on the
 * same basis: a reported figure against reported ones, a carried one against figures
 * carried the same way. A side without a figure on that basis is left out. The province
 * is one unit in every vintage and never carried (CarriedSeries.carried): its own figure
 * stands on either basis, marked as reported and named with its source.
 */
function comparison(site: SiteData, view: { unit: Unit; latest: YearRow | undefined; parent: UnitRef | undefined; vintage: string }): Comparison | undefined {
  const { latest } = view;
  if (!latest || latest.poorRate === undefined || view.unit.level === 'province') return undefined;
  const basis: Basis = latest.figures.carried ? 'carried' : 'reported';
  const carried = carriedSeries(site.dataset);
  const others: Comparison['others'] = [];
  const sources: Comparison['sources'] = [];
  const compareWith = (ref: UnitRef | undefined) => {
    if (!ref) return;
    const onCarried = basis === 'carried' && ref.unit.level !== 'province';
    const figures = onCarried ? carried.carried(ref.vintage, ref.unit.code, latest.year) : site.dataset.figures(ref.vintage, ref.unit.code, latest.year);
    const rate = figures && rateHundredths(figures.poor, figures.households);
    if (!figures || rate === undefined) return;
    const relation = latest.poorRate! > rate ? 'higher' : latest.poorRate! < rate ? 'lower' : 'equal';
    const label = unitLabel(ref.unit);
    others.push({ relation, label, rate, illustrative: figures.illustrative, carried: Boolean(figures.carried) });
    const source = !figures.derived && !figures.carried && !figures.illustrative ? site.dataset.source(figures.sources[0]!) : undefined;
    if (source) sources.push({ label, source });
  };
  if (view.parent && view.parent.unit.level !== 'province') compareWith(view.parent);
  const province = site.dataset.vintage(view.vintage)?.units.find((u) => u.level === 'province');
  if (province) compareWith(unitRef(site, view.vintage, province.code));
  const self = { label: unitLabel(view.unit), rate: latest.poorRate, illustrative: latest.figures.illustrative, carried: basis === 'carried' };
  return { year: latest.year, basis, self, others, sources };
}

const periodOf = (v: Vintage): string => t.boundaryPeriod(formatDate(v.validFrom), v.validTo && formatDate(v.validTo));

function laterVintage(site: SiteData, vintage: Vintage): boolean {
  return site.dataset.vintages.some((v) => v.validFrom > vintage.validFrom);
}

function results(site: SiteData, engine: CriteriaEngine, evaluations: readonly Evaluation[]): CriterionResults[] {
  const { dataset } = site;
  return dataset.data.criteria.criteria
    .map((criterion) => ({
      criterion,
      evaluations: evaluations
        .filter((e) => e.criterion === criterion.id)
        .map((e) => {
          const years = e.alternatives.flatMap((a) => (a.kind === 'scale-reduction' ? [a.baselineYear, e.asOf] : a.years.flatMap((y) => [y.year - 1, y.year])));
          return {
            year: e.asOf,
            status: statusText(e),
            statusClass: statusClass(e),
            reasons: explainEvaluation(e, dataset.baselineYear),
            illustrative: years.some((y) => engine.figures(e.vintage, e.unit, y)?.illustrative),
          };
        }),
    }))
    .filter((c) => c.evaluations.length > 0);
}

/**
 * The status of a child in a year: for a unit in force today on the series completed by
 * carried figures, as its own page gives it; for a unit of an intermediate period (2024-12),
 * on reported figures only, since its own page gives no estimate (docs/criteria.md).
 */
function childStatus(site: SiteData, vintage: string, code: string, year: number): Pick<ChildRow, 'status' | 'statusCarried' | 'statusIllustrative'> {
  const engine = vintage === site.carriedEngine.newestVintage()?.id ? site.carriedEngine : site.engine;
  const status = criteriaStatus(engine, site.dataset, vintage, code, year);
  const used = engine
    .seriesYears(vintage, code)
    .filter((y) => y <= year)
    .map((y) => engine.figures(vintage, code, y));
  const decided = status === 'met' || status === 'not-met';
  return { status, statusCarried: decided && used.some((f) => f?.carried), statusIllustrative: decided && used.some((f) => f?.illustrative) };
}

/** The start of the first later vintage without units of this unit's level (no districts from July 2025). */
function levelEnded(site: SiteData, vintage: Vintage, unit: Unit): string | undefined {
  const later = site.dataset.vintages.filter((v) => v.validFrom > vintage.validFrom).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const without = later.find((v) => !v.units.some((u) => u.level === unit.level));
  return without && formatDate(without.validFrom);
}

/** One sentence when the release has later figures than this unit's series and they cannot be carried back to it. */
function cannotCarry(site: SiteData, vintage: Vintage, unit: Unit, series: YearRow[], successorGroups: LineageGroup[]): string | undefined {
  const last = series.at(-1)?.year;
  const releaseLast = site.dataset.years().at(-1);
  if (unit.level === 'province' || last === undefined || releaseLast === undefined || last >= releaseLast || !laterVintage(site, vintage)) return undefined;
  const newest = site.dataset.vintages.filter((v) => v.validFrom > vintage.validFrom).at(-1)!;
  const into = successorGroups.find((g) => g.vintage === newest.id);
  if (!into) return t.cannotCarryAbolished(releaseLast, formatDate(newest.validFrom), last);
  return t.cannotCarryBack(releaseLast, into.links.map((l) => unitLabel(l.unit)), last);
}

/** Everything a unit page shows, computed from the release. */
export function unitView(site: SiteData, vintage: Vintage, unit: Unit): UnitView {
  const { dataset, engine, carriedEngine } = site;
  const self = unitRef(site, vintage.id, unit.code)!;
  const parent = unit.parent ? unitRef(site, vintage.id, unit.parent) : undefined;
  const series = yearRows(site, vintage.id, unit.code);
  const latest = leadRow(site, vintage.id, unit, series);
  const latestSource = latest && !latest.figures.derived && !latest.figures.carried ? dataset.source(latest.figures.sources[0]!) : undefined;
  // Indications are given on the units in force today ("theo địa giới hiện nay"), as in the validation report.
  const today = carriedEngine.newestVintage()?.id === vintage.id;
  const indicationList = unit.level === 'province' || !today ? [] : carriedEngine.evaluateUnit(vintage.id, unit).filter((e) => e.basis === 'carried');
  const childYear = latest?.year;
  const children = dataset.children(vintage.id, unit.code).map((child): ChildRow => {
    const ref = unitRef(site, vintage.id, child.code)!;
    const row = childYear === undefined ? undefined : yearRows(site, vintage.id, child.code).find((r) => r.year === childYear);
    return {
      ...ref,
      row,
      ...(childYear === undefined ? { status: 'not-applicable', statusCarried: false, statusIllustrative: false } : childStatus(site, vintage.id, child.code, childYear)),
    };
  });
  const resolveLinks = (groups: ReturnType<typeof successors>, dateOf: (other: string) => string): LineageGroup[] =>
    groups.map((g) => ({
      vintage: g.vintage,
      date: dateOf(g.vintage),
      period: periodOf(dataset.vintage(g.vintage)!),
      links: g.links.flatMap((l) => {
        const ref = unitRef(site, l.vintage, l.code);
        return ref ? [{ ...ref, share: l.share }] : [];
      }),
    }));
  const startOf = (id: string) => formatDate(dataset.vintage(id)!.validFrom);
  // The province is one unit across vintages (sameUnitElsewhere), not a predecessor of itself.
  const province = unit.level === 'province';
  const successorGroups = province ? [] : resolveLinks(successors(dataset, vintage.id, unit.code), startOf);
  return {
    ...self,
    vintageInfo: vintage,
    parent,
    endedOn: vintage.validTo && laterVintage(site, vintage) ? formatDate(vintage.validTo) : undefined,
    levelEndedOn: levelEnded(site, vintage, unit),
    series,
    latest,
    latestSource,
    latestCarried: latest?.figures.carried && {
      units: latest.figures.carried.parts.length,
      period: periodOf(dataset.vintage(latest.figures.carried.vintage)!),
    },
    comparison: comparison(site, { unit, latest, parent, vintage: vintage.id }),
    classifications: (unit.classifications ?? []).map((c) => describeClassification(c, site)),
    criteria: results(site, engine, engine.evaluateUnit(vintage.id, unit)),
    indications: results(site, carriedEngine, indicationList),
    indicationClassYear: indicationList.length > 0 ? carriedEngine.classificationYear(vintage.id, dataset.baselineYear) : undefined,
    carriedYears: series.filter((r) => r.figures.carried).map((r) => r.year),
    afterPlan: afterPlan(site, series.map((r) => r.year)),
    notCompared: notCompared(dataset, series.map((r) => r.year)),
    childYear,
    children,
    predecessors: province ? [] : resolveLinks(predecessors(dataset, vintage.id, unit.code), () => formatDate(vintage.validFrom)),
    successors: successorGroups,
    sameUnitElsewhere:
      unit.level === 'province'
        ? dataset.vintages.filter((v) => v.id !== vintage.id).flatMap((v) => unitRef(site, v.id, unit.code) ?? [])
        : [],
    cannotCarry: cannotCarry(site, vintage, unit, series, successorGroups),
  };
}

function notCompared(dataset: Dataset, years: readonly number[]): UnitView['notCompared'] {
  const shown = yearsNotCompared(dataset, years);
  return shown.length > 0 ? { years: shown, from: dataset.baselineYear, to: dataset.lastComparableYear } : undefined;
}
