/**
 * What a unit page tells the search index (UnitSearchMeta.astro renders it):
 * kind with the boundary period, place (the parent), and the old names of the
 * units that went into it. Plain TypeScript so it can be tested without Astro.
 */
import { carriedSeries } from '../../domain/carried.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { predecessors } from '../../domain/lineage.ts';
import { formatDate } from '../../format/local.ts';
import { searchKind } from '../../i18n/content.ts';
import { unitLabel } from '../../i18n/results.ts';

export interface UnitSearchMeta {
  kind: string;
  /** The unit's name, for a ranking boost: set on units of the newest vintage only, so "hoa tham" lists today's xã Hoa Thám before the old ones. */
  currentName: string | undefined;
  place: string | undefined;
  /** "phường Vĩnh Trại (thành phố Lạng Sơn), xã Mai Pha (thành phố Lạng Sơn)"; empty when none. */
  oldNames: string[];
  /** "Số liệu 2021–2025; 2021–2024 quy đổi từ các đơn vị cũ": the years a result can show, carried ones said so. */
  series: string | undefined;
}

const span = (years: readonly number[]): string => (years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`);

function labelWithParent(dataset: Dataset, vintage: string, code: string): string | undefined {
  const u = dataset.unit(vintage, code);
  if (!u) return undefined;
  const p = u.parent ? dataset.unit(vintage, u.parent) : undefined;
  return p && p.level === 'district' ? `${unitLabel(u)} (${unitLabel(p)})` : unitLabel(u);
}

export function unitSearchMeta(dataset: Dataset, vintage: string, code: string): UnitSearchMeta | undefined {
  const v = dataset.vintage(vintage);
  const unit = dataset.unit(vintage, code);
  if (!v || !unit) return undefined;
  const parent = unit.parent ? dataset.unit(vintage, unit.parent) : undefined;
  const period = searchKind.period(formatDate(v.validFrom), v.validTo ? formatDate(v.validTo) : undefined);
  const oldNames = new Set<string>();
  for (const g of predecessors(dataset, vintage, code)) {
    for (const l of g.links) {
      const old = dataset.unit(l.vintage, l.code);
      const label = labelWithParent(dataset, l.vintage, l.code);
      if (old && label && old.name !== unit.name) oldNames.add(label);
    }
  }
  const newest = dataset.vintages.at(-1)?.id === vintage;
  const carried = carriedSeries(dataset);
  const years = carried.seriesYears(vintage, code);
  const carriedYears = years.filter((y) => carried.figures(vintage, code, y)?.carried);
  return {
    kind: `${searchKind.unit} · ${period}`,
    currentName: newest && unit.level !== 'province' ? unitLabel(unit) : undefined,
    place: unit.level === 'province' ? undefined : parent ? unitLabel(parent) : undefined,
    oldNames: [...oldNames],
    series: years.length === 0 ? undefined : searchKind.series(span(years), carriedYears.length > 0 ? span(carriedYears) : undefined),
  };
}
