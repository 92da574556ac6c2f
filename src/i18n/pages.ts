/** Home and 404 page text in the language of the page being rendered (src/i18n/current.ts). */
import { localized } from './current.ts';
import * as vi from './pages.vi.ts';
import * as en from './pages.en.ts';

export const homePage = localized({ vi: vi.homePage, en: en.homePage });
export const contentPage = localized({ vi: vi.contentPage, en: en.contentPage });
export const notFoundPage = localized({ vi: vi.notFoundPage, en: en.notFoundPage });
export const forwardPage = localized({ vi: vi.forwardPage, en: en.forwardPage });
