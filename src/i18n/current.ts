/**
 * The language of the page being rendered, for build-time code (pages, components,
 * src/site views). src/middleware.ts renders every page inside `renderIn(lang, …)`;
 * Astro renders eight pages at once (astro.config.mjs), so the language is carried by
 * the render's own async context, never by a module variable.
 *
 * `localized({ vi, en })` gives a strings object that answers in the page's language:
 * components import it once and read `t.title` at render time. Read it at render
 * time only: a value copied out at module level (`const x = t.title`) is taken
 * outside any page and stays Vietnamese (tests/build/english-build.test.ts finds it).
 *
 * Server only (node:async_hooks): browser scripts pick their strings by `<html lang>`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LANG, type Lang, type Shape } from './lang.ts';

const pageLang = new AsyncLocalStorage<Lang>();

export function currentLang(): Lang {
  return pageLang.getStore() ?? DEFAULT_LANG;
}

export function renderIn<T>(lang: Lang, render: () => T): T {
  return pageLang.run(lang, render);
}

/** One value per language, chosen by the page being rendered. */
export function inCurrentLang<T>(byLang: Record<Lang, T>): T {
  return byLang[currentLang()];
}

/** A strings object that reads its properties in the page's language. */
export function localized<T extends object>(byLang: { vi: T; en: Shape<T> }): T {
  return new Proxy(byLang.vi, {
    get: (_vi, key) => Reflect.get(byLang[currentLang()] as object, key),
  });
}

/** A function of a strings module, called in the page's language. */
export function localizedFn<F extends (...args: never[]) => unknown>(byLang: { vi: F; en: Shape<F> }): F {
  return ((...args: Parameters<F>) => (byLang[currentLang()] as (...a: Parameters<F>) => ReturnType<F>)(...args)) as F;
}

/**
 * A value computed once per language: for a view that holds words and is shared by many
 * pages (a cache filled by whichever page renders first, English or Vietnamese).
 */
export function oncePerLang<T>(make: () => T): () => T {
  const made = new Map<Lang, T>();
  return () => {
    const lang = currentLang();
    if (!made.has(lang)) made.set(lang, make());
    return made.get(lang) as T;
  };
}

/**
 * `lang` for a text that stays Vietnamese (a name of an organisation, a title, a quotation,
 * a story's body): "vi" on an English page, so screen readers switch voice and
 * npm run check:english accepts it; nothing on a Vietnamese page, where it would only add bytes.
 * Usage: `<cite lang={keptVietnamese()}>`.
 */
export function keptVietnamese(): 'vi' | undefined {
  return currentLang() === 'en' ? 'vi' : undefined;
}
