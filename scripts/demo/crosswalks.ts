/**
 * Crosswalks between boundary vintages. Shares are kept as integer
 * ten-thousandths (10000 = the whole unit) so sums are exact; a link with the
 * whole unit is written without `share`.
 */
import { allocateLargestRemainder } from './allocate.ts';
import { PROVINCE_CODE, compareCodes } from './common.ts';
import type { RefMergeRow, Reference } from './reference.ts';

export interface Link {
  from: string;
  to: string;
  /** ten-thousandths of the `from` unit's households */
  share: number;
}

export interface Crosswalk {
  from: string;
  to: string;
  basis: string;
  links: Link[];
}

export const WHOLE = 10000;

/**
 * Đại Đồng (06040) was split on 01/12/2024. The press gives 8.527 people moved
 * into Thị trấn Thất Khê and 1.333 people in Đội Cấn after it took in the rest of
 * Đại Đồng; the rest of Đại Đồng is assumed to be half of those 1.333.
 */
export const DAI_DONG = {
  code: '06040',
  movedToThatKhe: 8527,
  doiCanAfter: 1333,
  /** assumed people of Đại Đồng that went to Đội Cấn */
  assumedRemainder: 1333 / 2,
};

export function daiDongShareToThatKhe(): number {
  const { movedToThatKhe, assumedRemainder } = DAI_DONG;
  return Math.round((movedToThatKhe * WHOLE) / (movedToThatKhe + assumedRemainder));
}

/** Bounds of Thất Khê's share: all 1.333 people of Đội Cấn from Đại Đồng, or none. */
export function daiDongShareBounds(): [number, number] {
  const { movedToThatKhe, doiCanAfter } = DAI_DONG;
  return [Math.round((movedToThatKhe * WHOLE) / (movedToThatKhe + doiCanAfter)), WHOLE];
}

/** Split units: old code → new code → share. Everything else in the tables is whole. */
function splitAssumptions(): { y2024: Record<string, Record<string, number>>; y2025: Record<string, Record<string, number>> } {
  const thatKhe = daiDongShareToThatKhe();
  return {
    y2024: { '06040': { '06040': thatKhe, '06025': WHOLE - thatKhe } },
    // No figures on how Bính Xá and Kiên Mộc were divided: half and half.
    y2025: {
      '06622': { '06613': 5000, '06625': 5000 },
      '06625': { '06625': 5000, '06637': 5000 },
    },
  };
}

function linksFromTable(
  rows: RefMergeRow[],
  fromCodes: string[],
  toCodes: Set<string>,
  splits: Record<string, Record<string, number>>,
  identityForUnlisted: boolean,
  what: string,
): Link[] {
  const byOld = new Map<string, RefMergeRow[]>();
  for (const r of rows) byOld.set(r.oldCode, [...(byOld.get(r.oldCode) ?? []), r]);
  const links: Link[] = [];
  for (const code of fromCodes) {
    const rs = byOld.get(code);
    if (!rs) {
      if (!identityForUnlisted) throw new Error(`${what}: ${code} is not in the conversion table`);
      if (!toCodes.has(code)) throw new Error(`${what}: ${code} is not in the table and does not persist`);
      links.push({ from: code, to: code, share: WHOLE });
      continue;
    }
    const partial = rs.some((r) => r.partial);
    if (!partial) {
      if (rs.length !== 1) throw new Error(`${what}: ${code} goes whole to ${rs.length} units`);
      links.push({ from: code, to: rs[0]!.newCode, share: WHOLE });
      continue;
    }
    const split = splits[code];
    if (!split) throw new Error(`${what}: ${code} is split but no share assumption is defined`);
    const targets = rs.map((r) => r.newCode).sort(compareCodes);
    const assumed = Object.keys(split).sort(compareCodes);
    if (targets.join() !== assumed.join() || rs.some((r) => !r.partial)) {
      throw new Error(`${what}: ${code} goes to ${targets.join(', ')}, the assumption covers ${assumed.join(', ')}`);
    }
    const total = Object.values(split).reduce((a, b) => a + b, 0);
    if (total !== WHOLE) throw new Error(`${what}: shares of ${code} add up to ${total / WHOLE}`);
    for (const to of targets) links.push({ from: code, to, share: split[to]! });
  }
  for (const l of links) if (!toCodes.has(l.to)) throw new Error(`${what}: ${l.from} → ${l.to}, which is not a unit of the later vintage`);
  const reached = new Set(links.map((l) => l.to));
  for (const c of toCodes) if (!reached.has(c)) throw new Error(`${what}: no unit goes into ${c}`);
  for (const code of Object.keys(splits)) if (!byOld.has(code)) throw new Error(`${what}: share assumption for ${code}, which is not split`);
  return links;
}

export function buildCrosswalks(ref: Reference, basis: { y2024: string; y2025: string; composed: string }): Crosswalk[] {
  const splits = splitAssumptions();
  const communes2020 = ref.units2020.communes.map((c) => c.code);
  const communes2024 = ref.units2024.communes.map((c) => c.code);
  const to2024 = new Set(communes2024);
  const to2025 = new Set(ref.units2025.communes.map((c) => c.code));

  const districts2024 = new Set(ref.units2024.districts.map((d) => d.code));
  const districtLinks: Link[] = ref.units2020.districts.map((d) => {
    if (!districts2024.has(d.code)) throw new Error(`district ${d.code} does not persist into 2024-12`);
    return { from: d.code, to: d.code, share: WHOLE };
  });
  const province: Link = { from: PROVINCE_CODE, to: PROVINCE_CODE, share: WHOLE };

  const a = linksFromTable(ref.merge2024, communes2020, to2024, splits.y2024, true, '2020-01 → 2024-12');
  const b = linksFromTable(ref.merge2025, communes2024, to2025, splits.y2025, false, '2024-12 → 2025-07');
  const composed = compose(a, b);

  return [
    { from: '2020-01', to: '2024-12', basis: basis.y2024, links: [province, ...districtLinks, ...a] },
    { from: '2024-12', to: '2025-07', basis: basis.y2025, links: [province, ...b] },
    { from: '2020-01', to: '2025-07', basis: basis.composed, links: [province, ...composed] },
  ];
}

/**
 * a: X → Y, b: Y → Z. Shares multiply along a path and add over parallel paths;
 * each X unit's shares are then rounded to ten-thousandths with the largest
 * remainder, so they still add up to exactly 1. Links rounded to 0 are dropped.
 */
function compose(a: Link[], b: Link[]): Link[] {
  const next = new Map<string, Link[]>();
  for (const l of b) next.set(l.from, [...(next.get(l.from) ?? []), l]);
  const fromOrder: string[] = [];
  const exact = new Map<string, Map<string, number>>(); // in 1e-8
  for (const l of a) {
    if (!exact.has(l.from)) {
      exact.set(l.from, new Map());
      fromOrder.push(l.from);
    }
    const row = exact.get(l.from)!;
    const onward = next.get(l.to);
    if (!onward) throw new Error(`compose: ${l.to} has no onward link`);
    for (const m of onward) row.set(m.to, (row.get(m.to) ?? 0) + l.share * m.share);
  }
  const out: Link[] = [];
  for (const from of fromOrder) {
    const row = exact.get(from)!;
    const tos = [...row.keys()].sort(compareCodes);
    const parts = allocateLargestRemainder(WHOLE, tos.map((t) => row.get(t)!));
    tos.forEach((to, i) => {
      if (parts[i]! > 0) out.push({ from, to, share: parts[i]! });
    });
  }
  return out;
}

