import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseData } from '../dataset.ts';
import {
  criteriaFile,
  crosswalk,
  crosswalkLink,
  crosswalksFile,
  manifest as manifestSchema,
  observation,
  observationsFile,
  recognition,
  recognitionsFile,
  source,
  unit,
  unitsFile,
  vintage,
  type CriteriaFile,
  type CrosswalksFile,
  type Manifest,
  type ObservationsFile,
  type RecognitionsFile,
  type ReleaseFileName,
  type UnitsFile,
} from '../schemas/index.ts';
import { MAX_JSON_BYTES, readJsonFile } from './json-file.ts';
import type { ProblemCollector } from './problems.ts';
import { tagOriginalIndex } from './positions.ts';
import { checkSchema, parseQuietly } from './schema-check.ts';

export const manifestPath = 'releases/index.json';
export const releaseFilePath = (releaseId: string, name: ReleaseFileName): string => `releases/${releaseId}/${name}`;

/**
 * Reads a JSON file of the data root. A missing file, a file too large to read, bytes that
 * are not UTF-8 and a syntax error (with line and column) stop the file; a byte-order mark
 * and a key written twice are reported and the value is still checked.
 */
export function readDataJson(
  dataRoot: string,
  file: string,
  problems: ProblemCollector,
  { optional = false } = {},
): { value: unknown; bytes: Buffer } | undefined {
  const read = readJsonFile(path.join(dataRoot, file));
  const report = problems.forFile(file);
  if (read.ok) {
    if (read.bom) report.error([], 'json-bom', 'tệp bắt đầu bằng dấu BOM (U+FEFF) mà JSON không cho phép: lưu lại dạng "UTF-8" (không BOM)');
    for (const duplicate of read.duplicates) {
      report.error(duplicate, 'json-duplicate-key', `khóa "${String(duplicate.at(-1))}" được viết hai lần trong cùng một đối tượng; JSON chỉ giữ lần cuối: xóa một lần`, duplicate.at(-1));
    }
    return { value: read.value, bytes: read.bytes };
  }
  switch (read.problem) {
    case 'missing':
      if (!optional) report.error([], 'file-missing', `thiếu tệp ${file}`);
      break;
    case 'too-large':
      report.error([], 'file-too-large', `tệp lớn ${megabytes(read.size)}, vượt giới hạn ${megabytes(MAX_JSON_BYTES)} của một tệp dữ liệu`, read.size);
      break;
    case 'unreadable':
      report.error([], 'file-unreadable', `không đọc được tệp (${read.code})`, read.code);
      break;
    case 'encoding':
      report.error([], 'json-encoding', 'tệp không phải văn bản UTF-8: lưu lại dạng "UTF-8"');
      break;
    case 'syntax':
      report.error([], 'json-syntax', `JSON không hợp lệ ở dòng ${read.line}, cột ${read.column}: ${read.message}`, { line: read.line, column: read.column });
      break;
  }
  return undefined;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export function loadManifest(dataRoot: string, problems: ProblemCollector): Manifest | undefined {
  const read = readDataJson(dataRoot, manifestPath, problems);
  return read && checkSchema(manifestSchema, read.value, problems.forFile(manifestPath));
}

/**
 * The criteria set that judges the release: the one whose period holds the latest
 * review year (the next period, 2026–2030, will be another file beside it).
 *
 * A release whose review years reach into the periods of two files is an error
 * (`years-across-plans`): one set judges a release, so the later file would judge the
 * earlier years too, and the earlier plan's results would vanish from the pages (its
 * baseline and years are not the later plan's). Until each year is judged by the file of
 * its own period (docs/criteria.md), the new plan's file waits.
 */
export function loadCriteria(dataRoot: string, problems: ProblemCollector, years?: { first: number; last: number }): LoadedCriteria | undefined {
  const dir = path.join(dataRoot, 'criteria');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  if (files.length === 0) {
    problems.forFile('criteria').error([], 'file-missing', 'thiếu tệp tiêu chí trong thư mục criteria/');
    return undefined;
  }
  const sets: { file: string; set: CriteriaFile }[] = [];
  for (const name of files) {
    const file = `criteria/${name}`;
    const read = readDataJson(dataRoot, file, problems);
    const parsed = read && checkSchema(criteriaFile, read.value, problems.forFile(file));
    if (parsed) sets.push({ file, set: parsed });
  }
  sets.sort((a, b) => a.set.period.from - b.set.period.from);
  if (years === undefined) return sets.at(-1);
  const touched = sets.filter(({ set }) => set.period.from <= years.last && years.first <= set.period.to);
  const [earlier, later] = touched;
  // Judged meanwhile by the earlier plan, as before the later file came: the one error says
  // what to do, without the claims it would otherwise fail as consequences.
  if (earlier && later) {
    const span = (p: { from: number; to: number }) => `${p.from}–${p.to}`;
    problems.forFile(later.file).error(
      ['period'],
      'years-across-plans',
      `các năm số liệu của phiên bản (${span({ from: years.first, to: years.last })}) thuộc hai giai đoạn: ${span(earlier.set.period)} (${earlier.file}) và ${span(later.set.period)} (tệp này). Mỗi phiên bản chỉ được chấm theo một bộ tiêu chí, nên với tệp này kết quả giai đoạn ${span(earlier.set.period)} sẽ mất. Tạm để tệp này ra ngoài thư mục criteria/ cho đến khi trang chấm được mỗi năm theo giai đoạn của nó (docs/criteria.md)`,
      { years: [years.first, years.last], periods: touched.map(({ file, set }) => ({ file, from: set.period.from, to: set.period.to })) },
    );
    return earlier;
  }
  return sets.find(({ set }) => set.period.from <= years.last && years.last <= set.period.to) ?? sets.at(-1);
}

/** The criteria that judge a release, with the file they came from (relative to the data root). */
export interface LoadedCriteria {
  file: string;
  set: CriteriaFile;
}

export interface LoadedFiles {
  units?: UnitsFile;
  crosswalks?: CrosswalksFile;
  observations?: ObservationsFile;
  recognitions?: RecognitionsFile;
  /** Raw bytes as read, for hash checks. */
  bytes: Partial<Record<ReleaseFileName, Buffer>>;
}

/**
 * Reads the four files of a release. A file with schema errors is reported in full and
 * then salvaged record by record, so the other rules still see its valid records.
 */
export function loadReleaseFiles(dataRoot: string, releaseId: string, problems: ProblemCollector): LoadedFiles {
  const loaded: LoadedFiles = { bytes: {} };
  const read = (name: ReleaseFileName, optional = false) => {
    const file = releaseFilePath(releaseId, name);
    const result = readDataJson(dataRoot, file, problems, { optional });
    if (result) loaded.bytes[name] = result.bytes;
    return result && { value: result.value, report: problems.forFile(file) };
  };
  const units = read('units.json');
  if (units) loaded.units = checkSchema(unitsFile, units.value, units.report) ?? salvageUnits(units.value);
  const crosswalks = read('crosswalks.json', true);
  loaded.crosswalks = crosswalks
    ? (checkSchema(crosswalksFile, crosswalks.value, crosswalks.report) ?? salvageCrosswalks(crosswalks.value))
    : { crosswalks: [], sources: [] };
  const observations = read('observations.json');
  if (observations) {
    loaded.observations =
      checkSchema(observationsFile, observations.value, observations.report) ??
      { observations: salvage(observation, field(observations.value, 'observations')), sources: salvage(source, field(observations.value, 'sources')) };
  }
  const recognitions = read('recognitions.json');
  if (recognitions) {
    loaded.recognitions =
      checkSchema(recognitionsFile, recognitions.value, recognitions.report) ??
      { recognitions: salvage(recognition, field(recognitions.value, 'recognitions')), sources: salvage(source, field(recognitions.value, 'sources')) };
  }
  return loaded;
}

export function toReleaseData(
  release: Manifest['releases'][number],
  files: LoadedFiles,
  criteria: CriteriaFile,
): ReleaseData {
  return {
    release,
    units: files.units ?? { vintages: [], sources: [] },
    crosswalks: files.crosswalks ?? { crosswalks: [], sources: [] },
    observations: files.observations ?? { observations: [], sources: [] },
    recognitions: files.recognitions ?? { recognitions: [], sources: [] },
    criteria,
  };
}

function field(value: unknown, key: string): unknown[] {
  if (value && typeof value === 'object' && Array.isArray((value as Record<string, unknown>)[key])) {
    return (value as Record<string, unknown[]>)[key]!;
  }
  return [];
}

function salvage<S extends Parameters<typeof parseQuietly>[0]>(schema: S, items: unknown[]) {
  return items.flatMap((item, index) => {
    const parsed = parseQuietly(schema, item);
    return parsed === undefined ? [] : [tagOriginalIndex(parsed as object, index) as typeof parsed];
  });
}

function salvageUnits(value: unknown): UnitsFile {
  const vintages = field(value, 'vintages').flatMap((v, index) => {
    const whole = parseQuietly(vintage, v);
    if (whole) return [tagOriginalIndex(whole, index)];
    const units = salvage(unit, field(v, 'units'));
    const repaired = parseQuietly(vintage, { ...(v as object), units: [] });
    return repaired ? [tagOriginalIndex({ ...repaired, units }, index)] : [];
  });
  return { vintages, sources: salvage(source, field(value, 'sources')) };
}

function salvageCrosswalks(value: unknown): CrosswalksFile {
  const crosswalks = field(value, 'crosswalks').flatMap((c, index) => {
    const whole = parseQuietly(crosswalk, c);
    if (whole) return [tagOriginalIndex(whole, index)];
    const links = salvage(crosswalkLink, field(c, 'links'));
    const repaired = parseQuietly(crosswalk, { ...(c as object), links: [] });
    return repaired ? [tagOriginalIndex({ ...repaired, links }, index)] : [];
  });
  return { crosswalks, sources: salvage(source, field(value, 'sources')) };
}
