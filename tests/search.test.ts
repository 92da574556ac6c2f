import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { unitSearchMeta } from '../src/site/content/search-meta.ts';
import { mergeResults, queryVariants } from '../src/client/search-query.ts';
import { validate } from '../src/domain/validation/validate.ts';

describe('query variants: "d" is also searched as "đ"', () => {
  it('adds the đ form of every word with a d', () => {
    expect(queryVariants('dinh lap')).toEqual(['dinh lap', 'đinh lap']);
    expect(queryVariants('Dong Dang')).toEqual(['Dong Dang', 'Dong Đang', 'Đong Dang', 'Đong Đang']);
    expect(queryVariants('  hoa   tham ')).toEqual(['hoa tham']);
    expect(queryVariants('Đình Lập')).toEqual(['Đình Lập']);
    expect(queryVariants('')).toEqual([]);
  });

  it('stays small for long queries', () => {
    expect(queryVariants('da de di do du dy').length).toBe(8);
  });

  it('merges results, each page once with its best score', () => {
    const merged = mergeResults([
      [{ id: 'a', score: 1 }, { id: 'b', score: 3 }],
      [{ id: 'a', score: 5 }, { id: 'c', score: 2 }],
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([['a', 5], ['b', 3], ['c', 2]]);
  });
});

describe('search metadata of unit pages', () => {
  const { dataset } = validate({ dataRoot: path.resolve('data') });

  it('names the boundary period, the parent and the old names of a merged commune', () => {
    const meta = unitSearchMeta(dataset!, '2025-07', '05977')!;
    expect(meta.kind).toBe('Địa bàn · từ 01/7/2025');
    expect(meta.oldNames).toEqual(expect.arrayContaining(['phường Vĩnh Trại (thành phố Lạng Sơn)', 'xã Mai Pha (thành phố Lạng Sơn)']));
    // the same name is not an "old name"
    expect(meta.oldNames.some((n) => n.startsWith('phường Đông Kinh'))).toBe(false);
    const old = unitSearchMeta(dataset!, '2020-01', '05977')!;
    expect(old).toEqual({ kind: 'Địa bàn · 01/01/2020 – 30/11/2024', currentName: undefined, place: 'thành phố Lạng Sơn', oldNames: [], series: 'Số liệu 2021–2024' });
    expect(meta.currentName).toBe('phường Đông Kinh');
    // today's ward: 2025 reported, 2021–2024 carried from the wards and communes it was formed from
    expect(meta.series).toBe('Số liệu 2021–2025; 2021–2024 quy đổi từ các đơn vị cũ');
  });

  it('is understood by pagefind: meta captured, old names indexed', async () => {
    const meta = unitSearchMeta(dataset!, '2025-07', '05977')!;
    // What UnitSearchMeta.astro writes inside a unit page's data-pagefind-body.
    const html = `<!doctype html><html lang="vi"><body><header>Trang chủ Bản đồ</header><main data-pagefind-body>
      <h1>Phường Đông Kinh</h1>
      <div hidden data-pagefind-ignore><span data-pagefind-meta="kind">${meta.kind}</span><span data-pagefind-filter="loai">Địa bàn</span></div>
      <p hidden data-pagefind-meta="oldNames" data-pagefind-weight="4">${meta.oldNames.join(', ')}</p>
      <p>Số liệu năm 2025.</p></main></body></html>`;
    const { index } = await pagefind.createIndex({});
    const added = await index!.addHTMLFile({ url: '/dia-ban/2025-07/05977-dong-kinh/', content: html });
    expect(added.errors).toEqual([]);
    expect(added.file.meta).toMatchObject({ title: 'Phường Đông Kinh', kind: meta.kind, oldNames: meta.oldNames.join(', ') });
    // title (3 words) + "Số liệu năm 2025" + the old names' words: the old names are searchable text
    expect(added.file.uniqueWords).toBeGreaterThan(10);
  });
});

afterAll(async () => {
  await pagefind.close();
});
