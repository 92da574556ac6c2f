import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { dropOrder, problemsOf, withoutEmpty } from '../src/client/editor/checks.ts';
import { dateProblem, localToday, shownDate, typedDate } from '../src/client/editor/typed-date.ts';
import { EDITOR_BACKEND } from '../src/config.ts';
import { checkConsent } from '../src/domain/content/check.ts';
import { releaseFacts } from '../src/domain/content/check-collection.ts';
import { readFrontmatter } from '../src/domain/content/frontmatter.ts';
import { consentGivers, consentScopes, pageSchema, profileFrontmatter, profileKinds, updateSchema } from '../src/domain/content/schemas.ts';
import { releaseId } from '../src/domain/schemas/manifest.ts';
import { sourceId, sourceKind } from '../src/domain/schemas/source.ts';
import { uploadForm } from '../src/domain/uploads/form.ts';
import { renderReport } from '../src/domain/uploads/report.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { catalogue, factsFrom } from '../src/site/editor/catalogue.ts';
import { editorConfig, messageFor, type Field } from '../src/site/editor/config.ts';

/**
 * The editor's form (src/site/editor/config.ts, Decap CMS) held to the schemas the build
 * checks content with (issue 16): every field of every schema and no other, required where
 * the schema requires it, patterns that accept and refuse what the schema does with the
 * schema's own message, option lists that are the schema's and the release's — and the
 * check the form runs before saving (src/client/editor/checks.ts) answering as the build.
 */
const { dataset } = validate({ dataRoot: path.resolve('data') });
const list = catalogue(dataset!);
const config = editorConfig(list) as { collections: { name: string; fields: Field[]; folder: string }[]; backend: Record<string, unknown>; locale: string; local_backend?: unknown };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const byName = (fields: readonly Field[], name: string) => fields.find((f) => f.name === name)!;

/** The object or array a schema describes, through optional, default, nullable and preprocess. */
function inner(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { unwrap?: () => z.ZodType; _zod: { def: { type: string; out?: z.ZodType } } };
  for (;;) {
    if (s._zod.def.type === 'pipe') s = s._zod.def.out as typeof s;
    else if (typeof s.unwrap === 'function' && s._zod.def.type !== 'array') s = s.unwrap() as typeof s;
    else return s;
  }
}
const shapeOf = (schema: z.ZodType) => (inner(schema) as z.ZodObject).shape as Record<string, z.ZodType>;
const elementOf = (schema: z.ZodType) => (inner(schema) as z.ZodArray<z.ZodType>).element;
const optional = (schema: z.ZodType) => schema.safeParse(undefined).success;

/** Field names and required flags against a schema's keys, recursively; inside an optional block every field is optional in the form. */
function compare(fields: readonly Field[], shape: Record<string, z.ZodType>, where: string, inOptionalBlock = false): string[] {
  const out: string[] = [];
  const names = fields.map((f) => f.name).filter((n) => n !== 'body');
  if (JSON.stringify([...names].sort()) !== JSON.stringify(Object.keys(shape).sort())) out.push(`${where}: fields ${names.join(',')} ≠ schema ${Object.keys(shape).join(',')}`);
  for (const f of fields) {
    const schema = shape[f.name];
    if (!schema) continue;
    const formRequired = f.required !== false;
    const expected = inOptionalBlock ? false : !optional(schema);
    if (formRequired !== expected) out.push(`${where}.${f.name}: required ${formRequired}, expected ${expected}`);
    if (f.widget === 'object') out.push(...compare(f.fields!, shapeOf(schema), `${where}.${f.name}`, inOptionalBlock || optional(schema)));
    if (f.widget === 'list' && f.fields) out.push(...compare(f.fields, shapeOf(elementOf(schema)), `${where}.${f.name}[]`));
  }
  return out;
}

describe('the form has every field of the schema, required where the schema requires it', () => {
  it.each([
    ['profiles', profileFrontmatter],
    ['updates', updateSchema],
    ['pages', pageSchema],
    ['pagesEn', pageSchema],
    ['uploads', uploadForm],
  ] as const)('%s', (name, schema) => {
    expect(compare(collection(name).fields, shapeOf(schema), name)).toEqual([]);
  });

  it('has a body where the file has one: the content collections and the reports, not the upload form', () => {
    for (const name of ['profiles', 'updates', 'pages', 'pagesEn', 'reports']) expect(byName(collection(name).fields, 'body'), name).toMatchObject({ widget: 'markdown' });
    expect(collection('uploads').fields.some((f) => f.name === 'body')).toBe(false);
  });

  it('lists a report with the front matter `npm run uploads` writes', () => {
    const written = readFrontmatter(renderReport({ title: 'T', upload: 'ket-qua-ra-soat/a.md', workbook: 'a.xlsx', release: '2027.1', status: 'refused', inputSha256: 'x', problems: [], contentProblems: [] }));
    expect(collection('reports').fields.map((f) => f.name).filter((n) => n !== 'body').sort()).toEqual(Object.keys(written.ok ? written.data : {}).sort());
  });

  it('keeps every block the schema makes optional optional in the form, its fields too (Decap checks them even when the block is empty)', () => {
    const profile = collection('profiles').fields;
    for (const block of [byName(profile, 'place'), byName(profile, 'consent'), ...byName(profile, 'people').fields!.filter((f) => f.widget === 'object')]) {
      expect(block.required, block.name).toBe(false);
      expect(block.fields!.every((f) => f.required === false), block.name).toBe(true);
    }
  });
});

describe("the form's choices are the schema's and the release's", () => {
  const profile = collection('profiles').fields;
  const values = (f: Field) => (f.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
  it('kinds, source kinds, consent scopes and who consented', () => {
    expect(values(byName(profile, 'kind'))).toEqual([...profileKinds]);
    expect(values(byName(byName(profile, 'sources').fields!, 'kind'))).toEqual([...sourceKind.options]);
    expect(values(byName(byName(profile, 'consent').fields!, 'scope'))).toEqual([...consentScopes]);
    expect(values(byName(byName(profile, 'consent').fields!, 'by'))).toEqual([...consentGivers]);
  });

  it('boundary vintages and recognitions from the release this build shows, not typed by hand', () => {
    const vintages = dataset!.data.units.vintages.map((v) => v.id);
    expect(values(byName(byName(profile, 'place').fields!, 'vintage'))).toEqual(vintages);
    expect(values(byName(collection('uploads').fields, 'vintage'))).toEqual(vintages);
    expect(values(byName(profile, 'recognitions'))).toEqual(dataset!.data.recognitions.recognitions.map((r) => r.id));
    expect(list.vintages.map((v) => v.units.length)).toEqual(dataset!.data.units.vintages.map((v) => v.units.length));
  });

  it('every date is typed as staff write it (the "ngay" widget), never through Decap\'s date box, which saved 15/01/2027 as 1907-12-01', () => {
    const dates = (fields: readonly Field[]): Field[] => fields.flatMap((f) => [...(/date|At$/.test(f.name) ? [f] : []), ...dates(f.fields ?? [])]);
    const all = config.collections.flatMap((c) => dates(c.fields));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((f) => f.widget !== 'ngay').map((f) => `${f.name}: ${f.widget}`)).toEqual([]);
  });

  it('the unit field follows the vintage of the same block', () => {
    expect(byName(byName(profile, 'place').fields!, 'unit')).toMatchObject({ widget: 'don-vi', vintage_field: 'place.vintage' });
  });

  it("answers the content checks' questions as the build does (catalogue → facts)", () => {
    const built = releaseFacts(dataset!);
    const facts = factsFrom(list);
    for (const v of dataset!.data.units.vintages) for (const u of v.units) expect(facts.unitExists(v.id, u.code), `${v.id}/${u.code}`).toBe(true);
    for (const [v, code] of [['2025-07', '181'], ['2020-01', '99999'], ['1999-01', '20']] as const) expect(facts.unitExists(v, code)).toBe(built.unitExists(v, code));
    for (const v of dataset!.data.units.vintages) for (const u of v.units) expect(facts.placeNames(v.id, u.code), `${v.id}/${u.code}`).toEqual(built.placeNames(v.id, u.code));
    expect(built.placeNames('2020-01', '06073')).toEqual(['Hoa Thám', 'Bình Gia']);
    for (const v of dataset!.data.units.vintages) for (const u of v.units) expect(facts.lineagePlaceNames(v.id, u.code), `${v.id}/${u.code}`).toEqual(built.lineagePlaceNames(v.id, u.code));
    expect(facts.lineagePlaceNames('2025-07', '06073')).toEqual(['Bình Gia', 'Hoa Thám', 'Hưng Đạo']);
    for (const id of [...dataset!.data.recognitions.recognitions.map((r) => r.id), 'r-khong-co']) expect(facts.recognition(id), id).toEqual(built.recognition(id));
    for (const slug of [...new Set(dataset!.data.recognitions.recognitions.map((r) => r.profile ?? 'khong-co'))]) expect(facts.recognitionsPointingAt(slug)).toEqual(built.recognitionsPointingAt(slug));
  });
});

describe("patterns accept and refuse what the schema does, with the schema's message", () => {
  const pattern = (f: Field) => ({ test: (v: string) => new RegExp(f.pattern![0]).test(v), message: f.pattern![1] });
  const profile = collection('profiles').fields;
  const source = byName(profile, 'sources').fields!;
  it.each([
    ['profile summary', byName(profile, 'summary'), profileFrontmatter.shape.summary, ['x'.repeat(200), 'Một câu ngắn.\nHai dòng.'], ['x'.repeat(201)]],
    ['update summary', byName(collection('updates').fields, 'summary'), updateSchema.shape.summary, ['x'.repeat(200)], ['y'.repeat(201)]],
    ['page description', byName(collection('pages').fields, 'description'), pageSchema.shape.description, ['x'.repeat(200)], ['z'.repeat(250)]],
    ['English page description', byName(collection('pagesEn').fields, 'description'), pageSchema.shape.description, ['x'.repeat(200)], ['z'.repeat(201)]],
    ['profile English summary', byName(profile, 'summaryEn'), profileFrontmatter.shape.summaryEn, ['x'.repeat(200), 'One sentence.\nTwo lines.'], ['x'.repeat(201)]],
    ['update English summary', byName(collection('updates').fields, 'summaryEn'), updateSchema.shape.summaryEn, ['x'.repeat(200)], ['y'.repeat(201)]],
    ['source id', byName(source, 'id'), sourceId, ['p-dan-toc-2025', 'a.b_c', '9x'], ['Không', 'ab cd', '-x', 'p_Ü']],
    ['source address', byName(source, 'url'), z.url({ protocol: /^https?$/ }), ['https://baolangson.vn/a', 'http://a.vn'], ['ftp://x', 'javascript:alert(1)', 'baolangson.vn']],
    ['draft id', byName(collection('uploads').fields, 'release'), releaseId, ['2027.1', '2027.12'], ['2027', '27.1', '2027.1a']],
  ] as const)('%s', (_, field, schema, good, bad) => {
    const p = pattern(field);
    for (const v of good) expect([v.slice(0, 20), p.test(v)]).toEqual([v.slice(0, 20), schema.safeParse(v).success]);
    for (const v of bad) {
      expect([v.slice(0, 20), p.test(v)]).toEqual([v.slice(0, 20), false]);
      expect(schema.safeParse(v).success).toBe(false);
    }
    expect(p.message).toBe(messageFor(schema, bad[0]));
  });

  it("repeats the schema's own words where it has them", () => {
    expect(byName(profile, 'summary').pattern![1]).toBe('summary tối đa 200 ký tự (dùng cho ảnh chia sẻ)');
    expect(byName(source, 'id').pattern![1]).toBe('mã nguồn chỉ gồm chữ thường không dấu, số, ".", "_" và "-"');
    expect(byName(collection('uploads').fields, 'release').pattern![1]).toBe('mã phiên bản có dạng YYYY.N');
  });
});

describe('the English texts', () => {
  it('offers the English summary of stories and news, optional, under a Vietnamese label Decap marks optional once', () => {
    for (const name of ['profiles', 'updates']) {
      const field = byName(collection(name).fields, 'summaryEn');
      // Decap writes "(không bắt buộc)" after an optional field's label: in the label too, it showed twice.
      expect(field, name).toMatchObject({ widget: 'text', required: false, label: 'Tóm tắt tiếng Anh' });
      expect(field.hint, name).toMatch(/tiếng Anh.*tối đa 200 ký tự/);
    }
  });

  it('edits the English pages in content/pages/en, and creates none: an English text takes its Vietnamese page’s file name', () => {
    expect(collection('pagesEn')).toMatchObject({ label: 'Trang tĩnh (tiếng Anh)', folder: 'content/pages/en', create: false, delete: false });
    expect(collection('pages').folder).toBe('content/pages');
  });

  it('checks an English page before saving as the build checks content/pages/en', () => {
    const page = { title: 'About', description: 'What the site is.', updatedAt: '2026-12-01', body: 'Text.' };
    expect(problemsOf('pagesEn', 'gioi-thieu', page, list)).toEqual([]);
    expect(problemsOf('pagesEn', 'gioi-thieu', { ...page, body: 'Call 0912 345 678.' }, list).join()).toMatch(/\(personal-data-phone\)/);
    expect(problemsOf('pagesEn', 'gioi-thieu', { ...page, body: 'Mr Hoàng Văn Cường helped.' }, list).join()).toMatch(/\(person-without-consent\)/);
    expect(problemsOf('pagesEn', 'gioi-thieu', { ...page, description: undefined }, list)).toHaveLength(1);
  });
});

describe('a date as staff type it', () => {
  it('reads day/month/year whatever the separator, and a stored YYYY-MM-DD as itself', () => {
    expect(typedDate('15/01/2027')).toBe('2027-01-15');
    expect(typedDate(' 5/1/2027 ')).toBe('2027-01-05');
    expect(typedDate('15-01-2027')).toBe('2027-01-15');
    expect(typedDate('15.01.2027')).toBe('2027-01-15');
    expect(typedDate('2027-01-15')).toBe('2027-01-15');
    expect(typedDate('29/02/2028')).toBe('2028-02-29');
  });

  it('refuses what names no day, or only part of one, instead of guessing', () => {
    for (const text of ['31/02/2026', '29/02/2027', '15/13/2027', '00/01/2027', '15/01/27', '15/01/0007', '01/15', '2027', 'hôm nay', '2027-1-15']) expect(typedDate(text), text).toBeUndefined();
  });

  it('refuses a day after today, a slip of the year: the forms date only what is already done', () => {
    const today = '2026-12-03';
    expect(['03/12/2026', '02/12/2026', '15/01/2026', '2026-12-03'].map((d) => dateProblem(d, today))).toEqual([undefined, undefined, undefined, undefined]);
    expect(['04/12/2026', '15/01/2062', '2027-01-01'].map((d) => dateProblem(d, today))).toEqual(['future', 'future', 'future']);
    expect(dateProblem('31/02/2026', today)).toBe('not-a-day');
  });

  it("takes today from the staff member's own clock: at 00:30 in Hà Nội it is already the next day there", () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'Asia/Ho_Chi_Minh';
    try {
      expect(localToday(new Date('2026-12-02T17:30:00Z'))).toBe('2026-12-03');
      expect(localToday(new Date('2026-12-02T16:59:00Z'))).toBe('2026-12-02');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('shows a stored date the way it is typed, and a date typed wrong as it was typed', () => {
    expect(shownDate('2027-01-15')).toBe('15/01/2027');
    expect(shownDate('31/02/2026')).toBe('31/02/2026');
    expect(shownDate(undefined)).toBe('');
  });
});

describe('the backend', () => {
  it('is the one of src/config.ts; the local backend is never in the file (the page sets it on localhost only)', () => {
    const { apiOrigin: _, ...backend } = EDITOR_BACKEND;
    expect(config.backend).toEqual(backend);
    expect(config.locale).toBe('vi');
    expect(config.local_backend).toBeUndefined();
  });
});

describe('the check before saving answers as the build', () => {
  const household = (extra: Record<string, unknown> = {}) => ({
    title: 'Hộ gia đình bà Lò Thị Mẫu', kind: 'household', summary: 'Tóm tắt.', publishedAt: '2026-12-01', body: 'Câu chuyện.',
    sources: [{ id: 'p-a', kind: 'press', title: 'Bài báo', issuer: 'Báo Lạng Sơn', date: '2026-11-15', url: 'https://baolangson.vn/bai-bao' }], ...extra,
  });
  const consent = { obtained: true, date: '2026-11-20', scope: ['name', 'story'], record: 'Biên bản số 1' };

  it('refuses a household profile without consent, with the build message', () => {
    const expected = checkConsent({ file: 'x.md', slug: 'x', text: '---\nkind: household\n---\n', data: { kind: 'household', title: 'x' } })[0]!;
    expect(problemsOf('profiles', undefined, household(), list)).toEqual([`${expected.message} (consent-missing)`]);
  });

  it('accepts it with consent; refuses consent not obtained, a unit of another vintage, a phone number, with their rules', () => {
    expect(problemsOf('profiles', undefined, household({ consent }), list)).toEqual([]);
    expect(problemsOf('profiles', undefined, household({ consent: { ...consent, obtained: false } }), list).join()).toMatch(/consent\.obtained phải là true.*\(consent-not-obtained\)/);
    expect(problemsOf('profiles', undefined, household({ consent, place: { vintage: '2025-07', unit: '181' } }), list)).toEqual(['không có đơn vị mã "181" trong thời kỳ 2025-07 (unit-unknown)']);
    expect(problemsOf('profiles', undefined, household({ consent, body: 'Gọi 0912 345 678.' }), list).join()).toMatch(/\(personal-data-phone\)/);
    expect(problemsOf('updates', 'tin', { title: 'T', summary: 'x'.repeat(201), publishedAt: '2026-12-01', body: 'B' }, list)).toEqual(['summary: Quá lớn: mong đợi string có <=200 ký tự']);
  });

  it('refuses, before saving, the given name alone, the village and the commune\'s name before the 2025 merger, with the build\'s messages', () => {
    const withheld = { ...consent, scope: ['story'] };
    const placed = { consent: withheld, place: { vintage: '2025-07', unit: '06073' } };
    expect(problemsOf('profiles', 'ho-vuot-kho', household({ ...placed, body: 'Năm 2021, Mẫu vay vốn ở thôn Nà Pàn, xã Hưng Đạo cũ.' }), list)).toEqual([
      '"Mẫu" gọi người trong hồ sơ bằng tên "Lò Thị Mẫu" nhưng phạm vi đồng ý không gồm "name": bỏ tên, viết cách gọi chung ("chủ hộ", "bà") (name-without-consent)',
      '"Hưng Đạo" là tên địa bàn của hồ sơ ở một thời kỳ địa giới khác (trước hoặc sau sáp nhập) nhưng phạm vi đồng ý không gồm "location": bỏ tên địa bàn (trang chỉ nêu tỉnh) (place-without-consent)',
      '"thôn Nà Pàn" nêu thôn, bản, tổ dân phố nhưng phạm vi đồng ý không gồm "location": bỏ tên nơi ở (trang chỉ nêu tỉnh) (place-without-consent)',
    ]);
    expect(problemsOf('profiles', 'ho-vuot-kho', household({ ...placed, body: 'Năm 2021, gia đình vay vốn nuôi bò.' }), list)).toEqual([]);
  });

  it('checks the file name a new entry will get, not only its text', () => {
    const problems = problemsOf('profiles', undefined, household({ title: 'Hộ gia đình bà Lò Thị Mẫu', consent: { ...consent, scope: ['story'] } }), list);
    expect(problems).toContain('tên tệp "ho-gia-dinh-ba-lo-thi-mau" chứa tên "Lò Thị Mẫu" (tên tệp là địa chỉ trang): đổi tên tệp (name-without-consent)');
  });

  it('refuses an upload that is not a spreadsheet, and a form without its draft id', () => {
    const form = { title: 'T', release: '2027.1', vintage: '2025-07', source: 'QĐ 1', workbook: 'tep/a.xls' };
    expect(problemsOf('uploads', undefined, form, list)).toEqual(['workbook: tệp bảng tính phải là .xlsx hoặc .csv (tệp .xls: mở bằng Excel, lưu thành .xlsx)']);
    expect(problemsOf('uploads', undefined, { ...form, workbook: 'tep/a.xlsx', release: undefined }, list)).toHaveLength(1);
  });

  it('drops what was left empty, deepest first, and keeps false and zero', () => {
    const data = { title: 'T', place: { vintage: '', unit: null }, consent: {}, people: [{ consent: {} }, { name: 'A' }], sample: false, year: 0, tags: [''] };
    expect(withoutEmpty(data)).toEqual({ title: 'T', people: [{ name: 'A' }], sample: false, year: 0 });
    // a block left wholly empty goes as one; an emptied list item goes before its list
    expect(dropOrder(data).map((p) => p.join('.'))).toEqual(['people.0', 'tags.0', 'place', 'consent', 'tags']);
  });
});
