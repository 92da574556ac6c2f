import { describe, expect, it } from 'vitest';
import { lineChart, tickDecimals } from '../src/domain/charts/line-chart.ts';
import { percentTick } from '../src/site/charts/ticks.ts';

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
  it('labels ticks half a percent apart with a decimal, so no two read alike', () => {
    // A commune whose rates run from 1,0% to 2,8% (Hoàng Văn Thụ, December 2024): ticks every 0,5%, once labelled "3%, 3%, 2%, 2%".
    const model = lineChart({ ...input, series: [{ ...input.series[0]!, points: [{ year: 2021, value: 280, illustrative: true }, { year: 2024, value: 100, illustrative: true }] }], formatTick: percentTick });
    const labels = model.yTicks.map((t) => t.label);
    expect(labels).toEqual(['0,0%', '0,5%', '1,0%', '1,5%', '2,0%', '2,5%', '3,0%']);
    expect(new Set(labels).size).toBe(labels.length);
  });
  it.each([
    [1, 0],
    [2, 0],
    [5, 0],
    [10, 0],
    [0.5, 1],
    [0.2, 1],
    [0.1, 1],
    [0.05, 2],
  ])('a tick step of %d needs %i decimals', (step, decimals) => {
    expect(tickDecimals(step)).toBe(decimals);
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
    expect(model.rule!.until).toBeUndefined();
  });
  it('stops a rule at its last year, the x of that year, and not when that is the last year shown', () => {
    const rule = (lastYear: number) => lineChart({ ...input, rule: { label: 'một nửa', value: 600, lastYear } }).rule!;
    const x2023 = lineChart(input).xTicks.find((t) => t.label === '2023')!.x;
    expect(rule(2023).until).toBe(x2023);
    expect(rule(2024).until).toBeUndefined();
    expect(rule(2025).until).toBeUndefined();
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

  // The page lays the axis labels out as evenly spread text beside the drawing
  // (LineChart.astro), which is right only if the ticks span the plot evenly.
  it.each([
    ['rates', [1220, 905, 336], undefined],
    ['counts', [53_000, 41_870, 23_511], undefined],
    ['one small value', [7], undefined],
    ['a shared top', [120], 1433],
    ['a negative change', [-250, 410, 95], undefined],
  ] as const)('spreads the value ticks evenly from the bottom to the top of the plot: %s', (_, values, yMax) => {
    const model = lineChart({
      ...input,
      series: [{ ...input.series[0]!, points: values.map((value, i) => ({ year: 2021 + i, value, illustrative: false })) }],
      ...(yMax === undefined ? {} : { yMax }),
    });
    const ys = model.yTicks.map((t) => t.y);
    expect(ys[0]).toBe(model.plot.bottom);
    expect(ys.at(-1)).toBe(model.plot.top);
    const step = (ys[0]! - ys.at(-1)!) / (ys.length - 1);
    ys.forEach((y, i) => expect(Math.abs(y - (ys[0]! - i * step))).toBeLessThanOrEqual(0.1));
  });
  it('labels every year from the first to the last, and each series with its last value when asked', () => {
    const model = lineChart({ ...input, formatValue: (v) => `${v / 100}%` });
    expect(model.yearLabels).toEqual(['2021', '2022', '2023', '2024']);
    expect(model.series[0]!.last).toEqual({ year: 2024, label: '3.36%', illustrative: false, carried: false });
    // The legend says the last value with its marks: a carried, illustrative last point keeps both.
    const marked = lineChart({
      ...input,
      formatValue: (v) => `${v / 100}%`,
      series: [{ ...input.series[0]!, points: [...input.series[0]!.points.slice(0, -1), { year: 2024, value: 336, illustrative: true, carried: true }] }],
    });
    expect(marked.series[0]!.last).toEqual({ year: 2024, label: '3.36%', illustrative: true, carried: true });
    expect(lineChart(input).series[0]!.last).toBeUndefined();
  });
});
