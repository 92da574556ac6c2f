import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffObservations, type ReleaseFiles } from '../diff/diff.ts';
import {
  compareReleaseIds,
  crosswalksFile,
  manifest as manifestSchema,
  observationsFile,
  recognitionsFile,
  releaseId as releaseIdSchema,
  unitsFile,
  type Observation,
  type ReleaseEntry,
  type Source,
  type Vintage,
} from '../schemas/index.ts';
import { manifestPath, releaseFilePath } from '../validation/load.ts';
import type { Problem } from '../validation/problems.ts';
import { validate } from '../validation/validate.ts';
import { FileFormatError, readCsv } from './csv.ts';
import type { Grid } from './grid.ts';
import type { ImportField } from './headers.ts';
import { byPosition, type ImportProblem } from './problems.ts';
import { readRows, type ImportedRow } from './rows.ts';
import { SourceRegistry } from './sources.ts';
import { readXlsx } from './xlsx.ts';

/**
 * docs/data-format.md#import-format: one spreadsheet of review results into a draft release.
 *
 * - The draft is created when absent, as a copy of the current release's files; an
 *   existing draft is imported into. A published or demo release is refused and not
 *   read further, let alone written.
 * - Each row replaces the record of the same (vintage, unit, year) in place, or is
 *   appended; every other record stays. With `replaceYears`, the file is the whole
 *   review of its years: records of the vintage in those years that the file lacks
 *   are removed.
 * - The result is validated in full (a scratch copy of the data root) before anything
 *   is written; nothing is written while any error remains, nor on a dry run.
 * - Deterministic: the same file into the same draft gives the same bytes.
 */
export interface ImportOptions {
  dataRoot: string;
  releaseId: string;
  vintage: string;
  /** The spreadsheet: .csv (also .tsv, .txt) or .xlsx. */
  file: string;
  /** --source: title of the document for rows without a "Nguồn" cell. */
  source?: string;
  /** --year: the review year for rows without a "Năm" cell. */
  year?: number;
  dryRun?: boolean;
  replaceYears?: boolean;
  /** Title of a draft created by this import. */
  title?: string;
  /** Where profiles/ lives for the validator; defaults to content/ beside the data root. */
  contentRoot?: string;
}

export interface ImportSummary {
  /** Data rows read into observations. */
  rows: number;
  added: number;
  corrected: number;
  unchanged: number;
  removed: number;
  sourcesAdded: Source[];
  /** The release the draft was copied from, when this import created it. */
  createdFrom?: string;
  otherVintageRows: number;
  years: number[];
}

export interface ImportResult {
  ok: boolean;
  written: boolean;
  /** Set when the release may not be imported into at all (published or demo). */
  refused?: string;
  problems: ImportProblem[];
  summary: ImportSummary;
  /** Files written, relative to the data root. */
  files: string[];
}

/** A problem with the command itself (exit 2): unknown vintage, missing file, bad id. */
export class ImportUsageError extends Error {}

const emptySummary = (): ImportSummary => ({ rows: 0, added: 0, corrected: 0, unchanged: 0, removed: 0, sourcesAdded: [], otherVintageRows: 0, years: [] });

export async function readSpreadsheet(file: string, bytes: Buffer): Promise<Grid> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(bytes);
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes);
  if (ext === '.xls') throw new FileFormatError('tệp .xls (Excel 97–2003) không đọc được: mở bằng Excel và lưu thành .xlsx hoặc "CSV UTF-8".');
  throw new FileFormatError(`không nhận loại tệp "${ext || path.basename(file)}": chỉ nhận .csv hoặc .xlsx.`);
}

interface DraftBase {
  entry?: ReleaseEntry;
  createdFrom?: string;
  /** Bytes of units, crosswalks and recognitions, copied unchanged. */
  copied: Map<string, Buffer>;
  observationsText: string;
}

export async function importSpreadsheet(options: ImportOptions): Promise<ImportResult> {
  const { dataRoot, releaseId, vintage: vintageId } = options;
  const summary = emptySummary();
  if (!releaseIdSchema.safeParse(releaseId).success) throw new ImportUsageError(`mã phiên bản "${releaseId}" không hợp lệ: dạng YYYY.N, ví dụ 2027.1`);
  const manifestFile = path.join(dataRoot, manifestPath);
  if (!existsSync(manifestFile)) throw new ImportUsageError(`không có ${manifestPath} trong ${dataRoot}`);
  const manifestText = readFileSync(manifestFile, 'utf8');
  const manifestParsed = manifestSchema.safeParse(JSON.parse(manifestText));
  if (!manifestParsed.success) throw new ImportUsageError(`${manifestPath} không hợp lệ; chạy "npm run validate" để xem lỗi`);
  const manifest = manifestParsed.data;

  const existing = manifest.releases.find((r) => r.id === releaseId);
  if (existing && existing.status !== 'draft') {
    const refused =
      `phiên bản ${releaseId} đang ở trạng thái "${existing.status}" và không được sửa: các tệp của nó giữ nguyên từng byte. ` +
      `Hãy nhập vào một bản nháp mới, ví dụ --release ${nextReleaseId(manifest.releases.map((r) => r.id))}.`;
    return { ok: false, written: false, refused, problems: [{ level: 'error', rule: 'release-not-draft', message: refused }], summary, files: [] };
  }
  const base = readBase(dataRoot, releaseId, existing, manifest);

  if (!existsSync(options.file)) throw new ImportUsageError(`không có tệp ${options.file}`);
  let grid: Grid;
  try {
    grid = await readSpreadsheet(options.file, readFileSync(options.file));
  } catch (e) {
    if (e instanceof FileFormatError) return { ok: false, written: false, problems: [{ level: 'error', rule: 'file-format', message: e.message }], summary, files: [] };
    throw e;
  }

  const units = unitsFile.parse(JSON.parse(base.copied.get('units.json')!.toString('utf8')));
  const vintage: Vintage | undefined = units.vintages.find((v) => v.id === vintageId);
  if (!vintage) {
    throw new ImportUsageError(`không có thời kỳ địa giới "${vintageId}" trong phiên bản; có: ${units.vintages.map((v) => v.id).join(', ')}`);
  }
  const observationsRaw = JSON.parse(base.observationsText) as { observations: Observation[]; sources?: Source[] };
  const otherFiles = ['crosswalks.json', 'recognitions.json'].flatMap((n) => (base.copied.has(n) ? [JSON.parse(base.copied.get(n)!.toString('utf8')) as { sources?: Source[] }] : []));
  const registry = new SourceRegistry([...units.sources, ...(observationsRaw.sources ?? []), ...otherFiles.flatMap((f) => f.sources ?? [])]);

  const read = readRows(grid, { vintage, sources: registry, source: options.source, year: options.year });
  const problems = [...read.problems];
  summary.otherVintageRows = read.otherVintageRows;
  if (read.otherVintageRows > 0) {
    problems.push({ level: 'notice', rule: 'other-vintage', message: `bỏ qua ${read.otherVintageRows} dòng của thời kỳ địa giới khác ${vintageId} (cột thời kỳ); nhập chúng bằng một lệnh khác với --vintage tương ứng` });
  }
  summary.rows = read.rows.length;
  summary.years = [...new Set(read.rows.map((r) => r.observation.year))].sort((a, b) => a - b);
  if (read.header && read.rows.length === 0 && !problems.some((p) => p.level === 'error')) {
    problems.push({ level: 'error', rule: 'no-rows', message: `không có dòng số liệu nào của thời kỳ ${vintageId} dưới dòng tiêu đề` });
  }
  if (!read.header) return finish(problems, summary, false);

  // Merge into the draft's observations.
  const key = (o: Pick<Observation, 'vintage' | 'unit' | 'year'>) => `${o.vintage}|${o.unit}|${o.year}`;
  const years = new Set(summary.years);
  let list = observationsRaw.observations;
  if (options.replaceYears) list = list.filter((o) => !(o.vintage === vintageId && years.has(o.year)));
  list = [...list];
  const at = new Map(list.map((o, i) => [key(o), i]));
  const imported = new Map<number, ImportedRow>();
  for (const row of read.rows) {
    const k = key(row.observation);
    const i = at.get(k);
    if (i !== undefined) {
      list[i] = row.observation;
      imported.set(i, row);
    } else {
      at.set(k, list.length);
      imported.set(list.length, row);
      list.push(row.observation);
    }
  }
  const merged = { observations: list, sources: [...(observationsRaw.sources ?? []), ...registry.added] };
  const observationsText = JSON.stringify(merged, null, 2) + '\n';
  summary.sourcesAdded = registry.added;
  summary.createdFrom = base.createdFrom;

  const before = observationsFile.parse(observationsRaw);
  const after = observationsFile.parse(merged);
  const asFiles = (o: typeof before): ReleaseFiles => ({
    id: releaseId, units, crosswalks: { crosswalks: [], sources: [] }, observations: o, recognitions: { recognitions: [], sources: [] },
  });
  const changes = diffObservations(asFiles(before), asFiles(after));
  summary.added = changes.added.length;
  summary.corrected = changes.corrected.length;
  summary.removed = changes.removed.length;
  summary.unchanged = read.rows.length - summary.added - summary.corrected;

  const draftEntry: ReleaseEntry = base.entry ?? {
    id: releaseId,
    title: options.title ?? `Kết quả rà soát hộ nghèo, hộ cận nghèo (bản nháp ${releaseId})`,
    publishedAt: null,
    status: 'draft',
  };
  const newManifestText = base.entry ? manifestText : withDraft(manifestText, draftEntry);
  const files = new Map<string, Buffer>([...base.copied, ['observations.json', Buffer.from(observationsText, 'utf8')]]);

  const contentRoot = options.contentRoot ?? path.join(dataRoot, '..', 'content');
  const validation = validateScratch(dataRoot, releaseId, newManifestText, files, contentRoot);
  problems.push(...mapValidation(validation, releaseId, imported, after.observations, vintage, units));
  const hasErrors = problems.some((p) => p.level === 'error');
  if (hasErrors || options.dryRun) return finish(problems, summary, false);

  // Write: the release's files first, the manifest last (renamed into place).
  const written: string[] = [];
  const dir = path.join(dataRoot, 'releases', releaseId);
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) {
    const target = path.join(dir, name);
    if (existsSync(target) && readFileSync(target).equals(bytes)) continue;
    writeAtomic(target, bytes);
    written.push(releaseFilePath(releaseId, name as never));
  }
  if (newManifestText !== manifestText) {
    writeAtomic(manifestFile, Buffer.from(newManifestText, 'utf8'));
    written.push(manifestPath);
  }
  return { ok: true, written: true, problems: problems.sort(byPosition), summary, files: written };
}

function finish(problems: ImportProblem[], summary: ImportSummary, written: boolean): ImportResult {
  return { ok: !problems.some((p) => p.level === 'error'), written, problems: problems.sort(byPosition), summary, files: [] };
}

function writeAtomic(file: string, bytes: Buffer): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** "2026.1", "2026.3" → "2026.4" (or "<this year>.1" when later). */
export function nextReleaseId(ids: readonly string[]): string {
  const latest = [...ids].sort(compareReleaseIds).at(-1) ?? `${new Date().getFullYear()}.0`;
  const [year = 0, n = 0] = latest.split('.').map(Number);
  return `${year}.${n + 1}`;
}

function readBase(dataRoot: string, releaseId: string, entry: ReleaseEntry | undefined, manifest: { current: string; releases: ReleaseEntry[] }): DraftBase {
  const copied = new Map<string, Buffer>();
  let from: string;
  if (entry) {
    from = releaseId;
  } else {
    if (existsSync(path.join(dataRoot, 'releases', releaseId))) {
      throw new ImportUsageError(`thư mục releases/${releaseId} đã có nhưng phiên bản không có trong ${manifestPath}; hãy xóa thư mục hoặc chọn mã khác`);
    }
    const latest = [...manifest.releases.map((r) => r.id)].sort(compareReleaseIds).at(-1)!;
    if (compareReleaseIds(releaseId, latest) <= 0) {
      throw new ImportUsageError(`bản nháp mới phải có mã sau mọi phiên bản đã có (mới nhất: ${latest}), ví dụ ${nextReleaseId(manifest.releases.map((r) => r.id))}`);
    }
    from = manifest.current;
  }
  const read = (name: string) => {
    const file = path.join(dataRoot, releaseFilePath(from, name as never));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  for (const name of ['units.json', 'crosswalks.json', 'recognitions.json']) {
    const bytes = read(name);
    if (bytes) copied.set(name, bytes);
    else if (name !== 'crosswalks.json') throw new ImportUsageError(`thiếu tệp ${releaseFilePath(from, name as never)}`);
  }
  // Parse early so a broken base is reported before the spreadsheet.
  for (const [name, schema] of [['units.json', unitsFile], ['crosswalks.json', crosswalksFile], ['recognitions.json', recognitionsFile]] as const) {
    const bytes = copied.get(name);
    if (bytes && !schema.safeParse(JSON.parse(bytes.toString('utf8'))).success) {
      throw new ImportUsageError(`${releaseFilePath(from, name)} không hợp lệ; chạy "npm run validate -- --release ${from}"`);
    }
  }
  const observations = read('observations.json');
  return {
    entry,
    createdFrom: entry ? undefined : from,
    copied,
    observationsText: observations ? observations.toString('utf8') : JSON.stringify({ observations: [], sources: [] }),
  };
}

/** The manifest with the draft added after the releases that sort before it, other text unchanged in meaning. */
function withDraft(manifestText: string, entry: ReleaseEntry): string {
  const raw = JSON.parse(manifestText) as { current: string; releases: ReleaseEntry[] };
  const releases = [...raw.releases, entry].sort((a, b) => compareReleaseIds(a.id, b.id));
  return JSON.stringify({ ...raw, releases }, null, 2) + '\n';
}

/**
 * Runs the validator on the would-be data root: a scratch directory with the new
 * manifest and draft, linking the criteria and the other releases of the real root.
 */
function validateScratch(dataRoot: string, releaseId: string, manifestText: string, files: Map<string, Buffer>, contentRoot: string): { errors: Problem[]; warnings: Problem[] } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'nhap-'));
  try {
    const real = path.resolve(dataRoot);
    symlinkSync(path.join(real, 'criteria'), path.join(scratch, 'criteria'), 'dir');
    mkdirSync(path.join(scratch, 'releases'));
    for (const e of readdirSync(path.join(real, 'releases'), { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== releaseId) symlinkSync(path.join(real, 'releases', e.name), path.join(scratch, 'releases', e.name), 'dir');
    }
    writeFileSync(path.join(scratch, manifestPath), manifestText);
    mkdirSync(path.join(scratch, 'releases', releaseId));
    for (const [name, bytes] of files) writeFileSync(path.join(scratch, 'releases', releaseId, name), bytes);
    const { report } = validate({ dataRoot: scratch, releaseId, contentRoot: path.resolve(contentRoot) });
    return { errors: report.errors, warnings: report.warnings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const POINTER_FIELDS: Record<string, ImportField> = {
  households: 'households', poor: 'poor', nearPoor: 'nearPoor', 'ethnicMinority/households': 'emHouseholds', 'ethnicMinority/poor': 'emPoor',
  source: 'source', unit: 'unit', year: 'year', vintage: 'unit',
};

/** Validator problems in the spreadsheet's terms: an imported record by its row and column, any other record by unit and year. */
function mapValidation(
  validation: { errors: Problem[]; warnings: Problem[] },
  releaseId: string,
  imported: Map<number, ImportedRow>,
  observations: readonly Observation[],
  vintage: Vintage,
  units: { vintages: Vintage[] },
): ImportProblem[] {
  const observationsFileName = releaseFilePath(releaseId, 'observations.json');
  const out: ImportProblem[] = [];
  let otherWarnings = 0;
  const unitLabel = (o: Observation) => {
    const u = units.vintages.find((v) => v.id === o.vintage)?.units.find((x) => x.code === o.unit);
    return u ? `${u.type} ${u.name} (mã ${o.unit}, thời kỳ ${o.vintage})` : `mã ${o.unit} (thời kỳ ${o.vintage})`;
  };
  for (const [level, list] of [['error', validation.errors], ['warning', validation.warnings]] as const) {
    for (const p of list) {
      const m = p.file === observationsFileName ? /^\/observations\/(\d+)(?:\/(.*))?$/.exec(p.path) : null;
      const index = m ? Number(m[1]) : undefined;
      const row = index !== undefined ? imported.get(index) : undefined;
      if (row) {
        const field = m?.[2] ? POINTER_FIELDS[m[2]] : undefined;
        const column = field === 'source' ? (row.columns.source ?? row.columns.sourceId) : field ? row.columns[field] : undefined;
        out.push({ level, row: row.row, ...(column ? { column } : {}), rule: p.rule, message: p.message });
      } else if (index !== undefined && observations[index]) {
        const o = observations[index]!;
        const hint = p.rule === 'parent-sum-mismatch' && o.vintage === vintage.id
          ? ' — số liệu này có sẵn trong bản nháp, không có trong tệp; nếu tệp là toàn bộ kết quả rà soát của năm, nhập lại với --replace-years, hoặc thêm dòng của đơn vị này vào tệp'
          : ' — số liệu này có sẵn trong bản nháp, không có trong tệp';
        if (level === 'warning') otherWarnings++;
        else out.push({ level, rule: p.rule, message: `${unitLabel(o)} năm ${o.year}, ${fieldName(m?.[2])}: ${p.message}${hint}` });
      } else if (level === 'error') {
        out.push({ level, rule: p.rule, message: `${p.file}:${p.path || '/'}  ${p.message}` });
      } else otherWarnings++;
    }
  }
  if (otherWarnings > 0) {
    out.push({ level: 'notice', rule: 'other-warnings', message: `bộ kiểm tra còn ${otherWarnings} cảnh báo ở phần dữ liệu không thuộc tệp này; xem bằng npm run validate -- --release ${releaseId}` });
  }
  return out;
}

function fieldName(pointer: string | undefined): string {
  const names: Record<string, string> = {
    households: 'tổng số hộ', poor: 'số hộ nghèo', nearPoor: 'số hộ cận nghèo', 'ethnicMinority/households': 'số hộ DTTS', 'ethnicMinority/poor': 'số hộ nghèo DTTS',
  };
  return (pointer && names[pointer]) ?? 'bản ghi';
}
