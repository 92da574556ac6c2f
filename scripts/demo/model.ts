/**
 * The synthetic model behind the demo figures. Nothing here is a published
 * figure: these are illustrative levels and paces, chosen so that poorer
 * upland districts have higher rates and units differ in how fast they reduce
 * poverty. The published province totals are imposed afterwards, by allocation.
 */
import { SEED } from './common.ts';
import { createRng } from './prng.ts';
import type { RefCommune } from './reference.ts';

export const YEARS_2020 = [2021, 2022, 2023, 2024] as const;
export type ModelYear = (typeof YEARS_2020)[number];

export interface DistrictProfile {
  /** relative household weight (about thousands of households) */
  households: number;
  /** illustrative 2021 poor and near-poor rates, % */
  poor2021: number;
  nearPoor2021: number;
  /** share of the 2021 poor rate left in 2024 */
  poorLeft2024: number;
  /** share of the 2021 near-poor rate left in 2024 */
  nearPoorLeft2024: number;
  /** share of the 2021→2024 drop in the poor rate reached by 2022 and by 2023 */
  poorPath: [number, number];
}

/** Illustrative, not published: see the synthetic source's note. */
export const DISTRICT_PROFILES: Record<string, DistrictProfile> = {
  '178': { households: 25.0, poor2021: 1.6, nearPoor2021: 3.2, poorLeft2024: 0.36, nearPoorLeft2024: 0.8, poorPath: [0.35, 0.7] }, // TP Lạng Sơn
  '180': { households: 15.5, poor2021: 17.0, nearPoor2021: 15.0, poorLeft2024: 0.32, nearPoorLeft2024: 0.72, poorPath: [0.34, 0.68] }, // Tràng Định
  '181': { households: 12.5, poor2021: 27.5, nearPoor2021: 16.5, poorLeft2024: 0.28, nearPoorLeft2024: 0.7, poorPath: [0.33, 0.66] }, // Bình Gia
  '182': { households: 12.5, poor2021: 16.0, nearPoor2021: 14.0, poorLeft2024: 0.31, nearPoorLeft2024: 0.73, poorPath: [0.37, 0.7] }, // Văn Lãng
  '183': { households: 20.0, poor2021: 10.0, nearPoor2021: 12.0, poorLeft2024: 0.26, nearPoorLeft2024: 0.7, poorPath: [0.38, 0.7] }, // Cao Lộc
  '184': { households: 13.0, poor2021: 24.0, nearPoor2021: 15.5, poorLeft2024: 0.35, nearPoorLeft2024: 0.74, poorPath: [0.4, 0.72] }, // Văn Quan
  '185': { households: 17.0, poor2021: 14.0, nearPoor2021: 14.0, poorLeft2024: 0.3, nearPoorLeft2024: 0.71, poorPath: [0.36, 0.69] }, // Bắc Sơn
  '186': { households: 30.0, poor2021: 8.0, nearPoor2021: 11.0, poorLeft2024: 0.25, nearPoorLeft2024: 0.68, poorPath: [0.37, 0.7] }, // Hữu Lũng
  '187': { households: 20.0, poor2021: 9.5, nearPoor2021: 12.0, poorLeft2024: 0.26, nearPoorLeft2024: 0.7, poorPath: [0.36, 0.69] }, // Chi Lăng
  '188': { households: 21.0, poor2021: 13.0, nearPoor2021: 13.0, poorLeft2024: 0.3, nearPoorLeft2024: 0.72, poorPath: [0.35, 0.68] }, // Lộc Bình
  '189': { households: 7.5, poor2021: 21.0, nearPoor2021: 15.0, poorLeft2024: 0.34, nearPoorLeft2024: 0.74, poorPath: [0.34, 0.67] }, // Đình Lập
};

/** Province totals for 2022 and 2023 were not published: illustrative values in between. */
export const SYNTHETIC_PROVINCE_TOTALS: Record<2022 | 2023, { households: number; poor: number; nearPoor: number }> = {
  2022: { households: 197046, poor: 17842, nearPoor: 22412 }, // 9,05% and 11,37%
  2023: { households: 201371, poor: 12296, nearPoor: 19815 }, // 6,11% and 9,84%
};

export interface CommuneProfile {
  code: string;
  district: string;
  /** relative household weight within the district in 2021 */
  size: number;
  /** yearly household growth factor */
  growth: number;
  /** illustrative poor and near-poor rates, % of households, by year */
  poor: Record<ModelYear, number>;
  nearPoor: Record<ModelYear, number>;
  /** share of households of ethnic minorities, and of poor households */
  emShare: number;
  emPoorShare: number;
  /** how remote and poor the commune is in 2021 (ranks the synthetic zones) */
  hardship: number;
  /** 2024 → 2025 factors of the poor and near-poor counts, and households */
  poor2025: number;
  nearPoor2025: number;
  households2025: number;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Rate in year y on a path from r2021 to r2021 × left, with the fraction of the drop reached by 2022 and 2023. */
function path(r2021: number, left: number, t2022: number, t2023: number): Record<ModelYear, number> {
  const drop = r2021 * (1 - left);
  return { 2021: r2021, 2022: r2021 - drop * t2022, 2023: r2021 - drop * t2023, 2024: r2021 - drop };
}

export function communeProfile(c: RefCommune): CommuneProfile {
  const d = DISTRICT_PROFILES[c.district];
  if (!d) throw new Error(`no synthetic profile for district ${c.district}`);
  const rng = createRng(SEED, `commune:${c.code}`);
  const urban = c.type !== 'xã';
  const unit01 = () => (rng.bell() + 1) / 2; // bell-shaped in [0, 1]

  const size = urban ? rng.uniform(1.6, 3.2) : rng.uniform(0.55, 1.45);
  const growth = urban ? rng.uniform(1.018, 1.032) : rng.uniform(1.008, 1.026);
  const poorLevel = d.poor2021 * (urban ? rng.uniform(0.22, 0.55) : 0.5 + 1.25 * unit01());
  const nearLevel = d.nearPoor2021 * (urban ? rng.uniform(0.45, 0.8) : 0.75 + 0.5 * unit01());

  // Pace: about three communes in ten make a breakthrough (the poor rate falls
  // far faster than the district's); the others lag a little behind it.
  const fast = rng.next() < 0.3;
  const pace = rng.next();
  const poorLeft = clamp(d.poorLeft2024 * (fast ? 0.3 + 0.4 * pace : 1.0 + 0.45 * pace), 0.06, 0.9);
  const nearLeft = clamp(d.nearPoorLeft2024 * (fast ? 0.75 + 0.15 * rng.next() : 0.95 + 0.2 * rng.next()), 0.3, 1.05);
  const t2022 = clamp(d.poorPath[0] + 0.25 * rng.bell(), 0.1, 0.6);
  const t2023 = clamp(d.poorPath[1] + 0.22 * rng.bell(), t2022 + 0.12, 0.92);
  const n2022 = clamp(0.3 + 0.15 * rng.bell(), 0.05, 0.6);
  const n2023 = clamp(0.65 + 0.12 * rng.bell(), n2022 + 0.1, 0.95);

  return {
    code: c.code,
    district: c.district,
    size,
    growth,
    poor: path(poorLevel, poorLeft, t2022, t2023),
    nearPoor: path(nearLevel, nearLeft, n2022, n2023),
    emShare: urban ? rng.uniform(0.78, 0.86) : rng.uniform(0.85, 0.96),
    emPoorShare: urban ? rng.uniform(0.82, 0.95) : rng.uniform(0.92, 1),
    hardship: poorLevel * (0.9 + 0.2 * rng.next()),
    poor2025: rng.uniform(0.5, 0.85),
    nearPoor2025: rng.uniform(0.7, 0.95),
    households2025: rng.uniform(0.95, 1.01),
  };
}

/** Household weight of a commune in a year: size × growth^(year − 2021), by repeated multiplication. */
export function householdWeight(p: CommuneProfile, year: number): number {
  let w = p.size;
  for (let y = 2021; y < year; y++) w *= p.growth;
  return w;
}

/** District poor and near-poor rate paths (illustrative). */
export function districtPaths(code: string): { poor: Record<ModelYear, number>; nearPoor: Record<ModelYear, number> } {
  const d = DISTRICT_PROFILES[code];
  if (!d) throw new Error(`no synthetic profile for district ${code}`);
  return {
    poor: path(d.poor2021, d.poorLeft2024, d.poorPath[0], d.poorPath[1]),
    nearPoor: path(d.nearPoor2021, d.nearPoorLeft2024, 0.3, 0.65),
  };
}
