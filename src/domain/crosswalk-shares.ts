import type { Dataset } from './dataset.ts';
import type { Vintage } from './schemas/index.ts';

/** `share` of the households of unit `from` (earlier vintage) went into unit `to` (later vintage). */
export interface ShareLink {
  from: string;
  to: string;
  share: number;
}

/** How every unit of one vintage went into the units of a later one. */
export interface ShareTable {
  from: string;
  to: string;
  /** The vintages passed through, first to last: [from, to] for a crosswalk of the release. */
  path: string[];
  /** Links by the earlier unit, each list ordered by the later unit's code. */
  byFrom: Map<string, ShareLink[]>;
  /** Links by the later unit, each list ordered by the earlier unit's code. */
  byTo: Map<string, ShareLink[]>;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function tableOf(from: string, to: string, path: string[], links: Iterable<ShareLink>): ShareTable {
  const byFrom = new Map<string, ShareLink[]>();
  const byTo = new Map<string, ShareLink[]>();
  const add = (map: Map<string, ShareLink[]>, key: string, link: ShareLink) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const link of links) {
    add(byFrom, link.from, link);
    add(byTo, link.to, link);
  }
  for (const list of byFrom.values()) if (list.length > 1) list.sort((a, b) => byCode(a.to, b.to));
  for (const list of byTo.values()) if (list.length > 1) list.sort((a, b) => byCode(a.from, b.from));
  return { from, to, path, byFrom, byTo };
}

/**
 * The shares of a path: a share along a path is the product of the shares of its steps,
 * and parallel paths (a unit split, then its pieces merged again) add up.
 */
function compose(first: ShareTable, second: ShareTable): ShareTable {
  const links: ShareLink[] = [];
  for (const [from, steps] of first.byFrom) {
    // A unit that went into one unit has one path per next unit, each met once (a table's
    // links are one per pair): no sums to gather, so no map per unit.
    if (steps.length === 1) {
      const step = steps[0]!;
      for (const next of second.byFrom.get(step.to) ?? []) links.push({ from, to: next.to, share: 0 + step.share * next.share });
      continue;
    }
    const row = new Map<string, number>();
    for (const step of steps) {
      for (const next of second.byFrom.get(step.to) ?? []) row.set(next.to, (row.get(next.to) ?? 0) + step.share * next.share);
    }
    for (const [to, share] of row) links.push({ from, to, share });
  }
  return tableOf(first.from, second.to, [...first.path, ...second.path.slice(1)], links);
}

/**
 * The crosswalks of a release as share tables between any two vintages: the release's
 * own crosswalk when it has one ("direct"), else the composition of its steps
 * (2020-01 → 2024-12 → 2025-07). Every walk over the crosswalks keeps a set of the
 * vintages it has passed, so a release whose crosswalks loop (rule `crosswalk-cycle`)
 * still gives an answer instead of hanging.
 */
export class CrosswalkShares {
  private readonly dataset: Dataset;
  private readonly directMemo = new Map<string, ShareTable>();
  private readonly composedMemo = new Map<string, ShareTable | null>();
  private readonly earlierMemo = new Map<string, string[]>();
  private readonly laterMemo = new Map<string, string[]>();
  private readonly ordered: Vintage[];

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    for (const c of dataset.data.crosswalks.crosswalks) {
      const key = `${c.from}>${c.to}`;
      if (this.directMemo.has(key)) continue;
      // A pair written twice adds up; keyed by unit, then unit, so no string is built per link.
      const merged: ShareLink[] = [];
      const byPair = new Map<string, Map<string, ShareLink>>();
      for (const l of c.links) {
        let row = byPair.get(l.from);
        if (!row) byPair.set(l.from, (row = new Map()));
        const seen = row.get(l.to);
        if (seen) seen.share += l.share ?? 1;
        else {
          const link = { from: l.from, to: l.to, share: 0 + (l.share ?? 1) };
          row.set(l.to, link);
          merged.push(link);
        }
      }
      this.directMemo.set(key, tableOf(c.from, c.to, [c.from, c.to], merged));
    }
    this.ordered = [...dataset.vintages].sort((a, b) => byCode(a.validFrom, b.validFrom));
  }

  /** The release's own crosswalk between the two vintages. */
  direct(from: string, to: string): ShareTable | undefined {
    return this.directMemo.get(`${from}>${to}`);
  }

  /**
   * The composition of two or more of the release's crosswalks leading from `from` to
   * `to`, without the direct one: the shortest such chain, the first in file order on a tie.
   */
  composed(from: string, to: string): ShareTable | undefined {
    const key = `${from}>${to}`;
    const memo = this.composedMemo.get(key);
    if (memo !== undefined) return memo ?? undefined;
    const path = this.chain(from, to);
    let table: ShareTable | undefined;
    if (path) {
      table = this.direct(path[0]!, path[1]!)!;
      for (let i = 1; i < path.length - 1; i++) table = compose(table, this.direct(path[i]!, path[i + 1]!)!);
    }
    this.composedMemo.set(key, table ?? null);
    return table;
  }

  /** The direct crosswalk, else the composed one. */
  table(from: string, to: string): ShareTable | undefined {
    return this.direct(from, to) ?? this.composed(from, to);
  }

  /** Earlier vintages with a way into `to`, the nearest first. */
  earlier(to: string): string[] {
    let list = this.earlierMemo.get(to);
    if (list) return list;
    const target = this.dataset.vintage(to);
    list = target
      ? this.ordered
          .filter((v) => v.validFrom < target.validFrom && this.table(v.id, to))
          .map((v) => v.id)
          .reverse()
      : [];
    this.earlierMemo.set(to, list);
    return list;
  }

  /** Later vintages that `from` has a way into, the nearest first. */
  later(from: string): string[] {
    let list = this.laterMemo.get(from);
    if (list) return list;
    const source = this.dataset.vintage(from);
    list = source ? this.ordered.filter((v) => v.validFrom > source.validFrom && this.table(from, v.id)).map((v) => v.id) : [];
    this.laterMemo.set(from, list);
    return list;
  }

  /** Breadth-first over the crosswalks, never through the direct edge nor twice through a vintage. */
  private chain(from: string, to: string): string[] | undefined {
    const edges = this.dataset.data.crosswalks.crosswalks;
    const queue: string[][] = [[from]];
    const seen = new Set([from]);
    while (queue.length > 0) {
      const path = queue.shift()!;
      const last = path.at(-1)!;
      for (const c of edges) {
        if (c.from !== last || (last === from && c.to === to)) continue;
        if (c.to === to) return [...path, to];
        if (seen.has(c.to)) continue;
        seen.add(c.to);
        queue.push([...path, c.to]);
      }
    }
    return undefined;
  }
}

const memo = new WeakMap<Dataset, CrosswalkShares>();

/** The share tables of a dataset, built once. */
export function crosswalkShares(dataset: Dataset): CrosswalkShares {
  let shares = memo.get(dataset);
  if (!shares) memo.set(dataset, (shares = new CrosswalkShares(dataset)));
  return shares;
}
