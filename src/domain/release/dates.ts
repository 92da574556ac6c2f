/** Lạng Sơn keeps Indochina Time, UTC+7, with no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam (YYYY-MM-DD): a release published at 6 a.m. in Lạng Sơn is dated that day, not the UTC day before. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Written YYYY-MM-DD, whether or not that day exists. */
export const isIsoShaped = (text: string): boolean => ISO_DATE.test(text);

/** A real calendar date written YYYY-MM-DD: not 2027-02-30, 2027-13-45 or 0000-00-00. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A date written day first, as Vietnamese write it ("15/01/2027", "5-1-2027", "15.01.2027"),
 * as YYYY-MM-DD ("2027-01-15"); undefined when the text is not written so or the day does not exist.
 */
export function isoFromDayFirst(text: string): string | undefined {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** "2027-02-10" → "10/02/2027". */
export const vietnameseDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
