/**
 * A large synthetic release for the validation benchmark: N communes under D districts
 * under province "20", one boundary vintage `2020-01`, yearly records 2021–2025 — or, with
 * `later`, records 2021–2024 on `2020-01` and 2025 on a second vintage `2025-07` of M
 * communes directly under the province (as after the 2025 reform), with a crosswalk from
 * each old commune to its new one (`npm run bench -- --national`). Every
 * district and the province carry records that equal the sum of their children exactly,
 * so a correct validator finds no error. With `reforms`, the 2025 records move to the
 * communes of two boundary reforms like Lạng Sơn's (2024-12: some communes merged or
 * split; 2025-07: no districts, communes merged by three, some split), with both steps
 * and the direct crosswalk, so the crosswalk rules and the carried series have work.
 * Deterministic: the same options give the same bytes (seeded PRNG, no clock, no
 * randomness from the platform).
 *
 * Never committed: `npm run bench` writes it to a temporary directory.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Observation } from '../../src/domain/schemas/observations.ts';
import { mulberry32 } from '../demo/prng.ts';
import { writeGridBoundaries } from './grid-boundaries.ts';

export interface LargeOptions {
  communes: number;
  districts: number;
  /** Inclusive review years; 2021 is the criteria's baseline. */
  fromYear?: number;
  toYear?: number;
  seed?: number;
  /** Move the last year to the communes of two boundary reforms (needs toYear 2025). */
  reforms?: boolean;
  /** A second vintage, `2025-07`, of this many communes and no districts, for the last year. */
  later?: { communes: number };
  /** Boundaries for every vintage, the units as the cells of a grid (grid-boundaries.ts), so the maps are drawn. */
  boundaries?: boolean;
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

/** A record of observations.json as the bench writes it: always with the ethnic-minority counts. */
export type Obs = Required<Observation>;

export interface LargeFiles {
  manifest: { current: string; releases: Record<string, unknown>[] };
  units: { vintages: { id: string; validFrom: string; validTo: string | null; units: Record<string, unknown>[] }[]; sources: unknown[] };
  observations: { observations: Obs[]; sources: unknown[] };
  recognitions: { recognitions: unknown[]; sources: unknown[] };
  /** Only with `reforms` or `later`. */
  crosswalks?: { crosswalks: { from: string; to: string; basis?: string; links: Link[] }[]; sources: unknown[] };
}

interface Link {
  from: string;
  to: string;
  share?: number;
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

  const files: LargeFiles = {
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
  if (options.reforms) {
    if (toYear !== 2025) throw new Error('reforms need toYear 2025 (the reforms of 01/12/2024 and 01/07/2025)');
    addReforms(files, communes, random);
  }
  return files;
}

/**
 * Lạng Sơn's two reforms, scaled: on 01/12/2024 every 50th commune merges into the one
 * before it and every 97th is split in halves with the next; on 01/07/2025 districts go
 * and communes merge by three, the last of every 10th group split with the next group.
 * The 2025 records go to the new communes (figures of their own, not sums), the rest stay.
 */
function addReforms(files: LargeFiles, communes: number, random: () => number): void {
  const old = files.units.vintages[0]!;
  old.validTo = '2024-11-30';
  const oldUnits = old.units as { code: string; level: string; parent?: string }[];
  const province = oldUnits[0]!;
  const districtUnits = oldUnits.filter((u) => u.level === 'district');
  const oldCommunes = oldUnits.filter((u) => u.level === 'commune');

  // 2020-01 → 2024-12: index of the surviving commune each old one goes into.
  const keeps: number[] = [];
  const ab: Link[] = [{ from: PROVINCE, to: PROVINCE }, ...districtUnits.map((d) => ({ from: d.code, to: d.code }))];
  for (let c = 0; c < communes; c++) if (c % 50 !== 1 || c === 0) keeps.push(c);
  const survivorOf = (c: number) => (c % 50 === 1 && c > 0 ? c - 1 : c);
  for (let c = 0; c < communes; c++) {
    const to = communeCode(survivorOf(c));
    let n = survivorOf(c) + 1;
    if (n % 50 === 1) n++;
    const next = n < communes ? n : undefined;
    if (c % 97 === 5 && next !== undefined) ab.push({ from: communeCode(c), to, share: 0.5 }, { from: communeCode(c), to: communeCode(next), share: 0.5 });
    else ab.push({ from: communeCode(c), to });
  }
  const middle = keeps.map((k) => ({ ...oldCommunes[k]! }));

  // 2024-12 → 2025-07: groups of three, new codes from 50000.
  const newCode = (g: number) => String(50000 + g);
  const groups = Math.ceil(middle.length / 3);
  const bc: Link[] = [{ from: PROVINCE, to: PROVINCE }];
  middle.forEach((u, i) => {
    const g = Math.floor(i / 3);
    const last = i % 3 === 2 || i === middle.length - 1;
    if (last && g % 10 === 3 && g + 1 < groups) bc.push({ from: u.code, to: newCode(g), share: 0.5 }, { from: u.code, to: newCode(g + 1), share: 0.5 });
    else bc.push({ from: u.code, to: newCode(g) });
  });

  // The direct crosswalk: the composition of the two steps.
  const ac = new Map<string, number>();
  const bcFrom = new Map<string, Link[]>();
  for (const l of bc) {
    const list = bcFrom.get(l.from);
    if (list) list.push(l);
    else bcFrom.set(l.from, [l]);
  }
  for (const l of ab) for (const m of bcFrom.get(l.to) ?? []) ac.set(`${l.from}>${m.to}`, (ac.get(`${l.from}>${m.to}`) ?? 0) + (l.share ?? 1) * (m.share ?? 1));
  const direct: Link[] = [...ac].map(([key, share]) => {
    const [from, to] = key.split('>') as [string, string];
    return share === 1 ? { from, to } : { from, to, share };
  });

  const zones = ['I', 'II', 'III'] as const;
  files.units.vintages.push(
    { id: '2024-12', validFrom: '2024-12-01', validTo: '2025-06-30', units: [{ ...province }, ...districtUnits.map((d) => ({ ...d })), ...middle] },
    {
      id: '2025-07', validFrom: '2025-07-01', validTo: null,
      units: [
        { ...province },
        ...Array.from({ length: groups }, (_, g) => ({
          code: newCode(g), level: 'commune', parent: PROVINCE, name: `Xã mới ${g + 1}`, type: 'xã',
          classifications: [{ kind: 'zone', value: zones[Math.floor(random() * 3)], from: 2025, to: null, source: UNIT_SOURCE }],
        })),
      ],
    },
  );
  files.crosswalks = {
    crosswalks: [{ from: '2020-01', to: '2024-12', links: ab }, { from: '2024-12', to: '2025-07', links: bc }, { from: '2020-01', to: '2025-07', links: direct }],
    sources: [],
  };

  // 2025 records: on the new communes only, sized like their predecessors in 2024.
  const last = files.observations.observations.filter((o) => o.year === 2024 && o.vintage === LARGE_VINTAGE);
  const households2024 = new Map(last.map((o) => [o.unit, o.households]));
  const size = new Map<string, number>();
  for (const [key, share] of ac) {
    const [from, to] = key.split('>') as [string, string];
    size.set(to, (size.get(to) ?? 0) + share * (households2024.get(from) ?? 0));
  }
  const kept = files.observations.observations.filter((o) => o.year < 2025);
  const total = { households: 0, poor: 0, nearPoor: 0, ethnicMinority: { households: 0, poor: 0 } };
  for (let g = 0; g < groups; g++) {
    const households = Math.max(1, Math.round((size.get(newCode(g)) ?? 0) * 1.01));
    const poor = Math.round(households * (0.003 + 0.04 * random()));
    const nearPoor = Math.min(households - poor, Math.round(households * (0.01 + 0.07 * random())));
    const emHouseholds = Math.floor(households * (0.5 + 0.5 * random()));
    const emPoor = Math.min(poor, emHouseholds);
    const o: Obs = { vintage: '2025-07', unit: newCode(g), year: 2025, households, poor, nearPoor, ethnicMinority: { households: emHouseholds, poor: emPoor }, source: OBS_SOURCE };
    kept.push(o);
    total.households += households;
    total.poor += poor;
    total.nearPoor += nearPoor;
    total.ethnicMinority.households += emHouseholds;
    total.ethnicMinority.poor += emPoor;
  }
  kept.push({ vintage: '2025-07', unit: PROVINCE, year: 2025, ...total, source: OBS_SOURCE });
  files.observations.observations = kept;
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
  copyFileSync(criteriaFile, path.join(dataRoot, 'criteria', path.basename(criteriaFile)));
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
  if (options.boundaries) {
    writeGridBoundaries(
      dataRoot,
      files.units.vintages.map((v) => {
        const units = v.units as { code: string; level: string; parent?: string }[];
        const hasDistricts = units.some((u) => u.level === 'district');
        const communes = units.filter((u) => u.level === 'commune');
        return {
          id: v.id,
          communes: communes.map((u) => u.code),
          ...(hasDistricts ? { districtOf: new Map(communes.map((u) => [u.code, u.parent!])) } : {}),
        };
      }),
    );
  }
  return {
    dataRoot,
    contentRoot,
    sizes,
    observations: files.observations.observations.length,
    units: files.units.vintages.reduce((t, v) => t + v.units.length, 0),
  };
}
