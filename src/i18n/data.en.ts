/**
 * English text of the open-data pages (the English edition of src/i18n/data.vi.ts, same
 * shape). The files themselves stay Vietnamese (one file for both languages): the page
 * says in English what each holds.
 */
import type { Shape } from './lang.ts';
import type * as vi from './data.vi.ts';

const plural = (n: string, one: string, many: string): string => `${n} ${n === '1' ? one : many}`;

export const dataPage = {
  title: 'Open data',
  description:
    'Every data release of the site: its status, publication date and notes, the SHA-256 hash of each file, the downloads (CSV, JSON) and the changes between releases.',
  offer: 'Here you can download, free and without signing up, the figures of poor and near-poor households for the whole province and each district and commune, year by year.',
  startLabel: 'Most used:',
  startWorkbook: (id: string) => `Latest Excel workbook (release ${id})`,
  startWorkbookWhat: 'every table of figures in one file, its first sheet explains each column',
  startMaps: 'Maps of poor households by commune and district',
  startMapsWhat: 'each map can be downloaded as a picture and as a table of figures',
  startBoundariesLead: '; the administrative boundaries (GeoJSON) are at the ',
  startBoundaries: 'end of this page',
  startCite: 'How to cite the figures',
  startCiteWhat: 'a source line to copy into an article or report',
  intro:
    'Each publication of figures is a release of its own, kept unchanged for ever: the stored files of a published release (units.json, crosswalks.json, observations.json, recognitions.json) are never edited, and their SHA-256 hashes are recorded when it is published; a correction is a new release. The other files (CSV, Excel, criteria results, datapackage.json, thay-doi.json) are made by the site from the stored files at each build: the figures do not change, but their presentation (columns, wording) may be made clearer, so their hashes are those of this build. The SHA-256 hashes below let anyone check that a downloaded file is exactly the release’s file. The files are in Vietnamese; the column descriptions are in datapackage.json.',
  current: 'current release',
  status: { published: 'Published', demo: 'Illustrative', draft: 'Draft' },
  statusLabel: 'Status',
  publishedAt: 'Published on',
  notes: 'Notes',
  files: 'Files and SHA-256 hashes',
  fileColumn: 'File',
  noDate: 'not yet published',
  check: 'Check on your own computer: sha256sum units.json (Linux), shasum -a 256 units.json (macOS) or certutil -hashfile units.json SHA256 (Windows).',
  openRelease: (id: string) => `Open release ${id}: downloads and changes`,
  quickDownloads: 'Quick downloads',
  ofRelease: (id: string) => ` (release ${id})`,
  changesSince: (from: string) => `Compared with release ${from}`,
  firstReleaseShort: 'The first release.',
  boundariesHeading: 'Administrative boundaries (GeoJSON)',
  boundariesIntro:
    'The boundaries are simplified to draw the map of the whole province, not for surveying. Each area carries the code and name of its unit in its boundary period. The boundaries belong to no data release; the licence of each layer is given below and in the file.',
  licenceLabel: 'Licence',
  boundaryLayer: (period: string, level: 'district' | 'commune', features: number) =>
    `${level === 'district' ? 'Districts' : 'Communes'}, boundaries ${period} (${features} areas)`,
} as const satisfies Shape<typeof vi.dataPage>;

const TABLES: Record<string, string> = {
  'observations.csv': 'Review results of poor and near-poor households by unit and year',
  'units.csv': 'Administrative units by boundary period',
  'classifications.csv': 'Classification of units: poor districts, zone I–III communes, especially difficult communes',
  'crosswalks.csv': 'Conversion of administrative units between boundary periods',
  'recognitions.csv': 'Commendations in the emulation movement',
  'sources.csv': 'Sources of the figures',
  'carried-series.csv': 'Series on the boundaries after the reorganisation, with figures carried from the former units',
  'ket-qua-tieu-chi.csv': 'Results of the emulation criteria by unit and year',
};

const FILES: Partial<Record<vi.DownloadTitled['kind'], string>> = {
  workbook: 'Every table in one Excel file, one sheet per table',
  'results-json': 'Criteria results, machine-readable (JSON), with the figures of each way of meeting a criterion',
  datapackage: 'Description of the data package (Frictionless Data Package): columns, data types, licence, sources',
  json: 'Original file of the release (JSON)',
  diff: 'Changes since the previous release, machine-readable (JSON)',
};

export const releasePage = {
  title: (id: string) => `Data release ${id}`,
  description: (id: string) =>
    `Release ${id}: downloads as CSV, Excel and JSON, the description of the data package, SHA-256 hashes and the changes since the previous release.`,
  back: 'All releases',
  demoNote: 'This release holds illustrative data: the district and commune figures are synthetic, not official figures.',
  draftNote: 'Draft, not published: for a preview on a staff computer only, never for the official site.',
  downloadsHeading: 'Downloads',
  downloadsIntro:
    'Each table comes in two forms: .xlsx for Excel and .csv for machines (UTF-8 with a byte-order mark, comma-separated, decimal point). observations has one row for each unit in each year, with the reported figures only: the totals the site adds up from lower-level units are not in the file. datapackage.json describes every column (type, meaning), the licence and the sources in the Frictionless Data standard. In the .xlsx files each column heading is in Vietnamese words with the .csv file’s column name in brackets; the .csv files have the names only (English identifiers, for software). Texts in the files (names, reasons) are in Vietnamese.',
  columns: { file: 'File', content: 'Content', size: 'Size', hash: 'SHA-256' },
  rows: (n: string) => plural(n, 'row', 'rows'),
  hashMatches: 'matches the hash in the list of releases',
  hashRebuilt: 'made from the stored files; the hash of this build',
  licence: (name: string) =>
    `Data licence (proposed, awaiting the decision of the responsible authority): ${name}. Administrative boundaries, unit names and codes are under the licences of their sources:`,
  licenceLink: 'copyright and licence notices',
  changesHeading: 'Changes since the previous release',
  changesFromLead: 'Compared with release',
  firstRelease: 'This is the first release: there is no earlier release to compare it with, so there is no list of changes.',
  noChanges: 'No change to figures, units, commendations or sources.',
  diffFile: 'Machine-readable list of changes',
  figuresUnchanged: 'poor and near-poor household figures unchanged',
  summary: {
    observationsAdded: (n: string) => `${plural(n, 'new record', 'new records')} of figures`,
    observationsCorrected: (n: string) => `${plural(n, 'record', 'records')} of figures corrected`,
    observationsRemoved: (n: string) => `${plural(n, 'record', 'records')} of figures removed`,
    unitsAdded: (n: string) => plural(n, 'new unit', 'new units'),
    unitsRemoved: (n: string) => `${plural(n, 'unit', 'units')} removed`,
    unitsRenamed: (n: string) => `${plural(n, 'unit', 'units')} renamed`,
    unitsChanged: (n: string) => `${plural(n, 'unit', 'units')} with a new type, parent or classification`,
    crosswalkLinksChanged: (n: string) => `${plural(n, 'unit conversion link', 'unit conversion links')} changed`,
    recognitionsAdded: (n: string) => plural(n, 'new commendation', 'new commendations'),
    recognitionsRemoved: (n: string) => `${plural(n, 'commendation', 'commendations')} removed`,
    recognitionsChanged: (n: string) => `${plural(n, 'commendation', 'commendations')} corrected`,
    sourcesAdded: (n: string) => plural(n, 'new source', 'new sources'),
    sourcesRemoved: (n: string) => `${plural(n, 'source', 'sources')} removed`,
    sourcesChanged: (n: string) => `${plural(n, 'source', 'sources')} corrected`,
  },
  correctedHeading: 'Corrected figures',
  sourceChangesHeading: 'Figures with a new source',
  sourceChange: ['From “', '” to “', '”:'],
  unitYear: (unit: string, year: number) => `${unit} (${year})`,
  andMore: (n: string) => `and ${plural(n, 'more record', 'more records')} (see thay-doi.json).`,
  addedHeading: 'New figures',
  removedHeading: 'Removed figures',
  unitsHeading: 'Administrative units',
  recognitionsHeading: 'Commendations',
  sourcesHeading: 'Sources',
  crosswalksHeading: 'Unit conversions between boundary periods',
  diffColumns: { unit: 'Unit, year', field: 'Indicator', change: 'Before → after' },
  figureColumns: { unit: 'Unit, year', households: 'Households', poor: 'Poor', nearPoor: 'Near-poor' },
  yearDetail: (detail: string, year: number) => `${year} · ${detail}`,
  fields: {
    households: 'Total households',
    poor: 'Poor households',
    nearPoor: 'Near-poor households',
    'ethnicMinority.households': 'Ethnic minority households',
    'ethnicMinority.poor': 'Poor ethnic minority households',
    source: 'Source',
  },
  unitFields: { type: 'type', level: 'level', parent: 'parent unit', classifications: 'classifications' },
  classification: {
    'poor-district': () => 'poor district',
    zone: (value: string | undefined) => `zone ${value ?? ''} commune`,
    'especially-difficult': () => 'especially difficult commune',
  },
  classificationPeriod: (from: number, to: number | null) => (to === null ? `from ${from}` : from === to ? `in ${from}` : `${from}–${to}`),
  recognitionFields: {
    award: 'form of award', claims: 'criteria cited', date: 'date', decision: 'decision number', grounds: 'criteria assessed from dossiers',
    id: 'id', issuer: 'awarded by', profile: 'profile', recipient: 'recipient', source: 'source',
  } as Record<string, string>,
  sourceFields: {
    date: 'date', id: 'id', issuer: 'issuer', kind: 'kind of source', note: 'note', title: 'title', url: 'address',
  } as Record<string, string>,
  codeVintage: (code: string, vintage: string) => `code ${code} · ${vintage}`,
  none: '—',
  rowGroup: (year: number, vintage: string, rows: string) => `${year}, boundary period ${vintage}: ${plural(rows, 'row', 'rows')}`,
  vintageAdded: (v: string) => `Boundary period ${v} (new)`,
  vintageRemoved: (v: string) => `Boundary period ${v} (removed)`,
  vintageKept: (v: string) => `Boundary period ${v}`,
  unitAdded: 'Added',
  unitRemoved: 'Removed',
  unitRenamed: (from: string, to: string) => `Renamed: ${from} → ${to}`,
  unitChanged: 'Changed',
  recognitionAdded: 'Added',
  noDecisionNumber: 'decision number not known',
  recognitionRemoved: 'Removed',
  recognitionChanged: (fields: string) => `Corrected (${fields})`,
  linkAdded: (from: string, to: string, share: string) => `Added: ${from} → ${to} (${share})`,
  linkRemoved: (from: string, to: string, share: string) => `Removed: ${from} → ${to} (${share})`,
  linkChanged: (from: string, to: string, a: string, b: string) => `Share corrected: ${from} → ${to}: ${a} → ${b}`,
  sourceAdded: 'Added',
  sourceRemoved: 'Removed',
  sourceChanged: (fields: string) => `Corrected (${fields})`,
  share: (n: number) => (n === 1 ? '100%' : `${Math.round(n * 10000) / 100}%`),
  /** What a download holds, in English; a file this edition does not know keeps the release's own (Vietnamese) words. */
  downloadTitle: (d: vi.DownloadTitled) => {
    if (d.kind === 'csv') return TABLES[d.name] ?? d.title;
    if (d.kind === 'xlsx') {
      const table = TABLES[d.name.replace(/\.xlsx$/, '.csv')];
      return table ? `${table} (Excel)` : d.title;
    }
    return FILES[d.kind] ?? d.title;
  },
} as const satisfies Shape<typeof vi.releasePage>;

/** "245.3 KB", "1.2 MB", "812 bytes". */
export function formatBytes(bytes: number, formatDecimal: (n: number, d: number) => string): string {
  if (bytes < 1024) return `${bytes}\u00a0${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 1)}\u00a0KB`;
  return `${formatDecimal(bytes / (1024 * 1024), 1)}\u00a0MB`;
}
