/**
 * The demo-release generator (scripts/generate-demo-release.ts), run through its
 * CLI into temporary folders. Every expectation is computed here from the written
 * files and the reference extracts, never read back from the generator.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../src/domain/validation/validate.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = path.join(repoRoot, 'scripts/generate-demo-release.ts');
const referenceDir = path.resolve(repoRoot, 'sources/admin-units');
const RELEASE_FILES = ['units.json', 'crosswalks.json', 'observations.json', 'recognitions.json'];
/** The release the generator writes now; 2026.1 is kept as committed. */
const RELEASE = '2026.2';

/** Node ≥ 22.18 runs TypeScript directly; otherwise use the pinned Node 24 of the repo. */
function nodeBinary(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 18)) return process.execPath;
  const pinned = path.join(repoRoot, 'node_modules/.bin/node');
  return existsSync(pinned) ? pinned : process.execPath;
}

function runGenerator(args: string[]) {
  return spawnSync(nodeBinary(), [script, ...args], { encoding: 'utf8', cwd: repoRoot });
}

// ---------------------------------------------------------------- shapes read back

interface Classification {
  kind: string;
  value?: string;
  from: number;
  to: number | null;
  source: string;
}
interface Unit {
  code: string;
  level: string;
  parent?: string;
  name: string;
  type: string;
  classifications?: Classification[];
}
interface Vintage {
  id: string;
  validFrom: string;
  validTo: string | null;
  basis: string;
  units: Unit[];
}
interface Source {
  id: string;
  kind: string;
  title: string;
  note?: string | null;
}
interface Observation {
  vintage: string;
  unit: string;
  year: number;
  households: number;
  poor: number;
  nearPoor: number;
  ethnicMinority?: { households: number; poor: number };
  source: string;
}
interface Link {
  from: string;
  to: string;
  share?: number;
}
interface Crosswalk {
  from: string;
  to: string;
  basis: string;
  links: Link[];
}

/** round(part / whole × 100, 2), half away from zero, in hundredths — exact, with BigInt. */
function rateHundredths(part: number, whole: number): number {
  return Number((2n * BigInt(part) * 10000n + BigInt(whole)) / (2n * BigInt(whole)));
}

/** A share written with at most 4 decimals, as integer ten-thousandths. */
function tenThousandths(share: number | undefined): number {
  if (share === undefined) return 10000;
  const n = Math.round(share * 10000);
  expect(Math.abs(n / 10000 - share)).toBeLessThan(1e-12);
  return n;
}

let tmp: string;
let outA: string;
let outB: string;
let units: { vintages: Vintage[]; sources: Source[] };
let crosswalks: { crosswalks: Crosswalk[]; sources: Source[] };
let observations: { observations: Observation[]; sources: Source[] };
let recognitions: { recognitions: unknown[]; sources: Source[] };

const read = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const vintage = (id: string) => units.vintages.find((v) => v.id === id)!;
const obs = (v: string, unit: string, year: number) =>
  observations.observations.find((o) => o.vintage === v && o.unit === unit && o.year === year);

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'demo-release-'));
  outA = path.join(tmp, 'a/releases', RELEASE);
  outB = path.join(tmp, 'b/releases', RELEASE);
  for (const out of [outA, outB]) {
    const r = runGenerator(['--out', out, '--reference', referenceDir, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  units = read(outA, 'units.json');
  crosswalks = read(outA, 'crosswalks.json');
  observations = read(outA, 'observations.json');
  recognitions = read(outA, 'recognitions.json');
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('determinism and release manifest', () => {
  it('writes byte-identical files on two runs', () => {
    for (const file of [...RELEASE_FILES.map((f) => path.join('releases', RELEASE, f)), 'releases/index.json']) {
      const a = readFileSync(path.join(tmp, 'a', file));
      const b = readFileSync(path.join(tmp, 'b', file));
      expect(a.length, file).toBeGreaterThan(0);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('formats JSON with two-space indentation and a final newline', () => {
    for (const file of RELEASE_FILES) {
      const text = readFileSync(path.join(outA, file), 'utf8');
      expect(text, file).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });

  it('records the sha256 of every written file in index.json', () => {
    const index = read(path.join(tmp, 'a/releases'), 'index.json');
    expect(index.current).toBe(RELEASE);
    const entry = index.releases.find((r: { id: string }) => r.id === RELEASE);
    expect(entry.status).toBe('demo');
    expect(entry.publishedAt).toBe('2026-12-01');
    expect(entry.title).toContain('minh họa');
    expect(Object.keys(entry.sha256).sort()).toEqual([...RELEASE_FILES].sort());
    for (const file of RELEASE_FILES) {
      const hash = createHash('sha256').update(readFileSync(path.join(outA, file))).digest('hex');
      expect(entry.sha256[file], file).toBe(hash);
    }
  });

  it('reproduces the committed release byte for byte, and leaves 2026.1 as it was', () => {
    for (const file of RELEASE_FILES) {
      expect(readFileSync(path.join(outA, file)).equals(readFileSync(path.join(repoRoot, 'data/releases', RELEASE, file))), file).toBe(true);
    }
    // Run over a copy of the committed manifest: the 2026.1 entry and files stay, the result is the committed manifest.
    const dir = path.join(tmp, 'c/releases');
    cpSync(path.join(repoRoot, 'data/releases'), dir, { recursive: true });
    const before = readFileSync(path.join(dir, 'index.json'), 'utf8');
    const r = runGenerator(['--out', path.join(dir, RELEASE), '--reference', referenceDir, '--quiet']);
    expect(r.status).toBe(0);
    const after = readFileSync(path.join(dir, 'index.json'), 'utf8');
    expect(after).toBe(before);
    const old = JSON.parse(after).releases.find((x: { id: string }) => x.id === '2026.1');
    for (const file of RELEASE_FILES) {
      const hash = createHash('sha256').update(readFileSync(path.join(repoRoot, 'data/releases/2026.1', file))).digest('hex');
      expect(old.sha256[file], `2026.1/${file}`).toBe(hash);
    }
  });

  it('writes recognitions the validator accepts: real ones with their press source, illustrative ones to fictitious recipients only', () => {
    const list = recognitions.recognitions as { id: string; decision: string | null; source: string; claims: string[]; grounds: string[]; recipient: { kind: string; name: string; unit?: string } }[];
    const kind = (r: { source: string }) => recognitions.sources.find((s) => s.id === r.source)?.kind;
    const illustrative = list.filter((r) => kind(r) === 'synthetic');
    expect(illustrative.length).toBeGreaterThanOrEqual(3);
    for (const r of illustrative) {
      expect(r.decision, r.id).toContain('minh họa');
      expect(r.recipient.name, r.id).toMatch(/^Tập thể minh họa [A-Z]$|tên giả định/);
    }
    // the first illustrative award: a fictitious collective in Bình Gia, which met district-poor in the synthetic series
    expect(list[0]).toMatchObject({ recipient: { kind: 'collective', unit: '181', name: 'Tập thể minh họa A' }, claims: ['district-poor'] });
    const real = list.filter((r) => kind(r) !== 'synthetic');
    expect(real.map((r) => [r.id, kind(r), r.decision, r.claims])).toEqual([['r-2025-hai-yen', 'press', null, []]]);
    cpSync('data/criteria', path.join(tmp, 'a', 'criteria'), { recursive: true });
    const { report } = validate({ dataRoot: path.join(tmp, 'a') });
    // The temporary data root has no content/ beside it, so the real award's profile is not there to find.
    expect(report.errors.filter((e) => e.rule !== 'profile-unknown')).toEqual([]);
  });

  it('rejects an unknown argument with exit code 2', () => {
    const r = runGenerator(['--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});

describe('units.json', () => {
  const refCodes = (file: string) => {
    const raw = JSON.parse(readFileSync(path.join(referenceDir, file), 'utf8'));
    if (raw.districts) return raw.districts.flatMap((d: { communes: { code: string }[] }) => d.communes.map((c) => c.code)).sort();
    return raw.units.map((u: { code: string }) => u.code).sort();
  };

  it('has the three vintages with their periods', () => {
    expect(units.vintages.map((v) => [v.id, v.validFrom, v.validTo])).toEqual([
      ['2020-01', '2020-01-01', '2024-11-30'],
      ['2024-12', '2024-12-01', '2025-06-30'],
      ['2025-07', '2025-07-01', null],
    ]);
  });

  it('has 11 districts and 200, 194 and 65 communes, matching the reference lists', () => {
    const count = (v: Vintage, level: string) => v.units.filter((u) => u.level === level).length;
    const expected: [string, number, number, string][] = [
      ['2020-01', 11, 200, 'langson_units_2021-2024_200communes.json'],
      ['2024-12', 11, 194, 'langson_units_2025H1_194communes.json'],
      ['2025-07', 0, 65, 'langson_units_2025-07_65communes.json'],
    ];
    for (const [id, districts, communes, file] of expected) {
      const v = vintage(id);
      expect(count(v, 'province'), id).toBe(1);
      expect(count(v, 'district'), id).toBe(districts);
      expect(count(v, 'commune'), id).toBe(communes);
      const codes = v.units.filter((u) => u.level === 'commune').map((u) => u.code).sort();
      expect(codes, id).toEqual(refCodes(file));
      expect(new Set(v.units.map((u) => u.code)).size, id).toBe(v.units.length);
    }
    const districtCodes = vintage('2020-01').units.filter((u) => u.level === 'district').map((u) => u.code);
    expect(districtCodes.sort()).toEqual(['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189']);
  });

  it('hangs every unit off an existing parent one level up', () => {
    const up: Record<string, string> = { district: 'province', commune: 'district' };
    for (const v of units.vintages) {
      const byCode = new Map(v.units.map((u) => [u.code, u]));
      for (const u of v.units) {
        if (u.level === 'province') {
          expect(u).toMatchObject({ code: '20', name: 'Lạng Sơn', type: 'tỉnh' });
          continue;
        }
        const parent = byCode.get(u.parent ?? '');
        expect(parent, `${v.id}/${u.code}`).toBeDefined();
        const want = v.id === '2025-07' && u.level === 'commune' ? 'province' : up[u.level];
        expect(parent!.level, `${v.id}/${u.code}`).toBe(want);
      }
    }
  });

  it('writes names in NFC with single spaces and proper types', () => {
    const types = new Set(['tỉnh', 'thành phố', 'huyện', 'xã', 'phường', 'thị trấn']);
    for (const v of units.vintages) {
      for (const u of v.units) {
        expect(u.name.normalize('NFC'), u.code).toBe(u.name);
        expect(u.name, u.code).not.toMatch(/\s{2}|^\s|\s$|(^|\s)NT(\s|$)/);
        expect(types.has(u.type), `${u.code} ${u.type}`).toBe(true);
      }
    }
    const v2020 = vintage('2020-01');
    expect(v2020.units.find((u) => u.code === '178')).toMatchObject({ name: 'Lạng Sơn', type: 'thành phố' });
    expect(v2020.units.find((u) => u.code === '189')).toMatchObject({ name: 'Đình Lập', type: 'huyện' });
    expect(v2020.units.find((u) => u.code === '06616')).toMatchObject({ name: 'Nông trường Thái Bình', type: 'thị trấn' });
    const v2025 = vintage('2025-07');
    expect(v2025.units.filter((u) => u.type === 'phường')).toHaveLength(4);
    expect(v2025.units.find((u) => u.code === '06148')?.name).toBe('Thụy Hùng');
  });

  it('classifies Bình Gia and Văn Quan as poor districts from QĐ 353 (2022), with no end: no exit decision was found', () => {
    for (const id of ['2020-01', '2024-12']) {
      const poor = vintage(id)
        .units.filter((u) => u.classifications?.some((c) => c.kind === 'poor-district'))
        .map((u) => u.code);
      expect(poor, id).toEqual(['181', '184']);
      const c = vintage(id).units.find((u) => u.code === '181')!.classifications![0]!;
      expect(c).toMatchObject({ kind: 'poor-district', from: 2022, to: null, checked: '2026-12-01' });
      const source = units.sources.find((s) => s.id === c.source)! as Source & { issuer: string; date: string; url: string };
      expect([source.kind, source.issuer, source.date]).toEqual(['official', 'Thủ tướng Chính phủ', '2022-03-15']);
      expect(source.title).toContain('353/QĐ-TTg');
      expect(source.url).toBe('https://www.quangninh.gov.vn/so/sokhdt/Trang/ChiTietTinTuc.aspx?nid=1436');
      expect(source.note).toContain('10. Huyện Bình Gia, tỉnh Lạng Sơn; 11. Huyện Văn Quan, tỉnh Lạng Sơn');
    }
  });

  it('gives the 2020-01 communes the published zone counts (88 in zone III) in every year, synthetic and marked so', () => {
    const communes = vintage('2020-01').units.filter((u) => u.level === 'commune');
    for (const year of [2021, 2022, 2023, 2024]) {
      const zoneIn = (u: Unit) => u.classifications?.find((c) => c.kind === 'zone' && c.from <= year && (c.to === null || c.to >= year))?.value;
      const counts: Record<string, number> = {};
      for (const u of communes) counts[zoneIn(u) ?? 'none'] = (counts[zoneIn(u) ?? 'none'] ?? 0) + 1;
      expect(counts, String(year)).toEqual({ III: 88, II: 8, I: 103, none: 1 });
    }
    for (const u of communes) {
      const difficult = u.classifications?.some((c) => c.kind === 'especially-difficult') ?? false;
      expect(difficult, u.code).toBe(u.classifications?.some((c) => c.kind === 'zone' && c.value === 'III') ?? false);
      for (const c of u.classifications ?? []) {
        expect(c.to, u.code).toBeNull();
        expect(units.sources.find((s) => s.id === c.source)?.kind, u.code).toBe('synthetic');
      }
    }
    const syntheticSource = units.sources.find((s) => s.kind === 'synthetic' && s.title.startsWith('Phân loại minh họa'));
    expect(syntheticSource?.note).toContain('861/QĐ-TTg');
    expect(syntheticSource?.note).toContain('88 xã khu vực III');
  });
});

describe('observations.json', () => {
  const communesOf = (v: string, district: string) =>
    vintage(v)
      .units.filter((u) => u.parent === district && u.level === 'commune')
      .map((u) => u.code);
  const sum = (records: Observation[]) => ({
    households: records.reduce((s, o) => s + o.households, 0),
    poor: records.reduce((s, o) => s + o.poor, 0),
    nearPoor: records.reduce((s, o) => s + o.nearPoor, 0),
    emHouseholds: records.reduce((s, o) => s + (o.ethnicMinority?.households ?? 0), 0),
    emPoor: records.reduce((s, o) => s + (o.ethnicMinority?.poor ?? 0), 0),
  });
  const counts = (o: Observation) => ({
    households: o.households,
    poor: o.poor,
    nearPoor: o.nearPoor,
    emHouseholds: o.ethnicMinority?.households ?? 0,
    emPoor: o.ethnicMinority?.poor ?? 0,
  });

  it('has one record per district and commune of 2020-01 for 2021–2024 and per 2025-07 commune for 2025, and none for 2024-12', () => {
    const keys = observations.observations.map((o) => `${o.vintage}/${o.unit}/${o.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const u of vintage('2020-01').units.filter((x) => x.level !== 'province')) {
      for (const y of [2021, 2022, 2023, 2024]) expect(obs('2020-01', u.code, y), `${u.code}/${y}`).toBeDefined();
    }
    for (const u of vintage('2025-07').units) expect(obs('2025-07', u.code, 2025), u.code).toBeDefined();
    expect(observations.observations.filter((o) => o.vintage === '2024-12')).toEqual([]);
    expect(observations.observations).toHaveLength(11 * 4 + 200 * 4 + 65 + 3);
  });

  it('sorts records by vintage, unit code and year', () => {
    const keys = observations.observations.map((o) => [o.vintage, o.unit, o.year] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      const cmp = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
      expect(cmp, `${a.join('/')} before ${b.join('/')}`).toBeLessThan(0);
    }
  });

  it('keeps every count a non-negative integer within its unit', () => {
    for (const o of observations.observations) {
      const id = `${o.vintage}/${o.unit}/${o.year}`;
      for (const n of Object.values(counts(o))) expect(Number.isInteger(n) && n >= 0, id).toBe(true);
      expect(o.poor + o.nearPoor, id).toBeLessThanOrEqual(o.households);
      if (o.ethnicMinority) {
        expect(o.ethnicMinority.households, id).toBeLessThanOrEqual(o.households);
        expect(o.ethnicMinority.poor, id).toBeLessThanOrEqual(o.poor);
        expect(o.ethnicMinority.poor, id).toBeLessThanOrEqual(o.ethnicMinority.households);
      }
    }
  });

  it('makes communes add up exactly to their district, every year and every count', () => {
    for (const d of vintage('2020-01').units.filter((u) => u.level === 'district')) {
      for (const y of [2021, 2022, 2023, 2024]) {
        const children = communesOf('2020-01', d.code).map((c) => obs('2020-01', c, y)!);
        expect(sum(children), `${d.code}/${y}`).toEqual(counts(obs('2020-01', d.code, y)!));
      }
    }
  });

  it('makes districts add up exactly to the published province totals of 2021 and 2024', () => {
    const districts = vintage('2020-01').units.filter((u) => u.level === 'district').map((u) => u.code);
    const published: Record<number, [number, number]> = { 2021: [23511, 23247], 2024: [6912, 16451] };
    for (const y of [2021, 2024]) {
      const province = obs('2020-01', '20', y)!;
      expect([province.poor, province.nearPoor], String(y)).toEqual(published[y]);
      const total = sum(districts.map((d) => obs('2020-01', d, y)!));
      expect({ households: total.households, poor: total.poor, nearPoor: total.nearPoor }, String(y)).toEqual({
        households: province.households,
        poor: province.poor,
        nearPoor: province.nearPoor,
      });
    }
    expect(obs('2020-01', '20', 2022)).toBeUndefined();
    expect(obs('2020-01', '20', 2023)).toBeUndefined();
  });

  it('reproduces the published province rates exactly (12,20 / 12,06 in 2021; 3,36 / 8,00 in 2024; 2,32 / 6,80 in 2025)', () => {
    const cases: [string, number, number, number][] = [
      ['2020-01', 2021, 1220, 1206],
      ['2020-01', 2024, 336, 800],
      ['2025-07', 2025, 232, 680],
    ];
    for (const [v, y, poorRate, nearPoorRate] of cases) {
      const p = obs(v, '20', y)!;
      expect(rateHundredths(p.poor, p.households), `${y} poor`).toBe(poorRate);
      expect(rateHundredths(p.nearPoor, p.households), `${y} near-poor`).toBe(nearPoorRate);
    }
    // the derived totals are the ones nearest to poor / rate
    expect(Math.abs(obs('2020-01', '20', 2021)!.households - 23511 / 0.122)).toBeLessThan(1);
    expect(Math.abs(obs('2020-01', '20', 2024)!.households - 6912 / 0.0336)).toBeLessThan(1);
  });

  it('makes the 2025-07 communes add up to Quyết định 83/QĐ-UBND (199.765 / 4.643 / 13.578)', () => {
    const communes = vintage('2025-07').units.filter((u) => u.level === 'commune').map((u) => obs('2025-07', u.code, 2025)!);
    const total = sum(communes);
    expect([total.households, total.poor, total.nearPoor]).toEqual([199765, 4643, 13578]);
    const province = obs('2025-07', '20', 2025)!;
    expect([province.households, province.poor, province.nearPoor]).toEqual([199765, 4643, 13578]);
    const source = observations.sources.find((s) => s.id === province.source)!;
    expect(source.kind).toBe('official');
    expect(source.title).toContain('83/QĐ-UBND');
  });

  it('marks district and commune figures synthetic, with ethnic-minority counts, and the province ones not', () => {
    const kind = (o: Observation) => observations.sources.find((s) => s.id === o.source)?.kind;
    for (const o of observations.observations) {
      if (o.unit === '20') {
        expect(o.ethnicMinority, `${o.vintage}/${o.year}`).toBeUndefined();
        expect(['official', 'press', 'derived'], `${o.vintage}/${o.year}`).toContain(kind(o));
      } else {
        expect(o.ethnicMinority, `${o.vintage}/${o.unit}/${o.year}`).toBeDefined();
        expect(kind(o), `${o.vintage}/${o.unit}/${o.year}`).toBe('synthetic');
        const s = observations.sources.find((x) => x.id === o.source)!;
        expect(s.title.startsWith('Số liệu minh họa (không phải số liệu chính thức)')).toBe(true);
      }
    }
    const derived = observations.sources.filter((s) => s.kind === 'derived');
    expect(derived.length).toBeGreaterThanOrEqual(1);
    for (const s of derived) expect(s.note ?? '').toMatch(/suy ra/);
  });

  it('gives poorer districts higher synthetic rates than the city', () => {
    const rate = (code: string) => {
      const o = obs('2020-01', code, 2021)!;
      return rateHundredths(o.poor, o.households);
    };
    expect(rate('181')).toBeGreaterThan(rate('186'));
    expect(rate('184')).toBeGreaterThan(rate('187'));
    expect(rate('189')).toBeGreaterThan(rate('178'));
  });
});

describe('crosswalks.json', () => {
  const communeCodes = (id: string) => vintage(id).units.filter((u) => u.level === 'commune').map((u) => u.code);

  it('links 2020-01 → 2024-12, 2024-12 → 2025-07 and 2020-01 → 2025-07', () => {
    expect(crosswalks.crosswalks.map((c) => `${c.from}→${c.to}`)).toEqual(['2020-01→2024-12', '2024-12→2025-07', '2020-01→2025-07']);
  });

  it('takes every commune of the earlier vintage into existing units, with shares adding up to exactly 1', () => {
    for (const cw of crosswalks.crosswalks) {
      const toCodes = new Set(vintage(cw.to).units.map((u) => u.code));
      const totals = new Map<string, number>();
      for (const l of cw.links) {
        expect(toCodes.has(l.to), `${cw.from}→${cw.to}: ${l.from}→${l.to}`).toBe(true);
        if (l.share !== undefined) expect(l.share > 0 && l.share < 1, `${l.from}→${l.to}`).toBe(true);
        totals.set(l.from, (totals.get(l.from) ?? 0) + tenThousandths(l.share));
      }
      for (const code of [...communeCodes(cw.from), '20']) {
        expect(totals.get(code), `${cw.from}→${cw.to}: ${code}`).toBe(10000);
      }
      const reached = new Set(cw.links.map((l) => l.to));
      for (const code of communeCodes(cw.to)) expect(reached.has(code), `${cw.to} ${code} has a predecessor`).toBe(true);
    }
  });

  it('splits Đại Đồng, Bính Xá and Kiên Mộc, and re-codes Thất Khê', () => {
    const links = (from: string, to: string, code: string) =>
      crosswalks.crosswalks.find((c) => c.from === from && c.to === to)!.links.filter((l) => l.from === code);
    expect(links('2020-01', '2024-12', '05995')).toEqual([{ from: '05995', to: '06040' }]);
    expect(links('2020-01', '2024-12', '06040').map((l) => l.to).sort()).toEqual(['06025', '06040']);
    expect(links('2024-12', '2025-07', '06622').map((l) => l.to).sort()).toEqual(['06613', '06625']);
    expect(links('2024-12', '2025-07', '06625').map((l) => l.to).sort()).toEqual(['06625', '06637']);
    expect(links('2020-01', '2024-12', '181')).toEqual([{ from: '181', to: '181' }]);
  });

  it('composes 2020-01 → 2025-07 from the two steps, within rounding', () => {
    const step = (from: string, to: string) => crosswalks.crosswalks.find((c) => c.from === from && c.to === to)!.links;
    const product = new Map<string, number>();
    for (const a of step('2020-01', '2024-12')) {
      for (const b of step('2024-12', '2025-07').filter((l) => l.from === a.to)) {
        const key = `${a.from}>${b.to}`;
        product.set(key, (product.get(key) ?? 0) + (a.share ?? 1) * (b.share ?? 1));
      }
    }
    const composed = step('2020-01', '2025-07');
    expect(composed.length).toBe(product.size);
    for (const l of composed) {
      const want = product.get(`${l.from}>${l.to}`);
      expect(want, `${l.from}→${l.to}`).toBeDefined();
      expect(Math.abs((l.share ?? 1) - want!), `${l.from}→${l.to}`).toBeLessThanOrEqual(0.0001 + 1e-12);
    }
  });
});

describe('sources', () => {
  const kinds = new Set(['official', 'press', 'derived', 'synthetic']);

  it('defines every source a file references, once, with a known kind', () => {
    const files: [string, { sources: Source[] }, string[]][] = [
      [
        'units.json',
        units,
        units.vintages.flatMap((v) => [v.basis, ...v.units.flatMap((u) => (u.classifications ?? []).map((c) => c.source))]),
      ],
      ['crosswalks.json', crosswalks, crosswalks.crosswalks.map((c) => c.basis)],
      ['observations.json', observations, observations.observations.map((o) => o.source)],
    ];
    for (const [file, data, referenced] of files) {
      const ids = data.sources.map((s) => s.id);
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const id of referenced) expect(ids, `${file}: ${id}`).toContain(id);
      for (const s of data.sources) {
        expect(kinds.has(s.kind), `${file}: ${s.id}`).toBe(true);
        expect(s.title.normalize('NFC'), `${file}: ${s.id}`).toBe(s.title);
        if (s.kind === 'derived' || s.kind === 'synthetic') expect((s.note ?? '').length, `${file}: ${s.id}`).toBeGreaterThan(0);
      }
      expect(referenced.length, file).toBeGreaterThan(0);
    }
  });

  it('states the share assumptions in the crosswalk sources', () => {
    const notes = crosswalks.sources.map((s) => s.note ?? '').join('\n');
    expect(notes).toMatch(/8\.527/);
    expect(notes).toMatch(/giả định/);
    expect(crosswalks.sources.some((s) => s.kind === 'derived')).toBe(true);
  });
});
