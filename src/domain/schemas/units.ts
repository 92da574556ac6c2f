import * as z from 'zod';
import { source, sourceId } from './source.ts';

export const unitLevel = z.enum(['province', 'district', 'commune', 'village']);
export type UnitLevel = z.infer<typeof unitLevel>;

export const unitType = z.enum(['tỉnh', 'thành phố', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'khối phố']);
export type UnitType = z.infer<typeof unitType>;

export const vintageId = z.string().regex(/^\d{4}-\d{2}$/, 'mã thời kỳ địa giới có dạng YYYY-MM');

const year = z.number().int().min(1900).max(2100);

const classificationBase = {
  from: year,
  to: year.nullable(),
  source: sourceId,
  /** The day the authority's later decisions were last searched for an end of this classification (an exit, a new list). */
  checked: z.iso.date().optional(),
};

/** `to: null` means still in force (as far as `checked`, when given); `from`/`to` are inclusive years. */
const classification = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('poor-district'), ...classificationBase }),
  z.strictObject({ kind: z.literal('zone'), value: z.enum(['I', 'II', 'III']), ...classificationBase }),
  z.strictObject({ kind: z.literal('especially-difficult'), ...classificationBase }),
]);
export type Classification = z.infer<typeof classification>;
export type ClassificationKind = Classification['kind'];

/** Compiled, as observation records are (observations.ts): a national release has 24,000 units. */
export const unit = z.compile(z.strictObject({
  code: z.string().min(1),
  level: unitLevel,
  parent: z.string().min(1).optional(),
  name: z.string().min(1),
  type: unitType,
  classifications: z.array(classification).optional(),
}));
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
