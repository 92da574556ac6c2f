import { createHash } from 'node:crypto';
import { releaseFileNames, type ReleaseEntry, type ReleaseFileName } from '../schemas/index.ts';
import { snapshotSources, type ReleaseSnapshot } from './snapshot.ts';
import type { Table } from './tables.ts';

/**
 * The licence the province publishes its figures under. It is the project's proposal
 * (the usual one for open government data) until the province confirms it; change it
 * here and nowhere else.
 */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const PUBLISHER = 'Sở Nội vụ – Ban Thi đua – Khen thưởng tỉnh Lạng Sơn';

/** Where the names and codes of units and the 2025 crosswalk come from (see /giay-phep.txt). */
const THIRD_PARTY = {
  units: 'Tên và mã đơn vị hành chính theo danh mục của Cục Thống kê, qua kho thanglequoc/vietnamese-provinces-database (MIT).',
  crosswalks: 'Bảng chuyển đổi đơn vị hành chính mới – cũ của Cục Thống kê, qua kho sunshine-tech/VietnamProvinces (GPL-3.0-or-later).',
} as const;

const JSON_DESCRIPTIONS: Record<ReleaseFileName, string> = {
  'units.json': 'Đơn vị hành chính theo thời kỳ địa giới, với phân loại và nguồn (tệp gốc, định dạng mô tả ở docs/data-format.md trong kho mã nguồn).',
  'crosswalks.json': 'Chuyển đổi đơn vị giữa các thời kỳ địa giới (tệp gốc).',
  'observations.json': 'Số hộ, hộ nghèo, hộ cận nghèo theo đơn vị và năm, với nguồn (tệp gốc).',
  'recognitions.json': 'Khen thưởng và tiêu chí căn cứ (tệp gốc).',
};

export const sha256Of = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

export interface DatapackageOptions {
  /** Absolute URL of the release page, e.g. https://…/du-lieu/2026.1/ */
  homepage: string;
  /** The bytes of every CSV, by file name, as they are offered for download. */
  csv: Map<string, Buffer>;
  /** Other files of the release (the Excel workbooks, the criteria results as JSON), listed after the tables. */
  files?: readonly PackageFile[];
}

/** A file the package lists without a table schema: its columns are those of a CSV it repeats, or it is JSON. */
export interface PackageFile {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  bytes: Buffer;
}

/** A Frictionless (Tabular) Data Package describing every file of one release. */
export function datapackage(snapshot: ReleaseSnapshot, entry: ReleaseEntry, tables: readonly Table[], options: DatapackageOptions): object {
  const demo = entry.status === 'demo';
  const statusNote = demo
    ? 'Đây là dữ liệu minh họa: số liệu có nguồn loại synthetic không phải số liệu chính thức. '
    : entry.status === 'draft'
      ? 'Đây là bản nháp, chưa công bố. '
      : '';
  const jsonResources = releaseFileNames.flatMap((name) => {
    const bytes = snapshot.bytes[name];
    if (!bytes) return [];
    const base = name.replace(/\.json$/, '');
    const thirdParty = base === 'units' || base === 'crosswalks' ? THIRD_PARTY[base] : undefined;
    return [{
      name: `${base}-json`,
      path: name,
      title: name,
      description: JSON_DESCRIPTIONS[name] + (thirdParty ? ` ${thirdParty}` : ''),
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: bytes.length,
      hash: `sha256:${entry.sha256?.[name] ?? sha256Of(bytes)}`,
    }];
  });
  const tableResources = tables.map((t) => {
    const bytes = options.csv.get(t.name);
    if (!bytes) throw new Error(`thiếu nội dung của ${t.name}`);
    const base = t.name.replace(/\.csv$/, '');
    const thirdParty = base === 'units' || base === 'crosswalks' ? THIRD_PARTY[base] : undefined;
    return {
      name: base,
      path: t.name,
      profile: 'tabular-data-resource',
      title: t.title,
      description: t.description + (thirdParty ? ` ${thirdParty}` : ''),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes: bytes.length,
      hash: `sha256:${sha256Of(bytes)}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.fields,
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: `lang-son-ho-ngheo-${entry.id.replace('.', '-')}`,
    id: options.homepage,
    title: entry.title,
    description: statusNote + (entry.notes ?? ''),
    version: entry.id,
    status: entry.status,
    ...(entry.publishedAt ? { created: `${entry.publishedAt}T00:00:00Z` } : {}),
    homepage: options.homepage,
    keywords: ['hộ nghèo', 'hộ cận nghèo', 'giảm nghèo', 'Lạng Sơn', 'poverty', 'Vietnam'],
    licenses: [DATA_LICENCE],
    contributors: [{ title: PUBLISHER, role: 'publisher' }],
    sources: [...snapshotSources(snapshot).values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: [
      ...tableResources,
      ...(options.files ?? []).map((f) => ({
        name: f.name, path: f.path, title: f.title, description: f.description, format: f.format, mediatype: f.mediatype,
        bytes: f.bytes.length, hash: `sha256:${sha256Of(f.bytes)}`,
      })),
      ...jsonResources,
    ],
  };
}
