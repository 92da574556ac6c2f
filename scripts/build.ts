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
if (result.status !== 0) rmSync('dist', { recursive: true, force: true });
process.exitCode = result.status ?? 1;
