/**
 * The names a place had or took in the release's other boundary vintages, for the check that a
 * profile withholding its place names it nowhere (place-without-consent): the units it came
 * from (today's xã Hoa Thám: the communes merged into it in 2025, and their district) and the
 * units it went into. Predecessors and successors only, never a sibling merged into the same
 * unit: that is another place. Each with the units above it, the province excepted (placeNames).
 */
import type { Dataset } from '../dataset.ts';
import { predecessors, successors } from '../lineage.ts';
import { placeNames } from './check.ts';

export function lineagePlaceNames(dataset: Dataset, vintage: string, code: string): string[] {
  const names = new Set<string>();
  for (const group of [...predecessors(dataset, vintage, code), ...successors(dataset, vintage, code)]) {
    for (const link of group.links) for (const name of placeNames((c) => dataset.unit(link.vintage, c), link.code)) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'vi'));
}
