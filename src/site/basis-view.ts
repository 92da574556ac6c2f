import { figureBasis } from '../domain/basis.ts';
import type { Dataset, Figures } from '../domain/dataset.ts';
import { basis as t } from '../i18n/results.vi.ts';

export interface BasisLabel {
  text: string;
  /** The figures rest, directly or through a sum, on a synthetic source: shown with "minh họa". */
  illustrative: boolean;
}

/** "công bố", "ước tính từ tỷ lệ đã công bố", "tổng các xã, phường, thị trấn (minh họa)": the basis of a row of figures. */
export function basisLabel(dataset: Dataset, figures: Figures): BasisLabel {
  const b = figureBasis(dataset, figures);
  const kinds = b.sourceKinds.map((k) => t.kinds[k]).join(', ');
  if (b.kind === 'record') return { text: b.sourceKinds.length === 1 ? t.record[b.sourceKinds[0]!] : kinds, illustrative: figures.illustrative };
  return { text: t.sum(b.level ? t.levels[b.level] : t.levels.unknown, kinds), illustrative: figures.illustrative };
}
