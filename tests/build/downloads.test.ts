import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffJson, diffReleases } from '../../src/domain/diff/diff.ts';
import { loadSnapshot } from '../../src/domain/export/snapshot.ts';
import { parseCsv } from '../../src/domain/import/csv.ts';
import { NEW, OLD } from '../fixtures/releases-diff/two-releases.ts';
import { builtSite } from './lib/sites.ts';

/**
 * The built site's downloads agree with the data: in the site of the fixture with two
 * releases, every file under /du-lieu/<id>/ is checked against the manifest, the
 * datapackage and the diff.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
let outDir: string;
let dataRoot: string;

beforeAll(async () => {
  ({ out: outDir, dataRoot } = await builtSite('two-releases'));
});

const built = (...parts: string[]) => readFileSync(path.join(outDir, 'du-lieu', ...parts));

describe('downloads of the built site', () => {
  it('every JSON file of every release is served byte for byte: its sha256 is the manifest\'s', () => {
    const manifest = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
    for (const release of manifest.releases) {
      for (const [name, hash] of Object.entries(release.sha256 as Record<string, string>)) {
        expect(sha256(built(release.id, name)), `${release.id}/${name}`).toBe(hash);
      }
    }
  });

  it('datapackage.json lists every CSV with the size and sha256 of the built file', () => {
    for (const id of [OLD, NEW]) {
      const pkg = JSON.parse(built(id, 'datapackage.json').toString('utf8'));
      expect(pkg.version).toBe(id);
      const csvs = pkg.resources.filter((r: any) => r.format === 'csv');
      expect(csvs.map((r: any) => r.path)).toEqual(['observations.csv', 'units.csv', 'classifications.csv', 'crosswalks.csv', 'recognitions.csv', 'sources.csv', 'carried-series.csv', 'ket-qua-tieu-chi.csv']);
      // Every table also as Excel, in one workbook, and the criteria results as JSON, for the older release too.
      for (const r of csvs) expect(pkg.resources.some((x: any) => x.path === r.path.replace('.csv', '.xlsx') && x.format === 'xlsx'), r.path).toBe(true);
      expect(pkg.resources.some((x: any) => x.path === `lang-son-ho-ngheo-${id}.xlsx`)).toBe(true);
      expect(pkg.resources.some((x: any) => x.path === 'ket-qua-tieu-chi.json')).toBe(true);
      for (const r of pkg.resources) {
        const bytes = built(id, r.path);
        expect(r.bytes, r.path).toBe(bytes.length);
        expect(r.hash, r.path).toBe(`sha256:${sha256(bytes)}`);
      }
    }
  });

  it('carried-series.csv gives today\'s communes their carried years, with the old units and shares', () => {
    const csv = built(NEW, 'carried-series.csv').toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('vintage,code,name,type,level,parent_code,parent_name,year,households,poor,near_poor,poor_rate,near_poor_rate,em_households,em_poor,em_poor_rate,carried,from_vintage,from_units,derived,illustrative,source_ids');
    // xã Hoa Thám (20001) in 2021 = 10001 + 10002 + half of 10003: 3,000 households, 750 poor, 300 near-poor
    expect(lines).toContain('2025-07,20001,Hoa Thám,xã,commune,20,Lạng Sơn,2021,3000,750,300,25.00,10.00,,,,true,2020-01,10001:1;10002:1;10003:0.5,false,true,s-minh-hoa');
    // its own 2025 record is there too, not carried
    expect(lines.find((l) => l.startsWith('2025-07,20001,Hoa Thám,xã,commune,20,Lạng Sơn,2025,'))).toContain(',false,,,false,true,s-minh-hoa');
    const pkg = JSON.parse(built(NEW, 'datapackage.json').toString('utf8'));
    const resource = pkg.resources.find((r: any) => r.path === 'carried-series.csv');
    expect(resource.schema.primaryKey).toEqual(['vintage', 'code', 'year', 'carried']);
  });

  it('ket-qua-tieu-chi.csv: a result on carried figures says "ước tính" in its words, as the pages do', () => {
    const [header, ...rows] = parseCsv(built(NEW, 'ket-qua-tieu-chi.csv').toString('utf8').replace(/^\uFEFF/, ''));
    const at = (name: string) => header!.indexOf(name);
    const carried = rows.filter((r) => r[at('basis')] === 'carried');
    expect(carried.length).toBeGreaterThan(0);
    for (const r of carried) expect(r[at('status_text')], r.join(',')).toMatch(/ \(ước tính\)$/);
    for (const r of rows.filter((x) => x[at('basis')] === 'reported')) expect(r[at('status_text')]).not.toMatch(/ước tính/);
  });

  it('observations.csv has a BOM and one row per record, with the corrected figure', () => {
    const csv = built(NEW, 'observations.csv').toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.split('\r\n').filter(Boolean);
    const records = JSON.parse(built(NEW, 'observations.json').toString('utf8')).observations.length;
    expect(lines).toHaveLength(records + 1);
    expect(lines.find((l) => l.startsWith('2020-01,10002,Quý Hòa,xã,commune,101,Bắc Khê,2023,'))).toContain(',1000,150,100,15.00,10.00,');
  });

  it('thay-doi.json is the diff against the previous release', () => {
    const expected = diffJson(diffReleases(loadSnapshot(dataRoot, OLD), loadSnapshot(dataRoot, NEW)));
    expect(built(NEW, 'thay-doi.json').toString('utf8')).toBe(expected);
    expect(JSON.parse(built(OLD, 'thay-doi.json').toString('utf8')).from).toBeNull();
  });

  it('the release page says what changed, in Vietnamese, with formatted numbers', () => {
    const html = built(NEW, 'index.html').toString('utf8');
    expect(html).toMatch(/So với phiên bản <a href="\/du-lieu\/2025\.1\/"[^>]*>2025\.1<\/a>\./);
    expect(html).toContain('2 số liệu được sửa');
    expect(html).toMatch(/xã Quý Hòa<span class="unit-detail"[^>]*>năm 2023 · mã 10002 · 2020-01<\/span><\/th>\s*<td[^>]*>Hộ nghèo<\/td>\s*<td[^>]*>160 → 150<\/td>/);
    expect(html).toContain('Số liệu mới');
    expect(html).toContain('tỉnh Lạng Sơn');
    expect(html).toContain('5.000');
    expect(html).toContain('Số liệu bị bỏ');
    expect(html).toContain('Đổi tên: Đình Lập → Đình Lập Mới (20002)');
    expect(html).toMatch(/href="\/du-lieu\/2026\.1\/observations\.csv"/);
    const first = built(OLD, 'index.html').toString('utf8');
    expect(first).toContain('Đây là phiên bản đầu tiên');
    const index = built('index.html').toString('utf8');
    expect(index).toContain('href="/du-lieu/2026.1/"');
    expect(index).toContain('So với phiên bản 2025.1: 1 số liệu mới; 2 số liệu được sửa; 1 số liệu bị bỏ');
  });

  it('the hashes say which files are the release\'s record and which the site makes at each build', () => {
    const html = built(OLD, 'index.html').toString('utf8');
    const hashLine = (name: string) => {
      const at = html.indexOf(`download="${name}"`);
      expect(at, name).toBeGreaterThan(-1);
      return /<span class="downloads__hash"[^>]*>([\s\S]*?)<\/span>\s*<\/li>/.exec(html.slice(at))![1]!;
    };
    expect(hashLine('observations.json')).toContain('khớp mã băm ghi trong danh sách phiên bản');
    expect(hashLine('observations.json')).not.toContain('dựng từ các tệp gốc');
    for (const name of ['observations.csv', 'observations.xlsx', 'ket-qua-tieu-chi.csv', 'datapackage.json']) {
      expect(hashLine(name), name).toContain('dựng từ các tệp gốc; mã băm của lần dựng trang này');
    }
    expect(built('index.html').toString('utf8')).toContain('nên mã băm của chúng là của lần dựng này');
  });

  it('builds no page for a draft unless asked', () => {
    expect(existsSync(path.join(outDir, 'du-lieu', '2099.1'))).toBe(false);
  });
});
