/**
 * A date as staff type it: day/month/year, the order Vietnamese write and the site shows
 * (15/01/2026), whatever language the browser is set to; a date already stored as
 * YYYY-MM-DD reads as itself. The year has four digits and the day must exist: "15/01/26"
 * or "31/02/2026" is refused, never guessed, so nothing is saved as another day.
 */
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The YYYY-MM-DD the text names, or undefined when it names no day of the calendar. */
export function typedDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const [year, month, day] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Why a typed date cannot be saved: it names no day, or a day after `today` (YYYY-MM-DD).
 * Every date of the forms (published, updated, a source's, a consent's) is of something
 * already done, so a day to come is a slip of the year (2062 for 2026), and a static site
 * would show it at once, not on that day.
 */
export function dateProblem(text: string, today: string): 'not-a-day' | 'future' | undefined {
  const date = typedDate(text);
  if (date === undefined) return 'not-a-day';
  return date > today ? 'future' : undefined;
}

/** Today as YYYY-MM-DD on the staff member's own clock: their day, not UTC's (Vietnam is 7 hours ahead). */
export function localToday(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** A stored YYYY-MM-DD as staff read and type it: 15/01/2026; anything else as it is. */
export function shownDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const iso = ISO.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
}
