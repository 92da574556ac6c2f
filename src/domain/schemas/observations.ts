import * as z from 'zod';
import { source, sourceId } from './source.ts';
import { vintageId } from './units.ts';

/** Household counts: the validator reports a violation as `count-non-negative-integer`. */
const count = z.number().int().min(0);

/** The fields that hold counts; the validator maps schema issues on them to their own rule. */
export const countFields = ['households', 'poor', 'nearPoor'] as const;

/**
 * Compiled (zod's ahead-of-time parser, falling back to the runtime one for a record it
 * refuses, so problems are worded as before): a national release has 46,000 records, and
 * the runtime parser's object per field cost more than reading the file.
 */
export const observation = z.compile(z.strictObject({
  vintage: vintageId,
  unit: z.string().min(1),
  /** The year of the end-of-year review. */
  year: z.number().int().min(2000).max(2100),
  households: count,
  poor: count,
  nearPoor: count,
  ethnicMinority: z.strictObject({ households: count, poor: count }).optional(),
  source: sourceId,
}));
export type Observation = z.infer<typeof observation>;

export const observationsFile = z.strictObject({
  observations: z.array(observation),
  sources: z.array(source).default([]),
});
export type ObservationsFile = z.infer<typeof observationsFile>;
