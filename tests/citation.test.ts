import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../src/config.ts';
import { citation } from '../src/site/citation.ts';
import { vi } from '../src/i18n/vi.ts';
import { en } from '../src/i18n/en.ts';
import { renderIn } from '../src/i18n/current.ts';

/** "Trích dẫn": the sentence and its CSL-JSON say the same thing, from the same view model. */
describe('a citation', () => {
  const demo = { id: '2026.1', status: 'demo' as const, publishedAt: '2026-11-25' };
  const published = { id: '2027.1', status: 'published' as const, publishedAt: '2027-03-02' };

  it('names the publisher of the footer, the title, the release, the permanent URL, and leaves the date of access to the reader', () => {
    const c = citation({ kind: 'unit', title: 'Xã Hoa Thám (địa giới 2020-01)', path: '/dia-ban/2020-01/06073-hoa-tham/', release: demo });
    expect(c.url).toBe(`${SITE_URL}/dia-ban/2020-01/06073-hoa-tham/`);
    expect(c.text).toBe(
      `${vi.footer.publisher} (2026). Xã Hoa Thám (địa giới 2020-01) [trang số liệu địa bàn]. Vì người nghèo Lạng Sơn, phiên bản dữ liệu 2026.1 (dữ liệu minh họa). ${SITE_URL}/dia-ban/2020-01/06073-hoa-tham/ (truy cập ngày …/…/……).`,
    );
    expect(`${c.before}01/12/2026${c.after}`).toContain('(truy cập ngày 01/12/2026).');
  });

  it('marks only a demo release as illustrative', () => {
    const c = citation({ kind: 'release', title: 'Kết quả rà soát', path: '/du-lieu/2027.1/', release: published });
    expect(c.text).not.toContain('minh họa');
    expect(JSON.parse(c.csl)[0].note).toBeUndefined();
    expect(JSON.parse(citation({ kind: 'release', title: 'x', path: '/du-lieu/2026.1/', release: demo }).csl)[0].note).toContain('minh họa');
  });

  it.each([
    ['chart', 'figure', '[biểu đồ]'],
    ['map', 'map', '[bản đồ]'],
    ['story', 'article', '[điển hình tiên tiến]'],
    ['update', 'article-newspaper', '[tin tức]'],
    ['release', 'dataset', '[bộ dữ liệu]'],
  ] as const)('a %s is CSL type %s and says %s', (kind, type, label) => {
    const c = citation({ kind, title: 'T', path: '/x/', release: published, issued: '2026-05-04' });
    const [item] = JSON.parse(c.csl);
    expect(item.type).toBe(type);
    expect(c.text).toContain(label);
    // A story's or an update's own date, not the release's.
    expect(item.issued).toEqual({ 'date-parts': [[2026, 5, 4]] });
    expect(c.text).toContain('(2026)');
    expect(item).toMatchObject({ title: 'T', version: '2027.1', URL: `${SITE_URL}/x/`, publisher: vi.footer.publisher, 'container-title': vi.site.name });
    expect(item.accessed).toBeUndefined();
  });
});

describe('a unit page\'s citation, whose page follows the next release', () => {
  const release = { id: '2026.2', status: 'demo' as const, publishedAt: '2026-12-01' };
  const archive = { path: '/du-lieu/2026.2/', locator: 'tệp lang-son-ho-ngheo-2026.2.xlsx, mã đơn vị 05971' };
  const cite = () => citation({ kind: 'unit', title: 'Phường Hoàng Văn Thụ', path: '/dia-ban/2024-12/05971-hoang-van-thu/', release, archive });

  it('names the release\'s permanent page, where that release\'s figures of the unit stay unchanged, after the date of access', () => {
    const c = cite();
    expect(c.after).toBe(`). Số liệu của phiên bản 2026.2 giữ nguyên tại ${SITE_URL}/du-lieu/2026.2/ (tệp lang-son-ho-ngheo-2026.2.xlsx, mã đơn vị 05971).`);
    expect(c.url).toBe(`${SITE_URL}/dia-ban/2024-12/05971-hoang-van-thu/`);
  });

  it('says the same in CSL-JSON: the archive and the location in it, beside the page\'s URL', () => {
    const [item] = JSON.parse(cite().csl);
    expect(item).toMatchObject({
      URL: `${SITE_URL}/dia-ban/2024-12/05971-hoang-van-thu/`,
      version: '2026.2',
      archive: 'Vì người nghèo Lạng Sơn, phiên bản dữ liệu 2026.2',
      archive_location: `${SITE_URL}/du-lieu/2026.2/ (tệp lang-son-ho-ngheo-2026.2.xlsx, mã đơn vị 05971)`,
    });
  });

  it('in English, points to the English release page', () => {
    const c = renderIn('en', () => citation({ kind: 'unit', title: 'Hoàng Văn Thụ ward', path: '/dia-ban/2024-12/05971-hoang-van-thu/', release, archive: { path: '/du-lieu/2026.2/', locator: 'file lang-son-ho-ngheo-2026.2.xlsx, unit code 05971' } }));
    expect(c.after).toBe(`). The figures of release 2026.2 stay unchanged at ${SITE_URL}/en/du-lieu/2026.2/ (file lang-son-ho-ngheo-2026.2.xlsx, unit code 05971).`);
    expect(JSON.parse(c.csl)[0]).toMatchObject({ archive: `${en.site.name}, data release 2026.2`, archive_location: `${SITE_URL}/en/du-lieu/2026.2/ (file lang-son-ho-ngheo-2026.2.xlsx, unit code 05971)` });
  });

  it('leaves it out for a draft, whose release page is not permanent yet', () => {
    const draft = citation({ kind: 'unit', title: 'x', path: '/dia-ban/2024-12/05971-hoang-van-thu/', release: { id: '2027.1', status: 'draft', publishedAt: null }, archive });
    expect(draft.after).toBe(').');
    expect(JSON.parse(draft.csl)[0].archive).toBeUndefined();
  });
});

describe('a citation on an English page', () => {
  const demo = { id: '2026.1', status: 'demo' as const, publishedAt: '2026-11-25' };

  it('cites the English page, in English, and says the item is in English', () => {
    const c = renderIn('en', () => citation({ kind: 'unit', title: 'Hoa Thám commune (boundaries before 1 December 2024)', path: '/dia-ban/2020-01/06073-hoa-tham/', release: demo }));
    expect(c.url).toBe(`${SITE_URL}/en/dia-ban/2020-01/06073-hoa-tham/`);
    expect(c.text).toBe(
      `${en.footer.publisher} (2026). Hoa Thám commune (boundaries before 1 December 2024) [unit data page]. ${en.site.name}, data release 2026.1 (illustrative data). ${SITE_URL}/en/dia-ban/2020-01/06073-hoa-tham/ (accessed … … …).`,
    );
    const [item] = JSON.parse(c.csl);
    expect(item).toMatchObject({ id: '2026.1:/en/dia-ban/2020-01/06073-hoa-tham/', language: 'en', note: 'Illustrative data: the district and commune figures are not official figures.' });
  });

  it('keeps the one address of a file or an embed', () => {
    const c = renderIn('en', () => citation({ kind: 'chart', title: 'T', path: '/nhung/bieu-do/x/', release: demo }));
    expect(c.url).toBe(`${SITE_URL}/nhung/bieu-do/x/`);
  });
});

describe('the cited title in the sentence', () => {
  const demo = { id: '2026.2', status: 'demo' as const, publishedAt: '2026-01-20' };
  it('stays one piece on a Vietnamese page', () => {
    const c = citation({ kind: 'story', title: 'Mô hình nuôi ngựa ở xã Yên Phúc', path: '/dien-hinh/x/', release: demo });
    expect(c.beforeParts).toEqual([{ text: c.before }]);
  });
  it('is marked Vietnamese on an English page when it is the province’s own title, and only then', async () => {
    const [story, unit] = await renderIn('en', async () => [
      citation({ kind: 'story', title: 'Mô hình nuôi ngựa ở xã Yên Phúc', path: '/dien-hinh/x/', release: demo }),
      citation({ kind: 'unit', title: 'Hoa Thám commune', path: '/dia-ban/2020-01/06073-hoa-tham/', release: demo }),
    ]);
    expect(story!.beforeParts.map((p) => p.lang)).toEqual([undefined, 'vi', undefined]);
    expect(story!.beforeParts[1]!.text).toBe('Mô hình nuôi ngựa ở xã Yên Phúc');
    expect(story!.beforeParts.map((p) => p.text).join('')).toBe(story!.before);
    expect(unit!.beforeParts).toEqual([{ text: unit!.before }]);
  });
});
