import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/domain/content/files.ts';
import { MINI_RELEASE, writeMini } from '../fixtures/mini.ts';
import { build, builtSite, type BuiltSite } from './lib/sites.ts';

/**
 * `npm run build -- --data DIR` alone: the validator and the pages must both take the
 * profiles from the `content/` beside DIR (src/config.ts), never one of them from the
 * project's own content/. The mini fixture's one profile, xa-hoa-tham, is named by its
 * recognition; the project's profiles are not in the fixture.
 */
const fixtureSlugs = (root: string) => readCollection(path.join(root, 'content'), 'profiles').map((f) => f.slug);
const projectSlugs = readCollection(path.resolve('content'), 'profiles').map((f) => f.slug);
let mini: BuiltSite;

beforeAll(async () => {
  mini = await builtSite('mini');
});

describe('npm run build -- --data DIR', () => {
  it('validates the recognition naming the fixture\'s profile, and renders exactly the profiles beside DIR', () => {
    expect(fixtureSlugs(mini.root)).toEqual(['xa-hoa-tham']);
    expect(mini.log).toMatch(/\[validate-data\] Phiên bản 2025\.1: 0 lỗi, .*Dữ liệu hợp lệ\./);
    const list = readFileSync(path.join(mini.out, 'dien-hinh', 'index.html'), 'utf8');
    const linked = [...new Set([...list.matchAll(/href="\/dien-hinh\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))];
    expect(linked).toEqual(['xa-hoa-tham']);
    expect(existsSync(path.join(mini.out, 'dien-hinh', 'xa-hoa-tham', 'index.html'))).toBe(true);
    for (const slug of projectSlugs) expect(existsSync(path.join(mini.out, 'dien-hinh', slug)), slug).toBe(false);
  });

  it('lists the same profiles in the sitemap', () => {
    const sitemap = readFileSync(path.join(mini.out, 'sitemap-0.xml'), 'utf8');
    expect([...sitemap.matchAll(/\/dien-hinh\/([a-z0-9-]+)\/</g)].map((m) => m[1])).toEqual(['xa-hoa-tham', 'xa-hoa-tham']);
    // Once in each language: the profile and its English twin.
    expect(sitemap).toContain('/en/dien-hinh/xa-hoa-tham/<');
  });

  it('validates against the same folder: a draft\'s recognition naming a profile only the project has stops the preview build', async () => {
    const elsewhere = projectSlugs[0]!;
    const { dataRoot } = writeMini();
    const draft = path.join(dataRoot, 'releases', '2025.2');
    cpSync(path.join(dataRoot, 'releases', MINI_RELEASE), draft, { recursive: true });
    const recognitions = JSON.parse(readFileSync(path.join(draft, 'recognitions.json'), 'utf8'));
    recognitions.recognitions[0].profile = elsewhere;
    writeFileSync(path.join(draft, 'recognitions.json'), JSON.stringify(recognitions, null, 2) + '\n');
    const manifest = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
    manifest.releases.push({ id: '2025.2', title: 'Bản nháp thử', publishedAt: null, status: 'draft' });
    writeFileSync(path.join(dataRoot, 'releases', 'index.json'), JSON.stringify(manifest, null, 2) + '\n');
    const result = await build(['--data', dataRoot, '--drafts']);
    try {
      expect(result.status).not.toBe(0);
      expect(result.log).toContain(`releases/2025.2/recognitions.json:/recognitions/0/profile  profile-unknown`);
      expect(result.log).toContain(`(giá trị: "${elsewhere}")`);
      expect(existsSync(path.join(result.out, 'index.html'))).toBe(false);
    } finally {
      rmSync(result.out, { recursive: true, force: true });
    }
  });
});
