/**
 * The site's languages and the paths of its English edition (docs/english-edition.md).
 *
 * Vietnamese is the site: every page lives at its Vietnamese path. The English edition
 * repeats the pages a foreign reader needs under `/en/` with the same path after the
 * prefix (`/ban-do/` → `/en/ban-do/`), so a link, an hreflang pair and the language
 * switch are one string operation, and a reader can swap `/en` in and out of an address
 * by hand. Downloads, share images, embeds and the staff editor have one address for
 * both languages.
 *
 * Plain TypeScript without Node imports: the browser scripts use it too.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

export const EN_PREFIX = '/en';

/** The path Astro renders the "not found" page at (written as /404.html; the English one as /en/404.html). */
export const NOT_FOUND_PATH = '/404/';

/** The language of a page by its path: `/en` and everything under `/en/` is English. */
export function langOfPath(pathname: string): Lang {
  return pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`) ? 'en' : 'vi';
}

/**
 * Where the English edition stops: the embeds other sites frame (`/nhung/`, Vietnamese by
 * design), the staff editor, share images, and the "not found" page (`404.html`, and
 * `en/404.html` for missing addresses under /en/: served at any missing address, so it has
 * no address of its own to pair with). Every other page (a path ending in `/`) has its
 * twin under `/en/`; files (downloads, feeds, images) are one address for both languages.
 * A staff page added later gets its English twin too (showing the Vietnamese text until it
 * is translated in content/pages/en/). tests/build/english-build.test.ts checks that each
 * twin exists.
 */
const VIETNAMESE_ONLY: readonly string[] = ['/nhung/', '/quan-tri/', '/og/', NOT_FOUND_PATH];

/** Whether the page at a Vietnamese path has an English twin. */
export function hasEnglishEdition(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return pathname.startsWith('/') && pathname.endsWith('/') && langOfPath(pathname) === 'vi' && !VIETNAMESE_ONLY.some((prefix) => pathname.startsWith(prefix));
}

/** The English twin of a Vietnamese path (`/ban-do/#x` → `/en/ban-do/#x`), or the path itself when it has none. */
export function englishPath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && langOfPath(path) === 'vi' && hasEnglishEdition(path) ? `${EN_PREFIX}${path}` : path;
}

/** The Vietnamese path of a page of either language (`/en/ban-do/` → `/ban-do/`). */
export function vietnamesePath(pathname: string): string {
  return langOfPath(pathname) === 'en' ? pathname.slice(EN_PREFIX.length) || '/' : pathname;
}

/** A path in the given language: the English twin when there is one. */
export function pathIn(lang: Lang, path: string): string {
  return lang === 'en' ? englishPath(path) : path;
}

/**
 * The type every translation of a strings object must have: the Vietnamese object's
 * shape with its literal strings widened (the Vietnamese files are `as const`).
 */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends readonly (infer E)[]
      ? readonly Shape<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Shape<T[K]> }
        : T;
