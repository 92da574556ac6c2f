import * as z from 'zod';
import { source, sourceId } from './source.ts';
import { vintageId } from './units.ts';

/**
 * A unit of the earlier vintage went (whole, or `share` of its households) into a unit of
 * the later one. The share must lie in (0, 1]; the validator says so with its own rule
 * (`crosswalk-share-range`) and the offending value rather than a bare schema error.
 */
export const crosswalkLink = z.compile(
  // Compiled, as observation records are (observations.ts): three crosswalks of 10,000 links each.
  z.strictObject({
    from: z.string().min(1),
    to: z.string().min(1),
    share: z.number().optional(),
  }),
);
export type CrosswalkLink = z.infer<typeof crosswalkLink>;

export const crosswalk = z.strictObject({
  from: vintageId,
  to: vintageId,
  basis: sourceId.optional(),
  links: z.array(crosswalkLink),
});
export type Crosswalk = z.infer<typeof crosswalk>;

export const crosswalksFile = z.strictObject({
  crosswalks: z.array(crosswalk),
  sources: z.array(source).default([]),
});
export type CrosswalksFile = z.infer<typeof crosswalksFile>;
