import type { Dataset } from '../dataset.ts';
import { releaseFileNames, type ReleaseEntry } from '../schemas/index.ts';
import { carriedTable } from './carried-table.ts';
import { CRITERIA_RESULTS_JSON, criteriaResultsJson, criteriaResultsTable, type CriteriaResultsInput } from './criteria-results.ts';
import { datapackage, type PackageFile } from './datapackage.ts';
import type { ReleaseSnapshot } from './snapshot.ts';
import { dictionarySheet, tableSheet, type DictionaryWords } from './table-sheets.ts';
import { releaseTables, tableCsv, type Table } from './tables.ts';
import { workbookXlsx, XLSX_MEDIA_TYPE, type WorkbookWriter } from './xlsx.ts';

export type DownloadKind = 'json' | 'csv' | 'xlsx' | 'workbook' | 'results-json' | 'datapackage' | 'diff';

/** One file offered on /du-lieu/<id>/, served at /du-lieu/<id>/<name>. */
export interface Download {
  name: string;
  kind: DownloadKind;
  mediaType: string;
  bytes: Buffer;
  /** Short Vietnamese description for the page. */
  title: string;
  /** Number of data rows (CSV only). */
  rows?: number;
}

export interface DownloadsOptions {
  homepage: string;
  /** The machine-readable diff against the previous release, when there is one. */
  diffJson?: string;
  /** The release loaded as a Dataset: adds the series carried across boundary reforms, when it has any. */
  dataset?: Dataset;
  /** The release's data and engine results, when its figures could be judged: ket-qua-tieu-chi.csv, .xlsx, .json. */
  criteria?: CriteriaResultsInput;
  /** What the Excel files and their entries on the page say (src/i18n/export.vi.ts). */
  words: DownloadWords;
  /** Writes each workbook: workbookXlsx, or the build's cache around it (src/site/data/xlsx-cache.ts). */
  writeWorkbook?: WorkbookWriter;
  /** Slugs of the profiles with a page (releaseTables): recognitions.csv and .xlsx link no other. */
  profiles?: ReadonlySet<string>;
}

/** The words of the Excel files and of their entries on the release page. */
export interface DownloadWords {
  /** Rows above each sheet's header: release, source and licence, the illustrative mark. */
  notes: (table: Table) => string[];
  /** The page's line for a table's .xlsx. */
  xlsxTitle: (tableTitle: string) => string;
  /** The workbook of every table: its file name, its title in the file and on the page. */
  workbook: { name: string; title: string; pageTitle: string; description: string };
  criteriaJson: { title: string; description: string };
  xlsxDescription: (csvName: string) => string;
  /** Publisher, in each workbook's properties. */
  creator: string;
  /** The workbook's first sheet, which explains every column of the others. */
  dictionary: DictionaryWords;
}

export const DIFF_FILE = 'thay-doi.json';

const xlsxName = (csvName: string): string => csvName.replace(/\.csv$/, '.xlsx');

/** A file of a release before its bytes are written: all its page's list and its route need. */
export type DownloadFile = Omit<Download, 'bytes'>;

/** A release's files: their names and titles at once, their bytes once the workbooks are written. */
export interface ReleaseFiles {
  files: DownloadFile[];
  downloads: Promise<Download[]>;
}

/** A file whose bytes may still be being written. */
type PendingDownload = DownloadFile & { bytes: Buffer | Promise<Buffer> };

/**
 * Every file of a release: the workbook of every table (.xlsx, one sheet each), a CSV and
 * an .xlsx per table (with the carried series when a Dataset is given), the criteria
 * results (CSV, XLSX, JSON), the Frictionless datapackage.json describing them, the JSON
 * files byte for byte (their sha256 is the manifest's) and the diff. Deterministic: the
 * same release gives the same bytes.
 */
export function releaseDownloads(snapshot: ReleaseSnapshot, entry: ReleaseEntry, options: DownloadsOptions): Promise<Download[]> {
  return releaseFiles(snapshot, entry, options).downloads;
}

/**
 * The files of releaseDownloads(), named before their workbooks are written: a build starts
 * the workbooks on its workers and renders pages meanwhile, and only what shows or serves
 * the bytes (sizes, hashes, the files themselves) waits for them.
 */
export function releaseFiles(snapshot: ReleaseSnapshot, entry: ReleaseEntry, options: DownloadsOptions): ReleaseFiles {
  const { words, writeWorkbook = workbookXlsx } = options;
  const carried = options.dataset && carriedTable(options.dataset);
  const tables = [...releaseTables(snapshot, options.profiles ? { profiles: options.profiles } : {}), ...(carried && carried.rows.length > 0 ? [carried] : [])];
  if (options.criteria) tables.push(criteriaResultsTable(options.criteria));
  const csv = new Map(tables.map((t) => [t.name, Buffer.from(tableCsv(t), 'utf8')]));
  const meta = { creator: words.creator, date: entry.publishedAt ?? '1980-01-01' };
  const sheets = tables.map((t) => tableSheet(t, words.notes(t)));
  // All started at once: a build writes them on its worker threads, one per core.
  const workbook = writeWorkbook([dictionarySheet(tables, words.dictionary), ...sheets], { ...meta, title: words.workbook.title });
  const perTable = tables.map((t, i) => writeWorkbook([sheets[i]!], { ...meta, title: t.title }));
  const resultsJson = options.criteria ? Buffer.from(criteriaResultsJson(options.criteria, entry), 'utf8') : undefined;

  const files: PendingDownload[] = [{ name: words.workbook.name, kind: 'workbook', mediaType: XLSX_MEDIA_TYPE, bytes: workbook, title: words.workbook.pageTitle }];
  tables.forEach((t, i) => {
    files.push(
      { name: t.name, kind: 'csv', mediaType: 'text/csv; charset=utf-8', bytes: csv.get(t.name)!, title: t.title, rows: t.rows.length },
      { name: xlsxName(t.name), kind: 'xlsx', mediaType: XLSX_MEDIA_TYPE, bytes: perTable[i]!, title: words.xlsxTitle(t.title), rows: t.rows.length },
    );
  });
  if (resultsJson) files.push({ name: CRITERIA_RESULTS_JSON, kind: 'results-json', mediaType: 'application/json', bytes: resultsJson, title: words.criteriaJson.title });

  // The datapackage lists every workbook's size and hash, so it is written after them.
  const packageJson = Promise.all([workbook, ...perTable]).then(([workbookBytes, ...tableBytes]) => {
    const packageFiles: PackageFile[] = [
      { name: 'workbook-xlsx', path: words.workbook.name, title: words.workbook.title, description: words.workbook.description, format: 'xlsx', mediatype: XLSX_MEDIA_TYPE, bytes: workbookBytes! },
      ...tables.map((t, i) => ({
        name: `${t.name.replace(/\.csv$/, '')}-xlsx`, path: xlsxName(t.name), title: words.xlsxTitle(t.title), description: words.xlsxDescription(t.name),
        format: 'xlsx', mediatype: XLSX_MEDIA_TYPE, bytes: tableBytes[i]!,
      })),
      ...(resultsJson
        ? [{ name: CRITERIA_RESULTS_JSON.replace(/\.json$/, '-json'), path: CRITERIA_RESULTS_JSON, title: words.criteriaJson.title, description: words.criteriaJson.description, format: 'json', mediatype: 'application/json', bytes: resultsJson }]
        : []),
    ];
    const pkg = datapackage(snapshot, entry, tables, { homepage: options.homepage, csv, files: packageFiles });
    return Buffer.from(JSON.stringify(pkg, null, 2) + '\n', 'utf8');
  });
  files.push({
    name: 'datapackage.json', kind: 'datapackage', mediaType: 'application/json', bytes: packageJson,
    title: 'Mô tả gói dữ liệu (Frictionless Data Package): các cột, kiểu dữ liệu, giấy phép, nguồn',
  });
  for (const name of releaseFileNames) {
    const bytes = snapshot.bytes[name];
    if (bytes) files.push({ name, kind: 'json', mediaType: 'application/json', bytes, title: 'Tệp gốc của phiên bản (JSON)' });
  }
  if (options.diffJson !== undefined) {
    files.push({
      name: DIFF_FILE, kind: 'diff', mediaType: 'application/json', bytes: Buffer.from(options.diffJson, 'utf8'),
      title: 'Các thay đổi so với phiên bản trước, dạng máy đọc được (JSON)',
    });
  }
  return {
    files: files.map(({ bytes: _bytes, ...file }) => file),
    downloads: Promise.all(files.map(async (file) => ({ ...file, bytes: await file.bytes }))),
  };
}
