import { figureBasis } from '../domain/basis.ts';
import type { Dataset, Figures } from '../domain/dataset.ts';
import type { SourceKind } from '../domain/schemas/index.ts';
import { basis as t } from '../i18n/results.ts';

export interface BasisLabel {
  text: string;
  /** The figures rest, directly or through a sum, on a synthetic source: the "minh họa" mark goes beside the text. */
  illustrative: boolean;
}

/**
 * "công bố", "ước tính từ tỷ lệ đã công bố", "tổng các xã, phường, thị trấn (công bố)",
 * "quy đổi từ 3 đơn vị cũ": the basis of a row of figures. A synthetic source is not named
 * in the text: it is the "minh họa" mark (FigureMarks) that pages put beside it.
 */
export function basisLabel(dataset: Dataset, figures: Figures): BasisLabel {
  const b = figureBasis(dataset, figures);
  const named = b.sourceKinds.filter((k): k is Exclude<SourceKind, 'synthetic'> => k !== 'synthetic');
  const kinds = named.map((k) => t.kinds[k]).join(', ');
  const illustrative = figures.illustrative;
  switch (b.kind) {
    case 'record':
      return { text: b.sourceKinds.length === 1 ? t.record[b.sourceKinds[0]!] : kinds, illustrative };
    case 'sum':
      return { text: t.sum(b.level ? t.levels[b.level] : t.levels.unknown, kinds), illustrative };
    case 'carried':
      return { text: t.carried(b.units ?? 0, kinds), illustrative };
  }
}
