/**
 * The criteria results split into parts a phone can load: one part per district (the district
 * and every unit under it), and, for the units of a vintage that sit under no district (the
 * communes from 01/7/2025), pages of PART_SIZE units in name order. /tieu-chi/ lists the parts,
 * one row each, and every part is a page of its own (issue 14: ≤ 50 KB at national scale).
 */
import type { Unit, Vintage } from '../domain/schemas/index.ts';
import { districtOf, splitEvenly } from '../domain/split.ts';
import { currentLang } from '../i18n/current.ts';
import { criteriaPage as t } from '../i18n/criteria-page.ts';
import { unitLabelCapital } from '../i18n/results.ts';
import type { SiteData } from './site-data.ts';
import { criteriaPartPath, districtPartSlug, pagePartSlug } from './urls.ts';

/**
 * At most this many units on one page of units under no district: a part page then weighs about
 * 10 KB gzip of HTML, a fifth of the page budget (docs/budgets-and-quality.md).
 */
export const PART_SIZE = 100;

export interface CriteriaPart {
  vintage: Vintage;
  slug: string;
  path: string;
  label: string;
  /** The district whose units this part holds; undefined for a page of units under no district. */
  district: Unit | undefined;
  codes: ReadonlySet<string>;
}

// By language and vintage: the parts' labels are words of the page.
const cache = new WeakMap<SiteData, Map<string, CriteriaPart[]>>();

function build(site: SiteData, vintage: Vintage): CriteriaPart[] {
  const evaluated = new Set(site.evaluations.filter((e) => e.vintage === vintage.id).map((e) => e.unit));
  const byDistrict = new Map<string, { district: Unit; codes: Set<string> }>();
  const loose: Unit[] = [];
  for (const unit of vintage.units) {
    if (!evaluated.has(unit.code)) continue;
    const district = districtOf(site.dataset, vintage.id, unit);
    if (!district) {
      loose.push(unit);
      continue;
    }
    const entry = byDistrict.get(district.code) ?? { district, codes: new Set<string>() };
    entry.codes.add(unit.code);
    byDistrict.set(district.code, entry);
  }
  const parts: CriteriaPart[] = [...byDistrict.values()]
    .sort((a, b) => a.district.name.localeCompare(b.district.name, 'vi') || a.district.code.localeCompare(b.district.code))
    .map(({ district, codes }) => {
      const slug = districtPartSlug(district);
      return { vintage, slug, path: criteriaPartPath(vintage.id, slug), label: unitLabelCapital(district), district, codes };
    });
  loose.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));
  const pages = splitEvenly(loose, PART_SIZE);
  pages.forEach((page, n) => {
    const slug = pagePartSlug(n + 1);
    const label = pages.length === 1 ? t.allUnitsPart : t.pagePart(page[0]!.name, page.at(-1)!.name);
    parts.push({ vintage, slug, path: criteriaPartPath(vintage.id, slug), label, district: undefined, codes: new Set(page.map((u) => u.code)) });
  });
  return parts;
}

/** The parts of a vintage's criteria results, districts first (by name), then the pages of units under none. */
export function criteriaParts(site: SiteData, vintage: Vintage): CriteriaPart[] {
  const made = cache.get(site) ?? new Map<string, CriteriaPart[]>();
  cache.set(site, made);
  const key = `${currentLang()}|${vintage.id}`;
  const parts = made.get(key) ?? build(site, vintage);
  made.set(key, parts);
  return parts;
}

// Every unit page asks for its part: a search through the parts each time grew with districts × units.
const partByCode = new WeakMap<CriteriaPart[], Map<string, CriteriaPart>>();

/** The part that holds a unit's criteria results, if it has any. */
export function criteriaPartOf(site: SiteData, vintage: Vintage, code: string): CriteriaPart | undefined {
  const parts = criteriaParts(site, vintage);
  let index = partByCode.get(parts);
  if (!index) {
    index = new Map();
    for (const part of parts) for (const c of part.codes) if (!index.has(c)) index.set(c, part);
    partByCode.set(parts, index);
  }
  return index.get(code);
}
