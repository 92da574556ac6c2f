import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeMini } from './fixtures/mini.ts';

/**
 * Golden build: the mini fixture is built by Astro and each page compared with the HTML
 * kept in tests/golden/mini/. UPDATE_GOLDEN=1 rewrites them after an intended change;
 * read the diff before committing it.
 */
const pages = ['index.html', 'tieu-chi/index.html', 'du-lieu/index.html'];
const goldenDir = path.resolve('tests/golden/mini');
let outDir: string;
let buildLog: string;

const normalise = (html: string) => html.replace(/\/_astro\/([\w.-]+?)\.[\w-]{8}\.(css|js)/g, '/_astro/$1.HASH.$2');

beforeAll(() => {
  const { root, dataRoot } = writeMini();
  outDir = mkdtempSync(path.join(tmpdir(), 'golden-'));
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataRoot, CONTENT_DIR: path.join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  buildLog = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`astro build failed:\n${buildLog}`);
}, 120_000);

describe('golden build of the mini fixture', () => {
  it.each(pages)('%s matches its golden copy', (page) => {
    const html = normalise(readFileSync(path.join(outDir, page), 'utf8'));
    const golden = path.join(goldenDir, page);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      mkdirSync(path.dirname(golden), { recursive: true });
      writeFileSync(golden, html);
    }
    expect(html).toBe(readFileSync(golden, 'utf8'));
  });

  it('shows what the fixture means, not just what it was', () => {
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    // 1,000 poor of 5,000 households in 2021, the province's only record
    expect(home).toContain('20,00%');
    expect(home).toContain('1.000 / 5.000 hộ');
    const criteria = readFileSync(path.join(outDir, 'tieu-chi/index.html'), 'utf8');
    // xã Hoa Thám: 40 → 30 → 20 → 10 % poor, 10 points a year
    expect(criteria).toContain('Giảm 10,00; 10,00; 10,00 điểm (2022–2024): cả 3 năm từ 6,00 điểm trở lên.');
    // huyện Na Sầm: 650 → 470 poor + near-poor is 27.69% down, not over half
    expect(criteria).toContain('Quy mô hộ nghèo và cận nghèo 650 → 470 hộ (giảm 27,69% so với năm 2021), chưa trên 50%.');
    // a published release carries no demo banner
    expect(home).not.toContain('demo-banner');
  });
});
