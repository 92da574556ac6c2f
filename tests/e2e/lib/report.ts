/**
 * One line per check ("PASS", "FAIL" or "SKIP"), a final "N passed, M failed"
 * (skips are listed just above it and never counted as passed). Shared by every e2e suite.
 */
export class Report {
  passed = 0;
  failed = 0;
  skipped = 0;
  readonly #skips: string[] = [];

  check(label: string, ok: boolean, detail = ''): boolean {
    if (ok) this.passed++;
    else this.failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  (${detail})` : ''}`);
    return ok;
  }

  /** A journey whose page does not exist (yet). Loud on purpose: it is listed again in the summary. */
  skip(label: string, reason: string): void {
    this.skipped++;
    this.#skips.push(`${label}: ${reason}`);
    console.log(`SKIP  ${label}  — ${reason}`);
  }

  info(text: string): void {
    console.log(`      ${text}`);
  }

  heading(text: string): void {
    console.log(`\n==== ${text}`);
  }

  /** Prints the skips again and the final line; returns the exit code. */
  summary(): number {
    if (this.#skips.length > 0) {
      console.log(`\n${this.#skips.length} check(s) SKIPPED — not run, not counted as passed:`);
      for (const s of this.#skips) console.log(`  SKIP  ${s}`);
    }
    console.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed > 0 ? 1 : 0;
  }
}
