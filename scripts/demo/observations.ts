/**
 * Synthetic district and commune figures that add up exactly to the province
 * totals: each total is split among districts, then each district's among its
 * communes, by largest remainder, with weights = illustrative households × rate.
 */
import { allocateLargestRemainder } from './allocate.ts';
import { PROVINCE_CODE, compareCodes } from './common.ts';
import type { Link } from './crosswalks.ts';
import { YEARS_2020, communeProfile, districtPaths, householdWeight, DISTRICT_PROFILES } from './model.ts';
import type { CommuneProfile, ModelYear } from './model.ts';
import type { Reference } from './reference.ts';

export interface Totals {
  households: number;
  poor: number;
  nearPoor: number;
}

export interface Observation extends Totals {
  vintage: string;
  unit: string;
  year: number;
  ethnicMinority?: { households: number; poor: number };
  source: string;
}

export interface CommuneFigures extends Totals {
  emHouseholds: number;
  emPoor: number;
}

export interface Observations2020 {
  records: Observation[];
  /** commune code → year → figures */
  communes: Map<string, Record<ModelYear, CommuneFigures>>;
  profiles: Map<string, CommuneProfile>;
}

function emFigures(t: Totals, emShare: number, emPoorShare: number): { emHouseholds: number; emPoor: number } {
  const emHouseholds = Math.min(t.households, Math.round(t.households * emShare));
  const emPoor = Math.min(t.poor, emHouseholds, Math.round(t.poor * emPoorShare));
  return { emHouseholds, emPoor };
}

function check(o: Observation): Observation {
  const nums = [o.households, o.poor, o.nearPoor, o.ethnicMinority?.households ?? 0, o.ethnicMinority?.poor ?? 0];
  if (nums.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`${o.vintage}/${o.unit}/${o.year}: counts must be non-negative integers`);
  if (o.poor + o.nearPoor > o.households) throw new Error(`${o.vintage}/${o.unit}/${o.year}: poor + near-poor exceed households`);
  if (o.ethnicMinority && (o.ethnicMinority.households > o.households || o.ethnicMinority.poor > o.poor || o.ethnicMinority.poor > o.ethnicMinority.households)) {
    throw new Error(`${o.vintage}/${o.unit}/${o.year}: ethnic-minority counts outside the unit's`);
  }
  return o;
}

export function observations2020(ref: Reference, totals: Record<ModelYear, Totals>, source: string): Observations2020 {
  const profiles = new Map(ref.units2020.communes.map((c) => [c.code, communeProfile(c)]));
  const byDistrict = new Map<string, CommuneProfile[]>();
  for (const d of ref.units2020.districts) byDistrict.set(d.code, []);
  for (const p of profiles.values()) byDistrict.get(p.district)!.push(p);

  const records: Observation[] = [];
  const communes = new Map<string, Record<ModelYear, CommuneFigures>>();
  for (const code of profiles.keys()) communes.set(code, {} as Record<ModelYear, CommuneFigures>);

  const districts = ref.units2020.districts.map((d) => d.code);
  for (const year of YEARS_2020) {
    const total = totals[year];
    const hhWeights = districts.map((d) => {
      const ps = byDistrict.get(d)!;
      const base = ps.reduce((s, p) => s + householdWeight(p, 2021), 0);
      const now = ps.reduce((s, p) => s + householdWeight(p, year), 0);
      return DISTRICT_PROFILES[d]!.households * (now / base);
    });
    const dHouseholds = allocateLargestRemainder(total.households, hhWeights);
    const dPoor = allocateLargestRemainder(total.poor, districts.map((d, i) => dHouseholds[i]! * districtPaths(d).poor[year]));
    const dNear = allocateLargestRemainder(total.nearPoor, districts.map((d, i) => dHouseholds[i]! * districtPaths(d).nearPoor[year]));

    districts.forEach((d, i) => {
      const ps = byDistrict.get(d)!;
      const hh = allocateLargestRemainder(dHouseholds[i]!, ps.map((p) => householdWeight(p, year)));
      const poor = allocateLargestRemainder(dPoor[i]!, ps.map((p, k) => hh[k]! * p.poor[year]));
      const near = allocateLargestRemainder(dNear[i]!, ps.map((p, k) => hh[k]! * p.nearPoor[year]));
      let emH = 0;
      let emP = 0;
      ps.forEach((p, k) => {
        const t = { households: hh[k]!, poor: poor[k]!, nearPoor: near[k]! };
        const em = emFigures(t, p.emShare, p.emPoorShare);
        emH += em.emHouseholds;
        emP += em.emPoor;
        communes.get(p.code)![year] = { ...t, ...em };
        records.push(check({ vintage: '2020-01', unit: p.code, year, ...t, ethnicMinority: { households: em.emHouseholds, poor: em.emPoor }, source }));
      });
      records.push(
        check({
          vintage: '2020-01',
          unit: d,
          year,
          households: dHouseholds[i]!,
          poor: dPoor[i]!,
          nearPoor: dNear[i]!,
          ethnicMinority: { households: emH, poor: emP },
          source,
        }),
      );
    });
  }
  return { records, communes, profiles };
}

/**
 * 2025 on the 65 new communes: weights from the 2024 figures of the old
 * communes that went into each (composed crosswalk shares), moved by each old
 * commune's illustrative 2024 → 2025 change, then the 2025 province total split.
 */
export function observations2025(
  ref: Reference,
  old: Observations2020,
  composed: Link[],
  total: Totals,
  source: string,
): { records: Observation[]; households2024: Map<string, Map<string, number>> } {
  const codes = ref.units2025.communes.map((c) => c.code);
  const w = new Map(codes.map((c) => [c, { hh: 0, poor: 0, near: 0, emH: 0, emP: 0, baseH: 0, baseP: 0 }]));
  /** new code → old code → households of 2024 carried (for classification weights) */
  const households2024 = new Map<string, Map<string, number>>();
  for (const l of composed) {
    if (l.from === PROVINCE_CODE) continue;
    const f = old.communes.get(l.from)?.[2024];
    const p = old.profiles.get(l.from);
    const acc = w.get(l.to);
    if (!f || !p || !acc) throw new Error(`2025 weights: link ${l.from} → ${l.to} has no 2024 figures`);
    const s = l.share / 10000;
    acc.hh += s * f.households * p.households2025;
    acc.poor += s * f.poor * p.poor2025;
    acc.near += s * f.nearPoor * p.nearPoor2025;
    acc.baseH += s * f.households;
    acc.baseP += s * f.poor;
    acc.emH += s * f.emHouseholds;
    acc.emP += s * f.emPoor;
    if (!households2024.has(l.to)) households2024.set(l.to, new Map());
    households2024.get(l.to)!.set(l.from, s * f.households);
  }
  const ws = codes.map((c) => w.get(c)!);
  const hh = allocateLargestRemainder(total.households, ws.map((x) => x.hh));
  const poor = allocateLargestRemainder(total.poor, ws.map((x) => x.poor));
  const near = allocateLargestRemainder(total.nearPoor, ws.map((x) => x.near));
  const records = codes.map((code, i) => {
    const x = ws[i]!;
    const t = { households: hh[i]!, poor: poor[i]!, nearPoor: near[i]! };
    const em = emFigures(t, x.baseH > 0 ? x.emH / x.baseH : 0.9, x.baseP > 0 ? x.emP / x.baseP : 0.95);
    return check({ vintage: '2025-07', unit: code, year: 2025, ...t, ethnicMinority: { households: em.emHouseholds, poor: em.emPoor }, source });
  });
  return { records, households2024 };
}

export function sortObservations(records: Observation[]): Observation[] {
  return [...records].sort((a, b) => compareCodes(a.vintage, b.vintage) || compareCodes(a.unit, b.unit) || a.year - b.year);
}

/** The record as written: keys in a fixed order. */
export function observationJson(o: Observation): Record<string, unknown> {
  const out: Record<string, unknown> = {
    vintage: o.vintage,
    unit: o.unit,
    year: o.year,
    households: o.households,
    poor: o.poor,
    nearPoor: o.nearPoor,
  };
  if (o.ethnicMinority) out.ethnicMinority = { households: o.ethnicMinority.households, poor: o.ethnicMinority.poor };
  out.source = o.source;
  return out;
}
