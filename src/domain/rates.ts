/**
 * Rates as official reports print them: percentages rounded to 2 decimals, half away
 * from zero, computed exactly with integers. Values are integer hundredths of a
 * percent (1438 = 14,38%) so comparisons and differences stay exact.
 */

/** Hundredths of a percent of `part / whole`, or undefined when `whole` is 0. */
export function rateHundredths(part: number, whole: number): number | undefined {
  if (whole === 0) return undefined;
  // round(part * 10000 / whole) with halves away from zero, on non-negative integers
  const numerator = 2 * part * 10_000 + whole;
  const denominator = 2 * whole;
  return (numerator - (numerator % denominator)) / denominator;
}

/** Integer division rounded half away from zero (for averages of hundredths). */
export function divideRounded(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  return sign * Math.floor((2 * n + d) / (2 * d));
}

/** 1438 → 14.38, for output; never compute with the result. */
export function hundredthsToNumber(hundredths: number): number {
  return Number((hundredths / 100).toFixed(2));
}

/** 6 → 600; thresholds in the criteria file are points with at most 2 decimals. */
export function pointsToHundredths(points: number): number {
  return Math.round(points * 100);
}
