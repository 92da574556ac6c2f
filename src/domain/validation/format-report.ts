import type { Problem } from './problems.ts';
import type { ValidationReport } from './validate.ts';

const line = (p: Problem): string =>
  `${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}${p.value === undefined ? '' : ` (giá trị: ${JSON.stringify(p.value)})`}`;

/** The text format of docs/validation.md#command: one line per problem, then a summary. */
export function formatText(report: ValidationReport): string {
  const lines: string[] = [];
  for (const p of report.errors) lines.push(`lỗi  ${line(p)}`);
  if (report.omittedErrors > 0) lines.push(`… và ${report.omittedErrors} lỗi khác không liệt kê`);
  for (const p of report.warnings) lines.push(`cảnh báo  ${line(p)}`);
  if (report.omittedWarnings > 0) lines.push(`… và ${report.omittedWarnings} cảnh báo khác không liệt kê`);
  const errorCount = report.errors.length + report.omittedErrors;
  const warningCount = report.warnings.length + report.omittedWarnings;
  const official = report.evaluations.filter((e) => e.basis === 'reported');
  const indications = report.evaluations.length - official.length;
  const met = official.filter((e) => e.met).length;
  const unevaluable = official.filter((e) => !e.evaluable).length;
  lines.push(
    `Phiên bản ${report.release ?? '(không xác định)'}: ${errorCount} lỗi, ${warningCount} cảnh báo; ` +
      `${official.length} lượt đánh giá tiêu chí (${met} đạt, ${unevaluable} chưa đủ số liệu)` +
      (indications > 0 ? `, ${indications} lượt ước tính theo địa giới hiện nay (trên số liệu quy đổi, không phải kết quả chính thức)` : '') +
      '. ' +
      (report.ok ? 'Dữ liệu hợp lệ.' : 'Dữ liệu KHÔNG hợp lệ.'),
  );
  return lines.join('\n');
}
