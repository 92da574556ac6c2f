/** Lạng Sơn keeps Indochina Time, UTC+7, with no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam (YYYY-MM-DD): a release published at 6 a.m. in Lạng Sơn is dated that day, not the UTC day before. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD: not 2027-02-30, 2027-13-45 or 0000-00-00. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "2027-02-10" → "10/02/2027". */
export const vietnameseDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
