import type { Dataset, Figures } from './dataset.ts';
import type { SourceKind, UnitLevel } from './schemas/index.ts';

/**
 * What a unit's figures for a year rest on, read from the records: the unit's own record,
 * the sum of its children's (and at which level), or figures carried from the units it was
 * formed from (and how many), with the kinds of the sources behind them. Pages say "công
 * bố", "ước tính …", "tổng các xã, phường", "quy đổi từ 3 đơn vị cũ" from this, never from
 * a fixed label.
 */
export interface FigureBasis {
  kind: 'record' | 'sum' | 'carried';
  /** For a sum: the level of the units whose records were added up. */
  level: UnitLevel | undefined;
  /** For carried figures: how many old units they were summed from. */
  units?: number;
  /** Kinds of the sources behind the counts, in the order official, press, derived, synthetic. */
  sourceKinds: SourceKind[];
}

const KIND_ORDER: readonly SourceKind[] = ['official', 'press', 'derived', 'synthetic'];

export function figureBasis(dataset: Dataset, figures: Figures): FigureBasis {
  const kinds = new Set(figures.sources.map((id) => dataset.source(id)?.kind).filter((k): k is SourceKind => k !== undefined));
  const sourceKinds = KIND_ORDER.filter((k) => kinds.has(k));
  if (figures.carried) return { kind: 'carried', level: undefined, units: figures.carried.parts.length, sourceKinds };
  if (!figures.derived) return { kind: 'record', level: undefined, sourceKinds };
  return { kind: 'sum', level: dataset.children(figures.vintage, figures.unit)[0]?.level, sourceKinds };
}
