/** English text of charts and the progress page (the English edition of src/i18n/charts.vi.ts). */
import type { Shape } from './lang.ts';
import type { charts as vi } from './charts.vi.ts';

export const charts = {
  hollowPoint: 'hollow point: illustrative figure, or computed from illustrative figures',
  carriedSegment: 'dotted line, faded point: figures carried from the former units (before the boundary changes), not reported figures',
  poorRate: 'Poverty rate',
  nearPoorRate: 'Near-poverty rate',
  /** The plan's path from its baseline to the end of its period (none after it). */
  planBand: (from: number, to: number) => `The plan’s path ${from}–${to}: down 2–3 points a year`,
  scale: 'Poor and near-poor households',
  halfRule: (n) => `Half the baseline year’s number (${n} households)`,
  tableHeading: 'Data table',
  documents: (n) => (n === 1 ? 'Source of the figures in this chart' : `Sources of the figures in this chart (${n} documents)`),
  inYear: (year) => `in ${year}`,
  sharedLegend: 'Key to the charts below',
  multiplesFiles: 'Data, image and embed code of each chart',
  embedPage: 'Embed',
} as const satisfies Shape<typeof vi>;
