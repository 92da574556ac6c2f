/**
 * The figures behind one chart or one map view, as a table: what its CSV download holds
 * and what its embed shows under "Bảng số liệu". Exactly what is drawn, nothing more:
 * a chart gives one row per year with the unit it is about (its code and name, in every
 * row, so that rows copied out of several district files still say whose they are), each
 * series' value and whether it is illustrative, then the plan's band and the reference
 * line when the chart draws them; a map view gives one row per area with its value, its
 * class in the legend and the counts behind it.
 *
 * Column names are ASCII snake_case like the release CSVs (observations.csv); rates and
 * points are plain decimals with two places ("2.32"), counts integers, flags true/false.
 */
import type { MapModel } from '../map/model.ts';
import { hundredthsText, toCsv, type CsvValue } from './csv.ts';
import type { CellKind } from './xlsx.ts';

export interface ChartTablePoint {
  year: number;
  /** Hundredths (of a percent or a point) or a count, as the chart model holds it. */
  value: number;
  illustrative: boolean;
}

export interface ChartTableSpec {
  /** The administrative unit the chart is about: the province or a district. */
  subject: { code: string; name: string };
  years: readonly number[];
  /** How the series values read: hundredths of a percent, or household counts. */
  unit: 'percent' | 'households';
  series: readonly { column: string; title: string; points: readonly ChartTablePoint[] }[];
  /** The plan's band: its upper and lower edge per year, in the series' unit. */
  band?: { upper: { column: string; title: string }; lower: { column: string; title: string }; points: readonly { year: number; low: number; high: number }[] };
  /** A horizontal reference line, e.g. half of the baseline's poor + near-poor households, up to `lastYear` when given (ChartRule.lastYear). */
  rule?: { column: string; title: string; value: number; lastYear?: number };
}

export interface FigureTable {
  header: string[];
  /** How each column is written in a spreadsheet (xlsx.ts), one per header name. */
  kinds: CellKind[];
  rows: CsvValue[][];
}

/** A count that may be a half (half of an odd baseline): "23379" or "23379.5". */
const countText = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function chartTable(spec: ChartTableSpec): FigureTable {
  const value = (v: number): CsvValue => (spec.unit === 'percent' ? hundredthsText(v) : countText(v));
  // The names of observations.csv and of the map files' tables: a reader joins them on `code`.
  const header = ['code', 'name', 'year'];
  const valueKind: CellKind = spec.unit === 'percent' ? 'percent' : 'count';
  const kinds: CellKind[] = ['text', 'text', 'integer'];
  for (const s of spec.series) {
    header.push(s.column, `${s.column}_illustrative`);
    kinds.push(valueKind, 'boolean');
  }
  if (spec.band) {
    header.push(spec.band.upper.column, spec.band.lower.column);
    kinds.push(valueKind, valueKind);
  }
  if (spec.rule) {
    header.push(spec.rule.column);
    // Half of an odd count is not a whole number.
    kinds.push(spec.unit === 'percent' ? 'percent' : 'number');
  }
  const rows = spec.years.map((year) => {
    const row: CsvValue[] = [spec.subject.code, spec.subject.name, year];
    for (const s of spec.series) {
      const p = s.points.find((x) => x.year === year);
      row.push(p ? value(p.value) : null, p ? String(p.illustrative) : null);
    }
    if (spec.band) {
      const b = spec.band.points.find((x) => x.year === year);
      row.push(b ? value(b.high) : null, b ? value(b.low) : null);
    }
    if (spec.rule) row.push(ruleCovers(spec.rule, year) ? value(spec.rule.value) : null);
    return row;
  });
  return { header, kinds, rows };
}

/** Whether the reference line stands for the year (it stops at its last year, if any). */
export const ruleCovers = (rule: NonNullable<ChartTableSpec['rule']>, year: number): boolean => rule.lastYear === undefined || year <= rule.lastYear;

export const chartCsv = (spec: ChartTableSpec): string => {
  const t = chartTable(spec);
  return toCsv(t.header, t.rows);
};

// -------------------------------------------------------------------- maps --

/** The value column of each map indicator. */
const MAP_VALUE_COLUMN: Record<MapModel['view']['indicator'], string> = {
  'poor-rate': 'poor_rate',
  'near-poor-rate': 'near_poor_rate',
  reduction: 'poor_rate_reduction_points',
  'scale-reduction': 'poor_and_near_poor_reduction_pct',
  criteria: 'criteria_status',
};

const MAP_VALUE_KIND: Record<MapModel['view']['indicator'], CellKind> = {
  'poor-rate': 'percent',
  'near-poor-rate': 'percent',
  reduction: 'points',
  'scale-reduction': 'percent',
  criteria: 'text',
};

const DETAIL_KINDS: Record<MapModel['view']['indicator'], CellKind[]> = {
  'poor-rate': ['count', 'count'],
  'near-poor-rate': ['count', 'count'],
  reduction: ['percent', 'percent'],
  'scale-reduction': ['count', 'count'],
  criteria: [],
};

export interface MapTableLabels {
  /** The legend's words for a class key ("từ 2 đến dưới 5%", "Không có số liệu"). */
  classLabel: (key: string) => string;
}

/**
 * One row per area of the view, in the map's order: the unit, its district when the
 * vintage has them, the value, the legend class, the illustrative and carried flags
 * (carried: the figure was summed from the units of an earlier vintage) and the counts
 * the table beside the map shows.
 */
export function mapTable(model: MapModel, labels: MapTableLabels): FigureTable {
  const { view } = model;
  const hasParent = model.areas.some((a) => a.parent);
  const details: Record<MapModel['view']['indicator'], string[]> = {
    'poor-rate': ['poor', 'households'],
    'near-poor-rate': ['near_poor', 'households'],
    reduction: [`poor_rate_${view.year - 1}`, `poor_rate_${view.year}`],
    'scale-reduction': [`poor_and_near_poor_${model.baselineYear}`, `poor_and_near_poor_${view.year}`],
    criteria: [],
  };
  const header = [
    'vintage', 'code', 'name', 'type', ...(hasParent ? ['parent_code', 'parent_name'] : []), 'year',
    MAP_VALUE_COLUMN[view.indicator], 'class', 'illustrative', 'carried', ...details[view.indicator],
  ];
  const kinds: CellKind[] = [
    'text', 'text', 'text', 'text', ...(hasParent ? (['text', 'text'] as const) : []), 'integer',
    MAP_VALUE_KIND[view.indicator], 'text', 'boolean', 'boolean', ...DETAIL_KINDS[view.indicator],
  ];
  const rows = model.areas.map((a) => {
    const d = a.detail;
    const value = view.indicator === 'criteria' ? (a.value.status ?? null) : hundredthsText(a.value.value);
    const hasValue = view.indicator === 'criteria' ? a.value.status !== undefined : a.value.value !== undefined;
    const detailCells: Record<MapModel['view']['indicator'], CsvValue[]> = {
      'poor-rate': [d.count, d.households],
      'near-poor-rate': [d.count, d.households],
      reduction: [hundredthsText(d.before), hundredthsText(d.after)],
      'scale-reduction': [d.baseScale, d.scale],
      criteria: [],
    };
    return [
      view.vintage, a.code, a.unit.name, a.unit.type, ...(hasParent ? [a.parent?.code ?? null, a.parent?.name ?? null] : []), view.year,
      value, labels.classLabel(a.classKey), hasValue ? String(a.value.illustrative) : null, hasValue ? String(a.value.carried) : null, ...detailCells[view.indicator],
    ];
  });
  return { header, kinds, rows };
}

export const mapCsv = (model: MapModel, labels: MapTableLabels): string => {
  const t = mapTable(model, labels);
  return toCsv(t.header, t.rows);
};
