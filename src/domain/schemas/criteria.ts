import * as z from 'zod';
import { recipientKind } from './recognitions.ts';
import { source } from './source.ts';
import { unitLevel } from './units.ts';

const classificationKind = z.enum(['poor-district', 'zone', 'especially-difficult']);
const comparison = z.enum(['>=', '>']);

/** "Giảm … từ X%/năm trở lên, trong N năm liên tục": reduction ≥ X points in each of N consecutive years ending in the as-of year. */
const consecutiveReduction = z.strictObject({
  kind: z.literal('consecutive-reduction'),
  op: comparison,
  points: z.number().positive(),
  years: z.number().int().min(1),
});

/** "Quy mô hộ nghèo và hộ cận nghèo … giảm trên P% so với đầu kỳ". */
const scaleReduction = z.strictObject({
  kind: z.literal('scale-reduction'),
  op: comparison,
  percent: z.number().int().min(1).max(100),
});

const alternative = z.discriminatedUnion('kind', [consecutiveReduction, scaleReduction]);
export type Alternative = z.infer<typeof alternative>;
export type ConsecutiveReduction = z.infer<typeof consecutiveReduction>;
export type ScaleReduction = z.infer<typeof scaleReduction>;

/** Which units a criterion applies to, judged with the classifications in force in the as-of year. */
const appliesTo = z.strictObject({
  level: unitLevel,
  classification: classificationKind.optional(),
  /** "Các huyện còn lại": units of the level without this classification. */
  withoutClassification: classificationKind.optional(),
});
export type AppliesTo = z.infer<typeof appliesTo>;

const criterion = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  appliesTo,
  /** Met when any alternative is met. */
  alternatives: z.array(alternative).min(1),
  /** The plan's own words. */
  quote: z.string().min(1),
  section: z.string().min(1),
});
export type Criterion = z.infer<typeof criterion>;

/**
 * A criterion of the plan that no figure can check (IV.1.a, IV.1.đ–g: departments, the Social
 * Policy Bank, households, officials, enterprises): it is "assessed from dossiers". A recognition
 * cites it as a `ground`, never as a `claim` (claims are checked by the engine).
 */
const dossierCriterion = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** The recipients it is written for: a ground on another kind of recipient is an error. */
  recipients: z.array(recipientKind).min(1),
  /** The plan's own words, one entry per bullet. */
  quotes: z.array(z.string().min(1)).min(1),
  section: z.string().min(1),
});
export type DossierCriterion = z.infer<typeof dossierCriterion>;

const reductionTarget = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: z.literal('province-reduction'),
  name: z.string().min(1),
  indicator: z.enum(['poor-rate', 'ethnic-minority-poor-rate']),
  op: comparison,
  points: z.number().positive(),
  /** Upper end of the plan's band ("2 - 3%/năm"): above it the result is shown as exceeding. */
  bandTo: z.number().positive().optional(),
  quote: z.string().min(1),
  section: z.string().min(1),
});

const classificationExitTarget = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  kind: z.literal('classification-exit'),
  name: z.string().min(1),
  classification: classificationKind,
  atLeast: z.number().int().min(1),
  byYear: z.number().int(),
  quote: z.string().min(1),
  section: z.string().min(1),
});

const target = z.discriminatedUnion('kind', [reductionTarget, classificationExitTarget]);
export type Target = z.infer<typeof target>;

export const criteriaFile = z
  .strictObject({
    id: z.string().regex(/^\d{4}-\d{4}$/),
    title: z.string().min(1),
    period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
    /** The first review under the period's standard; no reduction is computed across it. */
    baselineYear: z.number().int(),
    /**
     * A review after the period that the province confirmed was made under the period's
     * poverty standard: the years up to it compare with the plan's (a fall, an average), though
     * no criterion judges them. Quoted from its source (docs/criteria.md#years-compared).
     */
    standardThrough: z.strictObject({ year: z.number().int(), quote: z.string().min(1), source }).optional(),
    source: source,
    criteria: z.array(criterion).min(1),
    /** Optional so that a criteria file of a later period may have none. */
    dossierCriteria: z.array(dossierCriterion).default([]),
    targets: z.array(target),
  })
  .refine((c) => c.period.from <= c.baselineYear && c.baselineYear <= c.period.to, {
    message: 'năm gốc phải nằm trong giai đoạn',
    path: ['baselineYear'],
  })
  .refine((c) => c.standardThrough === undefined || c.standardThrough.year > c.period.to, {
    message: 'năm rà soát cuối cùng theo chuẩn nghèo của giai đoạn phải sau năm cuối giai đoạn (các năm trong giai đoạn đã được so sánh)',
    path: ['standardThrough', 'year'],
  })
  .refine((c) => new Set([...c.criteria, ...c.dossierCriteria].map((x) => x.id)).size === c.criteria.length + c.dossierCriteria.length, {
    message: 'mã tiêu chí trùng nhau (criteria và dossierCriteria dùng chung một tập mã)',
    path: ['dossierCriteria'],
  });
export type CriteriaFile = z.infer<typeof criteriaFile>;
