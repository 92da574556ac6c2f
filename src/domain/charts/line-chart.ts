import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * What a line chart draws — scales, ticks, paths, point positions — apart from how it
 * is drawn, so the same model serves the page, an embed and a share image.
 */
export interface ChartPoint {
  year: number;
  /** Hundredths (of a percent or a point) or a count. */
  value: number;
  /** Rests on synthetic figures: drawn hollow, said in words. */
  illustrative: boolean;
  /** Carried from the units of an earlier vintage: its segments are drawn apart (carriedPath). */
  carried?: boolean;
}

export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
}

export interface ChartBand {
  label: string;
  /** Per year, the band's low and high values. */
  points: { year: number; low: number; high: number }[];
}

export interface ChartRule {
  label: string;
  value: number;
  /**
   * The last year the line is drawn over, when it is a threshold for the plan's years only
   * (half of the baseline's households): a later year is not compared with the baseline
   * (docs/criteria.md#years-compared).
   */
  lastYear?: number;
}

export interface LineChartInput {
  series: ChartSeries[];
  years: number[];
  band?: ChartBand;
  rule?: ChartRule;
  /** Fixes the top of the value axis, e.g. to share one scale across small multiples. */
  yMax?: number;
  /** Formats an axis value for tick labels; `step` is the distance between two ticks (see tickDecimals). */
  formatTick: (value: number, step: number) => string;
  /** Formats a point's value: with it, each series says its last year's value (`last`). */
  formatValue?: (value: number) => string;
  width?: number;
  height?: number;
}

export interface PlacedPoint extends ChartPoint {
  x: number;
  y: number;
}

export interface LineChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /**
   * `path` joins consecutive points of reported figures; `carriedPath` the segments that
   * touch a carried point (and a lone carried point), so they can be drawn differently.
   */
  series: (ChartSeries & { path: string; carriedPath: string; placed: PlacedPoint[]; last?: { year: number; label: string; illustrative: boolean; carried: boolean } })[];
  /**
   * Every year from the first to the last, evenly spaced, and the value ticks, evenly spaced
   * from the bottom to the top of the plot: a page can lay their labels out as text beside
   * the drawing (LineChart.astro) instead of positioning each one.
   */
  yearLabels: string[];
  band?: { label: string; path: string };
  /** `until`: the x where the line stops, when that is before the last year (ChartRule.lastYear). */
  rule?: { label: string; y: number; until?: number };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function lineChart(input: LineChartInput): LineChartModel {
  const width = input.width ?? 420;
  const height = input.height ?? 260;
  const plot = { left: 44, right: width - 12, top: 12, bottom: height - 28 };
  const values = [
    ...input.series.flatMap((s) => s.points.map((p) => p.value)),
    ...(input.band?.points.flatMap((p) => [p.low, p.high]) ?? []),
    ...(input.rule ? [input.rule.value] : []),
  ];
  const max = input.yMax ?? Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const y = scaleLinear().domain([min, max === min ? min + 1 : max]).nice(5).range([plot.bottom, plot.top]);
  const first = input.years[0] ?? 0;
  const last = input.years.at(-1) ?? first + 1;
  const x = scaleLinear().domain(first === last ? [first - 1, last + 1] : [first, last]).range([plot.left + 12, plot.right - 12]);
  const toPath = line<{ x: number; y: number }>()
    .x((p) => round1(p.x))
    .y((p) => round1(p.y));
  const series = input.series.map((raw) => {
    const placed = raw.points.map((p) => ({ ...p, x: round1(x(p.year)), y: round1(y(p.value)) }));
    const end = raw.points.at(-1);
    const s = end && input.formatValue ? { ...raw, last: { year: end.year, label: input.formatValue(end.value), illustrative: end.illustrative, carried: Boolean(end.carried) } } : raw;
    if (!placed.some((p) => p.carried)) return { ...s, placed, path: toPath(placed) ?? '', carriedPath: '' };
    const reported: string[] = [];
    const carried: string[] = [];
    placed.forEach((p, i) => {
      const next = placed[i + 1];
      if (!next) return;
      (p.carried || next.carried ? carried : reported).push(`M${p.x},${p.y}L${next.x},${next.y}`);
    });
    return { ...s, placed, path: reported.join(''), carriedPath: carried.join('') };
  });
  const band = input.band && {
    label: input.band.label,
    path:
      [
        ...input.band.points.map((p) => ({ x: x(p.year), y: y(p.high) })),
        ...[...input.band.points].reverse().map((p) => ({ x: x(p.year), y: y(p.low) })),
      ]
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(p.x)},${round1(p.y)}`)
        .join('') + 'Z',
  };
  const yTicks = y.ticks(5);
  const ruleLast = input.rule?.lastYear;
  const ruleUntil = ruleLast !== undefined && ruleLast < last ? round1(x(ruleLast)) : undefined;
  return {
    width,
    height,
    plot,
    xTicks: input.years.map((year) => ({ x: round1(x(year)), label: String(year) })),
    yearLabels: input.years.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => String(first + i)),
    yTicks: yTicks.map((value) => ({ y: round1(y(value)), label: input.formatTick(value, yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1) })),
    series,
    ...(band ? { band } : {}),
    ...(input.rule ? { rule: { label: input.rule.label, y: round1(y(input.rule.value)), ...(ruleUntil === undefined ? {} : { until: ruleUntil }) } } : {}),
  };
}

/**
 * The decimals a tick label needs to differ from its neighbours. Ticks step by 1, 2 or 5 × 10^k,
 * so a step of 0,5 needs one: rounded to whole percents, 0,5% steps read "3%, 3%, 2%, 2%".
 */
export const tickDecimals = (step: number): number => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
