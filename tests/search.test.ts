import { describe, expect, it } from 'vitest';
import { mergeResults, phraseOf, queryVariants } from '../src/client/search-query.ts';

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

describe('pages where the words stand together come first', () => {
  it('searches each variant of two words or more as a phrase', () => {
    expect(queryVariants('dong kinh').map(phraseOf)).toEqual(['"dong kinh"', '"đong kinh"']);
    expect(phraseOf('  mau   son ')).toBe('"mau son"');
    expect(phraseOf('"mau son"')).toBe('"mau son"');
    expect(phraseOf('kinh')).toBeUndefined();
    expect(phraseOf('"kinh"')).toBeUndefined();
  });

  it('lists the pages a phrase search found before the others, each group by its plain score', () => {
    // "dong kinh": the plan says "cộng đồng" and "kinh phí" often; the methodology names phường Đông Kinh once.
    const plain = [
      [{ id: 'ke-hoach', score: 5.3 }, { id: 'xuan-am-ap', score: 4.2 }],
      [{ id: 'phuong-phap', score: 3.2 }, { id: 'ba-son', score: 2.9 }, { id: 'ke-hoach', score: 1 }],
    ];
    const phrase = [[], [{ id: 'ba-son', score: 1, excerpt: 'xã <mark>Mẫu</mark>' }, { id: 'phuong-phap', score: 1, excerpt: 'phường <mark>Đông</mark> <mark>Kinh</mark>' }]];
    const merged = mergeResults<{ id: string; score: number; excerpt?: string }>(plain, phrase);
    expect(merged.map((r) => r.id)).toEqual(['phuong-phap', 'ba-son', 'ke-hoach', 'xuan-am-ap']);
    expect(merged[0]!.excerpt).toBe('phường <mark>Đông</mark> <mark>Kinh</mark>');
  });
});
