/**
 * The words that stand beside a figure to say what it is not (docs/budgets-and-quality.md#illustrative-figures):
 * "minh họa" on a figure resting on synthetic data, "quy đổi" on a figure carried from the
 * units of an earlier vintage, "ước tính" on a criteria result computed on carried figures.
 */
export const markWords = {
  illustrative: 'minh họa',
  carried: 'quy đổi',
  estimate: 'ước tính',
} as const;

/** What a figure rests on, as far as its mark is concerned. */
export interface FigureMark {
  illustrative?: boolean | undefined;
  carried?: boolean | undefined;
  /** A criteria result on carried figures: "ước tính" (a carried figure itself says "quy đổi"). */
  estimate?: boolean | undefined;
}

/** "quy đổi, minh họa", "ước tính", "minh họa"; '' for a reported, real figure. One mark, both words, to keep cells narrow. */
export function markText(m: FigureMark): string {
  const kind = m.carried ? markWords.carried : m.estimate ? markWords.estimate : undefined;
  return [kind, m.illustrative ? markWords.illustrative : undefined].filter(Boolean).join(', ');
}

/** " (quy đổi, minh họa)" to follow a figure in plain text (sentences, accessible names); '' when unmarked. */
export function marksAfter(m: FigureMark): string {
  const words = markText(m);
  return words ? ` (${words})` : '';
}

/** "Số liệu trong bảng: quy đổi, minh họa.": a table's caption saying once a mark every figure in it has; '' when none. */
export function tableNote(m: FigureMark): string {
  const words = markText(m);
  return words ? `Số liệu trong bảng: ${words}.` : '';
}
