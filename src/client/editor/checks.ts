/**
 * Before Decap saves an entry, the build's own checks run on it in the browser: the
 * collection's schema (with the validator's Vietnamese messages) and every content check
 * of src/domain/content/check.ts (consent, people, personal data, Markdown only, the
 * profile against the release). A problem refuses the save, listing the build's messages;
 * what is saved is therefore what the build accepts. Conditional rules a form cannot
 * express ("a household profile needs consent") are refused here, in the form.
 *
 * Fields left empty are dropped before the check and the save (an untouched optional
 * block would otherwise be written as `consent: {}` and refused by the schema).
 */
import { stringify } from 'yaml';
import type * as z from 'zod';
import vi from 'zod/v4/locales/vi.js';
import { checkFile, type ContentFile } from '../../domain/content/check.ts';
import type { CollectionName } from '../../domain/content/files.ts';
import { readFrontmatter } from '../../domain/content/frontmatter.ts';
import { pageSchema, profileFrontmatter, updateSchema } from '../../domain/content/schemas.ts';
import { slugify } from '../../domain/slug.ts';
import { uploadForm } from '../../domain/uploads/form.ts';
import { editor as t } from '../../i18n/editor.vi.ts';
import { factsFrom, type Catalogue } from '../../site/editor/catalogue.ts';

/** The validator's language (only this locale: all of zod's would weigh 250 KB more). */
const vietnamese = vi();
const CONTENT = { profiles: profileFrontmatter, updates: updateSchema, pages: pageSchema, pagesEn: pageSchema } as const;
type ContentCollection = keyof typeof CONTENT;
const isContent = (c: string): c is ContentCollection => c in CONTENT;
/** The content folder of each editor collection (src/site/editor/config.ts). */
const FOLDER: Record<ContentCollection, CollectionName> = { profiles: 'profiles', updates: 'updates', pages: 'pages', pagesEn: 'pages/en' };

/** Paths (outermost last) of values that say nothing: undefined, null, "", [], {} once emptied. */
function emptyPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    const inner = value.flatMap((v, i) => emptyPaths(v, [...at, i]));
    const gone = new Set(inner.filter((p) => p.length === at.length + 1).map((p) => p.at(-1)));
    return value.length > 0 && gone.size === value.length && at.length > 0 ? [...inner, at] : inner;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const inner = keys.flatMap((k) => emptyPaths((value as Record<string, unknown>)[k], [...at, k]));
    const gone = new Set(inner.filter((p) => p.length === at.length + 1).map((p) => p.at(-1)));
    return at.length > 0 && keys.every((k) => gone.has(k)) ? [...inner.filter((p) => p.length > at.length + 1), at] : inner;
  }
  return at.length > 0 && (value === undefined || value === null || value === '') ? [at] : [];
}

/** The empty paths in the order they can be removed one by one: deepest first, higher list index first. */
export function dropOrder(value: unknown): (string | number)[][] {
  const last = (p: (string | number)[]) => p.at(-1);
  return emptyPaths(value).sort((a, b) => b.length - a.length || (typeof last(a) === 'number' && typeof last(b) === 'number' ? (last(b) as number) - (last(a) as number) : 0));
}

/** The data without its empty parts. */
export function withoutEmpty<T>(data: T): T {
  const copy = structuredClone(data);
  for (const path of dropOrder(copy)) {
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], copy);
    const key = path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(key)];
  }
  return copy;
}

/** The file the build would read: front matter written as YAML, then the body. */
function asContentFile(folder: CollectionName, slug: string, data: Record<string, unknown>): ContentFile {
  const { body, ...front } = data;
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n${typeof body === 'string' ? body : ''}\n`;
  const read = readFrontmatter(text);
  return { file: `content/${folder}/${slug}.md`, slug, text, data: read.ok ? read.data : {}, parseError: read.ok ? undefined : read.error };
}

/** Every problem the build would report for this entry, as lines; empty when it may be saved. */
export function problemsOf(collection: string, slug: string | undefined, data: Record<string, unknown>, catalogue: Catalogue): string[] {
  const issues = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value, { error: vietnamese.localeError });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || 'tệp'}: ${i.message}`);
  };
  if (collection === 'uploads') {
    const problems = issues(uploadForm, data);
    const workbook = typeof data['workbook'] === 'string' ? data['workbook'] : '';
    if (workbook && !/\.(xlsx|xlsm|csv)$/i.test(workbook)) problems.push(`workbook: ${t.workbookType}`);
    return problems;
  }
  if (!isContent(collection)) return [];
  const name = slug || slugify(String(data['title'] ?? ''));
  const file = asContentFile(FOLDER[collection], name, data);
  const { body: _body, ...front } = file.data;
  return [
    ...issues(CONTENT[collection], front),
    ...checkFile(file, FOLDER[collection], () => factsFrom(catalogue)).map((p) => `${p.message} (${p.rule})`),
  ];
}

/** Decap shows the refusal as "Chưa lưu: <error>": the error reads as its message alone, without "Error:". */
class Refusal extends Error {
  override toString(): string {
    return this.message;
  }
}

export function refusal(problems: readonly string[]): Error {
  return new Refusal([t.refused(problems.length), ...problems.map((p) => `• ${p}`)].join('\n'));
}
