/**
 * Writes the embedded demo release (docs/embedded-data.md): units, crosswalks and
 * observations of Lạng Sơn 2021–2025, with the published province totals and
 * seeded synthetic district and commune figures that add up to them exactly.
 * Re-running gives byte-identical files.
 *
 *   node scripts/generate-demo-release.ts [--reference DIR] [--out DIR] [--index FILE] [--quiet]
 *
 * --reference  the admin-unit extracts (default: sources/admin-units)
 * --out        the release folder to write (default: data/releases/<RELEASE_ID of scripts/demo/common.ts>)
 * --index      the release manifest to update (default: index.json in the parent of --out)
 *
 * recognitions.json holds illustrative awards whose claims the criteria engine confirms
 * on the generated figures (scripts/demo/recognitions.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PROVINCE_CODE, RELEASE_ID, compareCodes } from './demo/common.ts';
import { DAI_DONG, buildCrosswalks, daiDongShareBounds, daiDongShareToThatKhe, WHOLE } from './demo/crosswalks.ts';
import type { Crosswalk } from './demo/crosswalks.ts';
import { SYNTHETIC_PROVINCE_TOTALS } from './demo/model.ts';
import type { ModelYear } from './demo/model.ts';
import { observationJson, observations2020, observations2025, sortObservations } from './demo/observations.ts';
import type { Observation, Totals } from './demo/observations.ts';
import { deriveHouseholds, householdRange } from './demo/rates.ts';
import { buildRecognitions } from './demo/recognitions.ts';
import { readReference } from './demo/reference.ts';
import type { Reference } from './demo/reference.ts';
import { SOURCE_IDS, buildSources } from './demo/sources.ts';
import type { ProvinceDerivation, Source } from './demo/sources.ts';
import { ZONE_COUNTS, assignZones, blendedZone, communeClassifications2021, districtVintageUnits, newCommuneUnits, vintageJson, zoneIn } from './demo/units.ts';
import type { Classification, Vintage } from './demo/units.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const RELEASE_FILES = ['units.json', 'crosswalks.json', 'observations.json', 'recognitions.json'] as const;

export interface GenerateOptions {
  referenceDir: string;
  outDir: string;
  indexFile: string;
}

export interface GenerateSummary {
  files: Record<string, string>; // file → sha256
  households: { 2021: number; 2024: number };
  daiDongShare: number;
}

/** Published province figures (sources/published-facts/facts.md §1); rates in hundredths of a percent. */
const PUBLISHED = {
  2021: { poor: 23511, nearPoor: 23247, poorRate: 1220, nearPoorRate: 1206, poorRateText: '12,2', nearPoorRateText: '12,06' },
  2024: { poor: 6912, nearPoor: 16451, poorRate: 336, nearPoorRate: 800, poorRateText: '3,36', nearPoorRateText: '8' },
  2025: { households: 199765, poor: 4643, nearPoor: 13578 },
} as const;

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function checkReference(ref: Reference): void {
  const expect = (what: string, got: number, want: number) => {
    if (got !== want) throw new Error(`reference: ${what} has ${got} units, expected ${want}`);
  };
  expect('2020-01 districts', ref.units2020.districts.length, 11);
  expect('2020-01 communes', ref.units2020.communes.length, 200);
  expect('2024-12 districts', ref.units2024.districts.length, 11);
  expect('2024-12 communes', ref.units2024.communes.length, 194);
  expect('2025-07 communes', ref.units2025.communes.length, 65);
  for (const d of ref.units2020.districts) {
    const want = d.code === '178' ? 'thành phố' : 'huyện';
    if (d.type !== want) throw new Error(`reference: district ${d.code} is "${d.type}", expected "${want}"`);
  }
  for (const list of [ref.units2020, ref.units2024]) {
    const codes = new Set<string>();
    for (const c of list.communes) {
      if (codes.has(c.code)) throw new Error(`reference: commune code ${c.code} twice`);
      codes.add(c.code);
    }
  }
}

/** Same name in the same district, or else the same code: the 2020-01 unit a 2024-12 commune continues. */
function predecessor2020(ref: Reference, code: string): string {
  const c = ref.units2024.communes.find((x) => x.code === code)!;
  const byName = ref.units2020.communes.find((x) => x.name === c.name && x.district === c.district);
  if (byName) return byName.code;
  const byCode = ref.units2020.communes.find((x) => x.code === code);
  if (byCode) return byCode.code;
  throw new Error(`no 2020-01 predecessor for ${code}`);
}

function provinceDerivation(year: 2021 | 2024): ProvinceDerivation {
  const p = PUBLISHED[year];
  return {
    year,
    ...p,
    households: deriveHouseholds(p.poor, p.poorRate, p.nearPoor, p.nearPoorRate),
    range: householdRange(p.poor, p.poorRate, p.nearPoor, p.nearPoorRate),
  };
}

function pickSources(all: Source[], referenced: Set<string>, file: string): Source[] {
  const out = all.filter((s) => referenced.has(s.id));
  for (const id of referenced) if (!out.some((s) => s.id === id)) throw new Error(`${file}: source ${id} is referenced but not defined`);
  return out;
}

function crosswalkJson(c: Crosswalk): Record<string, unknown> {
  return {
    from: c.from,
    to: c.to,
    basis: c.basis,
    links: c.links.map((l) => (l.share === WHOLE ? { from: l.from, to: l.to } : { from: l.from, to: l.to, share: l.share / WHOLE })),
  };
}

function compareReleaseIds(a: string, b: string): number {
  const [ya = 0, na = 0] = a.split('.').map(Number);
  const [yb = 0, nb = 0] = b.split('.').map(Number);
  return ya - yb || na - nb;
}

export function generateDemoRelease(opts: GenerateOptions): GenerateSummary {
  const ref = readReference(opts.referenceDir);
  checkReference(ref);

  // Province totals: published, with the household totals of 2021 and 2024 derived from the rates.
  const d2021 = provinceDerivation(2021);
  const d2024 = provinceDerivation(2024);
  const totals: Record<ModelYear, Totals> = {
    2021: { households: d2021.households, poor: d2021.poor, nearPoor: d2021.nearPoor },
    2022: SYNTHETIC_PROVINCE_TOTALS[2022],
    2023: SYNTHETIC_PROVINCE_TOTALS[2023],
    2024: { households: d2024.households, poor: d2024.poor, nearPoor: d2024.nearPoor },
  };

  const crosswalks = buildCrosswalks(ref, { y2024: SOURCE_IDS.merge2024, y2025: SOURCE_IDS.nq1672, composed: SOURCE_IDS.composed });
  const composed = crosswalks.find((c) => c.from === '2020-01' && c.to === '2025-07')!;

  const old = observations2020(ref, totals, SOURCE_IDS.synthetic);
  const fresh = observations2025(ref, old, composed.links, PUBLISHED[2025], SOURCE_IDS.synthetic);
  const province: Observation[] = [
    { vintage: '2020-01', unit: PROVINCE_CODE, year: 2021, ...totals[2021], source: SOURCE_IDS.province2021 },
    { vintage: '2020-01', unit: PROVINCE_CODE, year: 2024, ...totals[2024], source: SOURCE_IDS.province2024 },
    { vintage: '2025-07', unit: PROVINCE_CODE, year: 2025, ...PUBLISHED[2025], source: SOURCE_IDS.qd83 },
  ];
  const observations = sortObservations([...province, ...old.records, ...fresh.records]);

  // Classifications: poor districts from QĐ 353/QĐ-TTg; zones synthetic, in the published counts.
  const zones = assignZones(old.profiles);
  const classes2020 = new Map<string, Classification[] | undefined>(
    ref.units2020.communes.map((c) => [c.code, communeClassifications2021(zones.get(c.code) ?? null, SOURCE_IDS.zones2021)]),
  );
  const classes2025 = new Map<string, Classification[] | undefined>(
    ref.units2025.communes.map((c) => {
      const weights = fresh.households2024.get(c.code);
      if (!weights) throw new Error(`no predecessors for 2025-07 commune ${c.code}`);
      const zone = blendedZone(weights, (oldCode) => zoneIn(classes2020.get(oldCode), 2024));
      if (zone === null) return [c.code, undefined];
      const cs: Classification[] = [{ kind: 'zone', value: zone, from: 2025, to: null, source: SOURCE_IDS.zones2025 }];
      if (zone === 'III') cs.push({ kind: 'especially-difficult', from: 2025, to: null, source: SOURCE_IDS.zones2025 });
      return [c.code, cs];
    }),
  );

  const vintages: Vintage[] = [
    {
      id: '2020-01',
      validFrom: '2020-01-01',
      validTo: '2024-11-30',
      basis: SOURCE_IDS.nq818,
      units: districtVintageUnits(ref, ref.units2020, (code) => classes2020.get(code), SOURCE_IDS.qd353),
    },
    {
      id: '2024-12',
      validFrom: '2024-12-01',
      validTo: '2025-06-30',
      basis: SOURCE_IDS.merge2024,
      units: districtVintageUnits(ref, ref.units2024, (code) => classes2020.get(predecessor2020(ref, code)), SOURCE_IDS.qd353),
    },
    {
      id: '2025-07',
      validFrom: '2025-07-01',
      validTo: null,
      basis: SOURCE_IDS.nq1672,
      units: newCommuneUnits(ref, (code) => classes2025.get(code)),
    },
  ];

  const zoneCounts = { III: 0, II: 0, I: 0, none: 0 };
  for (const z of zones.values()) zoneCounts[z ?? 'none']++;
  if (zoneCounts.III !== ZONE_COUNTS.III || zoneCounts.II !== ZONE_COUNTS.II || zoneCounts.I !== ZONE_COUNTS.I) throw new Error('zone counts');
  const thatKhe = daiDongShareToThatKhe();
  const sources = buildSources({
    daiDongThatKhe: thatKhe,
    daiDongBounds: daiDongShareBounds(),
    daiDongRemainder: DAI_DONG.assumedRemainder,
    province: { 2021: d2021, 2024: d2024 },
    zoneCounts,
  });
  const allSources = Object.values(sources);

  const unitSourceIds = new Set<string>();
  for (const v of vintages) {
    unitSourceIds.add(v.basis);
    for (const u of v.units) for (const c of u.classifications ?? []) unitSourceIds.add(c.source);
  }
  const crosswalkSourceIds = new Set(crosswalks.map((c) => c.basis));
  const observationSourceIds = new Set(observations.map((o) => o.source));

  const outputs: Record<(typeof RELEASE_FILES)[number], string> = {
    'units.json': json({ vintages: vintages.map(vintageJson), sources: pickSources(allSources, unitSourceIds, 'units.json') }),
    'crosswalks.json': json({ crosswalks: crosswalks.map(crosswalkJson), sources: pickSources(allSources, crosswalkSourceIds, 'crosswalks.json') }),
    'observations.json': json({
      observations: observations.map(observationJson),
      sources: pickSources(allSources, observationSourceIds, 'observations.json'),
    }),
    'recognitions.json': '',
  };
  outputs['recognitions.json'] = json(
    buildRecognitions({
      units: outputs['units.json'],
      crosswalks: outputs['crosswalks.json'],
      observations: outputs['observations.json'],
      criteria: readFileSync(path.join(repoRoot, 'data', 'criteria', '2021-2025.json'), 'utf8'),
    }),
  );

  mkdirSync(opts.outDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of RELEASE_FILES) {
    writeFileSync(path.join(opts.outDir, name), outputs[name]);
    files[name] = sha256(outputs[name]);
  }

  writeIndex(opts.indexFile, files);
  return { files, households: { 2021: d2021.households, 2024: d2024.households }, daiDongShare: thatKhe / WHOLE };
}

const RELEASE_ENTRY = {
  id: RELEASE_ID,
  title: 'Kết quả rà soát hộ nghèo, hộ cận nghèo 2021–2025 (dữ liệu minh họa), phân loại huyện nghèo theo Quyết định 353/QĐ-TTg',
  publishedAt: '2026-12-01',
  status: 'demo',
  notes:
    'Bản dữ liệu minh họa, thay phiên bản 2026.1; số liệu hộ nghèo giữ nguyên. ' +
    'Tổng toàn tỉnh năm 2021 và 2024 (Dân Việt, 16/9/2025; tổng số hộ ước tính từ tỷ lệ đã công bố) và năm 2025 (Quyết định số 83/QĐ-UBND ngày 15/01/2026 của UBND tỉnh) là số đã công bố, kèm nguồn; ' +
    'số liệu của các huyện, xã (và tổng toàn tỉnh năm 2022, 2023 tính từ các huyện) là số liệu minh họa do máy sinh ra, không phải số liệu chính thức. ' +
    'Đã tìm thấy và dùng: phụ lục Quyết định 353/QĐ-TTg ngày 15/3/2022 (bản đăng lại trên trang Sở Kế hoạch và Đầu tư Quảng Ninh, 26/3/2022) ghi huyện Bình Gia và huyện Văn Quan là huyện nghèo giai đoạn 2021–2025, ' +
    'nay là nguồn của phân loại huyện nghèo, tính từ năm 2022. ' +
    'Chưa tìm thấy quyết định công nhận huyện nào của tỉnh thoát nghèo (kiểm tra đến 01/12/2026); việc cấp huyện chấm dứt hoạt động từ 01/7/2025 không được coi là thoát nghèo. ' +
    'Đã tìm thấy nhưng chưa đủ để thay số liệu minh họa: tỉnh có 88 xã khu vực III (xã đặc biệt khó khăn) theo Quyết định 861/QĐ-TTg ngày 04/6/2021 (hai nguồn); ' +
    'phân loại minh họa nay có đúng 88 xã khu vực III trong mọi năm 2021–2024 (bỏ trường hợp thôi khu vực III giữa kỳ do máy đặt ra ở phiên bản 2026.1). ' +
    'Chưa tìm thấy: danh sách từng xã theo khu vực I, II, III của Quyết định 861/QĐ-TTg và danh sách thôn đặc biệt khó khăn của Ủy ban Dân tộc (Quyết định 433, 612/QĐ-UBDT), nên phân loại xã vẫn là minh họa. ' +
    'Khen thưởng: các khen thưởng minh họa nay chỉ trao cho tập thể, hộ gia đình giả định; thêm Bằng khen của Chủ tịch UBND tỉnh cho xã Hải Yến (tháng 4/2025, theo báo Dân trí ngày 18/6/2025; chưa rõ số quyết định).',
};

function writeIndex(file: string, hashes: Record<string, string>): void {
  let manifest: { current?: string; releases?: Record<string, unknown>[] } = {};
  if (existsSync(file)) manifest = JSON.parse(readFileSync(file, 'utf8'));
  const entry = {
    ...RELEASE_ENTRY,
    sha256: Object.fromEntries(RELEASE_FILES.map((name) => [name, hashes[name]!])),
  };
  const others = (manifest.releases ?? []).filter((r) => r.id !== RELEASE_ID);
  const releases = [...others, entry].sort((a, b) => compareReleaseIds(String(a.id), String(b.id)));
  // The manifest's current release moves only forward: to this one, unless a later one is current.
  const keep = manifest.current && releases.some((r) => r.id === manifest.current) && compareReleaseIds(manifest.current, RELEASE_ID) > 0;
  const current = keep ? manifest.current! : RELEASE_ID;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json({ current, releases }));
}

const USAGE = 'usage: node scripts/generate-demo-release.ts [--reference DIR] [--out DIR] [--index FILE] [--quiet]';

export function parseArgs(argv: string[]): GenerateOptions & { quiet: boolean } {
  let referenceDir = path.resolve(repoRoot, 'sources/admin-units');
  let outDir = path.join(repoRoot, 'data/releases', RELEASE_ID);
  let indexFile: string | undefined;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return path.resolve(v);
    };
    if (flag === '--reference') referenceDir = value();
    else if (flag === '--out') outDir = value();
    else if (flag === '--index') indexFile = value();
    else if (flag === '--quiet') quiet = true;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return { referenceDir, outDir, indexFile: indexFile ?? path.join(path.dirname(outDir), 'index.json'), quiet };
}

class UsageError extends Error {}

function main(): void {
  let opts: ReturnType<typeof parseArgs>;
  try {
    if (process.argv.includes('--help') || process.argv.includes('-h')) {
      console.log(USAGE);
      return;
    }
    opts = parseArgs(process.argv.slice(2));
    if (!existsSync(opts.referenceDir)) throw new UsageError(`reference folder not found: ${opts.referenceDir}`);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const summary = generateDemoRelease(opts);
  if (opts.quiet) return;
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  for (const [name, hash] of Object.entries(summary.files).sort((a, b) => compareCodes(a[0], b[0]))) {
    console.log(`${rel(path.join(opts.outDir, name))}  sha256 ${hash}`);
  }
  console.log(`${rel(opts.indexFile)}  updated`);
  console.log(`households derived from published rates: 2021 ${summary.households[2021]}, 2024 ${summary.households[2024]}`);
  console.log(`Đại Đồng → Thất Khê share ${summary.daiDongShare}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
