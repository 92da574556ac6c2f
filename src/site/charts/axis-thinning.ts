/**
 * Which axis labels a chart hides on a narrow container (LineChart.astro). The labels are
 * text beside the drawing and grow with the reader's text size (issue 13), but the drawing
 * keeps its proportions: at 320 px with text at 200 %, the unit page's chart was 170 px wide
 * and 110 px tall, and its seven rate labels and five years ran into each other. So on a
 * container narrow for its text, a chart shows every second (or third…) label; the grid lines
 * and the table after the chart keep every value.
 *
 * The widths are in the chart container's ems, so they follow the text size as the container
 * query does (`@container chart (… em)`, whose ems are the container's). Each tier is a
 * range of widths; its labels are chosen to fit at the narrowest width of the range.
 */

/** Upper bounds (in ems) of the narrow tiers; LineChart.astro has one container rule per tier. */
export const TIER_BOUNDS = [8, 10, 12, 14, 16, 18, 20] as const;
/** The narrowest container a tier below 8 em is laid out for (a 320 px screen at 300 % text is 6 em). */
const NARROWEST = 6;

// In the container's ems; the axis text is 0.8125 of it (LineChart.astro's .chart__frame).
const AXIS_FONT = 0.8125;
/** A digit, comma or percent sign of the axis font, generously (Be Vietnam Pro's are about 0.6). */
const CHAR = 0.66 * AXIS_FONT;
/** Room a year label needs along the axis: its digits and a gap of half a digit each side. */
const yearNeed = (chars: number) => (chars + 1) * CHAR;
/** Room a value label needs up the axis: its line (line-height 1.2) and a small gap. */
const VALUE_NEED = 1.2 * AXIS_FONT + 0.2;
/** Beside the plot: the column gap (0.5 rem) and the padding after the last year (1.5 em of the axis font). */
const BESIDE_PLOT = 0.5 + 1.5 * AXIS_FONT;

export interface AxisLabels {
  /** Year labels, first to last. */
  x: string[];
  /** Value labels, bottom to top. */
  y: string[];
  /** Height of the drawn plot over its width. */
  aspect: number;
}

/** For each label, the tiers (by upper bound) in which it is hidden; `wide` is the tier above 20 em. */
export interface HiddenTiers {
  x: string[][];
  y: string[][];
}

/** Each width range by name, with the narrowest container it is laid out for. */
const TIERS: readonly { name: string; narrowest: number }[] = [
  ...TIER_BOUNDS.map((bound, i) => ({ name: String(bound), narrowest: i === 0 ? NARROWEST : TIER_BOUNDS[i - 1]! })),
  { name: 'wide', narrowest: TIER_BOUNDS.at(-1)! },
];

/**
 * Every k-th label is shown. The smallest k that gives each label its room, or a slightly larger
 * one that keeps both ends of the axis (2021 and 2025, not 2022 and 2025); where not even the
 * two ends have room (320 px with text at 300 %), `count`: the anchor alone.
 */
export function labelStep(count: number, spacing: number, need: number): number {
  if (count < 2) return 1;
  if (spacing * (count - 1) < need) return count;
  const least = Math.max(1, Math.ceil(need / spacing - 1e-9));
  if (least >= count - 1) return count - 1;
  for (let k = least; k < 2 * least; k++) if ((count - 1) % k === 0) return k;
  return least;
}

export function hiddenTiers(labels: AxisLabels): HiddenTiers {
  const widestValue = Math.max(0, ...labels.y.map((l) => l.length));
  const widestYear = Math.max(0, ...labels.x.map((l) => l.length));
  const x: string[][] = labels.x.map(() => []);
  const y: string[][] = labels.y.map(() => []);
  for (const tier of TIERS) {
    const plotWidth = tier.narrowest - widestValue * CHAR - BESIDE_PLOT;
    // The latest year and the axis's zero always stay.
    const xStep = labelStep(labels.x.length, plotWidth / (labels.x.length - 1), yearNeed(widestYear));
    labels.x.forEach((_, i) => {
      if ((labels.x.length - 1 - i) % xStep !== 0) x[i]!.push(tier.name);
    });
    const yStep = labelStep(labels.y.length, (plotWidth * labels.aspect) / (labels.y.length - 1), VALUE_NEED);
    labels.y.forEach((_, i) => {
      if (i % yStep !== 0) y[i]!.push(tier.name);
    });
  }
  return { x, y };
}
