// npm run build -- [--data DIR] [--drafts]
// Removes the previous site first, so a build stopped by invalid data leaves no site
// behind; the data is validated by the validate-data integration before any page.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { data: { type: 'string' }, drafts: { type: 'boolean', default: false } } });
rmSync('dist', { recursive: true, force: true });
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (values.data) env.DATA_DIR = path.resolve(values.data);
if (values.drafts) env.INCLUDE_DRAFTS = '1';
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env });

// Search index (issue 4): pagefind reads the built pages and writes dist/pagefind/. Pages mark
// what is indexed with data-pagefind-body; the search page loads the index only when used.
// Pagefind folds tone marks itself, so "dinh lap" finds "Đình Lập" (tests/e2e/search.ts).
let status = result.status ?? 1;
if (status === 0) {
  const pagefind = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
  const started = performance.now();
  const indexed = spawnSync(process.execPath, [pagefind, '--site', 'dist', '--output-subdir', 'pagefind', '--silent'], { stdio: 'inherit', env });
  status = indexed.status ?? 1;
  if (status === 0) console.log(`[pagefind] chỉ mục tìm kiếm: dist/pagefind (${Math.round(performance.now() - started)} ms)`);
  else console.error('[pagefind] không tạo được chỉ mục tìm kiếm');
}
if (status !== 0) rmSync('dist', { recursive: true, force: true });
process.exitCode = status;
