/**
 * The build's Excel workbooks, kept between builds in `.cache/xlsx` (src/config.ts
 * buildCacheDir) under a hash of everything that decides their bytes: the sheets and the
 * meta, and the writer — the versions of write-excel-file and fflate and xlsx.ts's own
 * revision. Writing a workbook costs about 25 ms before its rows (the archive is zipped
 * twice, src/domain/export/xlsx.ts); reading one back costs almost nothing, and the bytes
 * are the same either way.
 *
 * Each cached file ends with the sha256 of the workbook before it: a file cut short or
 * damaged on disk fails the check, is never served, and is written again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCacheDir } from '../../config.ts';
import { workbookXlsx, XLSX_WRITER_REVISION, type SheetSpec, type WorkbookMeta, type WorkbookWriter } from '../../domain/export/xlsx.ts';
import { storeInCache } from '../build-cache.ts';

const DIGEST_BYTES = 32;

/** The installed version of a package, read from its package.json as the project resolves it. */
function packageVersion(name: string): string {
  const file = findPackageJSON(name, pathToFileURL(path.resolve('package.json')));
  if (!file) throw new Error(`XLSX cache: không tìm thấy package.json của ${name}`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

let installedWriter: string | undefined;

/** What writes the workbooks, as a string: a new version of either library, or of xlsx.ts, is a new key. */
export function writerVersion(): string {
  installedWriter ??= `xlsx.ts ${XLSX_WRITER_REVISION}, write-excel-file ${packageVersion('write-excel-file')}, fflate ${packageVersion('fflate')}`;
  return installedWriter;
}

/**
 * JSON with object keys sorted, so that the same sheets give the same key whatever order
 * their objects were built in. Numbers are written as String() writes them (NaN, -0 and
 * Infinity included, which JSON would all turn into null or 0): a text cell shows them
 * that way, so they must not share a key with an empty or a zero cell.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function cacheFile(sheets: readonly SheetSpec[], meta: WorkbookMeta, version: string): string {
  const key = createHash('sha256').update(version).update('\0').update(canonicalJson({ sheets, meta })).digest('hex');
  return path.join(buildCacheDir('xlsx'), `${key}.xlsx`);
}

const digest = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The workbook in a cached file, if the file is whole: its last 32 bytes are the sha256 of the rest. */
function read(file: string): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(file);
  } catch {
    // Not cached yet (or unreadable): a miss.
    return undefined;
  }
  if (stored.length <= DIGEST_BYTES) return undefined;
  const workbook = stored.subarray(0, stored.length - DIGEST_BYTES);
  return digest(workbook).equals(stored.subarray(stored.length - DIGEST_BYTES)) ? workbook : undefined;
}

/**
 * The workbook of these sheets, from the cache when it was written before with the same
 * writer, else written by `write` (workbookXlsx) and stored for next time.
 */
export async function cachedWorkbookXlsx(
  sheets: readonly SheetSpec[],
  meta: WorkbookMeta,
  options: { write?: WorkbookWriter; version?: string } = {},
): Promise<Buffer> {
  const file = cacheFile(sheets, meta, options.version ?? writerVersion());
  const hit = read(file);
  if (hit) return hit;
  const workbook = await (options.write ?? workbookXlsx)(sheets, meta);
  storeInCache(file, Buffer.concat([workbook, digest(workbook)]));
  return workbook;
}
