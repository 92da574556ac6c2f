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
const pages = ['index.html', 'tieu-chi/index.html', 'du-lieu/index.html', 'tien-do/index.html', 'dia-ban/2020-01/10001-hoa-tham/index.html', 'dia-ban/2025-07/20001-hoa-tham/index.html'];
const goldenDir = path.resolve('tests/golden/mini');
let outDir: string;
let buildLog: string;

// Asset names and CSP hashes change with any style anywhere on the site; the pages' content is what is compared.
const normalise = (html: string) =>
  html
    .replace(/\/_astro\/([\w.-]+?)\.[\w-]{8}\.(css|js)/g, '/_astro/$1.HASH.$2')
    .replace(/ ?'sha256-[A-Za-z0-9+/=]+'/g, '');

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

  it('lists unit pages in the sitemap but not the noindex embeds', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/dia-ban/2020-01/10001-hoa-tham/');
    expect(existsSync(path.join(outDir, 'nhung'))).toBe(true);
    expect(sitemap).not.toContain('/nhung/');
  });

  it('builds a page for every unit of every vintage', () => {
    const expected = [
      '2020-01/20-lang-son', '2020-01/101-bac-khe', '2020-01/102-na-sam', '2020-01/10001-hoa-tham', '2020-01/10002-quy-hoa',
      '2020-01/10003-dinh-lap', '2020-01/10004-tan-van', '2025-07/20-lang-son', '2025-07/20001-hoa-tham', '2025-07/20002-dinh-lap',
    ];
    for (const unit of expected) expect(existsSync(path.join(outDir, 'dia-ban', unit, 'index.html')), unit).toBe(true);
  });

  it('explains a unit in sentences: figures, comparison, criteria, lineage', () => {
    const commune = readFileSync(path.join(outDir, 'dia-ban/2020-01/10001-hoa-tham/index.html'), 'utf8');
    // 2024: 100 poor of 1,000 households; district Bắc Khê 200 of 2,000 (10.00%); province derived 420 of 5,000 (8.40%)
    expect(commune).toContain('Năm 2024, tỷ lệ hộ nghèo của xã Hoa Thám là 10,00%, bằng huyện Bắc Khê (10,00%) và cao hơn tỉnh Lạng Sơn (8,40%).');
    expect(commune).toContain('href="/dia-ban/2025-07/20001-hoa-tham/"');
    const merged = readFileSync(path.join(outDir, 'dia-ban/2025-07/20001-hoa-tham/index.html'), 'utf8');
    // Hoa Thám 2025 took in Quý Hòa whole and half of Đình Lập
    expect(merged).toMatch(/href="\/dia-ban\/2020-01\/10003-dinh-lap\/">Thị trấn Đình Lập<\/a> \(50,00% số hộ\)/);
  });
});
