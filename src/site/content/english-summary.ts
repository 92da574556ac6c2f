/**
 * The English summary of a story or news item (`summaryEn`, docs/english-edition.md) where a
 * page of the English edition shows a summary: its lead, its description, a list card. Stories
 * stay Vietnamese; without an English summary (staff may not write one) the English page
 * shows the Vietnamese summary, marked `lang="vi"`, as it did before the field existed.
 */
import { currentLang, keptVietnamese } from '../../i18n/current.ts';

/** The English summary on an English page; undefined on a Vietnamese page or when none is written. */
export function englishSummary(summaryEn: string | undefined): string | undefined {
  return currentLang() === 'en' ? summaryEn : undefined;
}

/** A summary in a list: its text, and `lang="vi"` when it stays Vietnamese on an English page. */
export interface ListedSummary {
  text: string;
  lang: 'vi' | undefined;
}

/** The summary a list shows in the page's language. */
export function listedSummary(summary: string, summaryEn: string | undefined): ListedSummary {
  const english = englishSummary(summaryEn);
  return english === undefined ? { text: summary, lang: keptVietnamese() } : { text: english, lang: undefined };
}
