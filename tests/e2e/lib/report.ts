/**
 * One line per check ("PASS", "FAIL" or "SKIP"), a final "N passed, M failed"
 * (skips are listed just above it and never counted as passed). Shared by every e2e suite.
 */
export class Report {
  passed = 0;
  failed = 0;
  skipped = 0;
  readonly #skips: string[] = [];
  /** Lines kept until `merge` (a buffered report), or null when they are printed at once. */
  readonly #lines: string[] | null;

  constructor(options: { buffered?: boolean } = {}) {
    this.#lines = options.buffered ? [] : null;
  }

  #print(line: string): void {
    if (this.#lines) this.#lines.push(line);
    else console.log(line);
  }

  check(label: string, ok: boolean, detail = ''): boolean {
    if (ok) this.passed++;
    else this.failed++;
    this.#print(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  (${detail})` : ''}`);
    return ok;
  }

  /** A journey whose page does not exist (yet). Loud on purpose: it is listed again in the summary. */
  skip(label: string, reason: string): void {
    this.skipped++;
    this.#skips.push(`${label}: ${reason}`);
    this.#print(`SKIP  ${label}  — ${reason}`);
  }

  info(text: string): void {
    this.#print(`      ${text}`);
  }

  heading(text: string): void {
    this.#print(`\n==== ${text}`);
  }

  /**
   * Adds a buffered report (one page checked while others were) to this one: its lines,
   * printed together, its counts and its skips.
   */
  merge(child: Report): void {
    for (const line of child.#lines ?? []) this.#print(line);
    child.#lines?.splice(0);
    this.passed += child.passed;
    this.failed += child.failed;
    this.skipped += child.skipped;
    this.#skips.push(...child.#skips);
  }

  /** Prints the skips again and the final line; returns the exit code. */
  summary(): number {
    if (this.#skips.length > 0) {
      this.#print(`\n${this.#skips.length} check(s) SKIPPED — not run, not counted as passed:`);
      for (const s of this.#skips) this.#print(`  SKIP  ${s}`);
    }
    this.#print(`${this.passed} passed, ${this.failed} failed`);
    return this.failed > 0 ? 1 : 0;
  }
}
