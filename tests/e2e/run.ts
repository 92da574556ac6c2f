/**
 * Every browser test against the built site:
 *
 *   npm run build && npm run test:e2e                 everything
 *   npm run test:e2e -- a11y journeys                 some suites (or scripts, by name)
 *   npm run test:e2e -- --dist /tmp/other-build       another build
 *
 * The suites here (smoke, journeys, a11y, xss) share one Chromium; any other
 * tests/e2e/*.ts is a standalone script (map, search, …) run afterwards on the
 * same build, two at a time, each printed whole in name order (lib/run.ts), so a new
 * browser test is picked up without being listed (names starting with "_" are left
 * out: scratch files). Prints
 * one line per check and "N passed, M failed" last (all of them together);
 * exits 1 on any failure. Screenshots are written to screenshots/ (gitignored).
 */
import { readdirSync } from 'node:fs';
import { a11y } from './a11y.ts';
import { journeys } from './journeys.ts';
import { runSuites } from './lib/run.ts';
import { smoke } from './smoke.ts';
import { xss } from './xss.ts';

const suites = [smoke, journeys, a11y, xss];
const own = new Set(['run.ts', ...suites.map((s) => `${s.name}.ts`)]);
const scripts = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.ts') && !own.has(f) && !f.startsWith('_'))
  .sort()
  .map((f) => `tests/e2e/${f}`);

await runSuites(suites, process.argv.slice(2), scripts);
