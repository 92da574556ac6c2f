import * as z from 'zod';
import { countFields } from '../schemas/index.ts';
import type { FileReporter } from './problems.ts';

const vietnamese = z.locales.vi();
const countFieldNames = new Set<string>(countFields);

/** Schema issues on counts get their own rule id, so a wrong count reads as what it is. */
function ruleFor(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1);
  if (typeof last === 'string' && countFieldNames.has(last) && issue.code !== 'unrecognized_keys') {
    return 'count-non-negative-integer';
  }
  return 'schema';
}

function messageFor(issue: z.core.$ZodIssue, rule: string): string {
  if (rule === 'count-non-negative-integer') return `số hộ phải là số nguyên không âm (${issue.message})`;
  return issue.message;
}

/** Parses `value`; on failure reports every issue (Vietnamese message, offending value) and returns undefined. */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  report: FileReporter,
  basePath: readonly (string | number)[] = [],
): z.infer<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true, error: vietnamese.localeError });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const rule = ruleFor(issue);
    const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const offending = issue.code === 'unrecognized_keys' ? issue.keys : issue.input;
    report.error(path, rule, messageFor(issue, rule), offending);
  }
  return undefined;
}

/** Parses quietly: for salvaging the valid records of a file whose problems were already reported. */
export function parseQuietly<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}
