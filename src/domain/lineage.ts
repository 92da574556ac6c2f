import { crosswalkShares } from './crosswalk-shares.ts';
import type { Dataset } from './dataset.ts';

export interface LineageLink {
  vintage: string;
  code: string;
  /** Share of households moved; undefined = whole. */
  share: number | undefined;
}

const shareOf = (share: number): number | undefined => (Math.abs(share - 1) < 1e-9 ? undefined : share);

/**
 * Where a unit went in each later vintage, the nearest first, over any number of
 * reforms: through the release's crosswalk when it has one, else through the steps.
 */
export function successors(dataset: Dataset, vintage: string, code: string): { vintage: string; links: LineageLink[] }[] {
  const shares = crosswalkShares(dataset);
  return shares
    .later(vintage)
    .map((to) => ({
      vintage: to,
      links: (shares.table(vintage, to)!.byFrom.get(code) ?? []).map((l) => ({ vintage: to, code: l.to, share: shareOf(l.share) })),
    }))
    .filter((g) => g.links.length > 0);
}

/** Which units of each earlier vintage went (wholly or partly) into this one, the nearest vintage first. */
export function predecessors(dataset: Dataset, vintage: string, code: string): { vintage: string; links: LineageLink[] }[] {
  const shares = crosswalkShares(dataset);
  return shares
    .earlier(vintage)
    .map((from) => ({
      vintage: from,
      links: (shares.table(from, vintage)!.byTo.get(code) ?? []).map((l) => ({ vintage: from, code: l.from, share: shareOf(l.share) })),
    }))
    .filter((g) => g.links.length > 0);
}
