import { describe, expect, it } from 'vitest';
import { formatDate, formatDateOrMonth, formatDecimal, formatInt, formatPercent, formatPoints, formatYearSpan, MINUS } from '../src/format/vi.ts';

describe('formatInt', () => {
  it('groups thousands with dots', () => {
    expect(formatInt(23511)).toBe('23.511');
    expect(formatInt(199765)).toBe('199.765');
    expect(formatInt(1000)).toBe('1.000');
    expect(formatInt(1234567890)).toBe('1.234.567.890');
    expect(formatInt(Number.MAX_SAFE_INTEGER)).toBe('9.007.199.254.740.991');
  });
  it('leaves small numbers alone', () => {
    expect(formatInt(999)).toBe('999');
    expect(formatInt(7)).toBe('7');
  });
  it('formats zero without a sign', () => {
    expect(formatInt(0)).toBe('0');
    expect(formatInt(-0)).toBe('0');
  });
  it('uses a real minus sign', () => {
    expect(formatInt(-1200)).toBe('−1.200');
    expect(formatInt(-1200).charAt(0)).toBe(MINUS);
    expect(formatInt(-5)).toBe('\u22125');
  });
  it('refuses non-integers and non-finite values', () => {
    expect(() => formatInt(1.5)).toThrow(RangeError);
    expect(() => formatInt(Number.NaN)).toThrow(RangeError);
    expect(() => formatInt(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatInt(2 ** 60)).toThrow(RangeError);
  });
});

describe('formatDecimal', () => {
  it('pads to the requested decimals with a comma', () => {
    expect(formatDecimal(12.2, 2)).toBe('12,20');
    expect(formatDecimal(3.36, 2)).toBe('3,36');
    expect(formatDecimal(8, 2)).toBe('8,00');
    expect(formatDecimal(8, 0)).toBe('8');
  });
  it('defaults to 2 decimals', () => {
    expect(formatDecimal(2.9)).toBe('2,90');
  });
  it('groups thousands in the integer part', () => {
    expect(formatDecimal(23511.5, 1)).toBe('23.511,5');
    expect(formatDecimal(1234567.891, 3)).toBe('1.234.567,891');
  });
  it('rounds half away from zero on the decimal digits, not on binary floats', () => {
    expect(formatDecimal(14.375, 2)).toBe('14,38');
    expect(formatDecimal(1.005, 2)).toBe('1,01'); // (1.005).toFixed(2) === "1.00"
    expect(formatDecimal(2.675, 2)).toBe('2,68'); // (2.675).toFixed(2) === "2.67"
    expect(formatDecimal(-14.375, 2)).toBe('−14,38');
    expect(formatDecimal(0.125, 2)).toBe('0,13');
    expect(formatDecimal(9.995, 2)).toBe('10,00');
    expect(formatDecimal(999.995, 2)).toBe('1.000,00');
    expect(formatDecimal(14.374, 2)).toBe('14,37');
    expect(formatDecimal(0.5, 0)).toBe('1');
  });
  it('handles zero and values that round to zero without a sign', () => {
    expect(formatDecimal(0, 2)).toBe('0,00');
    expect(formatDecimal(-0, 2)).toBe('0,00');
    expect(formatDecimal(-0.001, 2)).toBe('0,00');
  });
  it('uses a real minus sign for negatives', () => {
    expect(formatDecimal(-0.5, 2)).toBe('−0,50');
    expect(formatDecimal(-1234.5, 1)).toBe('−1.234,5');
  });
  it('copes with numbers JavaScript prints in exponent form', () => {
    expect(formatDecimal(1e-7, 8)).toBe('0,00000010');
    expect(formatDecimal(1e-7, 2)).toBe('0,00');
    expect(formatDecimal(1e21, 0)).toBe('1.000.000.000.000.000.000.000');
    expect(formatDecimal(1.5e-7, 7)).toBe('0,0000002');
  });
  it('takes the digits of numbers printed without an exponent as they are', () => {
    expect(formatDecimal(0.000001, 6)).toBe('0,000001');
    expect(formatDecimal(0.000001, 5)).toBe('0,00000');
    expect(formatDecimal(1e20, 0)).toBe('100.000.000.000.000.000.000');
    expect(formatDecimal(2 ** 53 + 2, 1)).toBe('9.007.199.254.740.994,0');
    expect(formatDecimal(-123456.789, 2)).toBe('−123.456,79');
    expect(formatDecimal(0.045, 1)).toBe('0,0'); // rounded once on its digits, never 0.045 → 0.05 → 0.1
  });
  it('refuses bad input', () => {
    expect(() => formatDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => formatDecimal(1, -1)).toThrow(RangeError);
    expect(() => formatDecimal(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('formats with 2 decimals and a percent sign by default', () => {
    expect(formatPercent(8.38)).toBe('8,38%');
    expect(formatPercent(12.2)).toBe('12,20%');
    expect(formatPercent(0)).toBe('0,00%');
    expect(formatPercent(100)).toBe('100,00%');
  });
  it('accepts other precisions and negatives', () => {
    expect(formatPercent(12.2, 1)).toBe('12,2%');
    expect(formatPercent(-0.4)).toBe('−0,40%');
  });
});

describe('formatPoints', () => {
  it('formats percentage points', () => {
    expect(formatPoints(2.95)).toBe('2,95 điểm');
    expect(formatPoints(6)).toBe('6,00 điểm');
    expect(formatPoints(0)).toBe('0,00 điểm');
    expect(formatPoints(-1.1)).toBe('−1,10 điểm');
  });
});

describe('formatDate', () => {
  it('formats ISO dates as official documents do: dd/m/yyyy, months 1 and 2 as 01, 02', () => {
    expect(formatDate('2026-01-15')).toBe('15/01/2026');
    expect(formatDate('2022-03-15')).toBe('15/3/2022');
    expect(formatDate('2025-07-01')).toBe('01/7/2025');
    expect(formatDate('2025-12-05')).toBe('05/12/2025');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
  });
  it('refuses impossible or malformed dates', () => {
    expect(() => formatDate('2023-02-29')).toThrow(RangeError);
    expect(() => formatDate('2026-13-01')).toThrow(RangeError);
    expect(() => formatDate('15/01/2026')).toThrow(RangeError);
    expect(() => formatDate('2026-1-5')).toThrow(RangeError);
    expect(() => formatDate('')).toThrow(RangeError);
  });
});

describe('formatDateOrMonth', () => {
  it('writes a decision known only to the month as "tháng M/YYYY", a full date as dd/mm/yyyy', () => {
    expect(formatDateOrMonth('2025-04')).toBe('tháng 4/2025');
    expect(formatDateOrMonth('2025-12')).toBe('tháng 12/2025');
    expect(formatDateOrMonth('2025-04-18')).toBe('18/4/2025');
  });
  it('refuses a month that does not exist', () => {
    expect(() => formatDateOrMonth('2025-13')).toThrow(RangeError);
    expect(() => formatDateOrMonth('2025')).toThrow(RangeError);
  });
});

describe('formatYearSpan', () => {
  it('writes a run as its ends and years with a gap one by one', () => {
    expect(formatYearSpan([])).toBe('');
    expect(formatYearSpan([2025])).toBe('2025');
    expect(formatYearSpan([2021, 2022, 2023, 2024])).toBe('2021–2024');
    // a change since the baseline rests on its two ends, not on the years between
    expect(formatYearSpan([2021, 2025])).toBe('2021, 2025');
  });
});
