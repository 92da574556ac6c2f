import { describe, expect, it } from 'vitest';
import { mergeResults, queryVariants } from '../src/client/search-query.ts';

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
