/**
 * `npm run uploads` (issue 16): every new spreadsheet upload of the editor into a draft
 * release, through the importer (src/domain/import/import.ts) — the same checks, the same
 * rule that nothing is written while any error remains, the same data-root lock.
 *
 * - An upload is a form, uploads/ket-qua-ra-soat/<slug>.md (form.ts), and the workbook it names,
 *   kept by the editor in tep/<slug>/.
 * - Its report, uploads/bao-cao/<slug>.md (report.ts), says what was done, or every problem
 *   by worksheet, row and column; it records the SHA-256 of the form and the workbook, so a
 *   second run skips the upload. Changing either (a corrected workbook) processes it again.
 * - Uploads are processed in file-name order (the editor names them by date).
 * - A second upload into an existing draft keeps the draft's title and notes; the report
 *   says which of the form's were not used (the importer's `keepDraftText`).
 * - An upload skipped because it was reported before still counts as refused when its
 *   report says so: the run fails until it is fixed or removed (README: exit 1 while an
 *   upload could not be imported).
 * - Another command writing the data folder, or a disk that cannot be written, stops the run
 *   without a report for that upload: the next run tries again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { CollectionName } from '../content/files.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { Failure } from '../failure.ts';
import { importSpreadsheet, type ImportResult } from '../import/import.ts';
import { writeFilesAtomic } from '../release/write.ts';
import { FORMS_FOLDER, REPORTS_FOLDER, uploadForm, type UploadForm } from './form.ts';
import { FORM_FIELDS, FORM_WORDS } from './form-words.ts';
import { renderReport, reportedUpload, type ContentToFix, type UploadReport, type UploadStatus } from './report.ts';

export interface UploadsOptions {
  dataRoot: string;
  contentRoot: string;
  /** The uploads folder, with ket-qua-ra-soat/ and bao-cao/. */
  uploadsRoot: string;
  lockWaitMs?: number;
}

export interface UploadOutcome {
  /** The form, relative to the uploads folder. */
  upload: string;
  status: UploadStatus | 'already-processed';
  /** For an upload processed before: what its report says. */
  reported?: UploadStatus;
  release?: string;
  /** The report, relative to the uploads folder. */
  report: string;
  errors: number;
}

const vietnamese = z.locales.vi();
const sha256 = (parts: readonly Uint8Array[]) => {
  const hash = createHash('sha256');
  parts.forEach((p, i) => hash.update(i === 0 ? p : Buffer.concat([Buffer.from([0]), p])));
  return hash.digest('hex');
};

const inside = (uploadsRoot: string, file: string) => {
  const relative = path.relative(uploadsRoot, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
};

/**
 * The workbook a form names, inside the uploads folder: relative to the form, or "/…" from the
 * repository root. The editor keeps each form's files in a folder of its own, tep/<form>/
 * (src/site/editor/config.ts), so that a second workbook of the same name (staff name every
 * year's file alike) does not replace the first; but a new form's field names tep/<file>, as
 * Decap writes it before the form has a file name. A workbook absent where the field says is
 * therefore looked for in the form's own folder.
 */
function workbookPath(uploadsRoot: string, form: string, value: string): string | undefined {
  const file = value.startsWith('/') ? path.resolve(uploadsRoot, '..', value.slice(1)) : path.resolve(uploadsRoot, FORMS_FOLDER, value);
  if (!inside(uploadsRoot, file)) return undefined;
  const own = path.join(path.dirname(file), form.replace(/\.md$/, ''), path.basename(file));
  return !existsSync(file) && existsSync(own) && inside(uploadsRoot, own) ? own : file;
}

export async function processUploads(options: UploadsOptions): Promise<UploadOutcome[]> {
  const { uploadsRoot } = options;
  const formsDir = path.join(uploadsRoot, FORMS_FOLDER);
  if (!existsSync(formsDir)) return [];
  const outcomes: UploadOutcome[] = [];
  const names = readdirSync(formsDir).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    const upload = `${FORMS_FOLDER}/${name}`;
    const reportName = `${REPORTS_FOLDER}/${name}`;
    const reportFile = path.join(uploadsRoot, reportName);
    const formBytes = readFileSync(path.join(formsDir, name));
    const read = readFrontmatter(formBytes.toString('utf8'));
    const parsed = read.ok ? uploadForm.safeParse(read.data, { error: vietnamese.localeError }) : undefined;
    const form: UploadForm | undefined = parsed?.success ? parsed.data : undefined;
    const workbook = form ? workbookPath(uploadsRoot, name, form.workbook) : undefined;
    const workbookBytes = workbook && existsSync(workbook) && statSync(workbook).isFile() ? readFileSync(workbook) : undefined;
    const inputSha256 = sha256([formBytes, ...(workbookBytes ? [workbookBytes] : [])]);
    const reported = existsSync(reportFile) ? reportedUpload(readFileSync(reportFile, 'utf8')) : {};
    if (reported.inputSha256 === inputSha256) {
      outcomes.push({ upload, status: 'already-processed', ...(reported.status ? { reported: reported.status } : {}), report: reportName, errors: 0 });
      continue;
    }

    const base = { title: form?.title ?? name.replace(/\.md$/, ''), upload, inputSha256, problems: [], contentProblems: [] };
    let report: UploadReport;
    if (!read.ok) {
      report = { ...base, status: 'refused', refusal: `không đọc được phiếu ${upload} (dòng ${read.error.line}): ${read.error.message}` };
    } else if (!form) {
      const issues = parsed!.error!.issues.map((i) => `${FORM_FIELDS[i.path[0] as keyof UploadForm] ?? 'phiếu'}: ${i.message}`).join('; ');
      report = { ...base, status: 'refused', refusal: `phiếu ${upload} chưa đủ hoặc sai: ${issues}` };
    } else if (!workbook) {
      report = { ...base, release: form.release, status: 'refused', refusal: `tệp “${form.workbook}” nằm ngoài thư mục tải lên` };
    } else if (!workbookBytes) {
      report = { ...base, release: form.release, workbook: form.workbook, status: 'refused', refusal: `không tìm thấy tệp “${form.workbook}” mà phiếu nêu: tải tệp lên lại trong phiếu` };
    } else {
      report = await importOne(options, form, workbook, { ...base, release: form.release, workbook: path.basename(workbook) });
    }
    mkdirSync(path.dirname(reportFile), { recursive: true });
    writeFilesAtomic([{ file: reportFile, bytes: Buffer.from(renderReport(report)), label: `uploads/${reportName}` }]);
    outcomes.push({ upload, status: report.status, release: report.release, report: reportName, errors: report.problems.filter((p) => p.level === 'error').length });
  }
  return outcomes;
}

async function importOne(options: UploadsOptions, form: UploadForm, workbook: string, base: Omit<UploadReport, 'status'>): Promise<UploadReport> {
  let result: ImportResult;
  try {
    result = await importSpreadsheet({
      dataRoot: options.dataRoot,
      contentRoot: options.contentRoot,
      releaseId: form.release,
      vintage: form.vintage,
      file: workbook,
      source: form.source,
      title: form.title,
      keepDraftText: true,
      optionNames: FORM_WORDS,
      ...(form.year !== undefined ? { year: form.year } : {}),
      ...(form.notes !== undefined ? { notes: form.notes } : {}),
      ...(form.sheet !== undefined ? { sheet: form.sheet } : {}),
      ...(options.lockWaitMs !== undefined ? { lockWaitMs: options.lockWaitMs } : {}),
    });
  } catch (error) {
    // A file or a form the importer cannot use is the upload's problem; a busy or broken machine is not.
    if (error instanceof Failure && (error.kind === 'data' || error.kind === 'usage')) return { ...base, status: 'refused', refusal: error.message };
    throw error;
  }
  if (!result.ok) return { ...base, status: 'refused', problems: result.problems, summary: result.summary, ...(result.refused ? { refusal: result.refused } : {}) };
  return { ...base, status: 'draft-written', problems: result.problems, summary: result.summary, contentProblems: contentAgainst(options, result.contentToFix) };
}

/**
 * The build's content checks with the new draft as the release (the importer ran them on
 * the draft before writing it): what a preview build would stop at, each named by its
 * collection and title, as staff find it in the editor.
 */
function contentAgainst(options: UploadsOptions, problems: ImportResult['contentToFix']): ContentToFix[] {
  return problems.map((p) => {
    const file = path.resolve(p.file);
    const read = existsSync(file) && statSync(file).isFile() ? readFrontmatter(readFileSync(file, 'utf8')) : undefined;
    const title = read?.ok && typeof read.data['title'] === 'string' ? read.data['title'] : path.basename(file);
    const collection = path.relative(path.resolve(options.contentRoot), path.dirname(file)).split(path.sep).join('/') as CollectionName;
    return { collection, title, rule: p.rule, message: p.message };
  });
}
