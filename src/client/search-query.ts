/**
 * Pagefind folds tone marks ("hoa tham" finds "Hoa Thám") but not "đ": it is a
 * letter of its own, not "d" with a mark, so "dinh lap" would miss "Đình Lập"
 * (docs/known-traps.md#search-without-tone-marks; checked on the built index). The search page therefore runs
 * the query as typed and, for every word with a "d", also with "đ", and merges
 * the results, those where the words stand together first. Plain TypeScript, shared by the
 * browser script and the tests.
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

/**
 * The variant as a phrase: its words next to each other, in this order (pagefind's quoted
 * search, which folds tone marks as the plain one does; quotes the reader typed are dropped, not
 * doubled). None for one word, which is its own phrase.
 */
export function phraseOf(variant: string): string | undefined {
  const words = variant.replaceAll('"', ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 1 ? `"${words.join(' ')}"` : undefined;
}

export interface Scored {
  id: string;
  score: number;
}

function bestById<T extends Scored>(lists: readonly (readonly T[])[]): Map<string, T> {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  return best;
}

/**
 * Results of several searches as one list, each page once. Pages found by a phrase search
 * come first: a plain search matches the words anywhere in a page, so "dong kinh" ranked
 * pages saying "kinh phí" and "cộng đồng" above the one naming phường Đông Kinh. A phrase
 * search scores every page alike, so both groups are ordered by the plain searches' best
 * score; a page found by both keeps its phrase result, whose excerpt shows the phrase.
 */
export function mergeResults<T extends Scored>(lists: readonly (readonly T[])[], phraseLists: readonly (readonly T[])[] = []): T[] {
  const best = bestById(lists);
  const together = bestById(phraseLists);
  const score = (r: T) => best.get(r.id)?.score ?? r.score;
  const byScore = (a: T, b: T) => score(b) - score(a) || a.id.localeCompare(b.id);
  const apart = [...best.values()].filter((r) => !together.has(r.id));
  return [...[...together.values()].sort(byScore), ...apart.sort(byScore)];
}
