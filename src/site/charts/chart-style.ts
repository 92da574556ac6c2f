/**
 * How the line charts look, shared by the page's SVG (LineChart.astro) and the
 * standalone SVG/PNG files (src/site/embed/chart-svg.ts), so a download is
 * exactly the drawing on the page. Series differ by colour (Okabe–Ito), dash and
 * marker shape; illustrative points are hollow.
 */
const SERIES_STYLES = [
  { stroke: '#0072b2', dash: undefined, marker: 'circle' },
  { stroke: '#d55e00', dash: '6 4', marker: 'square' },
  { stroke: '#009e73', dash: '2 3', marker: 'diamond' },
] as const;

export type SeriesStyle = (typeof SERIES_STYLES)[number];

export const seriesStyle = (i: number): SeriesStyle => SERIES_STYLES[i % SERIES_STYLES.length]!;

/**
 * Segments and points of carried figures: dotted and faded, whatever the series' own
 * dash, so a reader sees where the reported series ends (explained in the legend).
 */
export const CARRIED_STYLE = { dash: '1 4', width: 2, opacity: 0.6 } as const;

/** Path data of a point's marker centred on (x, y). */
export const markerPath = (shape: SeriesStyle['marker'], x: number, y: number): string =>
  shape === 'square' ? `M${x - 4},${y - 4}h8v8h-8Z` : shape === 'diamond' ? `M${x},${y - 5}l5,5l-5,5l-5,-5Z` : `M${x - 4},${y}a4,4 0 1,0 8,0a4,4 0 1,0 -8,0`;

/** The colours LineChart.astro's classes give the grid, ticks, band and rule. */
export const CHART_INK = {
  grid: '#d9d9d9',
  tick: '#444444',
  band: '#e6e6e6',
  bandEdge: '#bbbbbb',
  rule: '#333333',
  ruleDash: '4 3',
} as const;
