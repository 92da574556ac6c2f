import { cliVi, type CliText } from '../../i18n/cli.vi.ts';
import type { Problem } from './problems.ts';
import type { ValidationReport } from './validate.ts';

type ReportText = CliText['report'];

const line = (p: Problem, t: ReportText): string =>
  `${p.file}:${p.path || '/'}  ${p.rule}  ${p.message}${p.value === undefined ? '' : t.value(JSON.stringify(p.value))}`;

/**
 * The text format of docs/validation.md#command: one line per problem, then a summary.
 * The frame follows the command's language (`--lang en`); each rule's message stays as the rule wrote it.
 */
export function formatText(report: ValidationReport, t: ReportText = cliVi.report): string {
  const lines: string[] = [];
  for (const p of report.errors) lines.push(`${t.error}  ${line(p, t)}`);
  if (report.omittedErrors > 0) lines.push(t.moreErrors(report.omittedErrors));
  for (const p of report.warnings) lines.push(`${t.warning}  ${line(p, t)}`);
  if (report.omittedWarnings > 0) lines.push(t.moreWarnings(report.omittedWarnings));
  const errorCount = report.errors.length + report.omittedErrors;
  const warningCount = report.warnings.length + report.omittedWarnings;
  const official = report.evaluations.filter((e) => e.basis === 'reported');
  const indications = report.evaluations.length - official.length;
  const met = official.filter((e) => e.met).length;
  const unevaluable = official.filter((e) => !e.evaluable).length;
  lines.push(
    t.summary(report.release ?? t.unknownRelease, errorCount, warningCount, official.length, met, unevaluable) +
      (indications > 0 ? t.indications(indications) : '') +
      '. ' +
      (report.ok ? t.valid : t.invalid),
  );
  return lines.join('\n');
}
