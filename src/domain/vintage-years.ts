import type { Vintage } from './schemas/index.ts';

/**
 * The review years in which a vintage's units were in force: from the year its boundaries
 * began to the year they ended (Infinity while they are in force). A figure of another year
 * belongs to other units, even under the same code.
 */
export function vintageYears(v: Pick<Vintage, 'validFrom' | 'validTo'>): { from: number; to: number } {
  return { from: Number(v.validFrom.slice(0, 4)), to: v.validTo === null ? Infinity : Number(v.validTo.slice(0, 4)) };
}
