import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite, summarize } from '../../scripts/check-links.ts';
import { parseCsv } from '../../src/domain/import/csv.ts';
import { MINI_RELEASE, writeMini } from '../fixtures/mini.ts';
import { build, type BuildResult } from './lib/sites.ts';
import { searchIndex } from './lib/pages.ts';

/**
 * A household withdraws its consent (content/README.md, "Rút lại sự đồng ý"): staff delete
 * its profile the same day. The mini fixture's published release gives its award to a
 * household whose profile, `ho-gia-dinh-rut-dong-y`, is no longer in content/: the build
 * warns (profile-withdrawn) and goes on, and no page, download or index of the site leads to
 * the profile; only the release's immutable recognitions.json still names it.
 */
const SLUG = 'ho-gia-dinh-rut-dong-y';
let result: BuildResult;
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
const read = (file: string) => readFileSync(path.join(result.out, file), 'utf8');

beforeAll(async () => {
  const { dataRoot } = writeMini((f) => {
    const r = f.recognitions.recognitions[0];
    r.recipient = { kind: 'household', vintage: '2020-01', unit: '10001', name: 'Hộ gia đình ông Nông Văn A (tên giả định)' };
    r.claims = [];
    r.grounds = ['household'];
    r.profile = SLUG;
  });
  result = await build(['--data', dataRoot]);
});

afterAll(() => rmSync(result.out, { recursive: true, force: true }));

describe('a profile withdrawn after its release was published', () => {
  it('warns with file, JSON pointer, rule and slug, and builds', () => {
    expect(result.status, result.log.slice(-2000)).toBe(0);
    expect(result.log).toContain(`cảnh báo  releases/${MINI_RELEASE}/recognitions.json:/recognitions/0/profile  profile-withdrawn  hồ sơ điển hình "${SLUG}" không còn trong content/profiles`);
    expect(result.log).toContain(`(giá trị: "${SLUG}")`);
  });

  it('shows the award without a link on the unit page, /khen-thuong/ and their English twins', () => {
    for (const page of ['dia-ban/2020-01/10001-hoa-tham/index.html', 'khen-thuong/index.html', 'en/dia-ban/2020-01/10001-hoa-tham/index.html', 'en/khen-thuong/index.html']) {
      const html = read(page);
      expect(html, page).toContain('12/QĐ-UBND');
      expect(html, page).not.toContain('/dien-hinh/ho-');
    }
  });

  it('no file of the site leads to the profile: pages, sitemap, feeds, embeds, search index, downloads', () => {
    const all = files(result.out);
    expect(all.filter((f) => f.includes(SLUG))).toEqual([]);
    // The release's own JSON, hashed and immutable, and the editor's copy of it (its checks must know the link a reused file name would revive) keep the slug.
    const keep = new Set([`du-lieu/${MINI_RELEASE}/recognitions.json`, 'quan-tri/danh-muc.json']);
    const naming = all.filter((f) => /\.(html|xml|json|csv|txt|js|webmanifest)$/.test(f) && !keep.has(f) && read(f).includes(SLUG));
    expect(naming).toEqual([]);
    expect(read(`du-lieu/${MINI_RELEASE}/recognitions.json`)).toContain(`"profile": "${SLUG}"`);
    expect([...searchIndex(result.out).entries()].filter(([url, text]) => url.includes(SLUG) || text.includes(SLUG))).toEqual([]);
  });

  it('recognitions.csv, made at this build, has the award with an empty profile cell', () => {
    const [header, row] = parseCsv(read(`du-lieu/${MINI_RELEASE}/recognitions.csv`), ',');
    expect(row![header!.indexOf('id')]).toBe('r-2025-001');
    expect(row![header!.indexOf('profile')]).toBe('');
  });

  it('leaves no link to a profile broken (npm run check:links)', async () => {
    const report = await checkSite(result.out);
    expect(report.checked.internal).toBeGreaterThan(0);
    // The mini fixture has no content/pages, so its links to /phuong-phap/ are not the question here.
    expect(summarize(report.problems.filter((p) => p.url.includes('/dien-hinh/')))).toEqual([]);
  });
});
