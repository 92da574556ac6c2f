/**
 * English text of the "Embed" box and the downloads under each chart and map of an
 * English page (the English edition of src/i18n/embed.vi.ts). The embeds themselves
 * (/nhung/…) and the files have one address for both languages and stay Vietnamese;
 * their keys are here too, so that the shape is the same.
 */
import { formatDate } from '../format/en.ts';
import { columnHeadings } from './column-heading.ts';
import type { Shape } from './lang.ts';
import type * as vi from './embed.vi.ts';

const sourceTitle = (s: vi.SourceRef): string => `${s.title}${s.issuer ? `, ${s.issuer}` : ''}${s.kind === 'synthetic' ? ' (illustrative)' : ''}`;

const FIGURE_COLUMNS: Record<string, string> = {
  vintage: 'Boundary period',
  code: 'Unit code',
  name: 'Unit name',
  type: 'Unit type',
  parent_code: 'Parent unit code',
  parent_name: 'Parent unit name',
  year: 'Year',
  poor_rate: 'Poverty rate',
  near_poor_rate: 'Near-poverty rate',
  poor_rate_reduction_points: 'Fall in the poverty rate from the year before (points)',
  poor_and_near_poor_reduction_pct: 'Fall in poor and near-poor households since the baseline',
  criteria_status: 'Result against the criteria',
  class: 'Map class',
  illustrative: 'Illustrative figure',
  carried: 'Carried from former units',
  poor: 'Poor households',
  near_poor: 'Near-poor households',
  households: 'Households',
  poor_and_near_poor: 'Poor and near-poor households',
  plan_rate_upper: 'Plan’s path: high',
  plan_rate_lower: 'Plan’s path: low',
  half_of_baseline: 'Half of the baseline’s poor and near-poor households',
};

const figureColumn = columnHeadings(FIGURE_COLUMNS, (h) => `${h}: illustrative`, (h, y) => `${h} in ${y}`);

export const embed = {
  actionsLabel: (what: string) => `Download and embed: ${what}`,
  downloads: 'Download:',
  csv: 'CSV',
  xlsx: 'Excel',
  svg: 'SVG',
  png: 'PNG',
  csvHint: 'the figure’s data for software (UTF-8, decimal point; sources, licence and the columns in words are in the Excel file of the same name)',
  xlsxHint: 'the figure’s data for Excel: codes keep their leading zeros, rates are percentages',
  filesNote: 'For Excel or LibreOffice, download the Excel file: unit codes keep their leading zeros. The CSV file is for software.',
  sheetName: 'data',
  figureColumn,
  svgHint: 'the drawing, sharp at any size',
  pngHint: 'image',
  embed: 'Embed',
  embedIntro:
    'Paste one of the two codes below into your web page. The embed shows the figure, a description in words, the table of figures, the source and a link back to this page, in Vietnamese.',
  allEmbeds: 'Every chart and map that can be embedded',
  live: 'Always the latest figures',
  liveHelp: 'The embed updates itself when a new data release is published.',
  pinned: (id: string) => `Fixed to data release ${id}`,
  pinnedHelp: 'Never changes: the one to use when you cite it in an article.',
  codeLabel: (variant: string) => `Embed code: ${variant.toLocaleLowerCase('en')}`,
  copy: 'Copy code',
  copied: 'Embed code copied.',
  copyFailed: 'Could not copy: select the code and copy it by hand.',
  preview: 'Preview the embed',
  fitLabel: 'Fit the height automatically (optional)',
  fitHelp: 'Paste this code once into your page (outside the embed) and the embed takes the height of its content; without it the embed still shows everything and scrolls inside.',
  fitMore: 'How it works',

  demoLine: 'Illustrative data: district and commune figures are not official figures.',
  draftLine: (id: string) => `DRAFT — not published: a preview build of draft ${id}, not the official site.`,
  liveLine: (id: string, date: string | null | undefined) => `Latest figures: data release ${id}${date ? `, published ${formatDate(date)}` : ''}.`,
  pinnedLine: (id: string, date: string | null | undefined) =>
    `Data release ${id}${date ? `, published ${formatDate(date)}` : ''}. This embed does not change when new figures come.`,
  tableSummary: 'Description and table of figures',
  sourceLabel: 'Source',
  releaseName: (id: string) => `data release ${id}`,
  documents: (n: number) => (n === 1 ? 'Source document of the figures' : `Figures from ${n} source documents`),
  backLabel: 'Original page',
  licence: (name: string) => `Licence ${name}`,
  back: (site: string) => `See it in full on ${site}`,
  backToRelease: (id: string, site: string) => `Data release ${id} on ${site}`,
  newWindow: '(opens in a new window)',
  noBoundaries: 'There are no boundaries for this boundary period yet, so the map cannot be drawn; the table has every figure.',

  year: 'Year',
  planUpper: (points: string) => `Plan’s path, ${points} points a year down`,
  planLower: (points: string) => `Plan’s path, ${points} points a year down`,
  tableCaption: (title: string) => `Figures of the chart: ${title}`,

  fileRelease: (id: string, date: string | null | undefined) => `Data release ${id}${date ? `, published ${formatDate(date)}` : ''}.`,
  fileSource: (site: string, host: string, id: string) => `Source: ${site} (${host}), data release ${id}`,
  fileDocs: (sources: readonly vi.SourceRef[]) => (sources.length === 0 ? '' : `Figures: ${sources.map(sourceTitle).join('; ')}.`),
  fileDemo: 'Illustrative data: district and commune figures are not official figures.',
  fileHollow: 'Hollow point: an illustrative figure or one computed from illustrative figures',
} as const satisfies Shape<typeof vi.embed>;
