/** Shared constants and small helpers of the demo generator. */

/** The release this generator writes. Earlier releases stay as they were committed (every release is kept). */
export const RELEASE_ID = '2026.2';

/**
 * Seed of every pseudo-random stream; change it and every synthetic figure changes. Still the
 * seed of release 2026.1, so that 2026.2 corrects classifications and awards, not the figures.
 */
export const SEED = 'lang-son-demo-2026.1';

export const PROVINCE_CODE = '20';

/** Code-unit order, independent of locale (codes are ASCII digits). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 1234567 → "1.234.567" (Vietnamese digit grouping), for notes. */
export function viNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

/** Hundredths of a percent → "12,20" */
export function viRate(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = String(hundredths % 100).padStart(2, '0');
  return `${whole},${rest}`;
}

/** 9275 → "0,9275" */
export function viShare(tenThousandths: number): string {
  return `0,${String(tenThousandths).padStart(4, '0')}`;
}
