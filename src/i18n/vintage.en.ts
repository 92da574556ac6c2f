/** Boundary periods in readers' words, in English (src/i18n/vintage.vi.ts). */
import { formatDate } from '../format/en.ts';
import { dayAfter, type Period } from './vintage.vi.ts';

/** "from 1 July 2025" for the period in force; "before 1 December 2024" for one that ended. */
export const periodWords = (v: Period): string => (v.validTo ? `before ${formatDate(dayAfter(v.validTo))}` : `from ${formatDate(v.validFrom)}`);

/** "Communes and wards from 1 July 2025", "Districts and communes before 1 July 2025". */
export const periodHeading = (v: Period): string => (v.validTo ? `Districts and communes ${periodWords(v)}` : `Communes and wards ${periodWords(v)}`);

export const unitTitleSuffix = (v: Period): string => (v.validTo ? ` (before the merger, until ${formatDate(v.validTo)})` : '');

/** A text of the data stays as published (Vietnamese, shown as a quotation): only its vintage codes become words. */
export function plainVintageCodes(text: string, vintages: readonly (Period & { id: string })[]): string {
  const byId = new Map(vintages.map((v) => [v.id, v]));
  return text.replace(/\b(\d{4}-\d{2})\b(?!-\d)/gu, (whole: string, id: string) => {
    const v = byId.get(id);
    return v ? `(${periodWords(v)})` : whole;
  });
}
