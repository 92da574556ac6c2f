/**
 * The place finder's matching, shared by the browser scripts (place-finder.ts, the search
 * page) and the tests: a name typed with or without tone marks, with or without spaces
 * ("binh xa", "binhxa", "Bính Xá"), against the names of the place list (src/site/places.ts).
 * Plain TypeScript with no DOM, small enough to ship.
 */
import { slips } from '../domain/slips.ts';

/** One place of the list, as shipped in the JSON file (short keys: it travels to phones). */
export interface Place {
  /** Type: "xã", "phường", "thị trấn", "huyện", "thành phố". */
  t: string;
  /** Name: "Bính Xá". */
  n: string;
  /** The district it belonged to (old units), or the districts its parts belonged to (today's communes). */
  d?: string;
  /** 1 for a unit of today; absent for a unit before the reorganisation. */
  c?: 1;
  /** 1 for a district (huyện, thành phố), a level that ended on 01/7/2025. */
  h?: 1;
  /** Its own page: today's commune, or an old district's last page. */
  u?: string;
  /** Today's communes it is (part of), by their index in the list; absent for today's communes themselves. */
  to?: number[];
}

/** "Đình Lập" → "dinh lap": tone marks dropped, đ as d, lower case, words separated by one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Typed type words, folded, and the type they stand for ("tt" is how people write thị trấn). */
const TYPE_WORDS: [string, string][] = [
  ['thi tran', 'thi tran'],
  ['tt', 'thi tran'],
  ['thanh pho', 'thanh pho'],
  ['tp', 'thanh pho'],
  ['phuong', 'phuong'],
  ['xa', 'xa'],
  ['huyen', 'huyen'],
];

/** The same in English, typed after the name ("dinh lap district"), as English pages write them. */
const ENGLISH_TYPE_WORDS: [string, string][] = [
  ['township', 'thi tran'],
  ['commune', 'xa'],
  ['ward', 'phuong'],
  ['district', 'huyen'],
  ['city', 'thanh pho'],
];

/** The type typed with the query, before the name in Vietnamese or after it in English, and the rest of the query. */
function typedType(q: string): { type: string; rest: string } | undefined {
  const before = TYPE_WORDS.find(([w]) => q.startsWith(`${w} `));
  if (before) return { type: before[1], rest: q.slice(before[0].length + 1) };
  const after = ENGLISH_TYPE_WORDS.find(([w]) => q.endsWith(` ${w}`));
  return after && { type: after[1], rest: q.slice(0, -after[0].length - 1) };
}

/** How well a folded query matches a folded name: 4 exact, 3 start, 2 every word starts a word, 1 inside, 0 not at all. */
function nameScore(query: string, name: string): number {
  const q = query.replace(/ /g, '');
  const n = name.replace(/ /g, '');
  if (!q) return 0;
  if (n === q) return 4;
  if (n.startsWith(q)) return 3;
  const words = name.split(' ');
  if (query.split(' ').every((w) => words.some((nw) => nw.startsWith(w)))) return 2;
  return n.includes(q) ? 1 : 0;
}

export interface Match {
  /** Index in the list. */
  i: number;
  score: number;
  /**
   * Offered only because nothing matched as typed: the name is a letter or two away (one
   * typed wrong, missing, extra or two swapped: "dong dag", "dihn lap" for Đồng Đăng, Đình Lập).
   */
  near?: true;
}

/** Letters a name may be off by and still be offered: none below four letters, one from four, two from nine. */
const allowedSlips = (length: number): number => (length >= 9 ? 2 : length >= 4 ? 1 : 0);

/** How far a folded query is from a folded name, whole or its start (a name still being typed), spaces not counted. */
function nameSlips(query: string, name: string): number {
  const q = query.replace(/ /g, '');
  const n = name.replace(/ /g, '');
  return Math.min(slips(q, n), q.length < n.length ? slips(q, n.slice(0, q.length)) : Infinity);
}

/**
 * The places whose name matches the query, best first: by how well the name matches (a
 * type typed before the name, "xa dinh lap", or after it in English, "dinh lap district",
 * counts when it is the place's type; a type word alone, "phuong", lists the places of that
 * type after any name it is part of), then
 * today's units before old ones, communes before districts, then by name and district.
 * When no name matches, the names a letter or two away, fewest slips first, marked `near`.
 */
export function matchPlaces(places: readonly Place[], query: string, limit = Infinity): Match[] {
  const q = fold(query);
  if (!q) return [];
  const typed = typedType(q);
  const typeAlone = [...TYPE_WORDS, ...ENGLISH_TYPE_WORDS].find(([w]) => w === q)?.[1];
  let found: Match[] = [];
  places.forEach((p, i) => {
    const name = fold(p.n);
    let score = nameScore(q, name);
    if (typed?.rest) {
      const withType = nameScore(typed.rest, name) - (fold(p.t) === typed.type ? 0 : 0.5);
      score = Math.max(score, withType);
    }
    if (score === 0 && typeAlone && fold(p.t) === typeAlone) score = 0.5;
    if (score > 0) found.push({ i, score });
  });
  if (found.length === 0) found = nearPlaces(places, q, typed);
  const district = (p: Place) => p.h ?? 0;
  found.sort((a, b) => {
    const pa = places[a.i]!;
    const pb = places[b.i]!;
    return (
      b.score - a.score ||
      (pb.c ?? 0) - (pa.c ?? 0) ||
      district(pa) - district(pb) ||
      pa.n.localeCompare(pb.n, 'vi') ||
      (pa.d ?? '').localeCompare(pb.d ?? '', 'vi') ||
      a.i - b.i
    );
  });
  return found.slice(0, limit);
}

/** Slips from query to name when within those allowed for the query's length, else Infinity. */
function slipsWithin(query: string, name: string): number {
  const n = nameSlips(query, name);
  return n <= allowedSlips(query.replace(/ /g, '').length) ? n : Infinity;
}

/** Names within the slips allowed, fewest first; a type typed with the query counts as in matchPlaces. */
function nearPlaces(places: readonly Place[], q: string, typed: { type: string; rest: string } | undefined): Match[] {
  const near: Match[] = [];
  places.forEach((p, i) => {
    const name = fold(p.n);
    const withType = typed?.rest ? slipsWithin(typed.rest, name) + (fold(p.t) === typed.type ? 0 : 0.5) : Infinity;
    const best = Math.min(slipsWithin(q, name), withType);
    if (best !== Infinity) near.push({ i, score: -best, near: true });
  });
  return near;
}
