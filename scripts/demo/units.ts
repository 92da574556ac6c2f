/** units.json: the three boundary vintages with their classifications. */
import { PROVINCE_CODE, compareCodes } from './common.ts';
import type { CommuneProfile } from './model.ts';
import type { Reference, RefVintageList } from './reference.ts';

export type Zone = 'I' | 'II' | 'III';

export type Classification =
  | { kind: 'poor-district'; from: number; to: number | null; source: string; checked: string }
  | { kind: 'zone'; value: Zone; from: number; to: number | null; source: string }
  | { kind: 'especially-difficult'; from: number; to: number | null; source: string };

export interface Unit {
  code: string;
  level: 'province' | 'district' | 'commune';
  parent?: string;
  name: string;
  type: string;
  classifications?: Classification[];
}

export interface Vintage {
  id: string;
  validFrom: string;
  validTo: string | null;
  basis: string;
  units: Unit[];
}

/**
 * Counts of communes per zone in Lạng Sơn under QĐ 861/QĐ-TTg as reported: 88 in zone III
 * (two sources), 8 and 103 in zones II and I (one re-hosted article); the rest have no zone.
 * The commune-by-commune list was not found, so which commune is in which zone is synthetic.
 */
export const ZONE_COUNTS: Record<Zone, number> = { III: 88, II: 8, I: 103 };

/**
 * The poor districts of QĐ 353/QĐ-TTg (15/3/2022), annex I lines 10 and 11: Bình Gia and
 * Văn Quan. In force from the decision's year; no decision recognising their exit was found
 * up to the day checked, so they have no end: district level ending on 01/07/2025 is not an
 * exit from poverty.
 */
const POOR_DISTRICTS = { codes: ['181', '184'], from: 2022, checked: '2026-12-01' } as const;

/** Synthetic zones of the 2020-01 communes: the hardest-off (illustrative) get zone III, and so on. */
export function assignZones(profiles: Map<string, CommuneProfile>): Map<string, Zone | null> {
  const ranked = [...profiles.values()].sort((a, b) => b.hardship - a.hardship || compareCodes(a.code, b.code));
  const out = new Map<string, Zone | null>();
  ranked.forEach((p, i) => {
    const zone: Zone | null =
      i < ZONE_COUNTS.III ? 'III' : i < ZONE_COUNTS.III + ZONE_COUNTS.II ? 'II' : i < ZONE_COUNTS.III + ZONE_COUNTS.II + ZONE_COUNTS.I ? 'I' : null;
    out.set(p.code, zone);
  });
  return out;
}

/** Zone III communes are the especially difficult ones (QĐ 33/2020/QĐ-TTg, Điều 3); the list holds for the whole period. */
export function communeClassifications2021(zone: Zone | null, source: string): Classification[] | undefined {
  if (zone === null) return undefined;
  const out: Classification[] = [{ kind: 'zone', value: zone, from: 2021, to: null, source }];
  if (zone === 'III') out.push({ kind: 'especially-difficult', from: 2021, to: null, source });
  return out;
}

/** The zone in force in a year, from a unit's classifications. */
export function zoneIn(cs: Classification[] | undefined, year: number): Zone | null {
  for (const c of cs ?? []) if (c.kind === 'zone' && c.from <= year && (c.to === null || year <= c.to)) return c.value;
  return null;
}

const ZONE_LEVEL: Record<Zone, number> = { I: 1, II: 2, III: 3 };
const LEVEL_ZONE: (Zone | null)[] = [null, 'I', 'II', 'III'];

/** Household-weighted mean zone (none = 0) of the old communes a new commune was formed from, rounded. */
export function blendedZone(weights: Map<string, number>, zoneOf: (oldCode: string) => Zone | null): Zone | null {
  let sum = 0;
  let total = 0;
  for (const [code, w] of [...weights].sort((a, b) => compareCodes(a[0], b[0]))) {
    const z = zoneOf(code);
    sum += w * (z === null ? 0 : ZONE_LEVEL[z]);
    total += w;
  }
  if (total === 0) return null;
  return LEVEL_ZONE[Math.round(sum / total)]!;
}

function provinceUnit(ref: Reference): Unit {
  return { code: PROVINCE_CODE, level: 'province', name: ref.units2020.province.name, type: 'tỉnh' };
}

export function districtVintageUnits(
  ref: Reference,
  list: RefVintageList,
  communeClasses: (code: string) => Classification[] | undefined,
  poorDistrictSource: string,
): Unit[] {
  if (list.province.code !== PROVINCE_CODE) throw new Error(`province code ${list.province.code}, expected ${PROVINCE_CODE}`);
  const units: Unit[] = [provinceUnit(ref)];
  for (const d of list.districts) {
    const u: Unit = { code: d.code, level: 'district', parent: PROVINCE_CODE, name: d.name, type: d.type };
    if ((POOR_DISTRICTS.codes as readonly string[]).includes(d.code)) {
      u.classifications = [{ kind: 'poor-district', from: POOR_DISTRICTS.from, to: null, source: poorDistrictSource, checked: POOR_DISTRICTS.checked }];
    }
    units.push(u);
  }
  for (const c of list.communes) {
    const u: Unit = { code: c.code, level: 'commune', parent: c.district, name: c.name, type: c.type };
    const cs = communeClasses(c.code);
    if (cs) u.classifications = cs;
    units.push(u);
  }
  return units;
}

export function newCommuneUnits(ref: Reference, classes: (code: string) => Classification[] | undefined): Unit[] {
  const units: Unit[] = [provinceUnit(ref)];
  for (const c of ref.units2025.communes) {
    const u: Unit = { code: c.code, level: 'commune', parent: PROVINCE_CODE, name: c.name, type: c.type };
    const cs = classes(c.code);
    if (cs) u.classifications = cs;
    units.push(u);
  }
  return units;
}

/** The unit as written: keys in a fixed order. */
function unitJson(u: Unit): Record<string, unknown> {
  const out: Record<string, unknown> = { code: u.code, level: u.level };
  if (u.parent !== undefined) out.parent = u.parent;
  out.name = u.name;
  out.type = u.type;
  if (u.classifications) {
    out.classifications = u.classifications.map((c) =>
      c.kind === 'zone'
        ? { kind: c.kind, value: c.value, from: c.from, to: c.to, source: c.source }
        : c.kind === 'poor-district'
          ? { kind: c.kind, from: c.from, to: c.to, source: c.source, checked: c.checked }
          : { kind: c.kind, from: c.from, to: c.to, source: c.source },
    );
  }
  return out;
}

export function vintageJson(v: Vintage): Record<string, unknown> {
  return { id: v.id, validFrom: v.validFrom, validTo: v.validTo, basis: v.basis, units: v.units.map(unitJson) };
}
