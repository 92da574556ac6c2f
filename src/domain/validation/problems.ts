/** One thing wrong with the data: where (file relative to the data root, JSON Pointer), which rule, and the value. */
export interface Problem {
  file: string;
  path: string;
  rule: string;
  message: string;
  value?: unknown;
}

/** RFC 6901 JSON Pointer from path segments. */
function jsonPointer(segments: readonly (string | number | symbol)[]): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/**
 * Collects every problem of a run; past the limit it only counts, so a badly broken
 * file cannot flood the report yet nothing goes unmentioned.
 */
export class ProblemCollector {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  omittedErrors = 0;
  omittedWarnings = 0;
  private readonly limit: number;

  constructor(limit = 1000) {
    this.limit = limit;
  }

  error(problem: Problem): void {
    if (this.errors.length < this.limit) this.errors.push(problem);
    else this.omittedErrors++;
  }

  warn(problem: Problem): void {
    if (this.warnings.length < this.limit) this.warnings.push(problem);
    else this.omittedWarnings++;
  }

  get errorCount(): number {
    return this.errors.length + this.omittedErrors;
  }

  /** A reporter bound to one file, so rules only name the path. */
  forFile(file: string): FileReporter {
    return {
      file,
      error: (path, rule, message, value) => this.error(withValue({ file, path: jsonPointer(path), rule, message }, value)),
      warn: (path, rule, message, value) => this.warn(withValue({ file, path: jsonPointer(path), rule, message }, value)),
    };
  }
}

export interface FileReporter {
  file: string;
  error(path: readonly (string | number)[], rule: string, message: string, value?: unknown): void;
  warn(path: readonly (string | number)[], rule: string, message: string, value?: unknown): void;
}

function withValue(problem: Problem, value: unknown): Problem {
  return value === undefined ? problem : { ...problem, value: boundedValue(value) };
}

/**
 * The offending value as a report shows it: a deeply nested or huge value (5,000 nested
 * arrays, a million-item list) is cut to a few levels and items, so that printing the
 * report or writing it as JSON can never overflow the stack or the screen.
 */
function boundedValue(value: unknown, depth = 3): unknown {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth === 0) return Array.isArray(value) ? `[… ${value.length} phần tử]` : '{…}';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 20).map((v) => boundedValue(v, depth - 1));
    return value.length > 20 ? [...shown, `… và ${value.length - 20} phần tử khác`] : shown;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const shown = entries.slice(0, 20).map(([k, v]) => [k, boundedValue(v, depth - 1)]);
  if (entries.length > 20) shown.push(['…', `và ${entries.length - 20} khóa khác`]);
  return Object.fromEntries(shown);
}
