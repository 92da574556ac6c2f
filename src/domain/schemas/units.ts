import * as z from 'zod';
import { source, sourceId } from './source.ts';

export const unitLevel = z.enum(['province', 'district', 'commune', 'village']);
export type UnitLevel = z.infer<typeof unitLevel>;

export const unitType = z.enum(['tỉnh', 'thành phố', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'khối phố']);
export type UnitType = z.infer<typeof unitType>;

/** A vintage id; exported apart so the validator's fast path (validation/plain-records.ts) tests the same pattern. */
export const VINTAGE_ID = /^\d{4}-\d{2}$/;
export const vintageId = z.string().regex(VINTAGE_ID, 'mã thời kỳ địa giới có dạng YYYY-MM');

const year = z.number().int().min(1900).max(2100);

const classificationBase = {
  from: year,
  to: year.nullable(),
  source: sourceId,
  /** The day the authority's later decisions were last searched for an end of this classification (an exit, a new list). */
  checked: z.iso.date().optional(),
};

export const zoneValue = z.enum(['I', 'II', 'III']);

/** `to: null` means still in force (as far as `checked`, when given); `from`/`to` are inclusive years. */
const classification = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('poor-district'), ...classificationBase }),
  z.strictObject({ kind: z.literal('zone'), value: zoneValue, ...classificationBase }),
  z.strictObject({ kind: z.literal('especially-difficult'), ...classificationBase }),
]);
export type Classification = z.infer<typeof classification>;
export type ClassificationKind = Classification['kind'];

export const unit = z.strictObject({
  code: z.string().min(1),
  level: unitLevel,
  parent: z.string().min(1).optional(),
  name: z.string().min(1),
  type: unitType,
  classifications: z.array(classification).optional(),
});
export type Unit = z.infer<typeof unit>;

export const vintage = z.strictObject({
  id: vintageId,
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  basis: sourceId.optional(),
  units: z.array(unit),
});
export type Vintage = z.infer<typeof vintage>;

export const unitsFile = z.strictObject({
  vintages: z.array(vintage),
  sources: z.array(source).default([]),
});
export type UnitsFile = z.infer<typeof unitsFile>;
