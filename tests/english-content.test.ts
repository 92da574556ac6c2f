import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReleases } from '../src/domain/diff/diff.ts';
import { releaseDownloads } from '../src/domain/export/downloads.ts';
import { loadSnapshot } from '../src/domain/export/snapshot.ts';
import { validate } from '../src/domain/validation/validate.ts';
import { renderIn } from '../src/i18n/current.ts';
import { awardName, neutralTitle, profiles, recognitions, search, searchKind, updates } from '../src/i18n/content.ts';
import { formatBytes, releasePage } from '../src/i18n/data.ts';
import { formatDecimal } from '../src/format/en.ts';
import { diffView } from '../src/site/data/diff-view.ts';
import { downloadWords } from '../src/site/data/releases.ts';
import { nameWords, vietnameseText } from '../scripts/english/vietnamese-text.ts';
import { MINI_RELEASE, writeMini } from './fixtures/mini.ts';
import { NEW, OLD, writeTwoReleases } from './fixtures/releases-diff/two-releases.ts';

/**
 * The English edition of the content and open-data pages (issue 15 item 6): their words in
 * English, the words of the data (titles, names, sources) kept as written, and the files
 * themselves unchanged.
 */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const en = <T>(f: () => T): T => renderIn('en', f);
/** Vietnamese words outside the place names an English text may hold (the check of npm run check:english). */
const places = nameWords(['Lạng Sơn', 'Đình Lập', 'Hoa Thám']);
const vietnameseIn = (text: string) => vietnameseText(`<p>${text}</p>`, places).map((f) => f.text);

describe('content wording in English', () => {
  it('counts profiles and results in English, singular and plural', () => {
    expect(en(() => profiles.count(1, 1))).toBe('1 profile');
    expect(en(() => profiles.count(3, 12))).toBe('3 of 12 profiles');
    expect(en(() => search.results(1, 'dinh lap'))).toBe('1 result for “dinh lap”');
    expect(en(() => search.results(0, 'x'))).toBe('No results for “x”.');
    expect(profiles.count(3, 12)).toBe('3 / 12 hồ sơ');
  });

  it('names awards and anonymous subjects in English, in the official terms', () => {
    expect(en(() => awardName('labor-order', 3))).toBe('Labour Order, Third Class');
    expect(en(() => awardName('pm-certificate'))).toBe('Certificate of Merit of the Prime Minister');
    expect(awardName('labor-order', 3)).toBe('Huân chương Lao động hạng Ba');
    expect(en(() => neutralTitle('household', 'Hoa Thám commune'))).toBe('A household in Hoa Thám commune');
    expect(en(() => recognitions.neutralRecipient('individual'))).toBe('An individual (name withheld)');
  });

  it('says on English pages only that a story or news item is in Vietnamese, and describes it in English', () => {
    expect(profiles.inVietnamese).toBe('');
    expect(updates.inVietnamese).toBe('');
    expect(en(() => profiles.inVietnamese)).toBe('Published in Vietnamese: the story below is the original text.');
    expect(profiles.storyDescription('Tóm tắt.')).toBe('Tóm tắt.');
    expect(vietnameseIn(en(() => profiles.storyDescription('Tóm tắt.')))).toEqual([]);
    expect(vietnameseIn(en(() => updates.itemDescription('Tóm tắt.')))).toEqual([]);
  });

  it('has English kinds for the English search index, and every frame string of the search page in English', () => {
    expect(en(() => [searchKind.profile, searchKind.update, searchKind.page, searchKind.plan])).toEqual(['Exemplary profile', 'News', 'About', 'Plan']);
    for (const [key, value] of Object.entries(en(() => ({ ...search })))) {
      if (typeof value === 'string') expect(vietnameseIn(value), key).toEqual([]);
    }
  });
});

describe('the files of a release, named in English', () => {
  const { root, dataRoot } = writeMini();
  const { dataset, engine, carriedEngine } = validate({ dataRoot, contentRoot: path.join(root, 'content') });
  const entry = { id: MINI_RELEASE, title: 'T', status: 'published' as const, publishedAt: '2026-02-10' };
  const homepage = `https://x.example/du-lieu/${MINI_RELEASE}/`;

  it('has English words for every file of a full release (tables, Excel, criteria results, package, JSON)', async () => {
    const downloads = await releaseDownloads(loadSnapshot(dataRoot, MINI_RELEASE), entry, {
      homepage,
      words: downloadWords(entry, homepage),
      dataset: dataset!,
      criteria: { dataset: dataset!, evaluations: [...engine!.evaluateAll(), ...carriedEngine!.evaluateCarried()], reason: () => 'lý do', status: () => 'Đạt' },
    });
    const kinds = new Set(downloads.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['csv', 'datapackage', 'json', 'results-json', 'workbook', 'xlsx']);
    expect(downloads.map((d) => d.name)).toContain('carried-series.csv');
    for (const d of downloads) {
      expect(releasePage.downloadTitle(d), d.name).toBe(d.title);
      expect(en(() => releasePage.downloadTitle(d)), d.name).not.toMatch(VIETNAMESE_LETTER);
    }
    const observations = downloads.find((d) => d.name === 'observations.xlsx')!;
    expect(en(() => releasePage.downloadTitle(observations))).toBe('Review results of poor and near-poor households by unit and year (Excel)');
  });

  it('keeps the Vietnamese words of a file it does not know, rather than invent them', () => {
    const unknown = { name: 'bang-moi.csv', kind: 'csv' as const, title: 'Bảng mới' };
    expect(en(() => releasePage.downloadTitle(unknown))).toBe('Bảng mới');
  });

  it('writes sizes the English way', () => {
    expect(en(() => formatBytes(251187, formatDecimal))).toBe('245.3\u00a0KB');
    expect(en(() => formatBytes(812, formatDecimal))).toBe('812\u00a0bytes');
    expect(formatBytes(251187, (n, d) => n.toFixed(d).replace('.', ','))).toBe('245,3\u00a0KB');
  });
});

describe('the changes of a release in English', () => {
  const { dataRoot } = writeTwoReleases();
  const before = loadSnapshot(dataRoot, OLD);
  const after = loadSnapshot(dataRoot, NEW);
  const diff = diffReleases(before, after);

  it('summarises and labels the changes in English, with the same numbers', () => {
    const vi = diffView(diff, before, after);
    const english = en(() => diffView(diff, before, after));
    expect(english.summary).toHaveLength(vi.summary.length);
    expect(english.summary).toContain('2 records of figures corrected');
    expect(vi.summary).toContain('2 số liệu được sửa');
    const row = english.corrected.groups[0]!.rows[0]!;
    expect(row).toMatchObject({ field: 'Poor households', before: '360', after: '350', year: 2023 });
    expect(row.unit.name).toBe('Bắc Khê district');
    expect(vi.corrected.groups[0]!.rows[0]!.unit.name).toBe('huyện Bắc Khê');
  });

  it('keeps a recipient or a source title apart from the English words around it', () => {
    const english = en(() => diffView(diff, before, after));
    const lines = [...english.recognitions, ...english.sources];
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(`${l.before}${l.after}`).not.toMatch(VIETNAMESE_LETTER);
      expect(l.before).toMatch(/^(Added|Removed|Corrected \([^)]*\)): /);
    }
    const vi = diffView(diff, before, after);
    expect(vi.recognitions.map((l) => l.kept)).toEqual(english.recognitions.map((l) => l.kept));
  });
});
