/**
 * The importer's options in the words of the upload form (form.ts, src/site/editor/config.ts):
 * the staff who upload a workbook fill in fields and never type a flag, so the report tells
 * them which field to change. What only the repository's keeper can do (--replace-years,
 * the validator) is said as theirs.
 */
import { editor } from '../../i18n/editor.vi.ts';
import type { OptionNames } from '../import/option-names.ts';
import type { UploadForm } from './form.ts';

const field = (label: string) => `ô “${label}”`;
const { fields } = editor;

export const FORM_WORDS: OptionNames = {
  release: (id) => `ghi ${id} vào ${field(fields.release)} của phiếu`,
  source: field(fields.source),
  setSource: `ghi tên văn bản vào ${field(fields.source)} của phiếu`,
  year: field(fields.year),
  setYear: (year) => `ghi ${year} vào ${field(fields.year)} của phiếu`,
  vintage: (id) => `thời kỳ ${id} (chọn ở ${field(fields.uploadVintage)} của phiếu)`,
  otherVintages: `bằng một phiếu khác, chọn thời kỳ của chúng ở ${field(fields.uploadVintage)}`,
  sheet: field(fields.sheet),
  title: field(fields.title),
  notes: field(fields.notes),
  replaceYears: 'nhờ người quản trị kho nhập lại tệp với npm run import -- --replace-years',
  validate: (id) => `người quản trị kho xem bằng npm run validate -- --release ${id}`,
};

/** The form's fields by their labels in the editor, for a report on a form that cannot be read. */
export const FORM_FIELDS: Record<keyof UploadForm, string> = {
  title: field(fields.title),
  release: field(fields.release),
  vintage: field(fields.uploadVintage),
  year: field(fields.year),
  source: field(fields.source),
  notes: field(fields.notes),
  workbook: field(fields.workbook),
  sheet: field(fields.sheet),
};
