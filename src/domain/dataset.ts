import type {
  Classification,
  ClassificationKind,
  CriteriaFile,
  CrosswalksFile,
  Observation,
  ObservationsFile,
  RecognitionsFile,
  ReleaseEntry,
  Source,
  Unit,
  UnitsFile,
  Vintage,
} from './schemas/index.ts';
import { UnitMap } from './unit-map.ts';

/** The parsed, schema-checked files of one release, with the criteria that judge it. */
export interface ReleaseData {
  release: ReleaseEntry;
  units: UnitsFile;
  crosswalks: CrosswalksFile;
  observations: ObservationsFile;
  recognitions: RecognitionsFile;
  criteria: CriteriaFile;
}

export interface EthnicMinorityFigures {
  households: number;
  poor: number;
}

/**
 * Where a carried figure comes from: the earlier vintage whose units' figures were
 * carried across a boundary reform, and each old unit with the share of it used
 * (1 = whole). docs/data-format.md#carried-series.
 */
export interface CarriedFrom {
  vintage: string;
  parts: { unit: string; share: number }[];
}

/**
 * A unit's figures for one year: as recorded, summed from its children ("derived"), or
 * carried from the units of an earlier vintage ("carried", src/domain/carried.ts).
 */
export interface Figures {
  vintage: string;
  unit: string;
  year: number;
  households: number;
  poor: number;
  nearPoor: number;
  ethnicMinority?: EthnicMinorityFigures;
  /** True when the counts are the sum of the children's, not a record of the unit's own. */
  derived: boolean;
  /** The counts rest, directly or through a sum, on a synthetic source. */
  illustrative: boolean;
  /** Ids of the sources behind the counts, sorted. */
  sources: string[];
  /** ethnicMinority was summed from the children (whether or not the counts were). */
  ethnicMinorityDerived: boolean;
  ethnicMinorityIllustrative: boolean;
  /** Set when the counts were carried from the units of an earlier vintage; never on a record. */
  carried?: CarriedFrom;
}

/**
 * A series of figures per (vintage, code, year): the reported one (`Dataset`), or the
 * reported one completed by carried figures (`CarriedSeries`).
 */
export interface FigureSource {
  readonly baselineYear: number;
  /** The last year whose figures compare with earlier ones (`comparableYears`). */
  readonly lastComparableYear: number;
  figures(vintage: string, code: string, year: number): Figures | undefined;
  seriesYears(vintage: string, code: string): number[];
}

/**
 * Whether the figures of two review years may be compared (a reduction from one to the
 * other): both must lie from the plan's baseline to its last year, or to a later review the
 * province confirmed was made under the same standard (`standardThrough` of the criteria
 * file). Two years compare only when their reviews used the same poverty standard. Every
 * review of 2021–2025 used the multidimensional standard of 2022–2025 (Nghị định
 * 07/2021/NĐ-CP). Nghị định 351/2025/NĐ-CP keeps that standard until 31/12/2026 and sets a
 * new one from 2027, and which of the two the 2026 review used is not confirmed. So a year
 * after the plan is shown, not compared, until the criteria file quotes the confirmation
 * (docs/criteria.md#years-compared).
 */
export function comparableYears(source: Pick<FigureSource, 'baselineYear' | 'lastComparableYear'>, from: number, to: number): boolean {
  return source.baselineYear <= from && from < to && to <= source.lastComparableYear;
}

/** The years of `years` compared with no year before them because they follow the last comparable one: their falls are not given. */
export function yearsNotCompared(source: Pick<FigureSource, 'lastComparableYear'>, years: readonly number[]): number[] {
  return years.filter((year) => year > source.lastComparableYear);
}

/** What the release holds about one (vintage, code): one lookup finds all of it. */
interface UnitEntry {
  /** The first unit of the vintage with the code, if any. */
  unit: Unit | undefined;
  /** Units of the vintage whose parent is the code. */
  children: Unit[];
  /** The first record of each year. */
  records: Map<number, Observation> | undefined;
  /** Figures computed so far; null stores "none". */
  figures: Map<number, Figures | null>;
}

/**
 * Indexes over one release, keyed by (vintage, code) because codes repeat across
 * vintages. Figures are memoised: pages, the engine and the validator ask for the
 * same ones many times.
 */
export class Dataset implements FigureSource {
  readonly data: ReleaseData;
  readonly vintages: readonly Vintage[];
  readonly baselineYear: number;
  readonly lastComparableYear: number;
  private readonly vintageById = new Map<string, Vintage>();
  private readonly entries = new UnitMap<UnitEntry>();
  private readonly sourceById = new Map<string, Source>();
  private yearsMemo: number[] | undefined;

  constructor(data: ReleaseData) {
    this.data = data;
    this.vintages = data.units.vintages;
    this.baselineYear = data.criteria.baselineYear;
    this.lastComparableYear = data.criteria.standardThrough?.year ?? data.criteria.period.to;
    for (const v of data.units.vintages) {
      if (!this.vintageById.has(v.id)) this.vintageById.set(v.id, v);
      for (const u of v.units) {
        const entry = this.entry(v.id, u.code);
        entry.unit ??= u;
        if (u.parent !== undefined) this.entry(v.id, u.parent).children.push(u);
      }
    }
    for (const o of data.observations.observations) {
      const entry = this.entry(o.vintage, o.unit);
      const byYear = (entry.records ??= new Map<number, Observation>());
      if (!byYear.has(o.year)) byYear.set(o.year, o);
    }
    for (const file of [data.units, data.crosswalks, data.observations, data.recognitions]) {
      for (const s of file.sources) if (!this.sourceById.has(s.id)) this.sourceById.set(s.id, s);
    }
  }

  vintage(id: string): Vintage | undefined {
    return this.vintageById.get(id);
  }

  unit(vintage: string, code: string): Unit | undefined {
    return this.entries.get(vintage, code)?.unit;
  }

  children(vintage: string, code: string): readonly Unit[] {
    return this.entries.get(vintage, code)?.children ?? [];
  }

  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }

  allSources(): Source[] {
    return [...this.sourceById.values()];
  }

  record(vintage: string, code: string, year: number): Observation | undefined {
    return this.entries.get(vintage, code)?.records?.get(year);
  }

  /** Every review year present anywhere in the release, ascending. */
  years(): number[] {
    if (!this.yearsMemo) {
      this.yearsMemo = [...new Set(this.data.observations.observations.map((o) => o.year))].sort((a, b) => a - b);
    }
    return this.yearsMemo;
  }

  /**
   * The unit's figures for the year. The province is one unit across vintages, so its
   * series takes, for each year, a recorded figure from any vintage before a derived one.
   */
  figures(vintage: string, code: string, year: number): Figures | undefined {
    const entry = this.entries.get(vintage, code);
    if (!entry) return undefined;
    if (entry.unit?.level === 'province') return this.provinceFigures(code, year);
    return this.ownFigures(entry, vintage, code, year);
  }

  /** The years in which the unit has figures, ascending. */
  seriesYears(vintage: string, code: string): number[] {
    const entry = this.entries.get(vintage, code);
    if (!entry) return [];
    if (entry.unit?.level === 'province') return this.years().filter((y) => this.provinceFigures(code, y) !== undefined);
    return this.years().filter((y) => this.ownFigures(entry, vintage, code, y) !== undefined);
  }

  classificationsInForce(unit: Unit, year: number): Classification[] {
    return (unit.classifications ?? []).filter((c) => inForce(c, year));
  }

  // A loop, not classificationsInForce(): the criteria engine asks this of every unit, criterion and year.
  hasClassification(unit: Unit, kind: ClassificationKind, year: number): boolean {
    for (const c of unit.classifications ?? []) if (c.kind === kind && inForce(c, year)) return true;
    return false;
  }

  isIllustrativeSource(id: string): boolean {
    return this.source(id)?.kind === 'synthetic';
  }

  private provinceFigures(code: string, year: number): Figures | undefined {
    const candidates: Figures[] = [];
    for (const v of this.vintages) {
      const entry = this.entries.get(v.id, code);
      const f = entry?.unit?.level === 'province' ? this.ownFigures(entry, v.id, code, year) : undefined;
      if (f) candidates.push(f);
    }
    // Later vintages last, so a recorded figure of any vintage wins over a sum.
    return candidates.find((f) => !f.derived) ?? candidates.at(-1);
  }

  private entry(vintage: string, code: string): UnitEntry {
    return this.entries.getOrSet(vintage, code, () => ({ unit: undefined, children: [], records: undefined, figures: new Map() }));
  }

  private ownFigures(entry: UnitEntry, vintage: string, code: string, year: number): Figures | undefined {
    const memo = entry.figures.get(year);
    if (memo !== undefined) return memo ?? undefined;
    const computed = this.computeFigures(entry, vintage, code, year);
    entry.figures.set(year, computed ?? null);
    return computed;
  }

  private computeFigures(entry: UnitEntry, vintage: string, code: string, year: number): Figures | undefined {
    const record = entry.records?.get(year);
    const childFigures = this.childFigures(entry, vintage, year);
    const summed = childFigures && sumEthnicMinority(childFigures);
    if (record) {
      const ownEthnicMinority = record.ethnicMinority !== undefined;
      const recordIllustrative = this.isIllustrativeSource(record.source);
      return {
        vintage,
        unit: code,
        year,
        households: record.households,
        poor: record.poor,
        nearPoor: record.nearPoor,
        ethnicMinority: record.ethnicMinority ?? summed?.figures,
        derived: false,
        illustrative: recordIllustrative,
        sources: [record.source],
        ethnicMinorityDerived: !ownEthnicMinority && summed !== undefined,
        ethnicMinorityIllustrative: ownEthnicMinority ? recordIllustrative : (summed?.illustrative ?? false),
      };
    }
    if (!childFigures) return undefined;
    return {
      vintage,
      unit: code,
      year,
      households: sum(childFigures, (f) => f.households),
      poor: sum(childFigures, (f) => f.poor),
      nearPoor: sum(childFigures, (f) => f.nearPoor),
      ethnicMinority: summed?.figures,
      derived: true,
      illustrative: childFigures.some((f) => f.illustrative),
      sources: unionSorted(childFigures.map((f) => f.sources)),
      ethnicMinorityDerived: summed !== undefined,
      ethnicMinorityIllustrative: summed?.illustrative ?? false,
    };
  }

  /** The children's figures when every child has some, else undefined. */
  private childFigures(entry: UnitEntry, vintage: string, year: number): Figures[] | undefined {
    const children = entry.children;
    if (children.length === 0) return undefined;
    const figures: Figures[] = [];
    for (const child of children) {
      const f = this.ownFigures(this.entries.get(vintage, child.code)!, vintage, child.code, year);
      if (!f) return undefined;
      figures.push(f);
    }
    return figures;
  }
}

const inForce = (c: Classification, year: number): boolean => c.from <= year && (c.to === null || year <= c.to);

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += pick(item);
  return total;
}

function sumEthnicMinority(figures: readonly Figures[]): { figures: EthnicMinorityFigures; illustrative: boolean } | undefined {
  if (!figures.every((f) => f.ethnicMinority)) return undefined;
  return {
    figures: {
      households: sum(figures, (f) => f.ethnicMinority!.households),
      poor: sum(figures, (f) => f.ethnicMinority!.poor),
    },
    illustrative: figures.some((f) => f.ethnicMinorityIllustrative),
  };
}

function unionSorted(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}
