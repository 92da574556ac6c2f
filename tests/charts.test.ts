import { describe, expect, it } from 'vitest';
import { lineChart } from '../src/domain/charts/line-chart.ts';

const input = {
  years: [2021, 2022, 2023, 2024],
  series: [
    {
      id: 'poor',
      label: 'Tỷ lệ hộ nghèo',
      points: [
        { year: 2021, value: 1220, illustrative: false },
        { year: 2022, value: 905, illustrative: true },
        { year: 2024, value: 336, illustrative: false },
      ],
    },
  ],
  formatTick: (v: number) => String(v / 100),
};

describe('lineChart', () => {
  it('places earlier years left and higher values up, keeping the illustrative flag', () => {
    const model = lineChart(input);
    const [a, b, c] = model.series[0]!.placed;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(a!.y).toBeLessThan(c!.y);
    expect(model.series[0]!.placed.map((p) => p.illustrative)).toEqual([false, true, false]);
    expect(model.series[0]!.path.startsWith('M')).toBe(true);
  });
  it('starts the value axis at zero and labels ticks with the formatter', () => {
    const model = lineChart(input);
    expect(model.yTicks[0]!.label).toBe('0');
    expect(model.yTicks.at(-1)!.y).toBeLessThan(model.yTicks[0]!.y);
  });
  it('shares one scale when yMax is given', () => {
    const low = lineChart({ ...input, series: [{ ...input.series[0]!, points: [{ year: 2021, value: 100, illustrative: false }] }], yMax: 1400 });
    const high = lineChart({ ...input, yMax: 1400 });
    expect(low.yTicks.map((t) => t.label)).toEqual(high.yTicks.map((t) => t.label));
  });
  it('draws the plan band as a closed polygon and the rule at its value', () => {
    const model = lineChart({
      ...input,
      band: { label: 'kế hoạch', points: input.years.map((year, i) => ({ year, low: 1220 - 300 * i, high: 1220 - 200 * i })) },
      rule: { label: 'một nửa', value: 600 },
    });
    expect(model.band!.path).toMatch(/^M.*Z$/);
    expect(model.band!.path.match(/L/g)).toHaveLength(7);
    expect(model.rule!.y).toBeGreaterThan(model.plot.top);
    expect(model.rule!.y).toBeLessThan(model.plot.bottom);
  });
});

describe('carried points', () => {
  it('draw the segments that touch a carried point apart from the reported line', () => {
    const model = lineChart({
      years: [2021, 2022, 2023],
      series: [{ id: 'poor', label: 'x', points: [
        { year: 2021, value: 1600, illustrative: true, carried: true },
        { year: 2022, value: 1200, illustrative: true, carried: true },
        { year: 2023, value: 300, illustrative: true },
      ] }],
      formatTick: String,
    });
    const s = model.series[0]!;
    const [a, b, c] = s.placed;
    // both segments touch a carried point: nothing is drawn as reported
    expect(s.path).toBe('');
    expect(s.carriedPath).toBe(`M${a!.x},${a!.y}L${b!.x},${b!.y}M${b!.x},${b!.y}L${c!.x},${c!.y}`);
    expect(s.placed.map((p) => p.carried ?? false)).toEqual([true, true, false]);
    // without carried points the line is the usual single path
    expect(lineChart(input).series[0]!.carriedPath).toBe('');
  });
});
