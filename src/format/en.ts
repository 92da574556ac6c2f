/**
 * English number and date formatting for the English edition: "23,511", "12.20",
 * "8.38%", "2.95 points", "1 July 2025", negatives with a real minus sign. The same
 * exact decimal rounding as src/format/vi.ts (it does the work; only the marks differ).
 */
import { dateParts, formatDecimalWith, formatIntWith, type Separators } from './vi.ts';

const ENGLISH: Separators = { group: ',', decimal: '.' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const formatInt = (n: number): string => formatIntWith(ENGLISH, n);

export const formatDecimal = (n: number, decimals = 2): string => formatDecimalWith(ENGLISH, n, decimals);

/** 8.38 → "8.38%". */
export const formatPercent = (n: number, decimals = 2): string => `${formatDecimal(n, decimals)}%`;

/** Percentage points: 2.95 → "2.95 points". */
export const formatPoints = (n: number, decimals = 2): string => `${formatDecimal(n, decimals)} points`;

/** "2025-07-01" → "1 July 2025" (day month year, as British and international style guides write it). */
export function formatDate(iso: string): string {
  const [y, mo, d] = dateParts(iso, 'formatDate');
  return `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

/** "2025-04" → "April 2025"; a full date as formatDate. */
export function formatDateOrMonth(iso: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(iso);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : formatDate(iso);
}
