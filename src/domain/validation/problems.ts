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
  return value === undefined ? problem : { ...problem, value };
}
