import { rateHundredths as exactRate } from '../../src/domain/rates.ts';

/** The site's exact rate (integer hundredths), refusing inputs the generator should never produce. */
function rateHundredths(part: number, whole: number): number {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole <= 0) {
    throw new Error(`rate needs non-negative integers and a positive whole, got ${part}/${whole}`);
  }
  return exactRate(part, whole)!;
}

/**
 * The household total h nearest to `poor / (poorRate / 100)` for which both
 * published rates reproduce exactly: round(poor / h × 100, 2) = poorRate and
 * round(nearPoor / h × 100, 2) = nearPoorRate. Rates are given in hundredths.
 */
export function deriveHouseholds(poor: number, poorRateHundredths: number, nearPoor: number, nearPoorRateHundredths: number): number {
  const target = (poor * 10000) / poorRateHundredths;
  const candidates: number[] = [];
  const lo = Math.floor(target * 0.98);
  const hi = Math.ceil(target * 1.02);
  for (let h = lo; h <= hi; h++) {
    if (rateHundredths(poor, h) === poorRateHundredths && rateHundredths(nearPoor, h) === nearPoorRateHundredths) candidates.push(h);
  }
  if (candidates.length === 0) {
    throw new Error(`no household total reproduces ${poorRateHundredths / 100}% and ${nearPoorRateHundredths / 100}%`);
  }
  // nearest to the target; on a tie the smaller total
  return candidates.reduce((best, h) => (Math.abs(h - target) < Math.abs(best - target) ? h : best));
}

/** The interval of household totals that reproduce both rates (for the source note). */
export function householdRange(poor: number, poorRateHundredths: number, nearPoor: number, nearPoorRateHundredths: number): [number, number] {
  const h = deriveHouseholds(poor, poorRateHundredths, nearPoor, nearPoorRateHundredths);
  let lo = h;
  let hi = h;
  const ok = (x: number) =>
    rateHundredths(poor, x) === poorRateHundredths && rateHundredths(nearPoor, x) === nearPoorRateHundredths;
  while (ok(lo - 1)) lo--;
  while (ok(hi + 1)) hi++;
  return [lo, hi];
}
