/**
 * Pagefind folds tone marks ("hoa tham" finds "Hoa Thám") but not "đ": it is a
 * letter of its own, not "d" with a mark, so "dinh lap" would miss "Đình Lập"
 * (docs/known-traps.md#search-without-tone-marks; checked on the built index). The search page therefore runs
 * the query as typed and, for every word with a "d", also with "đ", and merges
 * the results. Plain TypeScript, shared by the browser script and the tests.
 */

/** At most this many d-words get a variant (2^n searches); the rest stay as typed. */
const MAX_D_WORDS = 3;

export function queryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [[]];
  let expanded = 0;
  for (const word of words) {
    const withD = /d/i.test(word) && expanded < MAX_D_WORDS;
    if (withD) expanded++;
    const forms = withD ? [word, word.replace(/d/g, 'đ').replace(/D/g, 'Đ')] : [word];
    variants = variants.flatMap((v) => forms.map((f) => [...v, f]));
  }
  return [...new Set(variants.map((v) => v.join(' ')))];
}

export interface Scored {
  id: string;
  score: number;
}

/** Results of several searches as one list: each page once, with its best score, best first. */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
