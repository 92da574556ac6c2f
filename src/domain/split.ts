/**
 * What the pages that list every unit are split by (the criteria results, a map layer too
 * large for one view): districts, and pages of even size for the units under no district.
 */
import type { Dataset } from './dataset.ts';
import type { Unit } from './schemas/index.ts';

/** As few pages of at most `max` items as needed, of even sizes: 130 items make two pages of 65, not 100 and 30. */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  const pages = Math.ceil(items.length / max);
  return Array.from({ length: pages }, (_, n) => items.slice(Math.round((n * items.length) / pages), Math.round(((n + 1) * items.length) / pages)));
}

/** The district a unit is in (itself, for a district), walking up its parents; undefined above or outside districts. */
export function districtOf(dataset: Dataset, vintage: string, unit: Unit): Unit | undefined {
  for (let u: Unit | undefined = unit; u; u = u.parent ? dataset.unit(vintage, u.parent) : undefined) {
    if (u.level === 'district') return u;
  }
  return undefined;
}
