/**
 * A large synthetic release for the validation benchmark: N communes under D districts
 * under province "20", one boundary vintage `2020-01`, yearly records 2021–2025 — or, with
 * `later`, records 2021–2024 on `2020-01` and 2025 on a second vintage `2025-07` of M
 * communes directly under the province (as after the 2025 reform), with a crosswalk from
 * each old commune to its new one (`npm run bench -- --national`). Every
 * district and the province carry records that equal the sum of their children exactly,
 * so a correct validator finds no error. Deterministic: the same options give the same
 * bytes (seeded PRNG, no clock, no randomness from the platform).
 *
 * Never committed: `npm run bench` writes it to a temporary directory.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../demo/prng.ts';

export interface LargeOptions {
  communes: number;
  districts: number;
  /** Inclusive review years; 2021 is the criteria's baseline. */
  fromYear?: number;
  toYear?: number;
  seed?: number;
  /** A second vintage, `2025-07`, of this many communes and no districts, for the last year. */
  later?: { communes: number };
}

export const LARGE_RELEASE = '2099.1';
const LARGE_VINTAGE = '2020-01';
const LATER_VINTAGE = '2025-07';
const CROSSWALK_SOURCE = 's-sap-xep-bench';
export const PROVINCE = '20';

const UNIT_SOURCE = 's-phan-loai-bench';
const OBS_SOURCE = 's-so-lieu-bench';


const SYLLABLES = [
  'Bắc', 'Nam', 'Đông', 'Tây', 'Hòa', 'Bình', 'Tân', 'Yên', 'Hữu', 'Lũng', 'Khuôn', 'Quang', 'Thạch', 'Tú',
  'Mai', 'Vân', 'Hồng', 'Thiện', 'Long', 'Phú', 'Xuân', 'Đồng', 'Minh', 'Khánh', 'Lộc', 'Thụy', 'Hùng', 'Sơn',
].map((s) => s.normalize('NFC'));

export interface Obs {
  vintage: string;
  unit: string;
  year: number;
  households: number;
  poor: number;
  nearPoor: number;
  ethnicMinority: { households: number; poor: number };
  source: string;
}

export interface LargeFiles {
  manifest: { current: string; releases: Record<string, unknown>[] };
  units: { vintages: { id: string; validFrom: string; validTo: string | null; units: Record<string, unknown>[] }[]; sources: unknown[] };
  observations: { observations: Obs[]; sources: unknown[] };
  recognitions: { recognitions: unknown[]; sources: unknown[] };
  crosswalks?: { crosswalks: { from: string; to: string; basis: string; links: { from: string; to: string }[] }[]; sources: unknown[] };
}

const districtCode = (d: number): string => String(100 + d);
const communeCode = (c: number): string => String(10000 + c);
const laterCode = (c: number): string => String(60000 + c);

/** Which district commune `c` (0-based) belongs to: contiguous blocks of nearly equal size. */
const districtOf = (c: number, communes: number, districts: number): number => Math.floor((c * districts) / communes);

/** Builds the four release files (manifest without hashes; `writeLargeRelease` adds them). */
export function generateLarge(options: LargeOptions): LargeFiles {
  const { communes, districts, fromYear = 2021, toYear = 2025, seed = 20260101, later } = options;
  if (later && (!Number.isInteger(later.communes) || later.communes < 1 || later.communes > communes || later.communes > 30000)) {
    throw new Error('later communes must be 1..min(communes, 30000)');
  }
  if (!Number.isInteger(districts) || districts < 1 || districts > 900) throw new Error('districts must be 1..900 (3-digit codes)');
  if (!Number.isInteger(communes) || communes < districts || communes > 90000) throw new Error('communes must be districts..90000 (5-digit codes)');
  const random = mulberry32(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(y);

  const classification = (kind: string, extra: object = {}, to: number | null = null) => ({ kind, ...extra, from: fromYear, to, source: UNIT_SOURCE });
  const units: Record<string, unknown>[] = [{ code: PROVINCE, level: 'province', name: 'Lạng Sơn', type: 'tỉnh' }];
  for (let d = 0; d < districts; d++) {
    const poorDistrict = random() < 0.2;
    // A few poor districts leave the list before 2025, so the poor-district-exit target has work.
    const exitYear = poorDistrict && random() < 0.25 ? toYear - 1 : null;
    units.push({
      code: districtCode(d), level: 'district', parent: PROVINCE, name: name(), type: random() < 0.1 ? 'thành phố' : 'huyện',
      ...(poorDistrict ? { classifications: [classification('poor-district', {}, exitYear)] } : {}),
    });
  }

  const observations: Obs[] = [];
  const obs = (unit: string, year: number, f: Omit<Obs, 'vintage' | 'unit' | 'year' | 'source'>, vintage = LARGE_VINTAGE): Obs => ({
    vintage, unit, year, households: f.households, poor: f.poor, nearPoor: f.nearPoor,
    ethnicMinority: { households: f.ethnicMinority.households, poor: f.ethnicMinority.poor }, source: OBS_SOURCE,
  });
  const zero = () => ({ households: 0, poor: 0, nearPoor: 0, ethnicMinority: { households: 0, poor: 0 } });
  const add = (total: ReturnType<typeof zero>, o: Obs) => {
    total.households += o.households;
    total.poor += o.poor;
    total.nearPoor += o.nearPoor;
    total.ethnicMinority.households += o.ethnicMinority.households;
    total.ethnicMinority.poor += o.ethnicMinority.poor;
  };
  const districtTotals = Array.from({ length: districts }, () => years.map(zero));
  const provinceTotals = years.map(zero);
  // With a later vintage, the last year is recorded on its communes: the sums of the old ones.
  const lastYear = later ? toYear : undefined;
  const laterTotals = later ? Array.from({ length: later.communes }, zero) : [];
  const laterOf = (c: number) => Math.floor((c * (later?.communes ?? 0)) / communes);

  for (let c = 0; c < communes; c++) {
    const d = districtOf(c, communes, districts);
    const zoneRoll = random();
    const classifications = [];
    if (zoneRoll < 0.7) classifications.push(classification('zone', { value: zoneRoll < 0.3 ? 'III' : zoneRoll < 0.5 ? 'II' : 'I' }));
    if (zoneRoll < 0.3 && random() < 0.8) classifications.push(classification('especially-difficult'));
    const typeRoll = random();
    units.push({
      code: communeCode(c), level: 'commune', parent: districtCode(d), name: name(),
      type: typeRoll < 0.9 ? 'xã' : typeRoll < 0.95 ? 'phường' : 'thị trấn',
      ...(classifications.length > 0 ? { classifications } : {}),
    });

    let households = Math.round(between(300, 3000));
    let poorRate = between(2, 40);
    let nearPoorRate = between(3, 20);
    const emShare = between(0.5, 1);
    const emPoorShare = between(0.85, 1);
    years.forEach((year, yi) => {
      if (yi > 0) {
        households = Math.round(households * between(1, 1.02));
        poorRate = Math.max(0.2, poorRate - between(0.5, 8));
        nearPoorRate = Math.max(0.5, nearPoorRate - between(0, 3));
      }
      const poor = Math.round((households * poorRate) / 100);
      const nearPoor = Math.min(households - poor, Math.round((households * nearPoorRate) / 100));
      const emHouseholds = Math.floor(households * emShare);
      const emPoor = Math.min(poor, emHouseholds, Math.round(poor * emPoorShare));
      const o = obs(communeCode(c), year, { households, poor, nearPoor, ethnicMinority: { households: emHouseholds, poor: emPoor } });
      if (year === lastYear) {
        add(laterTotals[laterOf(c)]!, o);
        return;
      }
      observations.push(o);
      add(districtTotals[d]![yi]!, o);
      add(provinceTotals[yi]!, o);
    });
  }
  const early = years.filter((y) => y !== lastYear);
  for (let d = 0; d < districts; d++) {
    early.forEach((year, yi) => observations.push(obs(districtCode(d), year, districtTotals[d]![yi]!)));
  }
  early.forEach((year, yi) => observations.push(obs(PROVINCE, year, provinceTotals[yi]!)));

  const vintages = [{ id: LARGE_VINTAGE, validFrom: `${fromYear - 1}-01-01`, validTo: later ? `${toYear}-06-30` : null, units }];
  let crosswalks: LargeFiles['crosswalks'];
  if (later && lastYear !== undefined) {
    const laterUnits: Record<string, unknown>[] = [{ code: PROVINCE, level: 'province', name: 'Lạng Sơn', type: 'tỉnh' }];
    const laterProvince = zero();
    laterTotals.forEach((total, i) => {
      laterUnits.push({ code: laterCode(i), level: 'commune', parent: PROVINCE, name: name(), type: random() < 0.9 ? 'xã' : 'phường' });
      observations.push(obs(laterCode(i), lastYear, total, LATER_VINTAGE));
      add(laterProvince, observations.at(-1)!);
    });
    observations.push(obs(PROVINCE, lastYear, laterProvince, LATER_VINTAGE));
    vintages.push({ id: LATER_VINTAGE, validFrom: `${toYear}-07-01`, validTo: null, units: laterUnits });
    const links = [{ from: PROVINCE, to: PROVINCE }];
    for (let c = 0; c < communes; c++) links.push({ from: communeCode(c), to: laterCode(laterOf(c)) });
    crosswalks = {
      crosswalks: [{ from: LARGE_VINTAGE, to: LATER_VINTAGE, basis: CROSSWALK_SOURCE, links }],
      sources: [{ id: CROSSWALK_SOURCE, kind: 'synthetic', title: 'Sắp xếp đơn vị minh họa (đo hiệu năng)', note: 'Sinh ngẫu nhiên cho npm run bench.' }],
    };
  }

  return {
    manifest: {
      current: LARGE_RELEASE,
      releases: [{
        id: LARGE_RELEASE, title: `Bộ dữ liệu đo hiệu năng: ${communes} xã × ${years.length} năm`, publishedAt: '2099-01-01', status: 'demo',
        notes: 'Dữ liệu sinh ngẫu nhiên (có hạt giống) cho npm run bench; không phải số liệu thật.',
      }],
    },
    units: {
      vintages,
      sources: [{ id: UNIT_SOURCE, kind: 'synthetic', title: 'Phân loại đơn vị minh họa (đo hiệu năng)', note: 'Sinh ngẫu nhiên cho npm run bench.' }],
    },
    observations: {
      observations,
      sources: [{ id: OBS_SOURCE, kind: 'synthetic', title: 'Số liệu minh họa (đo hiệu năng)', note: 'Sinh ngẫu nhiên cho npm run bench; cấp huyện và tỉnh là tổng của cấp dưới.' }],
    },
    recognitions: { recognitions: [], sources: [] },
    ...(crosswalks ? { crosswalks } : {}),
  };
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface WrittenLarge {
  dataRoot: string;
  contentRoot: string;
  /** Bytes written per release file. */
  sizes: Record<string, number>;
  observations: number;
  units: number;
}

/**
 * Writes a data root (releases/index.json with correct sha256s, the release's files, the
 * real criteria file) and an empty content root under `root`.
 */
export function writeLargeRelease(root: string, options: LargeOptions, criteriaFile = 'data/criteria/2021-2025.json'): WrittenLarge {
  const files = generateLarge(options);
  const dataRoot = path.join(root, 'data');
  const contentRoot = path.join(root, 'content');
  const releaseDir = path.join(dataRoot, 'releases', LARGE_RELEASE);
  mkdirSync(releaseDir, { recursive: true });
  mkdirSync(path.join(dataRoot, 'criteria'), { recursive: true });
  mkdirSync(path.join(contentRoot, 'profiles'), { recursive: true });
  cpSync(criteriaFile, path.join(dataRoot, 'criteria', path.basename(criteriaFile)));
  const sizes: Record<string, number> = {};
  const hashes: Record<string, string> = {};
  for (const name of ['units', 'observations', 'recognitions', 'crosswalks'] as const) {
    if (!files[name]) continue;
    const text = json(files[name]);
    writeFileSync(path.join(releaseDir, `${name}.json`), text);
    sizes[`${name}.json`] = Buffer.byteLength(text);
    hashes[`${name}.json`] = sha256(text);
  }
  files.manifest.releases[0]!.sha256 = hashes;
  writeFileSync(path.join(dataRoot, 'releases', 'index.json'), json(files.manifest));
  return {
    dataRoot,
    contentRoot,
    sizes,
    observations: files.observations.observations.length,
    units: files.units.vintages.reduce((t, v) => t + v.units.length, 0),
  };
}
