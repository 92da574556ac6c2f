/**
 * Frontmatter of the three content collections (docs/data-format.md#content-frontmatter): profiles
 * (content/profiles/*.md, written by communes, less trusted), updates and
 * pages (content/updates/*.md, content/pages/*.md, written by staff). All
 * three are plain Markdown: MDX runs code at build time (check.ts refuses it).
 *
 * One definition for the Astro content collections (src/content.config.ts),
 * the content checker and the tests. The profile schema takes the image schema
 * as a parameter: Astro passes its `image()` helper (astro:assets), tests pass
 * a plain string.
 */
import * as z from 'zod';
import { planMilestoneIds } from '../plan.ts';
import { source } from '../schemas/source.ts';
import { vintageId } from '../schemas/units.ts';

/**
 * A version string for caches, like the sanitiser's: the content layer keeps parsed entries
 * between builds, keyed by the file's digest (and the text of content.config.ts only), so an
 * entry parsed by an older schema would lack a new field. Bump it with any schema change.
 */
export const CONTENT_SCHEMA_VERSION = 'content-schemas-3';

export const profileKinds = ['individual', 'household', 'collective', 'enterprise', 'model', 'initiative'] as const;
const profileKind = z.enum(profileKinds);
export type ProfileKind = z.infer<typeof profileKind>;

/** Profiles about people: consent is required and limits what is shown. */
const personalKinds: readonly ProfileKind[] = ['individual', 'household'];
export const isPersonalKind = (kind: ProfileKind): boolean => personalKinds.includes(kind);

export const consentScopes = ['name', 'photo', 'story', 'location'] as const;
const consentScope = z.enum(consentScopes);
export type ConsentScope = z.infer<typeof consentScope>;

/** YAML reads an unquoted 2026-01-15 as a Date; keep every date as its ISO string. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date('ngày có dạng YYYY-MM-DD'),
);

/** A source record (docs/data-format.md#sources), with its date read the YAML way too. */
const contentSource = source.extend({ date: isoDate.nullable().optional() });

/** Who gave the consent, by role — never a name, which the consent itself may not cover. */
export const consentGivers = ['self', 'household-head', 'guardian'] as const;

const consent = z.strictObject({
  obtained: z.literal(true, 'consent.obtained phải là true: chỉ đăng khi đã có sự đồng ý'),
  date: isoDate,
  scope: z.array(consentScope).min(1, 'consent.scope phải nêu ít nhất một phần được đồng ý công khai'),
  /** Where the signed consent is kept (a reference, never a copy of an ID). */
  record: z.string().min(1),
  by: z.enum(consentGivers).optional(),
});
export type Consent = z.infer<typeof consent>;

/**
 * A person a story names, other than the subject of an individual or household profile
 * (whose `consent` covers them): with that person's consent to be named, or — for office
 * holders and people the press names for what they do in public — the role and the source
 * (an id among the file's `sources`) that names them. Checked in people.ts.
 */
export const person = z
  .strictObject({
    name: z.string().min(1),
    consent: consent.optional(),
    public: z.strictObject({ role: z.string().min(1), source: z.string().min(1) }).optional(),
  })
  .refine((p) => (p.consent === undefined) !== (p.public === undefined), {
    message: 'mỗi người trong people cần đúng một trong hai: consent (sự đồng ý của người đó) hoặc public (vai trò công và nguồn nêu tên)',
  })
  .refine((p) => p.consent === undefined || p.consent.scope.includes('name'), {
    message: 'consent.scope của người được nêu tên phải gồm "name"',
    path: ['consent', 'scope'],
  });
export type Person = z.infer<typeof person>;
const people = z.array(person).default([]);

const place = z.strictObject({ vintage: vintageId, unit: z.string().min(1) });
export type Place = z.infer<typeof place>;

export const SUMMARY_MAX = 200;

/**
 * The English summary of a story or update, for the English edition (docs/english-edition.md):
 * optional, since the story itself stays Vietnamese and staff may not write English; held to
 * the Vietnamese summary's length, because it takes its place in lists and descriptions.
 */
const summaryEn = z.string().min(1).max(SUMMARY_MAX, `summaryEn tối đa ${SUMMARY_MAX} ký tự`).optional();

export function profileSchema<I extends z.ZodType>(image: I) {
  return z
    .strictObject({
      title: z.string().min(1),
      kind: profileKind,
      /** The unit the profile belongs to; absent for province-wide organisations and programmes. */
      place: place.optional(),
      summary: z.string().min(1).max(SUMMARY_MAX, `summary tối đa ${SUMMARY_MAX} ký tự (dùng cho ảnh chia sẻ)`),
      summaryEn,
      image: image.optional(),
      imageAlt: z.string().min(1).optional(),
      imageCredit: z.string().min(1).optional(),
      /** Ids of recognitions in the current release (recognitions.json may also point here with `profile`). */
      recognitions: z.array(z.string().min(1)).default([]),
      publishedAt: isoDate,
      updatedAt: isoDate.optional(),
      sources: z.array(contentSource).default([]),
      /** Illustrative content with placeholder names: marked as such on every page that shows it. */
      sample: z.boolean().default(false),
      consent: consent.optional(),
      people,
    })
    .refine((p) => p.image === undefined || (p.imageAlt !== undefined && p.imageCredit !== undefined), {
      message: 'ảnh phải có imageAlt (mô tả ảnh) và imageCredit (người chụp, nguồn)',
      path: ['image'],
    });
}

export const updateSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1).max(SUMMARY_MAX),
  summaryEn,
  publishedAt: isoDate,
  updatedAt: isoDate.optional(),
  tags: z.array(z.string().min(1)).default([]),
  /** The milestones of the plan's timeline (section V) the update reports on; /ke-hoach/ links it there. */
  milestones: z.array(z.enum(planMilestoneIds)).default([]),
  sources: z.array(contentSource).default([]),
  /** The update describes illustrative data or a demo. */
  sample: z.boolean().default(false),
  people,
});
export type UpdateFrontmatter = z.infer<typeof updateSchema>;

export const pageSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1).max(SUMMARY_MAX),
  updatedAt: isoDate,
  sources: z.array(contentSource).default([]),
  people,
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

/** The profile frontmatter with the image as a plain path (tests, scripts). */
export const profileFrontmatter = profileSchema(z.string().min(1));
export type ProfileFrontmatter = z.infer<typeof profileFrontmatter>;
