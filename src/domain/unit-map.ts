/**
 * A map keyed by (vintage, code), two levels deep so a lookup builds no string: the
 * criteria engine and the carried series ask for figures hundreds of thousands of
 * times on a large release, and a `${vintage}|${code}` key per call cost more than the
 * arithmetic (and as much again in garbage collection).
 */
export class UnitMap<T> {
  private readonly byVintage = new Map<string, Map<string, T>>();

  get(vintage: string, code: string): T | undefined {
    return this.byVintage.get(vintage)?.get(code);
  }

  has(vintage: string, code: string): boolean {
    return this.byVintage.get(vintage)?.has(code) ?? false;
  }

  set(vintage: string, code: string, value: T): void {
    let codes = this.byVintage.get(vintage);
    if (!codes) this.byVintage.set(vintage, (codes = new Map()));
    codes.set(code, value);
  }

  /** The value, made and stored by `make` the first time. */
  getOrSet(vintage: string, code: string, make: () => T): T {
    let codes = this.byVintage.get(vintage);
    if (!codes) this.byVintage.set(vintage, (codes = new Map()));
    let value = codes.get(code);
    if (value === undefined) codes.set(code, (value = make()));
    return value;
  }
}

/** A memo per (vintage, code, year); `null` stores "nothing", so it is looked up only once. */
export class YearMemo<T> {
  private readonly units = new UnitMap<Map<number, T | null>>();

  /** The stored value (null for a stored "nothing"), or undefined when not computed yet. */
  get(vintage: string, code: string, year: number): T | null | undefined {
    return this.units.get(vintage, code)?.get(year);
  }

  set(vintage: string, code: string, year: number, value: T | undefined): void {
    this.units.getOrSet(vintage, code, () => new Map()).set(year, value ?? null);
  }
}
