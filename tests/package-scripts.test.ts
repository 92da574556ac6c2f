/**
 * npm runs package.json's scripts in cmd.exe on Windows, where staff run them
 * (docs/known-traps.md#what-staff-type-on-windows): a script must not need a POSIX shell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** What cmd.exe does not understand, or understands otherwise. */
const POSIX_ONLY: [string, RegExp][] = [
  ['a variable set before the command (VAR=1 command)', /(^|&&\s*|\|\|\s*)[A-Z_][A-Z0-9_]*=\S*\s/],
  ['a variable read as $VAR', /\$[A-Za-z_{]/],
  ['single quotes, which cmd.exe passes on as they are', /'/],
  ['a POSIX command', /(^|&&\s*|\|\|\s*|;\s*)(rm|cp|mv|mkdir -p|cat|ls|export|sh|bash|test|true|false)\b/],
  ['";" between commands (cmd.exe uses "&" or "&&")', /;/],
  ['a glob, which cmd.exe does not expand', /\s[^\s]*[*?][^\s]*/],
];

describe("package.json's scripts", () => {
  it('run in cmd.exe as they do in a POSIX shell', () => {
    const found = Object.entries(scripts).flatMap(([name, line]) => POSIX_ONLY.filter(([, re]) => re.test(line)).map(([what]) => `${name}: ${what}: ${line}`));
    expect(found).toEqual([]);
  });

  it('are checked by patterns that do catch what cmd.exe refuses', () => {
    const caught = (line: string) => POSIX_ONLY.some(([, re]) => re.test(line));
    for (const line of ["E2E_SCREENSHOTS=0 node tests/e2e/run.ts", 'rm -rf dist && node scripts/build.ts', "eslint 'src/**'", 'node a.ts; node b.ts', 'vitest run tests/*.test.ts', 'node $HOME/x.ts']) {
      expect(caught(line), line).toBe(true);
    }
    expect(caught('npm run build && astro preview --port 4321')).toBe(false);
  });
});
