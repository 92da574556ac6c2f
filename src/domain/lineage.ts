import type { Dataset } from './dataset.ts';

export interface LineageLink {
  vintage: string;
  code: string;
  /** Share of households moved; undefined = whole. */
  share: number | undefined;
}

/** Where a unit went in each later vintage, from the crosswalks. */
export function successors(dataset: Dataset, vintage: string, code: string): { vintage: string; links: LineageLink[] }[] {
  return dataset.data.crosswalks.crosswalks
    .filter((c) => c.from === vintage)
    .map((c) => ({
      vintage: c.to,
      links: c.links.filter((l) => l.from === code).map((l) => ({ vintage: c.to, code: l.to, share: l.share })),
    }))
    .filter((g) => g.links.length > 0);
}

/** Which units of each earlier vintage went (wholly or partly) into this one. */
export function predecessors(dataset: Dataset, vintage: string, code: string): { vintage: string; links: LineageLink[] }[] {
  return dataset.data.crosswalks.crosswalks
    .filter((c) => c.to === vintage)
    .map((c) => ({
      vintage: c.from,
      links: c.links.filter((l) => l.to === code).map((l) => ({ vintage: c.from, code: l.from, share: l.share })),
    }))
    .filter((g) => g.links.length > 0);
}
