/**
 * An English page links to English pages: every same-site link (`<a href="/…">`) and
 * form action of a rendered English page is moved to its `/en/` twin where one exists
 * (src/i18n/lang.ts `englishPath`), so components and views build Vietnamese paths from
 * src/site/urls.ts and need not know the page's language. A link that says which
 * language it leads to (`hreflang`, the language switch) is left alone, and so are
 * downloads, images, embeds and other sites.
 *
 * Hand-written because it reads only the HTML this build wrote itself: attributes in
 * double quotes, as Astro prints them.
 */
import { englishPath } from '../i18n/lang.ts';

const LINKING_TAG = /<(?:a|form)\b[^>]*>/g;
const PATH_ATTRIBUTE = /(\s(?:href|action)=")(\/[^"]*)"/g;

export function localizeLinks(html: string): string {
  return html.replace(LINKING_TAG, (tag) => (/\shreflang="/.test(tag) ? tag : tag.replace(PATH_ATTRIBUTE, (_m, before: string, path: string) => `${before}${englishPath(path)}"`)));
}
