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
  const met = report.evaluations.filter((e) => e.met).length;
  const unevaluable = report.evaluations.filter((e) => !e.evaluable).length;
  lines.push(
    `Phiên bản ${report.release ?? '(không xác định)'}: ${errorCount} lỗi, ${warningCount} cảnh báo; ` +
      `${report.evaluations.length} lượt đánh giá tiêu chí (${met} đạt, ${unevaluable} chưa đủ số liệu). ` +
      (report.ok ? 'Dữ liệu hợp lệ.' : 'Dữ liệu KHÔNG hợp lệ.'),
  );
  return lines.join('\n');
}
