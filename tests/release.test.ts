import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main as releaseMain } from '../scripts/release.ts';
import { placeholderTitle } from '../src/domain/release/draft-title.ts';
import { publishRelease } from '../src/domain/release/publish.ts';
import { sha256Hex } from '../src/domain/validation/rules/manifest.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { runMain } from './helpers/cli.ts';

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.join(e.parentPath, e.name), readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
  );

const asDraft = (f: any) => {
  f.manifest.releases[0].status = 'draft';
  f.manifest.releases[0].publishedAt = null;
};

/** The mini release as a draft, beside an earlier demo release (a copy) that is current. */
function writeDraft(mutate: (f: any) => void = () => {}) {
  const written = writeMini((f) => { asDraft(f); mutate(f); });
  const releases = path.join(written.dataRoot, 'releases');
  cpSync(path.join(releases, MINI_RELEASE), path.join(releases, '2024.1'), { recursive: true });
  const manifestFile = path.join(releases, 'index.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const sha256 = Object.fromEntries(
    ['units.json', 'crosswalks.json', 'observations.json', 'recognitions.json'].map((n) => [n, sha256Hex(readFileSync(path.join(releases, '2024.1', n)))]),
  );
  manifest.releases.unshift({ id: '2024.1', title: 'Bản trước', publishedAt: '2025-01-01', status: 'demo', sha256 });
  manifest.current = '2024.1';
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return written;
}

describe('npm run release -- publish', () => {
  it('publishes a valid draft: records hashes and date, makes it current, touches no release file', async () => {
    const { root, dataRoot } = writeDraft();
    const releaseDir = path.join(dataRoot, 'releases', MINI_RELEASE);
    const before = filesOf(releaseDir);
    const result = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-02-10', contentRoot: path.join(root, 'content') });
    expect(result.ok).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
    expect(manifest.current).toBe(MINI_RELEASE);
    const entry = manifest.releases.find((r: any) => r.id === MINI_RELEASE);
    expect(entry).toMatchObject({ status: 'published', publishedAt: '2026-02-10' });
    expect(Object.keys(entry.sha256).sort()).toEqual(['crosswalks.json', 'observations.json', 'recognitions.json', 'units.json']);
    expect(filesOf(releaseDir)).toEqual(before);
    // the published release now checks against its own hashes
    const { report } = validate({ dataRoot, contentRoot: path.join(root, 'content') });
    expect(report.errors.filter((e) => e.rule.startsWith('published-'))).toEqual([]);
  });
  it("refuses a draft still titled with the importer's placeholder, whose title would stay for good, and writes nothing", async () => {
    const { root, dataRoot } = writeDraft((f) => { f.manifest.releases[0].title = placeholderTitle(MINI_RELEASE); });
    const before = filesOf(dataRoot);
    const result = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-02-10', contentRoot: path.join(root, 'content') });
    expect(result).toMatchObject({ ok: false, rule: 'draft-title-placeholder', reason: expect.stringContaining(`Đặt tên trước: npm run import -- --release ${MINI_RELEASE} --title "…"`) });
    expect(filesOf(dataRoot)).toEqual(before);
  });
  it('refuses an invalid draft and writes nothing', async () => {
    const { root, dataRoot } = writeDraft((f) => { f.observations.observations[0].poor = 5000; });
    const before = filesOf(dataRoot);
    const result = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-02-10', contentRoot: path.join(root, 'content') });
    expect(result).toMatchObject({ ok: false, rule: 'draft-invalid' });
    if (!result.ok) expect(result.problems.map((p) => p.rule)).toContain('poor-within-households');
    expect(filesOf(dataRoot)).toEqual(before);
  });
  it('refuses a draft the content no longer fits (a profile cites an award the draft dropped) and writes nothing', async () => {
    const { root, dataRoot } = writeDraft((f) => { f.recognitions.recognitions = []; });
    const profile = path.join(root, 'content', 'profiles', 'xa-hoa-tham.md');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('sample: true\n', 'sample: true\nrecognitions: [r-2025-001]\n'));
    const before = filesOf(root);
    const result = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-02-10', contentRoot: path.join(root, 'content') });
    expect(result).toMatchObject({ ok: false, rule: 'content-invalid' });
    if (!result.ok) {
      expect(result.reason).toContain('nội dung (hồ sơ, bài viết) còn 1 lỗi');
      expect(result.contentProblems).toEqual([
        { file: expect.stringMatching(/profiles[\\/]xa-hoa-tham\.md$/), line: 8, rule: 'recognition-unknown', message: expect.stringContaining('"r-2025-001"') },
      ]);
    }
    expect(filesOf(root)).toEqual(before);
    // As staff see it: the profile's file, line and rule, then the refusal; exit 1.
    const lines: string[] = [];
    const code = await releaseMain(['publish', MINI_RELEASE, '--data', dataRoot, '--content', path.join(root, 'content'), '--date', '2026-02-10'], { out: (l) => lines.push(l), err: (l) => lines.push(l) }, { today: '2026-02-10' });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/xa-hoa-tham\.md:8 {2}recognition-unknown {2}không có khen thưởng "r-2025-001"/);
    // The refusal itself ends with its own stable id, as the validator's lines carry theirs.
    expect(lines.at(-1)).toMatch(/^Không công bố: nội dung \(hồ sơ, bài viết\) còn 1 lỗi .* {2}\[content-invalid\]$/);
    expect(filesOf(root)).toEqual(before);
  });

  // The status in the sentence's own language: "published" is the manifest's code, not a Vietnamese word.
  it.each([
    ['published', () => ({ ...writeMini(), releaseId: MINI_RELEASE }), `phiên bản ${MINI_RELEASE} đang ở trạng thái "đã công bố"`],
    ['demo', () => ({ ...writeDraft(), releaseId: '2024.1' }), 'phiên bản 2024.1 đang ở trạng thái "minh họa"'],
  ])('never edits a %s release, and says its status in Vietnamese', async (_, make, said) => {
    const { root, dataRoot, releaseId } = make();
    const manifestFile = path.join(dataRoot, 'releases', 'index.json');
    const before = filesOf(dataRoot);
    const mtime = statSync(manifestFile).mtimeMs;
    const result = await publishRelease({ dataRoot, releaseId, date: '2027-01-01', today: '2027-01-05', contentRoot: path.join(root, 'content') });
    expect(result).toMatchObject({ ok: false, rule: 'release-not-draft', reason: `${said}; chỉ bản nháp mới được công bố. Bản đính chính phải là một phiên bản mới.` });
    expect(filesOf(dataRoot)).toEqual(before);
    expect(statSync(manifestFile).mtimeMs).toBe(mtime);
  });

  it('names a release that is not there, with its rule id; exit 2', async () => {
    const { root, dataRoot } = writeDraft();
    const r = await runMain((io) => releaseMain(['publish', '2030.9', '--data', dataRoot, '--content', path.join(root, 'content')], io, { today: '2026-02-10' }));
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: `Sai tham số: không có phiên bản "2030.9" trong releases/index.json; có: 2024.1, ${MINI_RELEASE}  [release-unknown]` });
  });

  it('moves `current` only forward: an older draft is refused once a newer release is published', async () => {
    const { root, dataRoot } = writeDraft();
    addDraft(dataRoot, '2026.1');
    const content = path.join(root, 'content');
    expect(await publishRelease({ dataRoot, releaseId: '2026.1', date: '2026-03-01', today: '2026-03-01', contentRoot: content })).toMatchObject({ ok: true });
    const manifestFile = path.join(dataRoot, 'releases', 'index.json');
    const before = readFileSync(manifestFile, 'utf8');
    const older = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-03-02', today: '2026-03-02', contentRoot: content });
    expect(older).toMatchObject({ ok: false, rule: 'release-older-than-published', reason: expect.stringMatching(/^phiên bản 2026\.1 \(mã sau 2025\.1\) đã công bố/) });
    expect(readFileSync(manifestFile, 'utf8')).toBe(before);
    expect(JSON.parse(before).current).toBe('2026.1');
  });

  it('two publishes at once: each one that succeeds is recorded, none is lost', async () => {
    const { root, dataRoot } = writeDraft();
    addDraft(dataRoot, '2026.1');
    const content = path.join(root, 'content');
    const results = await Promise.all(['2026.1', MINI_RELEASE].map((releaseId) => publishRelease({ dataRoot, releaseId, today: '2026-03-01', contentRoot: content })));
    const manifest = JSON.parse(readFileSync(path.join(dataRoot, 'releases', 'index.json'), 'utf8'));
    ['2026.1', MINI_RELEASE].forEach((id, i) => {
      expect(manifest.releases.find((r: any) => r.id === id).status).toBe(results[i]!.ok ? 'published' : 'draft');
    });
    expect(results[0]!.ok).toBe(true);
    expect(validate({ dataRoot, contentRoot: content }).report.errors).toEqual([]);
  });

  it('checks a draft\'s years at the publication date: a backdated --date does not let in a year the published release would fail on', async () => {
    // The 2027 review typed into a draft, published on 05/01/2027 but dated 30/12/2026.
    const { root, dataRoot } = writeDraft((f) => { f.observations.observations.push({ vintage: '2025-07', unit: '20', year: 2027, households: 5200, poor: 150, nearPoor: 300, source: 's-minh-hoa' }); });
    const content = path.join(root, 'content');
    const manifestFile = path.join(dataRoot, 'releases', 'index.json');
    const before = readFileSync(manifestFile, 'utf8');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-01-05T03:00:00Z'));
      const backdated = await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2026-12-30', today: '2027-01-05', contentRoot: content });
      expect(backdated).toMatchObject({ ok: false, reason: `phiên bản ${MINI_RELEASE} còn 1 lỗi` });
      expect(backdated.ok ? [] : backdated.problems.map(({ path, rule, value }) => ({ path, rule, value }))).toEqual([{ path: '/observations/28/year', rule: 'year-in-future', value: 2027 }]);
      expect(readFileSync(manifestFile, 'utf8')).toBe(before);
      expect(await publishRelease({ dataRoot, releaseId: MINI_RELEASE, date: '2027-01-05', today: '2027-01-05', contentRoot: content })).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
    // published, the release is judged at its own date from now on: valid on today's clock too
    expect(validate({ dataRoot, contentRoot: content }).report.errors).toEqual([]);
  });

  it('dates a publication today in Vietnam by default (UTC+7)', async () => {
    const { vietnamToday } = await import('../src/domain/release/dates.ts');
    expect(vietnamToday(new Date('2027-01-19T17:30:00Z'))).toBe('2027-01-20');
    expect(vietnamToday(new Date('2027-01-19T16:59:59Z'))).toBe('2027-01-19');
  });
});

/** Another draft, a copy of the mini release's files. */
function addDraft(dataRoot: string, id: string) {
  const releases = path.join(dataRoot, 'releases');
  cpSync(path.join(releases, MINI_RELEASE), path.join(releases, id), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(releases, 'index.json'), 'utf8'));
  manifest.releases.push({ id, title: 'Bản nháp khác', publishedAt: null, status: 'draft' });
  writeFileSync(path.join(releases, 'index.json'), JSON.stringify(manifest, null, 2) + '\n');
}
