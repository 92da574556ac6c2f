/**
 * One spreadsheet upload: the form staff fill in the editor's "Kết quả rà soát" collection
 * (uploads/ket-qua-ra-soat/<slug>.md, front matter only) beside the workbook they attached.
 * One definition for `npm run uploads` and the editor's form (src/site/editor/config.ts).
 */
import * as z from 'zod';
import { releaseId } from '../schemas/manifest.ts';
import { vintageId } from '../schemas/units.ts';

/** Folders under the uploads folder (src/config.ts `uploadsBeside`). */
export const FORMS_FOLDER = 'ket-qua-ra-soat';
export const REPORTS_FOLDER = 'bao-cao';

/** The editor writes an optional field left empty as "" or null: the same as not given. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const uploadForm = z.strictObject({
  /** The draft's title (`--title`). */
  title: z.string().trim().min(1),
  /** The draft release to create or import into (`--release`). */
  release: releaseId,
  vintage: vintageId,
  /** The review year for rows without a "Năm" cell (`--year`). */
  year: optional(z.number().int().min(2000).max(2100)),
  /** Title of the document the figures come from, for rows without a "Nguồn" cell (`--source`). */
  source: z.string().trim().min(1),
  /** The draft's notes (`--notes`): what changed and why. */
  notes: optional(z.string().trim().min(1)),
  /** The attached workbook, as the editor wrote its path. */
  workbook: z.string().trim().min(1),
  /** The worksheet to read, when not the first (`--sheet`). */
  sheet: optional(z.string().trim().min(1)),
});
export type UploadForm = z.infer<typeof uploadForm>;
