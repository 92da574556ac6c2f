/**
 * The editor's configuration (Decap CMS config.yml, written at build time to
 * /quan-tri/config.yml): one collection per content folder with every field of its schema
 * (src/domain/content/schemas.ts), the spreadsheet uploads (src/domain/uploads/form.ts) and
 * the reports `npm run uploads` writes. tests/editor-config.test.ts holds it to the schemas:
 * the same fields, required exactly where the schema requires them, and patterns that
 * accept and refuse what the schema does, with the schema's own message.
 *
 * Lists come from the release the build shows (catalogue.ts): boundary vintages and
 * recognitions as select options here; units through the "don-vi" widget, which follows
 * the vintage chosen (src/client/editor/unit-widget.ts).
 */
import * as z from 'zod';
import { EDITOR_BACKEND, SITE_URL } from '../../config.ts';
import { consentGivers, consentScopes, pageSchema, profileFrontmatter, profileKinds, SUMMARY_MAX, updateSchema } from '../../domain/content/schemas.ts';
import { releaseId } from '../../domain/schemas/manifest.ts';
import { sourceId, sourceKind } from '../../domain/schemas/source.ts';
import { FORMS_FOLDER, REPORTS_FOLDER } from '../../domain/uploads/form.ts';
import { planMilestoneIds } from '../../domain/plan.ts';
import { kindLabel } from '../../i18n/content.vi.ts';
import { planPage } from '../../i18n/plan-page.vi.ts';
import { editor as t } from '../../i18n/editor.vi.ts';
import type { Catalogue } from './catalogue.ts';

/** A Decap field (only the keys used here). */
export interface Field {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  fields?: Field[];
  field?: Field;
  collapsed?: boolean;
  summary?: string;
  value_type?: string;
  vintage_field?: string;
  choose_url?: boolean;
}

/** Names of our widgets (registered by src/client/editor/main.ts). */
const UNIT_WIDGET = 'don-vi';
const DATE_WIDGET = 'ngay';
/** A collection's photos in anh/ beside its files, written ./anh/<file> in them. */
const PHOTOS_BESIDE = { media_folder: 'anh', public_folder: './anh' } as const;

const vietnamese = z.locales.vi();

/** The message the schema gives for a bad value: the build's own wording, for the form to repeat. */
export function messageFor(schema: z.ZodType, bad: unknown): string {
  const result = schema.safeParse(bad, { error: vietnamese.localeError });
  if (result.success) throw new Error(`${JSON.stringify(bad)} passes the schema: no message to take`);
  return result.error.issues[0]!.message;
}

/** The regular expression a string schema checks (zod keeps it in the check's definition). */
function patternOf(schema: z.ZodType): RegExp {
  const checks = (schema as unknown as { _zod: { def: { checks?: { _zod: { def: { pattern?: RegExp } } }[] } } })._zod.def.checks ?? [];
  const pattern = checks.map((c) => c._zod.def.pattern).find((p) => p instanceof RegExp);
  if (!pattern) throw new Error('the schema checks no pattern');
  return pattern;
}

/** Typed as 15/01/2026, stored as 2026-01-15, never a day to come (src/client/editor/date-widget.ts). */
const date = (name: string, label: string, required = true): Field => ({ name, label, widget: DATE_WIDGET, required });
const text = (name: string, label: string, extra: Partial<Field> = {}): Field => ({ name, label, widget: 'string', ...extra });
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ label: labels[value], value }));
const summaryPattern = (schema: z.ZodType): [string, string] => [`^[\\s\\S]{1,${SUMMARY_MAX}}$`, messageFor(schema, 'x'.repeat(SUMMARY_MAX + 1))];

const sourcesField: Field = {
  name: 'sources',
  label: t.fields.sources,
  widget: 'list',
  required: false,
  summary: '{{fields.title}}',
  fields: [
    text('id', t.fields.sourceId, { hint: t.fields.sourceIdHint, pattern: [patternOf(sourceId).source, messageFor(sourceId, 'Không Hợp Lệ')] }),
    { name: 'kind', label: t.fields.sourceKind, widget: 'select', options: options(sourceKind.options, t.sourceKinds) },
    text('title', t.fields.sourceTitle),
    text('issuer', t.fields.sourceIssuer, { required: false }),
    date('date', t.fields.sourceDate, false),
    text('url', t.fields.sourceUrl, { required: false, pattern: ['^https?://\\S+$', messageFor(z.url({ protocol: /^https?$/ }), 'ftp://x')] }),
    { name: 'note', label: t.fields.sourceNote, widget: 'text', required: false },
  ],
};

/**
 * Decap checks the required fields of an optional block even when the block is left empty,
 * so inside one every field is optional in the form; the schema, run before saving
 * (src/client/editor/checks.ts), requires them when the block is filled — with its own words.
 */
const optionalBlock = (fields: Field[]): Field[] => fields.map((f) => ({ ...f, required: false }));

const consentFields = (): Field[] => [
  // No default: a default would give every new story an empty person in `people`.
  { name: 'obtained', label: t.fields.obtained, widget: 'boolean' },
  date('date', t.fields.consentDate),
  { name: 'scope', label: t.fields.scope, widget: 'select', multiple: true, min: 1, options: options(consentScopes, t.scopes) },
  text('record', t.fields.record, { hint: t.fields.recordHint }),
  { name: 'by', label: t.fields.by, widget: 'select', required: false, options: options(consentGivers, t.givers) },
];

const peopleField: Field = {
  name: 'people',
  label: t.fields.people,
  widget: 'list',
  required: false,
  hint: t.fields.peopleHint,
  summary: '{{fields.name}}',
  fields: [
    text('name', t.fields.personName),
    { name: 'consent', label: t.fields.personConsent, widget: 'object', required: false, collapsed: true, fields: optionalBlock(consentFields()) },
    { name: 'public', label: t.fields.personPublic, widget: 'object', required: false, collapsed: true, fields: optionalBlock([text('role', t.fields.role), text('source', t.fields.roleSource)]) },
  ],
};

const body: Field = { name: 'body', label: t.fields.body, widget: 'markdown' };

/** The English summary of a story or news item: optional, for the English edition. */
const summaryEnField = (schema: z.ZodType): Field => ({
  name: 'summaryEn', label: t.fields.summaryEn, widget: 'text', required: false, hint: t.fields.summaryEnHint, pattern: summaryPattern(schema),
});

function profileFields(c: Catalogue): Field[] {
  return [
    text('title', t.fields.title),
    { name: 'kind', label: t.fields.kind, widget: 'select', options: options(profileKinds, kindLabel) },
    {
      name: 'place', label: t.fields.place, widget: 'object', required: false, hint: t.fields.placeHint,
      fields: optionalBlock([
        { name: 'vintage', label: t.fields.vintage, widget: 'select', options: c.vintages.map((v) => ({ label: v.label, value: v.id })) },
        { name: 'unit', label: t.fields.unit, widget: UNIT_WIDGET, hint: t.fields.unitHint, vintage_field: 'place.vintage' },
      ]),
    },
    { name: 'summary', label: t.fields.summary, widget: 'text', hint: t.fields.summaryHint, pattern: summaryPattern(profileFrontmatter.shape.summary) },
    summaryEnField(profileFrontmatter.shape.summaryEn),
    { name: 'image', label: t.fields.image, widget: 'image', required: false, choose_url: false, hint: t.fields.imageHint },
    text('imageAlt', t.fields.imageAlt, { required: false }),
    text('imageCredit', t.fields.imageCredit, { required: false }),
    { name: 'recognitions', label: t.fields.recognitions, widget: 'select', multiple: true, required: false, hint: t.fields.recognitionsHint, options: c.recognitions.map((r) => ({ label: r.label, value: r.id })) },
    date('publishedAt', t.fields.publishedAt),
    date('updatedAt', t.fields.updatedAt, false),
    sourcesField,
    { name: 'sample', label: t.fields.sample, widget: 'boolean', required: false, default: false },
    { name: 'consent', label: t.fields.consent, widget: 'object', required: false, hint: t.fields.consentHint, fields: optionalBlock(consentFields()) },
    peopleField,
    body,
  ];
}

function updateFields(): Field[] {
  return [
    text('title', t.fields.title),
    { name: 'summary', label: t.fields.summary, widget: 'text', hint: t.fields.summaryHint, pattern: summaryPattern(updateSchema.shape.summary) },
    summaryEnField(updateSchema.shape.summaryEn),
    date('publishedAt', t.fields.publishedAt),
    date('updatedAt', t.fields.updatedAt, false),
    { name: 'tags', label: t.fields.tags, widget: 'list', required: false, field: text('tag', t.fields.tags) },
    {
      name: 'milestones',
      label: t.fields.milestones,
      widget: 'select',
      multiple: true,
      required: false,
      hint: t.fields.milestonesHint,
      options: planMilestoneIds.map((id) => ({ value: id, label: `${planPage.milestones[id].when}: ${planPage.milestones[id].what}` })),
    },
    sourcesField,
    { name: 'sample', label: t.fields.sample, widget: 'boolean', required: false, default: false },
    peopleField,
    body,
  ];
}

function pageFields(): Field[] {
  return [
    text('title', t.fields.title),
    { name: 'description', label: t.fields.description, widget: 'text', hint: t.fields.summaryHint, pattern: summaryPattern(pageSchema.shape.description) },
    date('updatedAt', t.fields.updatedAt),
    sourcesField,
    peopleField,
    body,
  ];
}

function uploadFields(c: Catalogue): Field[] {
  return [
    text('title', t.fields.title),
    text('release', t.fields.release, { hint: t.fields.releaseHint, pattern: [patternOf(releaseId).source, messageFor(releaseId, '2027')] }),
    { name: 'vintage', label: t.fields.uploadVintage, widget: 'select', options: c.vintages.map((v) => ({ label: v.label, value: v.id })) },
    { name: 'year', label: t.fields.year, widget: 'number', value_type: 'int', required: false, hint: t.fields.yearHint },
    text('source', t.fields.source, { hint: t.fields.sourceHint }),
    { name: 'notes', label: t.fields.notes, widget: 'text', required: false, hint: t.fields.notesHint },
    { name: 'workbook', label: t.fields.workbook, widget: 'file', choose_url: false },
    text('sheet', t.fields.sheet, { required: false, hint: t.fields.sheetHint }),
  ];
}

/** What a report shows in the editor; `npm run uploads` writes it, nobody edits it. */
function reportFields(): Field[] {
  return [
    text('title', t.fields.title),
    { name: 'status', label: t.fields.status, widget: 'select', options: Object.entries(t.reportStatus).map(([value, label]) => ({ label, value })) },
    text('release', t.fields.release, { required: false }),
    text('upload', t.fields.upload),
    text('workbook', t.fields.workbook, { required: false }),
    text('inputSha256', 'SHA-256'),
    body,
  ];
}

export function editorConfig(c: Catalogue): Record<string, unknown> {
  const { apiOrigin: _origin, ...backend } = EDITOR_BACKEND;
  const folder = (name: string, label: { label: string; singular: string; description: string }, path: string, fields: Field[], extra: Record<string, unknown> = {}) => ({
    name, label: label.label, label_singular: label.singular, description: label.description,
    folder: path, extension: 'md', format: 'frontmatter', create: true, fields, editor: { preview: false }, ...extra,
  });
  return {
    locale: 'vi',
    backend,
    publish_mode: 'simple',
    site_url: SITE_URL,
    display_url: SITE_URL,
    show_preview_links: false,
    media_folder: 'public/anh',
    public_folder: '/anh',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      // Photos beside the text, in anh/: Astro resolves ./anh/… from the Markdown file and resizes
      // them (src/site/content/story-photos.ts); a photo in public/ would reach phones at full size.
      folder('profiles', t.collections.profiles, 'content/profiles', profileFields(c), { ...PHOTOS_BESIDE, summary: '{{title}}' }),
      folder('updates', t.collections.updates, 'content/updates', updateFields(), { ...PHOTOS_BESIDE, summary: '{{title}}', sortable_fields: ['publishedAt', 'title'] }),
      folder('pages', t.collections.pages, 'content/pages', pageFields(), PHOTOS_BESIDE),
      // An English text takes the file name of its Vietnamese page, which a title in English would not give: edited, not created here.
      folder('pagesEn', t.collections.pagesEn, 'content/pages/en', pageFields(), { ...PHOTOS_BESIDE, create: false, delete: false }),
      // Each form's workbook in a folder of its own (tep/<form>/): with one folder for all, a file
      // named as an earlier upload's ("ket-qua-ra-soat.xlsx" every year) replaced it without a word.
      folder('uploads', t.collections.uploads, `uploads/${FORMS_FOLDER}`, uploadFields(c), { slug: '{{year}}-{{month}}-{{day}}-{{slug}}', media_folder: 'tep/{{filename}}', public_folder: 'tep/{{filename}}' }),
      folder('reports', t.collections.reports, `uploads/${REPORTS_FOLDER}`, reportFields(), { create: false, delete: false }),
    ],
  };
}
