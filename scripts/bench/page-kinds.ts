/**
 * What the pages of a national build are, by kind and language: the national targets
 * (issue 14) turn on how many pages each kind adds (docs/budgets-and-quality.md prices the
 * English edition and the map's parts), so every national run shows the count.
 */

export const PAGE_KINDS = ['unit pages', 'map views', 'map parts', 'criteria and progress parts', 'embeds', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kind of a built page, from its route ("/en/ban-do/2020-01/xa/ty-le-ho-ngheo/2021/101-tay-khuon/"). */
export function pageKind(route: string): { kind: PageKind; english: boolean } {
  const parts = route.split('/').filter(Boolean);
  const english = parts[0] === 'en';
  const [first, ...rest] = english ? parts.slice(1) : parts;
  const kind: PageKind =
    first === 'dia-ban' && rest.length === 2 ? 'unit pages'
    // /ban-do/<vintage>/<level>/<indicator>/<year>/, and a part below it.
    : first === 'ban-do' && rest.length === 4 ? 'map views'
    : first === 'ban-do' && rest.length === 5 ? 'map parts'
    : (first === 'tieu-chi' || first === 'tien-do') && rest.length === 2 ? 'criteria and progress parts'
    : first === 'nhung' && rest.length > 0 ? 'embeds'
    : 'other';
  return { kind, english };
}

/** Pages of each kind, Vietnamese and English apart. */
export function countPageKinds(routes: readonly string[]): Map<PageKind, { vi: number; en: number }> {
  const counts = new Map(PAGE_KINDS.map((k) => [k, { vi: 0, en: 0 }]));
  for (const route of routes) {
    const { kind, english } = pageKind(route);
    counts.get(kind)![english ? 'en' : 'vi']++;
  }
  return counts;
}

/** "unit pages 7,304 (3,652 in English) · map views …", for the national report. */
export function pageKindsLine(counts: Map<PageKind, { vi: number; en: number }>): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return [...counts]
    .filter(([, c]) => c.vi + c.en > 0)
    .map(([kind, c]) => `${kind} ${n(c.vi + c.en)}${c.en > 0 ? ` (${n(c.en)} in English)` : ''}`)
    .join(' · ');
}
