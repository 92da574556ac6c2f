import type { FigureMark } from '../i18n/marks.ts';

/** Attribute of the element holding an illustrative figure and its "minh họa" words (tests/build/lib/minh-hoa.ts). */
const ILLUSTRATIVE_ATTRIBUTE = 'data-minh-hoa';
/** Attribute of the element holding a carried figure (or a result on one) and its "quy đổi" / "ước tính" words. */
const CARRIED_ATTRIBUTE = 'data-quy-doi';

/**
 * The attributes of an element that holds a marked figure and the mark's words together (a
 * cell, a row or column header, a sentence): spread them on it, `<th {...markAttributes(m)}>`.
 * FigureMarks with the figure inside sets them on its own wrapper.
 */
export function markAttributes(m: FigureMark): Record<string, string> {
  return {
    ...(m.illustrative ? { [ILLUSTRATIVE_ATTRIBUTE]: '' } : {}),
    ...(m.carried || m.estimate ? { [CARRIED_ATTRIBUTE]: '' } : {}),
  };
}
