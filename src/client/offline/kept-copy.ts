/**
 * A page the service worker serves from its caches (no network, or none in time) says so at
 * the top of its content, with the release its figures come from and the day it was
 * downloaded: a kept copy of an older release must never pass for the current figures.
 */
import { englishPath, type Lang } from '../../i18n/lang.ts';
import { offline as vi } from '../../i18n/offline.vi.ts';
import { offline as en } from '../../i18n/offline.en.ts';
import { OFFLINE_PATH } from '../../site/urls.ts';

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The day (YYYY-MM-DD, Vietnam time) of an HTTP Date header, or null without a valid one. */
export function keptOn(dateHeader: string | null): string | null {
  const time = dateHeader ? Date.parse(dateHeader) : NaN;
  if (Number.isNaN(time)) return null;
  // Vietnam is UTC+7 all year round.
  return new Date(time + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The page's HTML with the note put first in its <main>; unchanged when it has none. */
export function markKeptCopy(html: string, lang: Lang, release: string, day: string | null): string {
  const t = lang === 'en' ? en.copy : vi.copy;
  const list = lang === 'en' ? englishPath(OFFLINE_PATH) : OFFLINE_PATH;
  const note = `<p class="callout" role="note" data-kept-copy>${escape(t.note(release, day))} <a href="${list}">${escape(t.list)}</a></p>`;
  return html.replace(/<main\b[^>]*>/, (open) => open + note);
}
