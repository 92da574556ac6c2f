import type { Dataset } from '../dataset.ts';
import { releaseFileNames, type ReleaseEntry } from '../schemas/index.ts';
import { carriedTable } from './carried-table.ts';
import { datapackage } from './datapackage.ts';
import type { ReleaseSnapshot } from './snapshot.ts';
import { releaseTables, tableCsv } from './tables.ts';

export type DownloadKind = 'json' | 'csv' | 'datapackage' | 'diff';

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
}

export const DIFF_FILE = 'thay-doi.json';

/**
 * Every file of a release: the JSON files byte for byte (their sha256 is the manifest's),
 * a CSV per table (with the carried series when a Dataset is given), the Frictionless
 * datapackage.json describing them, and the diff.
 * Deterministic: the same release gives the same bytes.
 */
export function releaseDownloads(snapshot: ReleaseSnapshot, entry: ReleaseEntry, options: DownloadsOptions): Download[] {
  const carried = options.dataset && carriedTable(options.dataset);
  const tables = [...releaseTables(snapshot), ...(carried && carried.rows.length > 0 ? [carried] : [])];
  const csv = new Map(tables.map((t) => [t.name, Buffer.from(tableCsv(t), 'utf8')]));
  const files: Download[] = tables.map((t) => ({
    name: t.name, kind: 'csv', mediaType: 'text/csv; charset=utf-8', bytes: csv.get(t.name)!, title: t.title, rows: t.rows.length,
  }));
  const pkg = datapackage(snapshot, entry, tables, { homepage: options.homepage, csv });
  files.push({
    name: 'datapackage.json', kind: 'datapackage', mediaType: 'application/json',
    bytes: Buffer.from(JSON.stringify(pkg, null, 2) + '\n', 'utf8'),
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
  return files;
}
