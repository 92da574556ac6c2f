import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsent, checkPeople, checkPersonalData, type ContentFile } from '../src/domain/content/check.ts';
import { readCollection } from '../src/domain/content/files.ts';
import { readFrontmatter } from '../src/domain/content/frontmatter.ts';
import { publicProfile, type ProfileInput } from '../src/domain/content/public-profile.ts';
import { profileFrontmatter, SUMMARY_MAX, updateSchema } from '../src/domain/content/schemas.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { englishSummary as words } from '../src/i18n/content.ts';
import { renderIn } from '../src/i18n/current.ts';
import { englishSummary, listedSummary } from '../src/site/content/english-summary.ts';
import { nameWords, vietnameseText } from '../scripts/english/vietnamese-text.ts';

/**
 * The English summary of stories and news (`summaryEn`, issue 15: "Stories may stay Vietnamese
 * with an English summary"): an optional front-matter field held to the Vietnamese summary's
 * length and checked like every other text of the file, shown on English pages only, and
 * written for every story and news item of the embedded content.
 */
const profile = { title: 'Mô hình nuôi bò', kind: 'model', summary: 'Tóm tắt.', publishedAt: '2026-01-01' };
const update = { title: 'Tin', summary: 'Tóm tắt.', publishedAt: '2026-01-01' };

describe('the summaryEn field', () => {
  it.each([
    ['profile', profileFrontmatter, profile],
    ['update', updateSchema, update],
  ] as const)('is optional on a %s and takes up to the Vietnamese summary’s length', (_, schema, base) => {
    expect(schema.safeParse(base).success).toBe(true);
    expect(schema.parse({ ...base, summaryEn: 'x'.repeat(SUMMARY_MAX) }).summaryEn).toHaveLength(SUMMARY_MAX);
  });

  it.each([
    ['profile', 'too long', profileFrontmatter, profile, 'y'.repeat(SUMMARY_MAX + 1), 'summaryEn tối đa 200 ký tự'],
    ['profile', 'empty', profileFrontmatter, profile, '', undefined],
    ['update', 'too long', updateSchema, update, 'z'.repeat(SUMMARY_MAX + 1), 'summaryEn tối đa 200 ký tự'],
    ['update', 'not text', updateSchema, update, 12, undefined],
  ] as const)('refuses on a %s a value %s, at summaryEn', (_, __, schema, base, value, message) => {
    const issues = schema.safeParse({ ...base, summaryEn: value }).error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([['summaryEn']]);
    if (message) expect(issues[0]!.message).toBe(message);
  });
});

describe('an English summary is checked like the rest of the file', () => {
  const file = (front: string, slug = 'mo-hinh'): ContentFile => {
    const text = `---\ntitle: Mô hình nuôi bò\nkind: model\nsummary: Thử.\n${front}publishedAt: 2026-01-01\n---\n\nCâu chuyện.\n`;
    const read = readFrontmatter(text);
    if (!read.ok) throw new Error(read.error.message);
    return { file: `content/profiles/${slug}.md`, slug, text, data: read.data };
  };

  it.each([
    ['a phone number', 'summaryEn: "Call 0912 345 678 for details."\n', 'personal-data-phone'],
    ['an e-mail address', 'summaryEn: "Write to nong.van.c@gmail.com."\n', 'personal-data-email'],
    ['a Zalo link', 'summaryEn: "See zalo.me/0912345678."\n', 'personal-data-social-link'],
  ])('refuses %s in summaryEn, at its line', (_, front, rule) => {
    expect(checkPersonalData(file(front)).map((p) => [p.file, p.line, p.rule])).toEqual([['content/profiles/mo-hinh.md', 5, rule]]);
  });

  it.each([
    ['Mr', 'summaryEn: "Mr Hoàng Văn Cường raised cows."\n'],
    ['Mrs.', 'summaryEn: "Mrs. Lò Thị Mẫu raised cows."\n'],
    ['Ms', 'summaryEn: "Ms Lan raised cows."\n'],
  ])('refuses a person named after “%s” without consent, as after “anh” or “chị”', (_, front) => {
    expect(checkPeople(file(front)).map((p) => [p.line, p.rule])).toEqual([[5, 'person-without-consent']]);
  });

  it('refuses the subject’s name in summaryEn when the consent does not cover the name', () => {
    const text =
      '---\ntitle: Hộ gia đình ông Nông Văn A (tên giả định)\nkind: household\nsummary: Một hộ vượt khó.\nsummaryEn: "The household of Nông Văn A left poverty."\npublishedAt: 2026-11-25\n' +
      'consent:\n  obtained: true\n  date: 2026-11-20\n  scope: [story]\n  record: Biên bản MH-01\n---\n\nCâu chuyện.\n';
    const read = readFrontmatter(text);
    if (!read.ok) throw new Error(read.error.message);
    const problems = checkConsent({ file: 'content/profiles/ho-mau.md', slug: 'ho-mau', text, data: read.data });
    expect(problems.map((p) => [p.line, p.rule])).toEqual([[5, 'name-without-consent']]);
  });
});

describe('the public view of a profile', () => {
  const base: ProfileInput<string> = {
    title: 'Hộ gia đình ông Nông Văn A',
    kind: 'household',
    summary: 'Tóm tắt.',
    summaryEn: 'Summary.',
    recognitions: [],
    publishedAt: '2026-11-25',
    sources: [],
    sample: true,
    consent: { obtained: true, date: '2026-11-20', scope: ['story'], record: 'MH-01' },
  };

  it('shows the English summary where the story may be shown, and withholds it with the story', () => {
    expect(publicProfile('ho', base).summaryEn).toBe('Summary.');
    expect(publicProfile('ho', { ...base, consent: { ...base.consent!, scope: ['name', 'location'] } }).summaryEn).toBeUndefined();
    expect(publicProfile('ho', { ...base, consent: undefined }).summaryEn).toBeUndefined();
  });
});

describe('which summary a page shows', () => {
  it('shows the English summary on English pages only', () => {
    expect(englishSummary('Summary.')).toBeUndefined();
    expect(renderIn('en', () => englishSummary('Summary.'))).toBe('Summary.');
    expect(renderIn('en', () => englishSummary(undefined))).toBeUndefined();
  });

  it('lists the English summary unmarked, or else the Vietnamese one marked lang="vi" on an English page and unmarked on a Vietnamese one', () => {
    expect(renderIn('en', () => listedSummary('Tóm tắt.', 'Summary.'))).toEqual({ text: 'Summary.', lang: undefined });
    expect(renderIn('en', () => listedSummary('Tóm tắt.', undefined))).toEqual({ text: 'Tóm tắt.', lang: 'vi' });
    expect(listedSummary('Tóm tắt.', 'Summary.')).toEqual({ text: 'Tóm tắt.', lang: undefined });
  });

  it('says "Summary in English", or that there is none yet, in English only', () => {
    expect([words.heading, words.none]).toEqual(['', '']);
    expect(renderIn('en', () => [words.heading, words.none])).toEqual(['Summary in English', 'No English summary yet: the summary below is the Vietnamese original.']);
  });
});

describe('the embedded stories and news', () => {
  const root = path.resolve('content');
  const { dataset } = validate({ dataRoot: path.resolve('data') });
  // Place names stay Vietnamese in English text (npm run check:english allows them); other words are English.
  const places = nameWords(['Lạng Sơn', ...dataset!.data.units.vintages.flatMap((v) => v.units.map((u) => u.name))]);
  const files = [...readCollection(root, 'profiles'), ...readCollection(root, 'updates')];

  it('have an English summary each, in English but for place names', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
    for (const f of files) {
      const summaryEn = f.data['summaryEn'];
      expect(typeof summaryEn, f.file).toBe('string');
      expect(vietnameseText(`<p>${String(summaryEn)}</p>`, places), f.file).toEqual([]);
    }
  });

  it('keep the figures of the Vietnamese summary: every number there is in the English one, written the English way', () => {
    const english = (n: string) => n.replaceAll('.', ',').replace(/^(\d+),(\d+)%$/, '$1.$2%');
    for (const f of files) {
      // Days and months become words ("16/1/2025" → "16 January 2025"): their years are kept.
      const vietnamese = String(f.data['summary']).replace(/(?:\d{1,2}\/)+(\d{4})/g, '$1');
      // "gian hàng 0 đồng" (a stall where everything costs 0 dong) is a "free stall".
      const numbers = (vietnamese.match(/\d+(?:[.,]\d+)*%?/g) ?? []).filter((n) => n !== '0');
      const en = String(f.data['summaryEn']);
      for (const n of numbers) expect(en, `${f.file}: ${n}`).toContain(english(n));
    }
  });
});
