import { describe, expect, it } from 'vitest';
import { divideRounded, hundredthsToNumber, rateHundredths } from '../src/domain/rates.ts';

describe('rateHundredths', () => {
  it('rounds 161 / 1,120 = 14.375% up to 14.38, where floating point gives 14.37', () => {
    expect(Math.round((161 / 1120) * 100 * 100) / 100).toBe(14.37);
    expect(rateHundredths(161, 1120)).toBe(1438);
  });
  it('rounds just below a half down', () => {
    // 14.37499%
    expect(rateHundredths(1_437_499, 10_000_000)).toBe(1437);
    expect(rateHundredths(1_437_500, 10_000_000)).toBe(1438);
  });
  it('gives the published province rates from the published counts', () => {
    expect(rateHundredths(4643, 199_765)).toBe(232);
    expect(rateHundredths(13_578, 199_765)).toBe(680);
  });
  it('is undefined for zero households', () => {
    expect(rateHundredths(0, 0)).toBeUndefined();
  });
  it('handles 0% and 100%', () => {
    expect(rateHundredths(0, 7)).toBe(0);
    expect(rateHundredths(7, 7)).toBe(10_000);
  });
});

describe('divideRounded', () => {
  it('rounds halves away from zero in both directions', () => {
    expect(divideRounded(884, 3)).toBe(295);
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(-4, 3)).toBe(-1);
  });
});

describe('hundredthsToNumber', () => {
  it('converts for output', () => {
    expect(hundredthsToNumber(1438)).toBe(14.38);
    expect(hundredthsToNumber(-104)).toBe(-1.04);
  });
});
