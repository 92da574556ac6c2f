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

/** The words a mark can say; a cell leaves out a word it has no say in (a basis has no "quy đổi" of its own). */
type MarkWord = keyof FigureMark;
const MARK_WORDS: readonly MarkWord[] = ['illustrative', 'carried', 'estimate'];

/** Where each word of a table's marks is written (placeTableMarks). */
export interface TableMarks {
  /** Said once, in the caption: every figure of the table has it. */
  table: FigureMark;
  /** Said in each column's header (and its label on a phone's stacked rows): every figure of that column has it. */
  columns: FigureMark[];
  /** Said in each row's header: every figure of that row has it. */
  rows: FigureMark[];
  /** Said beside the figure: the rest. */
  cells: FigureMark[][];
}

/**
 * Where a table's marks go, so a phone's stacked rows show figures rather than the same words
 * after each of them (docs/budgets-and-quality.md#illustrative-figures). A word every figure
 * of the table has goes once, in the caption (a map's table in words of its own); with
 * `columns`, a word every figure of a column
 * has goes in its header; with `rows`, a word every figure of a row has goes in the row's
 * header; any other word stands beside its figure. A word is said in one place only.
 * `undefined` is a cell without a figure ("—"); a word left out of a cell's mark does not
 * count for or against (a basis is words, with no "quy đổi" of its own).
 */
export function placeTableMarks(cells: readonly (readonly (FigureMark | undefined)[])[], { columns = false, rows = false } = {}): TableMarks {
  const allHave = (group: readonly (FigureMark | undefined)[], word: MarkWord) => {
    const said = group.flatMap((c) => (c && c[word] !== undefined ? [c[word]] : []));
    return said.length > 0 && said.every(Boolean);
  };
  const table: FigureMark = {};
  for (const word of MARK_WORDS) if (allHave(cells.flat(), word)) table[word] = true;
  const width = Math.max(0, ...cells.map((row) => row.length));
  const columnMarks = Array.from({ length: width }, (_, j) => {
    const mark: FigureMark = {};
    if (columns) for (const word of MARK_WORDS) if (!table[word] && allHave(cells.map((row) => row[j]), word)) mark[word] = true;
    return mark;
  });
  const rowMarks = cells.map((row) => {
    const mark: FigureMark = {};
    // A figure whose column header says the word already has it.
    if (rows) for (const word of MARK_WORDS) if (!table[word] && allHave(row.map((c, j) => (columnMarks[j]![word] ? undefined : c)), word)) mark[word] = true;
    return mark;
  });
  const cellMarks = cells.map((row, i) =>
    row.map((c, j) => {
      const mark: FigureMark = {};
      for (const word of MARK_WORDS) if (c?.[word] && !table[word] && !columnMarks[j]![word] && !rowMarks[i]![word]) mark[word] = true;
      return mark;
    }),
  );
  return { table, columns: columnMarks, rows: rowMarks, cells: cellMarks };
}
