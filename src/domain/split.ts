/**
 * What the pages that list every unit are split by (the criteria results, a map layer too
 * large for one view): districts, runs of whole districts, and pages of even size for the
 * units under no district.
 */
import type { Dataset } from './dataset.ts';
import type { Unit } from './schemas/index.ts';

/** As few pages of at most `max` items as needed, of even sizes: 130 items make two pages of 65, not 100 and 30. */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  const pages = Math.ceil(items.length / max);
  return Array.from({ length: pages }, (_, n) => items.slice(Math.round((n * items.length) / pages), Math.round(((n + 1) * items.length) / pages)));
}

/**
 * Items of a size (a district and its communes) in runs of consecutive items: as few runs of
 * at most `max` as the order allows, and of those the most even (the smallest largest run).
 * An item larger than `max` is a run of its own.
 */
export function packInOrder<T>(items: readonly T[], size: (item: T) => number, max: number): T[][] {
  const sizes = items.map(size);
  const runsWithin = (cap: number): T[][] => {
    const runs: T[][] = [];
    let filled = 0;
    items.forEach((item, i) => {
      const s = sizes[i]!;
      const run = runs.at(-1);
      if (run && filled + s <= cap) {
        run.push(item);
        filled += s;
      } else {
        runs.push([item]);
        filled = s;
      }
    });
    return runs;
  };
  const largest = sizes.reduce((m, s) => Math.max(m, s), 0);
  const total = sizes.reduce((t, s) => t + s, 0);
  // Filling each run in order to the cap gives the fewest runs; the smallest cap that keeps that
  // number (fewer runs never need less than total / runs) evens them out.
  let high = Math.max(max, largest);
  const fewest = runsWithin(high).length;
  let low = Math.max(largest, Math.ceil(total / Math.max(fewest, 1)));
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (runsWithin(mid).length <= fewest) high = mid;
    else low = mid + 1;
  }
  return runsWithin(high);
}

/** The district a unit is in (itself, for a district), walking up its parents; undefined above or outside districts. */
export function districtOf(dataset: Dataset, vintage: string, unit: Unit): Unit | undefined {
  for (let u: Unit | undefined = unit; u; u = u.parent ? dataset.unit(vintage, u.parent) : undefined) {
    if (u.level === 'district') return u;
  }
  return undefined;
}
