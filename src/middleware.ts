/**
 * Renders every page in its language (src/i18n/current.ts). An English page's links are
 * pointed at the English edition as it renders (src/components/LinksInLanguage.astro, in the
 * layout). Runs at build time for every page: the site is static.
 */
import { defineMiddleware } from 'astro:middleware';
import { langOfPath } from './i18n/lang.ts';
import { renderIn } from './i18n/current.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = langOfPath(context.url.pathname);
  return lang === 'vi' ? next() : renderIn(lang, () => next());
});
