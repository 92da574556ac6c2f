import * as z from 'zod';
import { source, sourceId } from './source.ts';
import { vintageId } from './units.ts';

export const awardKind = z.enum(['labor-order', 'pm-certificate', 'provincial-certificate', 'certificate-of-merit']);
export type AwardKind = z.infer<typeof awardKind>;

export const recipientKind = z.enum(['unit', 'collective', 'individual', 'household', 'enterprise']);

/** A decision about a person or a household: its recipient's name is personal data. */
export const isPersonalRecipient = (recipient: { kind: z.infer<typeof recipientKind> }): boolean => recipient.kind === 'individual' || recipient.kind === 'household';

const recipient = z
  .strictObject({
    kind: recipientKind,
    vintage: vintageId.optional(),
    unit: z.string().min(1).optional(),
    name: z.string().min(1),
  })
  .refine((r) => (r.vintage === undefined) === (r.unit === undefined), {
    message: '`vintage` và `unit` phải đi cùng nhau',
    path: ['unit'],
  });

/** A decision's date, or only its month when the source gives no day ("tháng 4/2025"). */
const decisionDate = z.union([z.iso.date(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'ngày có dạng YYYY-MM-DD, hoặc YYYY-MM khi nguồn chỉ nêu tháng')]);

export const recognition = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    award: awardKind,
    /** Huân chương Lao động hạng Nhất, Nhì, Ba. */
    class: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** The decision's number; null when the source does not give it ("chưa rõ số quyết định"). */
    decision: z.string().min(1).nullable(),
    date: decisionDate,
    issuer: z.string().min(1),
    recipient,
    claims: z.array(z.string().min(1)).default([]),
    /** Criteria assessed from dossiers (`dossierCriteria`) the award was given on; not checked against figures. */
    grounds: z.array(z.string().min(1)).default([]),
    profile: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
    source: sourceId,
  })
  .refine((r) => (r.award === 'labor-order') === (r.class !== undefined), {
    message: 'Huân chương Lao động phải có hạng (`class`: 1, 2 hoặc 3); các hình thức khác không có hạng',
    path: ['class'],
  });
export type Recognition = z.infer<typeof recognition>;

export const recognitionsFile = z.strictObject({
  recognitions: z.array(recognition),
  sources: z.array(source).default([]),
});
export type RecognitionsFile = z.infer<typeof recognitionsFile>;
