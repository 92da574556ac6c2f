/**
 * Carried series (docs/data-format.md#carried-series): the figures of a unit of a later
 * vintage for the years before it existed, summed from the units it was formed from.
 * A unit split between several new units gives each its share of the households,
 * apportioned to whole households by largest remainder, so the pieces of every old unit
 * add up to it exactly and the carried total of a vintage is the reported total of the
 * old one. A unit's own reported figure always wins; carried figures are marked and
 * never enter the official results (src/domain/criteria.ts, basis "carried").
 */
import { crosswalkShares, type CrosswalkShares, type ShareLink, type ShareTable } from './crosswalk-shares.ts';
import type { CarriedFrom, Dataset, EthnicMinorityFigures, FigureSource, Figures } from './dataset.ts';
import { YearMemo } from './unit-map.ts';

/**
 * Splits `total` into whole pieces proportional to `shares`, largest remainder first:
 * every piece gets the whole part of its quota, and the households left over go one each
 * to the pieces with the largest fractions, ties to the earlier key. The pieces add up
 * to `total` exactly. Shares are normalised by their sum (the validator keeps it at 1).
 */
export function apportion(total: number, pieces: readonly { key: string; share: number }[]): number[] {
  if (pieces.length === 0) return [];
  // One piece takes the whole, whatever its share (below the quota rounds to it, or the one household left goes to it).
  if (pieces.length === 1) return [total];
  const sum = pieces.reduce((t, p) => t + Math.max(0, p.share), 0);
  if (sum <= 0) return pieces.map((_, i) => (i === 0 ? total : 0));
  // Fractions compared in billionths, so 0.57 × 1000 = 569.999… counts as 570 whole.
  const quotas = pieces.map((p, i) => {
    const quota = (total * Math.max(0, p.share)) / sum;
    const whole = Math.floor(quota + 1e-9);
    return { i, key: p.key, whole, fraction: Math.max(0, Math.round((quota - whole) * 1e9)) };
  });
  let left = total - quotas.reduce((t, q) => t + q.whole, 0);
  const order = [...quotas].sort((a, b) => b.fraction - a.fraction || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = quotas.map((q) => q.whole);
  for (const q of order) {
    if (left <= 0) break;
    result[q.i]!++;
    left--;
  }
  return result;
}

interface Piece {
  households: number;
  poor: number;
  nearPoor: number;
  ethnicMinority?: EthnicMinorityFigures;
}

/** Both figures of a (unit, year) when the unit reports one and a carried one exists. */
export interface ReportedAndCarried {
  reported: Figures | undefined;
  carried: Figures | undefined;
}

/**
 * A unit's series completed by carried figures. `figures()` gives the reported figure
 * when there is one (recorded, summed from the children, or the province's across
 * vintages), else the carried one; `carried()` gives the carried one alone.
 */
export class CarriedSeries implements FigureSource {
  readonly dataset: Dataset;
  readonly shares: CrosswalkShares;
  private readonly carriedMemo = new YearMemo<Figures>();
  private readonly seriesMemo = new YearMemo<Figures>();
  // Per share table (the same object for every lookup of a pair of vintages).
  private readonly pieceMemo = new WeakMap<ShareTable, YearMemo<Map<string, Piece>>>();
  private readonly partsMemo = new WeakMap<ShareTable, Map<string, CarriedFrom>>();

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.shares = crosswalkShares(dataset);
  }

  get baselineYear(): number {
    return this.dataset.baselineYear;
  }

  get lastComparableYear(): number {
    return this.dataset.lastComparableYear;
  }

  figures(vintage: string, code: string, year: number): Figures | undefined {
    const hit = this.seriesMemo.get(vintage, code, year);
    if (hit !== undefined) return hit ?? undefined;
    const figures = this.dataset.figures(vintage, code, year) ?? this.carried(vintage, code, year);
    this.seriesMemo.set(vintage, code, year, figures);
    return figures;
  }

  seriesYears(vintage: string, code: string): number[] {
    return this.dataset.years().filter((y) => this.figures(vintage, code, y) !== undefined);
  }

  /** The reported and the carried figure of a unit in a year, for pages that show both. */
  both(vintage: string, code: string, year: number): ReportedAndCarried {
    return { reported: this.dataset.figures(vintage, code, year), carried: this.carried(vintage, code, year) };
  }

  /**
   * The unit's figure carried from the nearest earlier vintage whose predecessors of it
   * all have a figure that year (the nearest first: a later reform's own review beats
   * an older one carried twice). Never the province's from itself.
   */
  carried(vintage: string, code: string, year: number): Figures | undefined {
    const hit = this.carriedMemo.get(vintage, code, year);
    if (hit !== undefined) return hit ?? undefined;
    let result: Figures | undefined;
    const province = this.dataset.unit(vintage, code)?.level === 'province';
    for (const from of this.shares.earlier(vintage)) {
      const table = this.shares.table(from, vintage)!;
      const links = table.byTo.get(code);
      if (!links) continue;
      // The province under the same code is one unit across vintages (Dataset.figures): its
      // figure of an earlier vintage is its own, published with its source, not carried.
      if (province && links.every((l) => l.from === code)) continue;
      result = this.carryFrom(table, links, code, year);
      if (result) break;
    }
    this.carriedMemo.set(vintage, code, year, result);
    return result;
  }

  private carryFrom(table: ShareTable, links: readonly ShareLink[], code: string, year: number): Figures | undefined {
    let households = 0;
    let poor = 0;
    let nearPoor = 0;
    let emHouseholds = 0;
    let emPoor = 0;
    let withEthnicMinority = true;
    let illustrative = false;
    let emIllustrative = false;
    // A figure's sources are sorted, each once. While every old unit has the same list (one
    // survey for the whole province, the usual case), that list is the union; a Set only for a mix.
    let first: readonly string[] | undefined;
    let mixed: Set<string> | undefined;
    for (const link of links) {
      const old = this.dataset.figures(table.from, link.from, year);
      // An old unit that went whole into this one is its own piece: no split, nothing to store.
      const piece = old && (table.byFrom.get(link.from)?.length === 1 ? old : this.pieces(table, link.from, old)?.get(code));
      if (!old || !piece) return undefined;
      households += piece.households;
      poor += piece.poor;
      nearPoor += piece.nearPoor;
      if (piece.ethnicMinority) {
        emHouseholds += piece.ethnicMinority.households;
        emPoor += piece.ethnicMinority.poor;
      } else withEthnicMinority = false;
      illustrative ||= old.illustrative;
      emIllustrative ||= old.ethnicMinorityIllustrative;
      if (first === undefined) first = old.sources;
      else if (mixed || !sameList(first, old.sources)) {
        mixed ??= new Set(first);
        for (const s of old.sources) mixed.add(s);
      }
    }
    const shared = mixed ? [...mixed].sort() : [...(first ?? [])];
    const carried = this.carriedFrom(table, code, links);
    const ethnicMinorityIllustrative = withEthnicMinority && emIllustrative;
    // Two literals, not a spread of an optional key: the same keys in the same order, without a copy per figure.
    return withEthnicMinority
      ? { vintage: table.to, unit: code, year, households, poor, nearPoor, ethnicMinority: { households: emHouseholds, poor: emPoor }, derived: false, illustrative, sources: shared, ethnicMinorityDerived: false, ethnicMinorityIllustrative, carried }
      : { vintage: table.to, unit: code, year, households, poor, nearPoor, derived: false, illustrative, sources: shared, ethnicMinorityDerived: false, ethnicMinorityIllustrative, carried };
  }

  /** The same object for every year of a unit: the old units and their shares do not change. */
  private carriedFrom(table: ShareTable, code: string, links: readonly ShareLink[]): CarriedFrom {
    let memo = this.partsMemo.get(table);
    if (!memo) this.partsMemo.set(table, (memo = new Map()));
    let from = memo.get(code);
    if (!from) memo.set(code, (from = { vintage: table.from, parts: links.map((l) => ({ unit: l.from, share: l.share })) }));
    return from;
  }

  /** How the figures of a year of an old unit split between several new units are shared among them. */
  private pieces(table: ShareTable, from: string, old: Figures): Map<string, Piece> | undefined {
    let memo = this.pieceMemo.get(table);
    if (!memo) this.pieceMemo.set(table, (memo = new YearMemo()));
    const hit = memo.get(table.from, from, old.year);
    if (hit !== undefined) return hit ?? undefined;
    const links = table.byFrom.get(from);
    let result: Map<string, Piece> | undefined;
    if (links) {
      const shares = links.map((l) => ({ key: l.to, share: l.share }));
      const split = (n: number) => apportion(n, shares);
      const households = split(old.households);
      const poor = split(old.poor);
      const nearPoor = split(old.nearPoor);
      const em = old.ethnicMinority && { households: split(old.ethnicMinority.households), poor: split(old.ethnicMinority.poor) };
      result = new Map(
        links.map((l, i) => [
          l.to,
          {
            households: households[i]!,
            poor: poor[i]!,
            nearPoor: nearPoor[i]!,
            ...(em ? { ethnicMinority: { households: em.households[i]!, poor: em.poor[i]! } } : {}),
          },
        ]),
      );
    }
    memo.set(table.from, from, old.year, result);
    return result;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const memo = new WeakMap<Dataset, CarriedSeries>();

/** The carried series of a dataset, built once. */
export function carriedSeries(dataset: Dataset): CarriedSeries {
  let series = memo.get(dataset);
  if (!series) memo.set(dataset, (series = new CarriedSeries(dataset)));
  return series;
}
