import type { Evaluation } from '../domain/criteria.ts';
import type { Criterion, Unit, Vintage } from '../domain/schemas/index.ts';
import { explainEvaluation, statusClass, statusText, unitLabelCapital } from '../i18n/results.vi.ts';
import type { SiteData } from './site-data.ts';

export interface CriteriaCell {
  year: number;
  status: string;
  statusClass: string;
  reasons: string[];
}

export interface CriteriaRow {
  unit: Unit;
  label: string;
  parentLabel: string | undefined;
  /** One cell per table year; undefined where the criterion did not apply that year. */
  cells: (CriteriaCell | undefined)[];
}

export interface CriteriaTable {
  criterion: Criterion;
  vintage: Vintage;
  years: number[];
  rows: CriteriaRow[];
  counts: { met: number; notMet: number; unknown: number };
  /** Some evaluation rests on synthetic figures: its results are illustrative too. */
  illustrative: boolean;
}

/** The evaluation reads a figure, from the baseline to its year, that rests on synthetic data. */
export function restsOnIllustrative(site: SiteData, e: Evaluation): boolean {
  for (let year = site.dataset.baselineYear; year <= e.asOf; year++) {
    if (site.dataset.figures(e.vintage, e.unit, year)?.illustrative) return true;
  }
  return false;
}

/** Every evaluation of the release, as one table per (criterion, vintage) with a column per year. */
export function criteriaTables(site: SiteData): CriteriaTable[] {
  const { dataset } = site;
  const byKey = new Map<string, Evaluation[]>();
  for (const e of site.evaluations) {
    const key = `${e.criterion}|${e.vintage}`;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  const tables: CriteriaTable[] = [];
  for (const criterion of dataset.data.criteria.criteria) {
    for (const vintage of dataset.vintages) {
      const evaluations = byKey.get(`${criterion.id}|${vintage.id}`);
      if (!evaluations) continue;
      const years = [...new Set(evaluations.map((e) => e.asOf))].sort((a, b) => a - b);
      const byUnit = new Map<string, Evaluation[]>();
      for (const e of evaluations) byUnit.set(e.unit, [...(byUnit.get(e.unit) ?? []), e]);
      const rows: CriteriaRow[] = [...byUnit.entries()].map(([code, list]) => {
        const unit = dataset.unit(vintage.id, code)!;
        const parent = unit.parent ? dataset.unit(vintage.id, unit.parent) : undefined;
        return {
          unit,
          label: unitLabelCapital(unit),
          parentLabel: parent && parent.level !== 'province' ? unitLabelCapital(parent) : undefined,
          cells: years.map((year) => {
            const e = list.find((x) => x.asOf === year);
            return e && { year, status: statusText(e), statusClass: statusClass(e), reasons: explainEvaluation(e, dataset.baselineYear) };
          }),
        };
      });
      rows.sort((a, b) => (a.parentLabel ?? '').localeCompare(b.parentLabel ?? '', 'vi') || a.label.localeCompare(b.label, 'vi'));
      tables.push({
        criterion,
        vintage,
        years,
        rows,
        counts: {
          met: evaluations.filter((e) => e.met).length,
          notMet: evaluations.filter((e) => e.evaluable && !e.met).length,
          unknown: evaluations.filter((e) => !e.evaluable).length,
        },
        illustrative: evaluations.some((e) => restsOnIllustrative(site, e)),
      });
    }
  }
  return tables;
}
