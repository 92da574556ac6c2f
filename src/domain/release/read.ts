import { existsSync, statSync } from 'node:fs';
import type * as z from 'zod';
import { dataFailure, shownPath, usageFailure } from '../failure.ts';
import { manifest as manifestSchema, type Manifest } from '../schemas/index.ts';
import { manifestPath, readDataJson } from '../validation/load.ts';
import { ProblemCollector } from '../validation/problems.ts';
import { checkSchema } from '../validation/schema-check.ts';

/** The data root a command was pointed at (--data), or a usage failure saying it is not one. */
export function requireDataRoot(dataRoot: string): void {
  if (!existsSync(dataRoot) || !statSync(dataRoot).isDirectory()) throw usageFailure(`không có thư mục dữ liệu ${shownPath(dataRoot)} (--data)`);
  if (!existsSync(`${dataRoot}/${manifestPath}`)) throw usageFailure(`${dataRoot} không phải thư mục dữ liệu: thiếu ${manifestPath}`);
}

/**
 * Reads a file a command is about to build on, strictly: any problem — missing, not
 * UTF-8, a byte-order mark, a syntax error, a key written twice, a schema error — is a
 * data failure naming the file and the place, e.g.
 * `releases/index.json:/releases/1/publishedAt  schema  ngày không hợp lệ (giá trị: "2027-02-30")`.
 */
export function readDataFileStrict<S extends z.ZodType>(dataRoot: string, file: string, schema: S): { value: z.infer<S>; raw: unknown; bytes: Buffer } {
  const problems = new ProblemCollector(20);
  const read = readDataJson(dataRoot, file, problems);
  const value = read && checkSchema(schema, read.value, problems.forFile(file));
  if (problems.errorCount === 0 && read && value !== undefined) return { value, raw: read.value, bytes: read.bytes };
  const first = problems.errors[0]!;
  const shown = first.value === undefined ? '' : ` (giá trị: ${JSON.stringify(first.value)})`;
  const more = problems.errorCount > 1 ? `; và ${problems.errorCount - 1} lỗi khác` : '';
  throw dataFailure(`${first.file}:${first.path || '/'}  ${first.rule}  ${first.message}${shown}${more}. Sửa tệp (xem mọi lỗi bằng npm run validate) rồi chạy lại.`);
}

/** The manifest, strictly: `value` as the schema reads it, `raw` as written (to rewrite it in its own key order). */
export const readManifestStrict = (dataRoot: string): { value: Manifest; raw: Manifest } => {
  const { value, raw } = readDataFileStrict(dataRoot, manifestPath, manifestSchema);
  return { value, raw: raw as Manifest };
};
