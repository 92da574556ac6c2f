// npm run build -- [--data DIR] [--content DIR] [--drafts] [--out DIR]
// Without --content the profiles, updates and pages are the `content/` folder beside the
// data folder (src/config.ts). --out (default dist) is for test builds beside the real one.
// Removes the previous site first, so a build stopped by invalid data leaves no site
// behind; the data is validated by the validate-data integration before any page.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnv } from '../src/config.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, content: { type: 'string' }, drafts: { type: 'boolean', default: false }, out: { type: 'string', default: 'dist' } },
});
const out = path.resolve(values.out);
if (!path.relative(out, process.cwd()).startsWith('..')) {
  console.error(`Sai tham số: --out ${values.out} chứa cả dự án; chọn một thư mục riêng để xóa và dựng lại.`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
const env = buildEnv(values);
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', out], { stdio: 'inherit', env });

// Search index (issue 4): pagefind reads the built pages and writes <out>/pagefind/. Pages mark
// what is indexed with data-pagefind-body; the search page loads the index only when used.
// Pagefind folds tone marks itself, so "dinh lap" finds "Đình Lập" (tests/e2e/search.ts).
let status = result.status ?? 1;
if (status === 0) {
  const pagefind = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
  const started = performance.now();
  const indexed = spawnSync(process.execPath, [pagefind, '--site', out, '--output-subdir', 'pagefind', '--silent'], { stdio: 'inherit', env });
  status = indexed.status ?? 1;
  if (status === 0) console.log(`[pagefind] chỉ mục tìm kiếm: ${path.relative(process.cwd(), out) || '.'}/pagefind (${Math.round(performance.now() - started)} ms)`);
  else console.error('[pagefind] không tạo được chỉ mục tìm kiếm');
}
if (status !== 0) rmSync(out, { recursive: true, force: true });
process.exitCode = status;
