import type { Evaluation } from '../domain/criteria.ts';
import type { Figures } from '../domain/dataset.ts';
import { criteriaStatus, type CriteriaStatus } from '../domain/indicators.ts';
import { predecessors, successors } from '../domain/lineage.ts';
import { rateHundredths } from '../domain/rates.ts';
import type { Classification, Criterion, Source, Unit, Vintage } from '../domain/schemas/index.ts';
import { formatDate } from '../format/vi.ts';
import { explainEvaluation, pct, statusClass, statusText, unitLabel, unitLabelCapital } from '../i18n/results.vi.ts';
import { unitPage as t } from '../i18n/unit-page.vi.ts';
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
  figures: Figures;
  poorRate: number | undefined;
  nearPoorRate: number | undefined;
  /** Hundredths of a point; undefined in the baseline year or when a year is missing. */
  reduction: number | undefined;
}

export interface ChildRow extends UnitRef {
  row: YearRow | undefined;
  status: CriteriaStatus;
}

export interface UnitView extends UnitRef {
  vintageInfo: Vintage;
  parent: UnitRef | undefined;
  /** The vintage ended; the unit no longer exists as such. */
  endedOn: string | undefined;
  series: YearRow[];
  latest: YearRow | undefined;
  latestSource: Source | undefined;
  comparison: string | undefined;
  classifications: string[];
  criteria: { criterion: Criterion; evaluations: { year: number; status: string; statusClass: string; reasons: string[] }[] }[];
  childYear: number | undefined;
  children: ChildRow[];
  predecessors: { vintage: string; links: (UnitRef & { share: number | undefined })[] }[];
  successors: { vintage: string; links: (UnitRef & { share: number | undefined })[] }[];
  /** Same unit in other vintages (the province). */
  sameUnitElsewhere: UnitRef[];
}

export function unitRef(site: SiteData, vintage: string, code: string): UnitRef | undefined {
  const unit = site.dataset.unit(vintage, code);
  return unit && { vintage, unit, label: unitLabelCapital(unit), path: unitPath(vintage, unit) };
}

function yearRows(site: SiteData, vintage: string, code: string): YearRow[] {
  const { dataset, engine } = site;
  return dataset.seriesYears(vintage, code).map((year) => {
    const figures = dataset.figures(vintage, code, year)!;
    return {
      year,
      figures,
      poorRate: rateHundredths(figures.poor, figures.households),
      nearPoorRate: rateHundredths(figures.nearPoor, figures.households),
      reduction: engine.reduction(vintage, code, year).reduction,
    };
  });
}

function describeClassification(c: Classification, site: SiteData): string {
  const name = c.kind === 'zone' ? t.classification.zone(c.value) : t.classification[c.kind];
  const source = site.dataset.source(c.source);
  if (source?.kind === 'synthetic') return `${name} ${t.period(c.from, c.to)} (${t.illustrative})`;
  const checked = c.to === null && c.checked ? `; ${t.classificationChecked(c.kind, formatDate(c.checked))}` : '';
  return `${name} ${t.period(c.from, c.to)}${source ? ` (${t.classificationSource(source.title)}${checked})` : ''}`;
}

function comparisonSentence(site: SiteData, view: { label: string; unit: Unit; latest: YearRow | undefined; parent: UnitRef | undefined; vintage: string }): string | undefined {
  const { latest } = view;
  if (!latest || latest.poorRate === undefined || view.unit.level === 'province') return undefined;
  const others: string[] = [];
  const compareWith = (ref: UnitRef | undefined) => {
    if (!ref) return;
    const figures = site.dataset.figures(ref.vintage, ref.unit.code, latest.year);
    const rate = figures && rateHundredths(figures.poor, figures.households);
    if (rate === undefined) return;
    const relation = latest.poorRate! > rate ? 'higher' : latest.poorRate! < rate ? 'lower' : 'equal';
    others.push(t.comparedTo(relation, unitLabel(ref.unit), pct(rate)));
  };
  if (view.parent && view.parent.unit.level !== 'province') compareWith(view.parent);
  const province = site.dataset.vintage(view.vintage)?.units.find((u) => u.level === 'province');
  if (province) compareWith(unitRef(site, view.vintage, province.code));
  return t.compare(latest.year, unitLabel(view.unit), pct(latest.poorRate), others.length ? `, ${others.join(' và ')}` : '');
}

function laterVintage(site: SiteData, vintage: Vintage): boolean {
  return site.dataset.vintages.some((v) => v.validFrom > vintage.validFrom);
}

/** Everything a unit page shows, computed from the release. */
export function unitView(site: SiteData, vintage: Vintage, unit: Unit): UnitView {
  const { dataset, engine } = site;
  const self = unitRef(site, vintage.id, unit.code)!;
  const parent = unit.parent ? unitRef(site, vintage.id, unit.parent) : undefined;
  const series = yearRows(site, vintage.id, unit.code);
  const latest = series.at(-1);
  const latestSource = latest && !latest.figures.derived ? dataset.source(latest.figures.sources[0]!) : undefined;
  const evaluations = engine.evaluateUnit(vintage.id, unit);
  const criteria = dataset.data.criteria.criteria
    .map((criterion) => ({
      criterion,
      evaluations: evaluations
        .filter((e: Evaluation) => e.criterion === criterion.id)
        .map((e) => ({ year: e.asOf, status: statusText(e), statusClass: statusClass(e), reasons: explainEvaluation(e, dataset.baselineYear) })),
    }))
    .filter((c) => c.evaluations.length > 0);
  const childYear = latest?.year;
  const children = dataset.children(vintage.id, unit.code).map((child) => {
    const ref = unitRef(site, vintage.id, child.code)!;
    const row = childYear === undefined ? undefined : yearRows(site, vintage.id, child.code).find((r) => r.year === childYear);
    return { ...ref, row, status: childYear === undefined ? 'not-applicable' : criteriaStatus(engine, dataset, vintage.id, child.code, childYear) } as ChildRow;
  });
  const resolveLinks = (groups: ReturnType<typeof successors>) =>
    groups.map((g) => ({
      vintage: g.vintage,
      links: g.links.flatMap((l) => {
        const ref = unitRef(site, l.vintage, l.code);
        return ref ? [{ ...ref, share: l.share }] : [];
      }),
    }));
  return {
    ...self,
    vintageInfo: vintage,
    parent,
    endedOn: vintage.validTo && laterVintage(site, vintage) ? formatDate(vintage.validTo) : undefined,
    series,
    latest,
    latestSource,
    comparison: comparisonSentence(site, { label: self.label, unit, latest, parent, vintage: vintage.id }),
    classifications: (unit.classifications ?? []).map((c) => describeClassification(c, site)),
    criteria,
    childYear,
    children,
    predecessors: resolveLinks(predecessors(dataset, vintage.id, unit.code)),
    successors: resolveLinks(successors(dataset, vintage.id, unit.code)),
    sameUnitElsewhere:
      unit.level === 'province'
        ? dataset.vintages.filter((v) => v.id !== vintage.id).flatMap((v) => unitRef(site, v.id, unit.code) ?? [])
        : [],
  };
}
