/**
 * Renders every page in its language (src/i18n/current.ts) and points an English page's
 * links at the English edition (src/site/localize-links.ts). Runs at build time for
 * every page: the site is static.
 */
import { defineMiddleware } from 'astro:middleware';
import { langOfPath } from './i18n/lang.ts';
import { renderIn } from './i18n/current.ts';
import { localizeLinks } from './site/localize-links.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = langOfPath(context.url.pathname);
  if (lang === 'vi') return next();
  return renderIn(lang, async () => {
    const response = await next();
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
    // Read inside renderIn: the page renders while its body is read, and must see its language.
    const html = await response.text();
    return new Response(localizeLinks(html), { status: response.status, headers: response.headers });
  });
});
