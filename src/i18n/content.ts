/**
 * Content pages' wording in the language of the page being rendered (src/i18n/current.ts).
 * Slugs and the order of awards are addresses and data, the same in both languages; share
 * cards (`og`) and the staff editor stay Vietnamese and import content.vi.ts.
 */
import { localized, localizedFn } from './current.ts';
import * as vi from './content.vi.ts';
import * as en from './content.en.ts';

export const kindLabel = localized({ vi: vi.kindLabel, en: en.kindLabel });
export const kindSlug = vi.kindSlug;
export const awardLabel = localized({ vi: vi.awardLabel, en: en.awardLabel });
export const awardPlural = localized({ vi: vi.awardPlural, en: en.awardPlural });
export const awardSlug = vi.awardSlug;
export const awardOrder = vi.awardOrder;
export const awardName = localizedFn({ vi: vi.awardName, en: en.awardName });
export const neutralTitle = localizedFn({ vi: vi.neutralTitle, en: en.neutralTitle });
export const profiles = localized({ vi: vi.profiles, en: en.profiles });
export const recognitions = localized({ vi: vi.recognitions, en: en.recognitions });
export const updates = localized({ vi: vi.updates, en: en.updates });
export const search = localized({ vi: vi.search, en: en.search });
export const searchKind = localized({ vi: vi.searchKind, en: en.searchKind });
export const contentPages = localized({ vi: vi.contentPages, en: en.contentPages });
export const englishSummary = localized({ vi: vi.englishSummary, en: en.englishSummary });
