/**
 * Boundary periods in readers' words. A vintage code ("2020-01", "2025-07") reads as a month
 * and means nothing to a citizen, so no public page shows one: today's units are "từ 01/7/2025",
 * earlier ones "trước 01/7/2025" and their units "trước sáp nhập". URLs keep their codes.
 */
import { formatDate } from '../format/vi.ts';

export interface Period {
  validFrom: string;
  validTo?: string | null | undefined;
}

/** The day after an ISO date: when the next period began. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "từ 01/7/2025" for the period in force; "trước 01/12/2024" for one that ended. */
export const periodWords = (v: Period): string => (v.validTo ? `trước ${formatDate(dayAfter(v.validTo))}` : `từ ${formatDate(v.validFrom)}`);

/** A heading for the units of a period: "Các xã, phường từ 01/7/2025", "Huyện và xã trước 01/7/2025". */
export const periodHeading = (v: Period): string => (v.validTo ? `Huyện và xã ${periodWords(v)}` : `Các xã, phường ${periodWords(v)}`);

/** What a unit page's title adds to the unit's name: nothing today; "trước sáp nhập" and when it ended before. */
export const unitTitleSuffix = (v: Period): string => (v.validTo ? ` (trước sáp nhập, đến ${formatDate(v.validTo)})` : '');

/**
 * A text of the data (a source's title or note) with its vintage codes in words:
 * "(thời kỳ 2025-07)" → "(địa giới từ 01/7/2025)". The release's own text is kept as
 * published; only what a page shows of it is worded this way.
 */
export function plainVintageCodes(text: string, vintages: readonly (Period & { id: string })[]): string {
  const byId = new Map(vintages.map((v) => [v.id, v]));
  return text.replace(/(thời kỳ địa giới |thời kỳ |địa giới )?\b(\d{4}-\d{2})\b(?!-\d)/giu, (whole: string, _words: string | undefined, id: string) => {
    const v = byId.get(id);
    return v ? `địa giới ${periodWords(v)}` : whole;
  });
}
