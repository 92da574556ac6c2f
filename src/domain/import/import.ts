import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../content/check-collection.ts';
import type { ContentProblem } from '../content/check.ts';
import { diffObservations, type ReleaseFiles } from '../diff/diff.ts';
import { dataFailure, usageFailure } from '../failure.ts';
import { vietnamToday } from '../release/dates.ts';
import { releaseText } from '../release/describe.ts';
import { statusPhrase } from '../release/status-words.ts';
import { withDataLock } from '../release/lock.ts';
import { readDataFileStrict, readManifestStrict, requireDataRoot } from '../release/read.ts';
import { createDirectoryAtomic, nodeWriteOps, writeFilesAtomic, type FileWrite, type WriteOps } from '../release/write.ts';
import {
  compareReleaseIds,
  crosswalksFile,
  observationsFile,
  recognitionsFile,
  releaseId as releaseIdSchema,
  unitsFile,
  type Manifest,
  type Observation,
  type ObservationsFile,
  type ReleaseEntry,
  type Source,
  type UnitsFile,
  type Vintage,
} from '../schemas/index.ts';
import { manifestPath, releaseFilePath } from '../validation/load.ts';
import type { Problem } from '../validation/problems.ts';
import { validate } from '../validation/validate.ts';
import { FileFormatError, readCsv } from './csv.ts';
import { withoutSyntheticRecords, type DemoStripped } from './demo-base.ts';
import type { Grid } from './grid.ts';
import type { ImportField } from './headers.ts';
import { MAX_SPREADSHEET_BYTES, megabytes } from './limits.ts';
import { byPosition, summariseRepeated, type ImportProblem } from './problems.ts';
import { readRows, type ImportedRow } from './rows.ts';
import { scratchRoot } from './scratch-root.ts';
import { FLAGS, type OptionNames } from './option-names.ts';
import { SourceRegistry, type SourceReused } from './sources.ts';
import { readXlsx } from './xlsx.ts';
import { placeholderTitle } from '../release/draft-title.ts';
import { withoutWithdrawnProfiles } from '../release/withdrawn-profiles.ts';
import { yearsAfterPlan } from '../progress.ts';

/**
 * docs/data-format.md#import-format: one spreadsheet of review results into a draft release.
 *
 * - The draft is created when absent, as a copy of the current release's files (of a demo
 *   release, only what is real: see demo-base.ts); an existing draft is imported into. A
 *   published or demo release is refused and not read further, let alone written.
 * - A link the draft copied from a published release to a profile deleted since (consent
 *   withdrawn) is dropped from the draft, with a notice (withdrawn-profiles.ts).
 * - Each row replaces the record of the same (vintage, unit, year) in place, or is
 *   appended; every other record stays. With `replaceYears`, the file is the whole
 *   review of its years: records of the vintage in those years that the file lacks are
 *   removed — only when `deleteCount` confirms how many.
 * - The result is validated in full (a scratch copy of the data root) before anything
 *   is written; nothing is written while any error remains, nor on a dry run.
 * - A real run holds the data root's lock from reading the draft to writing it, and
 *   writes through temporary files renamed into place, the manifest last.
 * - Deterministic: the same file into the same draft gives the same bytes.
 */
export interface ImportOptions {
  dataRoot: string;
  releaseId: string;
  vintage: string;
  /** The spreadsheet: .csv (also .tsv, .txt) or .xlsx. */
  file: string;
  /** --sheet: the worksheet of an .xlsx to read (the first by default). */
  sheet?: string;
  /**
   * --source: the document of rows without a "Nguồn" cell — the id of a source the
   * release has, or a title (a title naming the same decision as one official source
   * is that source).
   */
  source?: string;
  /** --year: the review year for rows without a "Năm" cell. */
  year?: number;
  dryRun?: boolean;
  replaceYears?: boolean;
  /** --delete N: confirms that `replaceYears` removes exactly N records. */
  deleteCount?: number;
  /** --title, --notes: the draft's title and notes in the manifest. */
  title?: string;
  notes?: string;
  /**
   * An existing draft keeps the title and notes it has; `title` and `notes` name a new
   * draft, and fill in only what nobody wrote (the placeholder title, missing notes).
   * For uploads: a second upload into a draft must not silently rename it. What was not
   * used is in the summary's `ignored`.
   */
  keepDraftText?: boolean;
  /** How messages name the options: the flags by default, the form's fields for uploads. */
  optionNames?: OptionNames;
  /** Where profiles/ lives for the validator; defaults to content/ beside the data root. */
  contentRoot?: string;
  /** Today in Vietnam (YYYY-MM-DD), the date the draft is checked at; tests fix it. */
  today?: string;
  /** How long to wait for another writer (ms). */
  lockWaitMs?: number;
  writeOps?: WriteOps;
}

export interface ImportSummary {
  /** Data rows read into observations. */
  rows: number;
  added: number;
  corrected: number;
  unchanged: number;
  removed: number;
  /** With --replace-years: the units whose records would go, as "xã Hoa Thám (06073) năm 2025". */
  removedUnits: string[];
  sourcesAdded: Source[];
  /** Existing sources used for a value given by id or by a title naming the same decision. */
  sourcesReused: SourceReused[];
  /** The release the draft was copied from, when this import created it. */
  createdFrom?: string;
  /** When the draft was created from a demo release: what was kept and dropped. */
  fromDemo?: Pick<DemoStripped, 'kept' | 'dropped'>;
  otherVintageRows: number;
  years: number[];
  /** The worksheet read, and all of the file's worksheets (.xlsx only). */
  sheet?: string;
  sheets?: string[];
  /** The draft's title and notes as they are (or would be) after the import. */
  title?: string;
  notes?: string;
  /** With `keepDraftText`: the title and notes given that the existing draft did not take. */
  ignored?: { title?: string; notes?: string };
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
  /**
   * What in content/ the draft no longer fits (a draft made from demo data drops the sample
   * profiles' illustrative awards), found on the imported draft before it is written: a dry
   * run shows it too, not only the real import. It does not stop the import.
   */
  contentToFix: ContentProblem[];
}

const emptySummary = (): ImportSummary => ({ rows: 0, added: 0, corrected: 0, unchanged: 0, removed: 0, removedUnits: [], sourcesAdded: [], sourcesReused: [], otherVintageRows: 0, years: [] });

/** Reads a spreadsheet into a grid; a file it cannot read is a data failure naming the file. */
async function readSpreadsheet(file: string, options: { sheet?: string; names?: OptionNames } = {}): Promise<Grid> {
  const names = options.names ?? FLAGS;
  const name = path.basename(file);
  if (!existsSync(file) || !statSync(file).isFile()) throw usageFailure(`không có tệp ${file}`);
  const ext = path.extname(file).toLowerCase();
  const fail = (message: string) => dataFailure(`${name}: ${message}`);
  if (ext === '.ods') {
    throw fail('tệp .ods (LibreOffice, OpenOffice) chưa đọc được. Mở tệp bằng LibreOffice Calc, chọn Tệp → Lưu thành…, chọn kiểu "Excel 2007-365 (.xlsx)", rồi nhập tệp .xlsx đó.');
  }
  if (ext === '.xls') throw fail('tệp .xls (Excel 97–2003) không đọc được: mở bằng Excel và lưu thành .xlsx hoặc "CSV UTF-8".');
  if (!['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'].includes(ext)) throw fail(`không nhận loại tệp "${ext || name}": chỉ nhận .csv hoặc .xlsx.`);
  if (options.sheet !== undefined && ext !== '.xlsx' && ext !== '.xlsm') throw usageFailure(`${names.sheet} chỉ dùng với tệp Excel (.xlsx); ${name} không có trang tính`);
  const size = statSync(file).size;
  if (size > MAX_SPREADSHEET_BYTES) {
    throw fail(`tệp lớn ${megabytes(size)}, vượt giới hạn ${megabytes(MAX_SPREADSHEET_BYTES)} của một lần nhập: tách tệp theo năm hoặc theo thời kỳ địa giới.`);
  }
  try {
    const bytes = readFileSync(file);
    return ext === '.xlsx' || ext === '.xlsm' ? await readXlsx(bytes, options.sheet, names.sheet) : readCsv(bytes);
  } catch (e) {
    if (e instanceof FileFormatError) throw fail(e.message);
    throw e;
  }
}

export async function importSpreadsheet(options: ImportOptions): Promise<ImportResult> {
  const { dataRoot, releaseId } = options;
  if (!releaseIdSchema.safeParse(releaseId).success) throw usageFailure(`mã phiên bản "${releaseId}" không hợp lệ: dạng YYYY.N, ví dụ 2027.1`);
  if (options.deleteCount !== undefined && !options.replaceYears) throw usageFailure('--delete chỉ dùng cùng --replace-years');
  const names = options.optionNames ?? FLAGS;
  for (const [option, text] of [[names.title, options.title], [names.notes, options.notes], [names.source, options.source]] as const) {
    if (text !== undefined) releaseText(option, text);
  }
  requireDataRoot(dataRoot);
  const grid = await readSpreadsheet(options.file, { sheet: options.sheet, names });
  if (options.dryRun) return plan(options, grid).result;
  return withDataLock(dataRoot, { command: `npm run import -- --release ${releaseId}`, waitMs: options.lockWaitMs }, () => {
    const planned = plan(options, grid);
    if (!planned.writes) return planned.result;
    return { ...planned.result, written: true, files: write(dataRoot, releaseId, planned.writes, options.writeOps ?? nodeWriteOps) };
  });
}

interface Writes {
  /** The draft's files; all of them for a new draft, else only those that changed. */
  release: Map<string, Buffer>;
  newDraft: boolean;
  manifest?: Buffer;
}

/** Everything short of writing: the merge, the checks, and what would be written. */
function plan(options: ImportOptions, grid: Grid): { result: ImportResult; writes?: Writes } {
  const { dataRoot, releaseId, vintage: vintageId } = options;
  const summary = emptySummary();
  summary.sheet = grid.sheet;
  summary.sheets = grid.sheets;
  const { value: manifest, raw: manifestRaw } = readManifestStrict(dataRoot);
  const names = options.optionNames ?? FLAGS;

  const existing = manifest.releases.find((r) => r.id === releaseId);
  if (existing && existing.status !== 'draft') {
    // The draft already under way, if any: a second draft beside it would split the corrections.
    const draft = manifest.releases.filter((r) => r.status === 'draft').map((r) => r.id).sort(compareReleaseIds).at(-1);
    const next = nextReleaseId(manifest.releases.map((r) => r.id));
    const instead = draft ? `Hãy nhập vào bản nháp đang có ${draft} (${names.release(draft)}).` : `Hãy nhập vào một bản nháp mới ${next} (${names.release(next)}).`;
    const refused = `phiên bản ${releaseId} đang ở ${statusPhrase(existing.status)} và không được sửa: các tệp của nó giữ nguyên từng byte. ${instead}`;
    return { result: { ok: false, written: false, refused, problems: [{ level: 'error', file: manifestPath, rule: 'release-not-draft', message: refused }], summary, files: [], contentToFix: [] } };
  }
  const base = readBase(dataRoot, releaseId, existing, manifest);
  const contentRoot = options.contentRoot ?? path.join(dataRoot, '..', 'content');
  const withdrawn = withoutWithdrawnProfiles(dataRoot, manifest, contentRoot, base.files.get('recognitions.json')!);
  if (withdrawn.bytes) base.files.set('recognitions.json', withdrawn.bytes);
  summary.createdFrom = base.createdFrom;
  if (base.demo) summary.fromDemo = { kept: base.demo.kept, dropped: base.demo.dropped };

  const units = base.units;
  const vintage: Vintage | undefined = units.vintages.find((v) => v.id === vintageId);
  if (!vintage) throw usageFailure(`không có thời kỳ địa giới "${vintageId}" trong phiên bản; có: ${units.vintages.map((v) => v.id).join(', ')}`);
  const registry = new SourceRegistry([...units.sources, ...base.observations.sources, ...base.otherSources]);

  const today = options.today ?? vietnamToday();
  const read = readRows(grid, { vintage, vintages: units.vintages, sources: registry, source: options.source, year: options.year, today, optionNames: options.optionNames });
  // Every problem found in the file names it, and the worksheet it is in.
  const fileName = path.basename(options.file);
  const inFile = (p: ImportProblem): ImportProblem => ({ ...p, file: fileName, ...(grid.sheet === undefined ? {} : { sheet: grid.sheet }) });
  const problems = read.problems.map(inFile);
  for (const { recognition, profile } of withdrawn.dropped) {
    problems.push({
      level: 'notice',
      file: releaseFilePath(releaseId, 'recognitions.json'),
      rule: 'profile-withdrawn',
      message: `khen thưởng "${recognition}" trong bản nháp không còn liên kết tới hồ sơ "${profile}": hồ sơ đã bị xóa khỏi content/profiles (rút lại sự đồng ý); phiên bản đã công bố vẫn giữ nguyên`,
    });
  }
  summary.otherVintageRows = read.otherVintageRows;
  if (read.otherVintageRows > 0) {
    problems.push(inFile({ level: 'notice', rule: 'other-vintage', message: `bỏ qua ${read.otherVintageRows} dòng của thời kỳ địa giới khác ${vintageId} (cột thời kỳ); nhập chúng ${names.otherVintages}` }));
  }
  summary.rows = read.rows.length;
  summary.years = [...new Set(read.rows.map((r) => r.observation.year))].sort((a, b) => a - b);
  if (read.header && read.rows.length === 0 && !problems.some((p) => p.level === 'error')) {
    problems.push(inFile({ level: 'error', rule: 'no-rows', message: `không có dòng số liệu nào của thời kỳ ${vintageId} dưới dòng tiêu đề` }));
  }
  if (!read.header || problems.some((p) => p.level === 'error' && p.row === undefined)) return { result: finish(problems, summary) };

  // Merge into the draft's observations.
  const key = (o: Pick<Observation, 'vintage' | 'unit' | 'year'>) => `${o.vintage}|${o.unit}|${o.year}`;
  const years = new Set(summary.years);
  let list = base.observationsRaw.observations;
  if (options.replaceYears) {
    const inFile = new Set(read.rows.map((r) => key(r.observation)));
    const going = list.filter((o) => o.vintage === vintageId && years.has(o.year) && !inFile.has(key(o)));
    const names = new Map(vintage.units.map((u) => [u.code, `${u.type} ${u.name}`]));
    summary.removedUnits = going.map((o) => `${names.get(o.unit) ?? 'mã'} (${o.unit}) năm ${o.year}`);
    list = list.filter((o) => !(o.vintage === vintageId && years.has(o.year)));
    if (going.length > 0 && options.deleteCount !== going.length) {
      const listed = summary.removedUnits.slice(0, 10).join(', ') + (going.length > 10 ? `, và ${going.length - 10} bản ghi khác` : '');
      const message =
        `--replace-years sẽ xóa ${going.length} bản ghi của thời kỳ ${vintageId}, năm ${summary.years.join(', ')} mà tệp không có: ${listed}. ` +
        (options.deleteCount === undefined
          ? `Nếu tệp đúng là toàn bộ kết quả rà soát của các năm đó, chạy lại với --delete ${going.length} để xác nhận; nếu không, bỏ --replace-years.`
          : `Số xác nhận --delete ${options.deleteCount} không khớp: kiểm tra lại tệp, rồi chạy với --delete ${going.length} nếu đúng.`);
      problems.push({ level: options.dryRun && options.deleteCount === undefined ? 'warning' : 'error', file: releaseFilePath(releaseId, 'observations.json'), rule: 'replace-years-unconfirmed', message });
    }
  } else list = [...list];
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
  const merged = { ...base.observationsRaw, observations: list, sources: [...base.observations.sources, ...registry.added] };
  const observationsText = JSON.stringify(merged, null, 2) + '\n';
  summary.sourcesAdded = registry.added;
  summary.sourcesReused = registry.reused;

  const after = observationsFile.safeParse(merged);
  if (!after.success) throw new Error(`bản ghi nhập không đúng lược đồ: ${after.error.issues[0]?.message}`);
  const asFiles = (o: ObservationsFile): ReleaseFiles => ({
    id: releaseId, units, crosswalks: { crosswalks: [], sources: [] }, observations: o, recognitions: { recognitions: [], sources: [] },
  });
  const changes = diffObservations(asFiles(base.observations), asFiles(after.data));
  summary.added = changes.added.length;
  summary.corrected = changes.corrected.length;
  summary.removed = changes.removed.length;
  summary.unchanged = read.rows.length - summary.added - summary.corrected;

  const text = draftText(base.entry, options);
  const entry: ReleaseEntry = {
    ...(base.entry ?? { id: releaseId, title: placeholderTitle(releaseId), publishedAt: null, status: 'draft' as const }),
    ...text.set,
  };
  summary.title = entry.title;
  summary.notes = entry.notes;
  if (text.ignored) summary.ignored = text.ignored;
  const newManifest = withEntry(manifestRaw, entry);
  const newManifestText = JSON.stringify(newManifest, null, 2) + '\n';
  const files = new Map<string, Buffer>([...base.files, ['observations.json', Buffer.from(observationsText, 'utf8')]]);

  const validation = validateScratch(dataRoot, releaseId, newManifestText, files, contentRoot, today);
  problems.push(...mapValidation(validation, releaseId, imported, after.data.observations, vintage, units, inFile, names));
  const { period, baselineYear } = validation;
  const afterPlan = period ? yearsAfterPlan(period, summary.years) : [];
  if (period && afterPlan.length > 0) {
    // Staff who import the first review after the plan see its figures on the pages but no new evaluations: say why here.
    problems.push({
      level: 'notice',
      file: fileName,
      rule: 'year-after-plan',
      message: `năm ${afterPlan.join(', ')} nằm sau giai đoạn ${period.from}–${period.to} của Kế hoạch: số liệu được công bố trên trang nhưng không được đánh giá theo tiêu chí, chỉ tiêu của Kế hoạch đó, cũng không được so sánh với các năm trước (chưa xác nhận cùng một chuẩn nghèo)`,
    });
  }
  const beforeBaseline = baselineYear === undefined ? [] : summary.years.filter((year) => year < baselineYear);
  if (period && beforeBaseline.length > 0) {
    // The 2020 review is a year of the 2020-01 boundaries but of the plan before: shown, yet judged and compared by none, as a year after the plan.
    problems.push({
      level: 'notice',
      rule: 'year-before-baseline',
      message: `năm ${beforeBaseline.join(', ')} nằm trước năm gốc ${baselineYear} của Kế hoạch giai đoạn ${period.from}–${period.to}: số liệu được công bố trên trang nhưng không được đánh giá theo tiêu chí, chỉ tiêu của Kế hoạch đó, cũng không được so sánh với các năm sau (mức giảm của Kế hoạch tính từ năm gốc)`,
    });
  }
  const result = { ...finish(problems, summary), contentToFix: validation.content };
  const ok = result.ok;
  if (!ok || options.dryRun) return { result };

  const changed = new Map<string, Buffer>();
  for (const [name, bytes] of files) {
    const target = path.join(dataRoot, releaseFilePath(releaseId, name as never));
    if (!base.entry || !existsSync(target) || !readFileSync(target).equals(bytes)) changed.set(name, bytes);
  }
  const manifestChanged = JSON.stringify(newManifest) !== JSON.stringify(manifestRaw);
  if (changed.size === 0 && !manifestChanged) return { result };
  return { result, writes: { release: changed, newDraft: !base.entry, ...(manifestChanged ? { manifest: Buffer.from(newManifestText, 'utf8') } : {}) } };
}

/** The release's files first (a new draft's folder appears whole), the manifest last. */
function write(dataRoot: string, releaseId: string, writes: Writes, ops: WriteOps): string[] {
  const written = [...writes.release.keys()].map((name) => releaseFilePath(releaseId, name as never));
  const dir = path.join(dataRoot, 'releases', releaseId);
  if (writes.newDraft) {
    createDirectoryAtomic(dir, `releases/${releaseId}`, [...writes.release].map(([name, bytes]) => ({ name, bytes })), ops);
  } else {
    const files: FileWrite[] = [...writes.release].map(([name, bytes]) => ({ file: path.join(dir, name), bytes, label: releaseFilePath(releaseId, name as never) }));
    writeFilesAtomic(files, ops);
  }
  if (writes.manifest) {
    writeFilesAtomic([{ file: path.join(dataRoot, manifestPath), bytes: writes.manifest, label: manifestPath }], ops);
    written.push(manifestPath);
  }
  return written;
}

/** The problems in sheet order, repeats summarised. */
function finish(problems: ImportProblem[], summary: ImportSummary): ImportResult {
  const sorted = summariseRepeated(problems.sort(byPosition));
  return { ok: !sorted.some((p) => p.level === 'error'), written: false, problems: sorted, summary, files: [], contentToFix: [] };
}

/**
 * The title and notes an import sets on the draft's entry, and, with `keepDraftText`,
 * those an existing draft keeps its own over (the same text is not "ignored"; the
 * placeholder title and missing notes are filled in).
 */
function draftText(entry: ReleaseEntry | undefined, options: ImportOptions): { set: Partial<Pick<ReleaseEntry, 'title' | 'notes'>>; ignored?: { title?: string; notes?: string } } {
  const names = options.optionNames ?? FLAGS;
  const title = options.title !== undefined ? releaseText(names.title, options.title) : undefined;
  const notes = options.notes !== undefined ? releaseText(names.notes, options.notes) : undefined;
  if (!entry || !options.keepDraftText) return { set: { ...(title !== undefined ? { title } : {}), ...(notes !== undefined ? { notes } : {}) } };
  const newTitle = title !== undefined && entry.title === placeholderTitle(entry.id);
  const newNotes = notes !== undefined && entry.notes === undefined;
  const ignored = {
    ...(title !== undefined && !newTitle && title !== entry.title ? { title } : {}),
    ...(notes !== undefined && !newNotes && notes !== entry.notes ? { notes } : {}),
  };
  return {
    set: { ...(newTitle ? { title } : {}), ...(newNotes ? { notes } : {}) },
    ...(Object.keys(ignored).length > 0 ? { ignored } : {}),
  };
}

/** "2026.1", "2026.3" → "2026.4" (or "<this year>.1" when later). */
function nextReleaseId(ids: readonly string[]): string {
  const latest = [...ids].sort(compareReleaseIds).at(-1) ?? `${new Date().getFullYear()}.0`;
  const [year = 0, n = 0] = latest.split('.').map(Number);
  return `${year}.${n + 1}`;
}

interface DraftBase {
  entry?: ReleaseEntry;
  createdFrom?: string;
  demo?: DemoStripped;
  units: UnitsFile;
  observations: ObservationsFile;
  /** observations.json as written, to merge into in its own key order. */
  observationsRaw: { observations: Observation[]; sources?: Source[] };
  otherSources: Source[];
  /** units, crosswalks and recognitions: the bytes the draft keeps (or starts with). */
  files: Map<string, Buffer>;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');

function readBase(dataRoot: string, releaseId: string, entry: ReleaseEntry | undefined, manifest: Manifest): DraftBase {
  let from: string;
  if (entry) {
    from = releaseId;
  } else {
    if (existsSync(path.join(dataRoot, 'releases', releaseId))) {
      throw usageFailure(`thư mục releases/${releaseId} đã có nhưng phiên bản không có trong ${manifestPath}; hãy xóa thư mục hoặc chọn mã khác`);
    }
    const latest = [...manifest.releases.map((r) => r.id)].sort(compareReleaseIds).at(-1)!;
    if (compareReleaseIds(releaseId, latest) <= 0) {
      throw usageFailure(`bản nháp mới phải có mã sau mọi phiên bản đã có (mới nhất: ${latest}), ví dụ ${nextReleaseId(manifest.releases.map((r) => r.id))}`);
    }
    from = manifest.current;
  }
  const file = (name: Parameters<typeof releaseFilePath>[1]) => releaseFilePath(from, name);
  const units = readDataFileStrict(dataRoot, file('units.json'), unitsFile);
  const crosswalks = existsSync(path.join(dataRoot, file('crosswalks.json'))) ? readDataFileStrict(dataRoot, file('crosswalks.json'), crosswalksFile) : undefined;
  const recognitions = readDataFileStrict(dataRoot, file('recognitions.json'), recognitionsFile);
  const observations = entry && !existsSync(path.join(dataRoot, file('observations.json')))
    ? { value: { observations: [], sources: [] }, raw: { observations: [], sources: [] }, bytes: Buffer.alloc(0) }
    : readDataFileStrict(dataRoot, file('observations.json'), observationsFile);

  const fromEntry = manifest.releases.find((r) => r.id === from);
  if (!entry && fromEntry?.status === 'demo') {
    const demo = withoutSyntheticRecords({ units: units.raw as object, crosswalks: crosswalks?.raw as object | undefined, observations: observations.raw as object, recognitions: recognitions.raw as object });
    const files = new Map<string, Buffer>([['units.json', json(demo.files.units)], ...(demo.files.crosswalks ? [['crosswalks.json', json(demo.files.crosswalks)] as [string, Buffer]] : []), ['recognitions.json', json(demo.files.recognitions)]]);
    const parsedUnits = unitsFile.parse(demo.files.units);
    const parsedObservations = observationsFile.parse(demo.files.observations);
    return {
      createdFrom: from,
      demo,
      units: parsedUnits,
      observations: parsedObservations,
      observationsRaw: demo.files.observations as DraftBase['observationsRaw'],
      otherSources: [...crosswalksFile.parse(demo.files.crosswalks ?? { crosswalks: [] }).sources, ...recognitionsFile.parse(demo.files.recognitions).sources],
      files,
    };
  }
  const files = new Map<string, Buffer>([['units.json', units.bytes], ...(crosswalks ? [['crosswalks.json', crosswalks.bytes] as [string, Buffer]] : []), ['recognitions.json', recognitions.bytes]]);
  return {
    ...(entry ? { entry } : { createdFrom: from }),
    units: units.value,
    observations: observations.value,
    observationsRaw: observations.raw as DraftBase['observationsRaw'],
    otherSources: [...(crosswalks?.value.sources ?? []), ...recognitions.value.sources],
    files,
  };
}

/** The manifest with this draft's entry replaced, or added after the releases that sort before it; other text unchanged in meaning. */
function withEntry(manifest: Manifest, entry: ReleaseEntry): Manifest {
  const others = manifest.releases.filter((r) => r.id !== entry.id);
  const releases = [...others, entry].sort((a, b) => compareReleaseIds(a.id, b.id));
  return { ...manifest, releases };
}

/**
 * Runs the validator on the would-be data root: a scratch directory with the new
 * manifest and draft, linking (or copying) the criteria and the other releases of the real root (scratch-root.ts). Also
 * gives the period and baseline of the criteria that judge the draft.
 */
function validateScratch(
  dataRoot: string,
  releaseId: string,
  manifestText: string,
  files: Map<string, Buffer>,
  contentRoot: string,
  today: string,
): { errors: Problem[]; warnings: Problem[]; content: ContentProblem[]; period: { from: number; to: number } | undefined; baselineYear: number | undefined } {
  const root = scratchRoot();
  const scratch = root.dir;
  try {
    const real = path.resolve(dataRoot);
    root.mirror(path.join(real, 'criteria'), path.join(scratch, 'criteria'));
    mkdirSync(path.join(scratch, 'releases'));
    for (const e of readdirSync(path.join(real, 'releases'), { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== releaseId) root.mirror(path.join(real, 'releases', e.name), path.join(scratch, 'releases', e.name));
    }
    writeFileSync(path.join(scratch, manifestPath), manifestText);
    mkdirSync(path.join(scratch, 'releases', releaseId));
    for (const [name, bytes] of files) writeFileSync(path.join(scratch, 'releases', releaseId, name), bytes);
    const { report, dataset } = validate({ dataRoot: scratch, releaseId, contentRoot: path.resolve(contentRoot), draftDate: today });
    const content = dataset ? checkContent(path.resolve(contentRoot), dataset) : [];
    return { errors: report.errors, warnings: report.warnings, content, period: dataset?.data.criteria.period, baselineYear: dataset?.data.criteria.baselineYear };
  } finally {
    root.remove();
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
  inFile: (p: ImportProblem) => ImportProblem,
  names: OptionNames,
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
        out.push(inFile({ level, row: row.row, ...(column ? { column } : {}), rule: p.rule, message: p.message }));
      } else if (index !== undefined && observations[index]) {
        const o = observations[index]!;
        const hint = p.rule === 'parent-sum-mismatch' && o.vintage === vintage.id
          ? ` — số liệu này có sẵn trong bản nháp, không có trong tệp; nếu tệp là toàn bộ kết quả rà soát của năm, ${names.replaceYears}, hoặc thêm dòng của đơn vị này vào tệp`
          : ' — số liệu này có sẵn trong bản nháp, không có trong tệp';
        if (level === 'warning') otherWarnings++;
        else out.push({ level, file: observationsFileName, rule: p.rule, message: `${unitLabel(o)} năm ${o.year}, ${fieldName(m?.[2])}: ${p.message}${hint}` });
      } else if (level === 'error') {
        out.push({ level, rule: p.rule, message: `${p.file}:${p.path || '/'}  ${p.message}` });
      } else otherWarnings++;
    }
  }
  if (otherWarnings > 0) {
    out.push({ level: 'notice', rule: 'other-warnings', message: `bộ kiểm tra còn ${otherWarnings} cảnh báo ở phần dữ liệu không thuộc tệp này; ${names.validate(releaseId)}` });
  }
  return out;
}

function fieldName(pointer: string | undefined): string {
  const names: Record<string, string> = {
    households: 'tổng số hộ', poor: 'số hộ nghèo', nearPoor: 'số hộ cận nghèo', 'ethnicMinority/households': 'số hộ DTTS', 'ethnicMinority/poor': 'số hộ nghèo DTTS',
  };
  return (pointer && names[pointer]) ?? 'bản ghi';
}
