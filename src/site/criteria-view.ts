import { restsOnIllustrative, type Evaluation } from '../domain/criteria.ts';
import type { Criterion, Unit, Vintage } from '../domain/schemas/index.ts';
import { explainEvaluation, statusClass, statusText, unitLabelCapital } from '../i18n/results.ts';
import { currentLang } from '../i18n/current.ts';
import type { Lang } from '../i18n/lang.ts';
import type { SiteData } from './site-data.ts';
import { criteriaParts, type CriteriaPart } from './criteria-parts.ts';

export interface CriteriaCell {
  year: number;
  status: string;
  statusClass: string;
  reasons: string[];
  /** The evaluation rests on synthetic figures. */
  illustrative: boolean;
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


export interface StatusCounts {
  met: number;
  notMet: number;
  unknown: number;
}

const STATUS_KEYS: Record<string, keyof StatusCounts> = { 'status-met': 'met', 'status-not-met': 'notMet', 'status-unknown': 'unknown' };

/** How many of these cells met, did not meet, or lacked figures. */
function countCells(cells: readonly (CriteriaCell | undefined)[]): StatusCounts {
  const counts: StatusCounts = { met: 0, notMet: 0, unknown: 0 };
  for (const cell of cells) if (cell) counts[STATUS_KEYS[cell.statusClass]!]++;
  return counts;
}

/** The rows of a table that a part of the results holds (src/site/criteria-parts.ts), with their counts. */
export function tablePart(table: CriteriaTable, codes: ReadonlySet<string>): CriteriaTable {
  const rows = table.rows.filter((r) => codes.has(r.unit.code));
  return { ...table, rows, counts: countCells(rows.flatMap((r) => r.cells)), illustrative: rows.some((r) => r.cells.some((c) => c?.illustrative)) };
}

// Per language: statuses, reasons and unit labels are words of the page.
const cache = new WeakMap<SiteData, Map<Lang, CriteriaTable[]>>();

/**
 * Every evaluation of the release, as one table per (criterion, vintage) with a column per year.
 * Computed once per build and language: every part page of /tieu-chi/ takes its rows from the same tables.
 */
export function criteriaTables(site: SiteData): CriteriaTable[] {
  const byLang = cache.get(site) ?? new Map<Lang, CriteriaTable[]>();
  cache.set(site, byLang);
  const cached = byLang.get(currentLang());
  if (cached) return cached;
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
            return e && { year, status: statusText(e), statusClass: statusClass(e), reasons: explainEvaluation(e, dataset.baselineYear), illustrative: restsOnIllustrative(dataset, e) };
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
        illustrative: rows.some((r) => r.cells.some((c) => c?.illustrative)),
      });
    }
  }
  byLang.set(currentLang(), tables);
  return tables;
}

export interface PartSummary {
  part: CriteriaPart;
  units: number;
  /** Results of the vintage's latest year, over every criterion. */
  counts: StatusCounts;
  illustrative: boolean;
}

export interface VintageParts {
  vintage: Vintage;
  /** The latest year any criterion was evaluated on this vintage. */
  year: number;
  parts: PartSummary[];
}

/** One row per part of each vintage's results, for the list on /tieu-chi/: its size and latest-year counts. */
export function partSummaries(site: SiteData): VintageParts[] {
  const tables = criteriaTables(site);
  return site.dataset.vintages.flatMap((vintage) => {
    const own = tables.filter((x) => x.vintage.id === vintage.id);
    if (own.length === 0) return [];
    const year = Math.max(...own.flatMap((x) => x.years));
    const latest = own.flatMap((x) => {
      const i = x.years.indexOf(year);
      return i < 0 ? [] : x.rows.map((r) => ({ code: r.unit.code, cell: r.cells[i] }));
    });
    const parts = criteriaParts(site, vintage);
    const partOf = new Map(parts.flatMap((part, i) => [...part.codes].map((code) => [code, i] as const)));
    const cells = parts.map((): (CriteriaCell | undefined)[] => []);
    for (const x of latest) cells[partOf.get(x.code)!]!.push(x.cell);
    return [{
      vintage,
      year,
      parts: parts.map((part, i) => ({ part, units: part.codes.size, counts: countCells(cells[i]!), illustrative: cells[i]!.some((c) => c?.illustrative) })),
    }];
  });
}
