/** The words beside a figure that say what it is not, in English (src/i18n/marks.vi.ts). */
import type { FigureMark } from './marks.vi.ts';

export const markWords = {
  illustrative: 'illustrative',
  carried: 'carried',
  estimate: 'estimate',
} as const;

export function markText(m: FigureMark): string {
  const kind = m.carried ? markWords.carried : m.estimate ? markWords.estimate : undefined;
  return [kind, m.illustrative ? markWords.illustrative : undefined].filter(Boolean).join(', ');
}

export function marksAfter(m: FigureMark): string {
  const words = markText(m);
  return words ? ` (${words})` : '';
}

export function tableNote(m: FigureMark): string {
  const words = markText(m);
  return words ? `Figures in this table: ${words}.` : '';
}
