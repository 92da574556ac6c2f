import * as z from 'zod';

/** How far a figure can be trusted; `synthetic` (and anything derived from it) is illustrative. */
export const sourceKind = z.enum(['official', 'press', 'derived', 'synthetic']);
export type SourceKind = z.infer<typeof sourceKind>;

export const sourceId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'mã nguồn chỉ gồm chữ thường không dấu, số, ".", "_" và "-"');

export const source = z.strictObject({
  id: sourceId,
  kind: sourceKind,
  title: z.string().min(1),
  issuer: z.string().min(1).nullable().optional(),
  date: z.iso.date().nullable().optional(),
  url: z.url({ protocol: /^https?$/ }).nullable().optional(),
  /** For `derived` and `synthetic` sources: how the figures were made. */
  note: z.string().min(1).nullable().optional(),
});
export type Source = z.infer<typeof source>;
